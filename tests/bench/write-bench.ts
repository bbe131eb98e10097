/**
 * `npm run bench:writes -- --size S|M|L`: what writes cost on the embedded store at three sizes of
 * the synthetic world (S ≈ 1.5k nodes / 5k ties, M ≈ 15k / 50k, L ≈ 150k / 500k): single-node write
 * latency, a 100-record import batch, the background snapshot (and the longest the event loop was
 * held while it ran), a reader's p95 alone and while a writer edits, and a cold start in a fresh
 * process. Prints the figures next to the budgets of issue 18; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AuditEntry } from '../../server/domain/audit.js';
import { encodeLine } from '../../server/store/embedded/checksum-lines.js';
import { ConsistentView } from '../../server/store/embedded/consistent-view.js';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import type { Graph, Versions } from '../../server/store/embedded/graph-batch.js';
import { org, tie } from '../fixtures/builders.js';
import { syntheticWorld } from './synthetic-world.js';

const SIZES = { S: [500, 850], M: [5000, 8500], L: [50000, 85000] } as const;
const ROOT = path.resolve(import.meta.dirname, '../..');
const arg = process.argv.indexOf('--size');
const size = (arg >= 0 ? process.argv[arg + 1] : 'S') as keyof typeof SIZES;
if (!(size in SIZES)) throw new Error('--size must be S, M or L');

/** CPU milliseconds this process has used: under a loaded machine, wall time overstates the work. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const nextRequest = () => new Promise((resolve) => setImmediate(resolve));
const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;
function quantiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: s.at(-1)! };
}

/** The longest stretch the event loop went without running a 1 ms timer, while `work` runs. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 1);
  try {
    const result = await work();
    return { result, stall };
  } finally {
    clearInterval(timer);
  }
}

/** A reader asking for a node and its ties in a loop; each sample includes any wait behind a writer. */
async function readerP95(store: EmbeddedStore, ids: string[], during: Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  let done = false;
  void during.finally(() => (done = true));
  for (let i = 0; !done || samples.length < 200; i++) {
    const t = performance.now();
    await new Promise((r) => setImmediate(r));
    const id = ids[(i * 7919) % ids.length]!;
    await store.getNodes([id]);
    await store.relationshipsOf([id]);
    samples.push(performance.now() - t);
  }
  await during;
  return quantiles(samples).p95;
}

const [organizations, meetings] = SIZES[size];
const dataset = syntheticWorld(organizations, meetings);
const dir = mkdtempSync(path.join(tmpdir(), `atlas-writebench-${size}-`));
const rows: Record<string, { figure: string; budget: string }> = {};
try {
  console.log(`Size ${size}: ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships`);
  // A high threshold: snapshots happen only when this benchmark asks for one.
  let store = EmbeddedStore.open(dir, { compactAfterBytes: 1 << 30 });
  let t = performance.now();
  let c = cpu();
  await store.replaceAll(dataset);
  rows['load: replaceAll, snapshot written in full (wall / CPU)'] = {
    figure: `${ms(performance.now() - t)} / ${ms(cpu() - c)}`,
    budget: '',
  };

  const orgIds = dataset.nodes.filter((n) => n.nodeKind === 'ORGANIZATION').map((n) => n.id);
  const write = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    await store.write({ upsertNodes: [org(`bench-${i}`)] });
    write.push(performance.now() - t);
  }
  const w = quantiles(write);
  rows['single-node write p50 / p95 (fsync included)'] = {
    figure: `${ms(w.p50)} / ${ms(w.p95)}`,
    budget: '< 20 ms at L',
  };

  const imports = [];
  for (let round = 0; round < 10; round++) {
    const nodes = Array.from({ length: 50 }, (_v, i) => org(`import-${round}-${i}`));
    const ties = nodes.map((n, i) => tie('PART_OF', n.id, orgIds[i % orgIds.length]!));
    t = performance.now();
    await store.write({ upsertNodes: nodes, upsertRelationships: ties });
    imports.push(performance.now() - t);
  }
  rows['100-record import batch (50 nodes + 50 ties) p50'] = { figure: ms(quantiles(imports).p50), budget: '' };

  const idle = await readerP95(store, orgIds, new Promise((r) => setTimeout(r, 300)));
  // Each write arrives as its own request (a macrotask), as over HTTP.
  const writer = (async () => {
    for (let i = 0; i < 100; i++) {
      await nextRequest();
      await store.write({ upsertNodes: [org(`busy-${i}`, { name: `Busy ${i}` })] });
    }
  })();
  const busy = await readerP95(store, orgIds, writer);
  rows['reader p95 alone / while a writer edits'] = {
    figure: `${ms(idle)} / ${ms(busy)}`,
    budget: 'unchanged',
  };
  await store.close();

  // For comparison: the longest stall while the same writes run without a snapshot (GC included).
  store = EmbeddedStore.open(dir, { compactAfterBytes: 1 << 30 });
  const baseline = await longestStall(async () => {
    for (let i = 0; i < 20; i++) {
      await nextRequest();
      await store.write({ upsertNodes: [org(`baseline-${i}`)] });
    }
    await new Promise((r) => setTimeout(r, 300));
  });
  await store.close();

  // A background snapshot: reopened with a tiny threshold, the next write starts one.
  store = EmbeddedStore.open(dir, { compactAfterBytes: 1 });
  t = performance.now();
  c = cpu();
  const { stall } = await longestStall(async () => {
    await store.write({ upsertNodes: [org('trigger')] });
    const writes = (async () => {
      for (let i = 0; i < 20; i++) {
        await nextRequest();
        await store.write({ upsertNodes: [org(`during-${i}`)] });
      }
    })();
    await store.snapshotSettled();
    await writes;
  });
  const snapshotMs = performance.now() - t;
  const snapshotCpu = cpu() - c;
  const steps = snapshotSteps(store);
  await store.close();
  const snapshotFile = readdirSync(dir)
    .filter((n) => n.startsWith('graph.snapshot.'))
    .sort()
    .at(-1)!;
  rows['snapshot: longest step between yields, p99 / max (CPU)'] = {
    figure: `${ms(steps.p99)} / ${ms(steps.max)}`,
    budget: 'a few ms',
  };
  rows['background snapshot, writes going on (wall / CPU), size'] = {
    figure: `${ms(snapshotMs)} / ${ms(snapshotCpu)}, ${(statSync(path.join(dir, snapshotFile)).size / 1e6).toFixed(1)} MB`,
    budget: '',
  };
  rows['longest event-loop stall (wall, includes OS scheduling): writes alone / during snapshot'] = {
    figure: `${ms(baseline.stall)} / ${ms(stall)}`,
    budget: '',
  };

  const cold = await coldStart(dir);
  rows['cold start, fresh process to first read (wall; open wall / CPU)'] = { figure: cold, budget: '< 10 s at L' };
  console.table(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * How long the snapshot holds the event loop at a time: the CPU time of producing and encoding
 * each line (the writer yields to the event loop between lines), over a view of the store's graph.
 */
function snapshotSteps(store: EmbeddedStore): { p99: number; max: number } {
  const inner = store as unknown as { graph: Graph; versions: Versions; audit: AuditEntry[] };
  const chunks = new ConsistentView(inner.graph, inner.versions, inner.audit).chunks();
  const steps: number[] = [];
  for (;;) {
    const c = cpu();
    const next = chunks.next();
    if (next.done) break;
    encodeLine(next.value);
    steps.push(cpu() - c);
  }
  const sorted = steps.sort((a, b) => a - b);
  return { p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** Starts a fresh Node process that opens the store and reads one node; reports its own timings. */
function coldStart(dataDir: string): Promise<string> {
  const script = `
    const t0 = performance.now();
    const { EmbeddedStore } = await import(${JSON.stringify(path.join(ROOT, 'server/store/embedded/embedded-store.ts'))});
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const store = EmbeddedStore.open(${JSON.stringify(dataDir)});
    await store.getNodes(['org-0']);
    const t2 = performance.now();
    const c2 = process.cpuUsage(c1);
    const openCpu = (c2.user + c2.system) / 1000;
    const rss = process.memoryUsage().rss / 1e6;
    await store.close();
    console.log(JSON.stringify({ open: t2 - t1, openCpu, modules: t1 - t0, rss }));`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`cold start exited with ${code}`));
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as { open: number; openCpu: number; rss: number };
      const total = performance.now() - started;
      resolve(`${ms(total)} (open ${ms(r.open)} / ${ms(r.openCpu)} CPU, RSS ${r.rss.toFixed(0)} MB)`);
    });
  });
}
