/**
 * The explorer at size (issue 13, item 7), measured where timing belongs (not in the tests, which
 * must pass on a busy machine). For Coordination views of about 1,000, 5,000 and 10,000 elements
 * (synthetic seeds, see large-seed.ts) it prints, in headless Chromium:
 *   - layout: from the layout's start until every node stands in place (the canvas's own clock),
 *   - drawn: from opening the page until then (server, transfer and layout included),
 *   - pan fps: frames a second while a hand drags the view (one step every 40 ms for 2 s),
 * with the WebGL renderer (which big views use where the browser has WebGL 2; headless Chromium
 * without a GPU gives it through SwiftShader, on the CPU) and, to compare, the 2D canvas renderer
 * (?renderer=canvas). ForceAtlas2 alone in Node is timed first. Exits 1 when a goal is missed:
 * 5,000 elements laid out in under 3 s and panned at 30 fps or better; 10,000 panned at 30 fps.
 *
 *   npm run bench:explorer [-- --sizes 1000,5000,10000]
 */
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { forceAtlasPositions } from '../../client/src/graph/forceatlas.js';
import { seededRandom } from '../../client/src/graph/layouts.js';
import { buildClient, openBrowser, startServer } from './harness.js';
import { writeLargeSeed } from './large-seed.js';

interface Figure {
  what: string;
  value: number;
  /** The goal, and which way it points. */
  goal?: { at: number; most: boolean };
  unit: string;
}

const argSizes = process.argv.indexOf('--sizes');
const SIZES = argSizes > 0 ? process.argv[argSizes + 1]!.split(',').map(Number) : [1000, 5000, 10000];

function forceAtlasMs(n: number, m: number): number {
  const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
  const r = seededRandom(7);
  const edges = Array.from({ length: m }, () => {
    const a = nodes[Math.floor(Math.pow(r(), 1.6) * n)]!;
    return [a, nodes[Math.floor(r() * n)]!, 1] as const;
  });
  const t0 = performance.now();
  forceAtlasPositions({ nodes, edges, fixed: { n0: { x: 10, y: 20 } } });
  return performance.now() - t0;
}

interface Run {
  elements: number;
  nodes: number;
  renderer: string;
  layoutMs: number;
  /** Of the layout, ForceAtlas2 in its worker (null: another algorithm laid it out). */
  forceAtlasMs: number | null;
  drawnMs: number;
  fps: number;
  medianFrameMs: number;
}

/** Waits (by polling the page, not for a duration) until the canvas has laid a graph out. */
async function waitLaidOut(p: Page, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const done = await p.evaluate(() => {
      const a = window.__atlas;
      return !!a && a.layoutMs() !== null && !a.layoutRunning() && a.visibleNodeIds().length > 0;
    });
    if (done) return;
    await p.waitForTimeout(50);
  }
  throw new Error(`not laid out within ${timeout} ms`);
}

async function measure(url: string): Promise<Run> {
  const tab = await openBrowser({ width: 1440, height: 900 });
  try {
    const p = tab.page;
    const started = Date.now();
    await p.goto(url);
    await waitLaidOut(p, 300_000);
    const drawnMs = Date.now() - started;
    const info = await p.evaluate(() => ({
      nodes: window.__atlas!.visibleNodeIds().length,
      edges: window.__atlas!.visibleEdgeIds().length,
      renderer: window.__atlas!.renderer(),
      layoutMs: window.__atlas!.layoutMs()!,
      forceAtlasMs: window.__atlas!.forceAtlasMs(),
    }));
    // Frames drawn while a hand drags the view: one mouse step every 40 ms for two seconds.
    await p.evaluate(`(() => {
      const w = window;
      w.frames_ = [];
      w.framing_ = true;
      let last = performance.now();
      const tick = (t) => {
        w.frames_.push(t - last);
        last = t;
        if (w.framing_) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const box = (await p.getByTestId('graph-canvas').boundingBox())!;
    // Start on empty ground (a corner of the canvas), so the drag pans rather than moves a node.
    await p.mouse.move(box.x + 8, box.y + 8);
    await p.mouse.down();
    const t0 = Date.now();
    for (let i = 0; i < 50; i++) {
      const k = i < 25 ? i : 50 - i;
      await p.mouse.move(box.x + 8 + k * 14, box.y + 8 + k * 7);
      await p.waitForTimeout(40);
    }
    await p.mouse.up();
    const elapsed = Date.now() - t0;
    const frames = await p.evaluate<number[]>('(window.framing_ = false, window.frames_)');
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      elements: info.nodes + info.edges,
      nodes: info.nodes,
      renderer: info.renderer,
      layoutMs: info.layoutMs,
      forceAtlasMs: info.forceAtlasMs,
      drawnMs,
      fps: (frames.length / elapsed) * 1000,
      medianFrameMs: sorted[sorted.length >> 1] ?? NaN,
    };
  } finally {
    await tab.close();
  }
}

async function sizeFigures(target: number): Promise<Figure[]> {
  // About 0.3 organisations and 0.24 meetings (three participants each) per element.
  const seedDir = await writeLargeSeed(Math.round(target * 0.3), Math.round(target * 0.24));
  const server = await startServer({ SEED_DIR: seedDir });
  try {
    const figures: Figure[] = [];
    // The explorer's own choice first (goals apply to it), then WebGL forced, to compare.
    for (const choice of ['default', 'webgl'] as const) {
      if (choice === 'webgl' && target < 1500) continue;
      const url = `${server.url}/?view=coordination${choice === 'webgl' ? '&renderer=webgl' : ''}`;
      const r = await measure(url);
      const label = `${r.elements.toLocaleString('en')} elements (${r.nodes} nodes), ${r.renderer}${choice === 'webgl' ? ' (forced)' : ''}`;
      const goals = choice === 'default';
      figures.push(
        {
          what: `${label}: layout`,
          value: r.layoutMs,
          unit: 'ms',
          goal: goals && target === 5000 ? { at: 3000, most: true } : undefined,
        },
        ...(r.forceAtlasMs !== null
          ? [{ what: `${label}: of which ForceAtlas2 in its worker`, value: r.forceAtlasMs, unit: 'ms' }]
          : []),
        { what: `${label}: drawn from page open`, value: r.drawnMs, unit: 'ms' },
        {
          what: `${label}: pan`,
          value: r.fps,
          unit: 'fps',
          goal: goals && target >= 5000 ? { at: 30, most: false } : undefined,
        },
        { what: `${label}: median frame while panning`, value: r.medianFrameMs, unit: 'ms' },
      );
      console.log(`  measured ${label} (load average ${loadavg()[0]!.toFixed(1)})`);
    }
    return figures;
  } finally {
    await server.stop();
    await rm(seedDir, { recursive: true, force: true });
  }
}

await buildClient();
console.log(
  `load average at the start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (2 cores)`,
);
const figures: Figure[] = [
  { what: 'ForceAtlas2 in Node, 1,500 nodes / 3,500 ties', value: forceAtlasMs(1500, 3500), unit: 'ms' },
  { what: 'ForceAtlas2 in Node, 3,000 nodes / 7,000 ties', value: forceAtlasMs(3000, 7000), unit: 'ms' },
];
for (const size of SIZES) figures.push(...(await sizeFigures(size)));
let missed = 0;
for (const f of figures) {
  const ok = !f.goal || (f.goal.most ? f.value <= f.goal.at : f.value >= f.goal.at);
  if (!ok) missed++;
  const goal = f.goal ? ` (goal ${f.goal.most ? '≤' : '≥'} ${f.goal.at})` : '';
  console.log(`${f.goal ? (ok ? 'ok  ' : 'MISS') : '    '} ${f.what}: ${f.value.toFixed(1)} ${f.unit}${goal}`);
}
process.exit(missed ? 1 : 0);
