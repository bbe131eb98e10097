/**
 * The coordination projection kept up to date incrementally (reproject): after writes, the
 * projection brought forward from the previous revision's must equal a fresh build of the new
 * one — the same ties, in the same order, with the same weights to the bit — on random
 * memberships changed step by step, and on the synthetic world edited through the store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../server/analysis/compact/compact-graph.js';
import { membershipOf, type Membership } from '../../server/analysis/compact/membership.js';
import { project, reproject, type Projection } from '../../server/analysis/compact/projection.js';
import { loadInstrumentIndex } from '../../server/analysis/instrument-index.js';
import { hold } from '../../server/analysis/worker/tasks.js';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { meeting, tie } from '../fixtures/builders.js';
import { syntheticWorld } from '../bench/synthetic-world.js';

/** A membership from lists of members per instrument (organisations o0…o(n−1)). */
function membership(n: number, lists: number[][]): Membership {
  const instOffsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (instOffsets[i + 1] = instOffsets[i]! + l.length));
  const orgIds = Array.from({ length: n }, (_, v) => `o${String(v).padStart(5, '0')}`);
  return {
    orgIds,
    kinds: orgIds.map(() => 'GOVERNMENT_AGENCY'),
    countries: orgIds.map(() => 'TH'),
    sectors: orgIds.map(() => null),
    instOffsets,
    instOrgs: Int32Array.from(lists.flat()),
  };
}

function randomLists(n: number, instruments: number, random: () => number): number[][] {
  return Array.from({ length: instruments }, () => members(n, random));
}

function members(n: number, random: () => number): number[] {
  const size = 1 + Math.floor(random() * random() * 12);
  return [...new Set(Array.from({ length: size }, () => Math.floor(random() * n)))];
}

/** One write's worth of change: a member joins or leaves, an instrument is added or emptied. */
function change(lists: number[][], n: number, random: () => number): number[][] {
  const next = lists.map((l) => [...l]);
  const i = Math.floor(random() * next.length);
  const r = random();
  if (r < 0.3) {
    const v = Math.floor(random() * n);
    if (!next[i]!.includes(v)) next[i]!.push(v);
  } else if (r < 0.6) next[i]!.splice(Math.floor(random() * next[i]!.length), 1);
  else if (r < 0.8) next.push(members(n, random));
  else next[i] = [];
  return next;
}

type Numbers = Int32Array | Float64Array;

/** The first index where two arrays differ (length included), -1 when none: fast on large arrays. */
function firstDifference(x: Numbers, y: Numbers): number {
  if (x.length !== y.length) return Math.min(x.length, y.length);
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return i;
  return -1;
}

function expectSame(actual: Projection | undefined, expected: Projection): void {
  expect(actual).toBeDefined();
  const pairs: [string, Numbers, Numbers][] = [
    ['tieA', actual!.graph.tieA, expected.graph.tieA],
    ['tieB', actual!.graph.tieB, expected.graph.tieB],
    ['weight', actual!.weight, expected.weight],
    ['sharedCount', actual!.sharedCount, expected.sharedCount],
    ['offsets', actual!.graph.offsets, expected.graph.offsets],
    ['targets', actual!.graph.targets, expected.graph.targets],
  ];
  for (const [name, x, y] of pairs) expect({ [name]: firstDifference(x, y) }).toEqual({ [name]: -1 });
  expect(expected.weight.length).toBeGreaterThan(0);
}

describe('incremental projection', () => {
  it('equals a fresh build after each of many small changes, chained', () => {
    const random = seededRandom(11);
    const n = 300;
    let lists = randomLists(n, 400, random);
    let m = membership(n, lists);
    let p = project(m);
    for (let step = 0; step < 30; step++) {
      lists = change(lists, n, random);
      const next = membership(n, lists);
      const fresh = project(next);
      const brought = reproject(m, p, next);
      expectSame(brought, fresh);
      m = next;
      p = brought!;
    }
  });

  it('equals a fresh build after several changes at once', () => {
    const random = seededRandom(5);
    const n = 200;
    const lists = randomLists(n, 300, random);
    let next = lists;
    for (let k = 0; k < 8; k++) next = change(next, n, random);
    const before = membership(n, lists);
    expectSame(reproject(before, project(before), membership(n, next)), project(membership(n, next)));
  });

  it('declines when the organisations differ or most of them changed, and hold builds afresh then', () => {
    const random = seededRandom(3);
    const lists = randomLists(100, 150, random);
    const m = membership(100, lists);
    const p = project(m);
    expect(reproject(m, p, membership(101, lists))).toBeUndefined();
    const reshuffled = membership(100, randomLists(100, 150, seededRandom(4)));
    expect(reproject(m, p, reshuffled)).toBeUndefined();
    expectSame(hold(reshuffled, [{ membership: m, projection: p }]).projection, project(reshuffled));
  });

  describe('on the synthetic world, written through the store', () => {
    let dir: string | undefined;
    afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('keeps the projection equal to a fresh build across revisions', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'atlas-reproject-'));
      const store = EmbeddedStore.open(dir);
      try {
        const world = syntheticWorld(460, 820);
        await store.replaceAll(world);
        const read = async () => membershipOf(await loadInstrumentIndex(store, {})).membership;
        let held = hold(await read());
        const orgs = world.nodes.filter((x) => x.nodeKind === 'ORGANIZATION').map((x) => x.id);
        const meetings = world.nodes.filter((x) => x.nodeKind === 'MEETING').map((x) => x.id);
        const joined = tie('PARTICIPATED_IN', orgs[3]!, meetings[5]!, { role: 'PARTICIPANT' });
        const left = world.relationships.find((r) => r.type === 'PARTICIPATED_IN' && r.end === meetings[9])!;
        const writes = [
          { upsertRelationships: [joined] },
          { deleteRelationships: [left.id] },
          {
            upsertNodes: [meeting('m-new', { name: 'A new meeting', startDate: '2024-03-01' })],
            upsertRelationships: [
              tie('PARTICIPATED_IN', orgs[1]!, 'm-new', { role: 'HOST' }),
              tie('PARTICIPATED_IN', orgs[2]!, 'm-new', { role: 'PARTICIPANT' }),
              tie('PARTICIPATED_IN', orgs[40]!, 'm-new', { role: 'PARTICIPANT' }),
            ],
          },
        ];
        for (const batch of writes) {
          await store.write(batch);
          const next = await read();
          const brought = reproject(held.membership, held.projection, next);
          expectSame(brought, project(next));
          held = hold(next, [held]);
        }
      } finally {
        await store.close();
      }
    });
  });
});
