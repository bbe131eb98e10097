/**
 * Both stores give the same answers: the same data loaded into Neo4j and into an embedded store,
 * then neighbourhoods (every depth, with filters, as a public viewer and as a cleared one), paths,
 * search, coordination and counts compared record for record, in order. On Neo4j, neighbourhoods
 * and paths replay over a vicinity read in one statement (server/graph/vicinity.ts); the test also
 * checks that they did, so a silent fallback to the level-by-level walk cannot pass for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactingStore } from '../../server/access/redacting-store.js';
import { coordination } from '../../server/analysis/coordination.js';
import type { GraphFilter } from '../../server/graph/filter.js';
import { neighbourhood } from '../../server/graph/neighbourhood.js';
import { shortestPaths } from '../../server/graph/paths.js';
import { rankNodes } from '../../server/graph/search-ranking.js';
import type { Vicinity, VicinityRequest } from '../../server/graph/vicinity.js';
import { loadSeed } from '../../server/seed/load.js';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import type { Dataset, GraphStore } from '../../server/store/port.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { tempStore, type TempStore } from '../fixtures/temp-store.js';

const FILTERS: [string, GraphFilter][] = [
  ['no filter', {}],
  ['meetings and agreements only', { relationshipTypes: ['PARTICIPATED_IN', 'PARTY_TO', 'UNDER'] }],
  ['organisations and meetings', { nodeKinds: ['ORGANIZATION', 'MEETING'] }],
  ['from 2020', { from: '2020' }],
  ['Thailand and Lao PDR', { countries: ['TH', 'LA'] }],
];

/** The organisations with the most ties, then a few ordinary ones: hubs and leaves both. */
function seedsOf(world: Dataset, count: number): string[] {
  const degree = new Map<string, number>();
  for (const r of world.relationships) for (const end of [r.start, r.end]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const orgs = world.nodes.filter((n) => n.nodeKind === 'ORGANIZATION').map((n) => n.id);
  orgs.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  const hubs = orgs.slice(0, count);
  const ordinary = orgs.filter((_, i) => i % Math.max(1, Math.floor(orgs.length / count)) === 7).slice(0, count);
  return [...new Set([...hubs, ...ordinary])];
}

/** Counts vicinity reads that came back whole, to prove the one-statement path was taken. */
function countingVicinity(store: GraphStore): { store: GraphStore; whole: () => number } {
  let whole = 0;
  const counted = Object.create(store) as GraphStore;
  counted.vicinity = async (request: VicinityRequest): Promise<Vicinity> => {
    const v = await store.vicinity!(request);
    if (v.complete) whole += 1;
    return v;
  };
  return { store: counted, whole: () => whole };
}

const WORLDS: [string, () => Promise<Dataset>][] = [
  ['the seed', () => loadSeed()],
  ['a synthetic graph of 3,000 organisations', async () => syntheticWorld(3000, 1200)],
];

describe.each(WORLDS)('Neo4j and the embedded store on %s', (_name, load) => {
  let world: Dataset;
  let neo: TempStore;
  let counted: ReturnType<typeof countingVicinity>;
  let embedded: EmbeddedStore;
  let dir: string;

  beforeAll(async () => {
    world = await load();
    neo = await tempStore(world);
    counted = countingVicinity(neo.store);
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-same-'));
    embedded = EmbeddedStore.open(dir);
    await embedded.replaceAll(world);
  }, 300_000);
  afterAll(async () => {
    await embedded?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await neo?.dispose();
  });

  it('hold the same graph', async () => {
    expect(await counted.store.stats()).toEqual(await embedded.stats());
    const ids = world.nodes.map((n) => n.id);
    expect(await counted.store.getNodes(ids)).toEqual(await embedded.getNodes(ids));
  });

  it('give the same neighbourhoods at every depth, filter and clearance, in the same order', async () => {
    const before = counted.whole();
    for (const seed of seedsOf(world, 4)) {
      for (const depth of [1, 2, 3]) {
        for (const [label, filter] of FILTERS) {
          for (const clearance of ['PUBLIC', 'CONFIDENTIAL'] as const) {
            const ours = await neighbourhood(redactingStore(counted.store, clearance), [seed], depth, filter, 400);
            const theirs = await neighbourhood(redactingStore(embedded, clearance), [seed], depth, filter, 400);
            expect(ours, `${seed} depth ${depth}, ${label}, ${clearance}`).toEqual(theirs);
          }
        }
      }
    }
    expect(counted.whole() - before).toBeGreaterThan(0);
  }, 300_000);

  it('give the same shortest paths, in the same order', async () => {
    const before = counted.whole();
    const seeds = seedsOf(world, 5);
    for (const from of seeds.slice(0, 4)) {
      for (const to of seeds.slice(-4)) {
        if (from === to) continue;
        for (const maxLength of [2, 4, 6]) {
          for (const [label, filter] of FILTERS.slice(0, 4)) {
            const ours = await shortestPaths(counted.store, from, to, maxLength, filter, 10);
            const theirs = await shortestPaths(embedded, from, to, maxLength, filter, 10);
            expect(ours, `${from} → ${to} within ${maxLength}, ${label}`).toEqual(theirs);
          }
        }
      }
    }
    expect(counted.whole() - before).toBeGreaterThan(0);
  }, 300_000);

  it('rank the same search results', async () => {
    const names = world.nodes.filter((n) => n.nodeKind === 'ORGANIZATION').slice(0, 6);
    const texts = ['ministry', 'police', 'DSI', 'Departmant of Special', ...names.map((n) => n.name)];
    for (const text of texts) {
      const rank = async (store: GraphStore) =>
        rankNodes(text, await store.searchCandidates(text, undefined, 60), 20).map((h) => [h.node.id, h.score]);
      expect(await rank(counted.store), text).toEqual(await rank(embedded));
    }
  });

  it('project the same coordination ties with the same weights', async () => {
    for (const [label, filter] of FILTERS) {
      const ours = await coordination(counted.store, filter, 20000);
      const theirs = await coordination(embedded, filter, 20000);
      expect(ours, label).toEqual(theirs);
    }
  }, 300_000);
});
