/**
 * ForceAtlas2 positions for large graphs, computed in a web worker when the browser has one and
 * in place otherwise (the result is the same: the layout is deterministic).
 */
import type { ForceAtlasInput } from '../graph/forceatlas.js';

type Positions = Record<string, { x: number; y: number }>;

let worker: Worker | null | undefined;
let nextRequest = 1;
const pending = new Map<number, (p: Positions) => void>();
/** How long the last ForceAtlas2 run took in the worker (ms): the bench splits the layout time by it. */
export let lastComputeMs: number | null = null;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./forceatlas.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ requestId: number; positions: Positions; ms: number }>) => {
      lastComputeMs = e.data.ms;
      pending.get(e.data.requestId)?.(e.data.positions);
      pending.delete(e.data.requestId);
    };
    worker.onerror = () => {
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the worker ahead of the first big view, so its start is not part of that layout. */
export function prewarmForceAtlas(): void {
  getWorker();
}

export async function computeForceAtlas(input: ForceAtlasInput): Promise<Positions> {
  const w = getWorker();
  if (!w) {
    const { forceAtlasPositions } = await import('../graph/forceatlas.js');
    return forceAtlasPositions(input);
  }
  const requestId = nextRequest++;
  return new Promise((resolve) => {
    pending.set(requestId, resolve);
    w.postMessage({ ...input, requestId });
  });
}
