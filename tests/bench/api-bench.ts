/**
 * `npm run bench`: latency of the main queries over HTTP on the seed graph and on a synthetic
 * graph ten times its size, and the embedded store's acknowledged-write rate. Prints a table;
 * asserts nothing (timing goals belong here, not in tests).
 */
import { performance } from 'node:perf_hooks';
import { loadSeed } from '../../server/seed/load.js';
import type { Dataset } from '../../server/store/port.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { tempStore } from '../fixtures/temp-store.js';
import { org } from '../fixtures/builders.js';
import { syntheticWorld } from './synthetic-world.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

async function time(api: ApiServer, query: string, variables?: Record<string, unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const res = await api.gql(query, variables);
    samples.push(performance.now() - t);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(1);
  return { p50: at(0.5), p95: at(0.95) };
}

async function benchGraph(label: string, dataset: Dataset, hub: string, a: string, b: string) {
  const api = await startApiServer({ dataset });
  const rows = {
    'search "ministry"': await time(api, '{ search(text: "ministry") { score node { id name } } }'),
    'neighbourhood depth 1': await time(
      api,
      `{ neighbourhood(ids: ["${hub}"]) { nodes { id name } relationships { id sources { locator } } } }`,
    ),
    'neighbourhood depth 2': await time(
      api,
      `{ neighbourhood(ids: ["${hub}"], depth: 2, limit: 5000) { truncated nodes { id } relationships { id } } }`,
    ),
    'coordination (all)': await time(api, '{ coordination(limit: 20000) { truncated ties { id weight } } }'),
    'paths (max 4)': await time(api, `{ paths(from: "${a}", to: "${b}") { length } }`),
    stats: await time(api, '{ stats { earliestDate latestDate nodes { kind count } } }'),
  };
  await api.close();
  console.log(
    `\n${label}: ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships (${ROUNDS} rounds, ms)`,
  );
  console.table(rows);
}

async function benchWrites() {
  const { store, dispose } = await tempStore({ nodes: [], relationships: [] });
  const n = 300;
  const t = performance.now();
  for (let i = 0; i < n; i++) await store.write({ upsertNodes: [org(`w-${i}`)] });
  const seconds = (performance.now() - t) / 1000;
  await dispose();
  console.log(
    `\nEmbedded store: ${n} acknowledged (fsync'd) single-node writes in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(0)} writes/s`,
  );
}

const seed = await loadSeed();
await benchGraph('Seed graph', seed, 'msdhs', 'ticac', 'unodc');
await benchGraph('Synthetic graph', syntheticWorld(2000, 3000), 'org-0', 'org-5', 'org-1999');
await benchWrites();
