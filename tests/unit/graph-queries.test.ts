/**
 * The shared graph queries on the small hand-made world of tests/fixtures/builders.ts, whose
 * diagram is in that file. Every expected number is worked out by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordination } from '../../server/analysis/coordination.js';
import { NotFoundError, ValidationError } from '../../server/domain/errors.js';
import { neighbourhood } from '../../server/graph/neighbourhood.js';
import { shortestPaths } from '../../server/graph/paths.js';
import type { GraphStore } from '../../server/store/port.js';
import { smallWorld } from '../fixtures/builders.js';
import { tempStore } from '../fixtures/temp-store.js';

let store: GraphStore;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore(smallWorld()));
});
afterAll(() => dispose());

const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe('neighbourhood', () => {
  it('holds the direct ties of a node and the ties among its neighbours', async () => {
    // msdhs → thailand (BASED_IN), m-2013, m-2024 (PARTICIPATED_IN), mou-th-la (PARTY_TO): 4 ties;
    // among the neighbours, m-2024 UNDER mou-th-la is the one tie with both ends inside: 5 ties.
    const sub = await neighbourhood(store, ['msdhs'], 1, {}, 500);
    expect(ids(sub.nodes)).toEqual(['m-2013', 'm-2024', 'mou-th-la', 'msdhs', 'thailand']);
    expect(sub.relationships).toHaveLength(5);
    expect(sub.truncated).toBe(false);
  });

  it('hides what falls outside the time window, keeping undated and still-valid items', async () => {
    // Until 2013: m-2024 (2024-03) goes; the MOU (valid from 2005, no end) stays; 3 ties remain.
    const sub = await neighbourhood(store, ['msdhs'], 1, { until: '2013' }, 500);
    expect(ids(sub.nodes)).toEqual(['m-2013', 'mou-th-la', 'msdhs', 'thailand']);
    expect(sub.relationships.map((r) => r.type).sort()).toEqual(['BASED_IN', 'PARTICIPATED_IN', 'PARTY_TO']);
  });

  it('reaches further with depth and stops at the element cap, saying so', async () => {
    // Depth 2 adds rtp, dsi, moj (via thailand), iom (via m-2013), lao-police and case-1: 11 nodes.
    const deep = await neighbourhood(store, ['msdhs'], 2, {}, 500);
    expect(deep.nodes).toHaveLength(11);
    const capped = await neighbourhood(store, ['msdhs'], 2, {}, 6);
    expect(capped.truncated).toBe(true);
    expect(capped.nodes.length + capped.relationships.length).toBeLessThanOrEqual(6);
  });

  it('follows only the relationship types asked for', async () => {
    const sub = await neighbourhood(store, ['msdhs'], 2, { relationshipTypes: ['PARTY_TO'] }, 500);
    // msdhs → mou-th-la → lao-police (the other party).
    expect(ids(sub.nodes)).toEqual(['lao-police', 'mou-th-la', 'msdhs']);
  });

  it('names unknown ids', async () => {
    await expect(neighbourhood(store, ['msdhs', 'nope'], 1, {}, 500)).rejects.toThrow(NotFoundError);
    await expect(neighbourhood(store, ['nope'], 1, {}, 500)).rejects.toThrow("'nope'");
  });
});

describe('shortest paths', () => {
  it('finds every shortest path, with the instruments on it', async () => {
    // msdhs and lao-police meet at m-2024 and are both parties to mou-th-la: two paths of length 2.
    const paths = await shortestPaths(store, 'msdhs', 'lao-police', 4, {}, 10);
    expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual(
      expect.arrayContaining([
        ['msdhs', 'm-2024', 'lao-police'],
        ['msdhs', 'mou-th-la', 'lao-police'],
      ]),
    );
    expect(paths).toHaveLength(2);
  });

  it('leaves out BASED_IN unless asked, so a shared country is not a connection', async () => {
    // dsi's only ties are PART_OF moj and BASED_IN thailand; moj has no other tie.
    expect(await shortestPaths(store, 'dsi', 'rtp', 4, {}, 10)).toEqual([]);
    const viaCountry = await shortestPaths(store, 'dsi', 'rtp', 4, { relationshipTypes: ['BASED_IN'] }, 10);
    expect(viaCountry.map((p) => p.nodes.map((n) => n.id))).toEqual([['dsi', 'thailand', 'rtp']]);
  });

  it('respects the maximum length and the filter', async () => {
    // rtp → case-1 → lao-police is the only path of length 2; hiding cases (until 2013) leaves
    // rtp → m-2013 → msdhs → mou-th-la → lao-police, of length 4.
    expect(await shortestPaths(store, 'rtp', 'lao-police', 1, {}, 10)).toEqual([]);
    const within2013 = await shortestPaths(store, 'rtp', 'lao-police', 4, { until: '2013' }, 10);
    expect(within2013.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['rtp', 'm-2013', 'msdhs', 'mou-th-la', 'lao-police'],
    ]);
  });

  it('refuses a path from a node to itself and names unknown ends', async () => {
    await expect(shortestPaths(store, 'rtp', 'rtp', 4, {}, 10)).rejects.toThrow(ValidationError);
    await expect(shortestPaths(store, 'rtp', 'nope', 4, {}, 10)).rejects.toMatchObject({ field: 'to' });
  });
});

describe('coordination projection', () => {
  it('weights each shared instrument by 1/(n−1) and keeps the evidence', async () => {
    // m-2013 has 3 organisations (rtp, msdhs, iom): each pair gets 1/2.
    // m-2024 and mou-th-la each have 2 (msdhs, lao-police): that pair gets 1 + 1 = 2.
    // case-1 has rtp and lao-police: 1.
    const { ties, organizations, truncated } = await coordination(store, {}, 100);
    expect(ties.map((t) => [t.id, t.weight, t.sharedCount])).toEqual([
      ['lao-police~msdhs', 2, 2],
      ['lao-police~rtp', 1, 1],
      ['iom~msdhs', 0.5, 1],
      ['iom~rtp', 0.5, 1],
      ['msdhs~rtp', 0.5, 1],
    ]);
    const strongest = ties[0]!;
    expect(ids(strongest.evidence)).toEqual(['m-2024', 'mou-th-la']);
    expect(strongest.instrumentKinds.sort()).toEqual(['AGREEMENT', 'MEETING']);
    // The MOU was signed 2005-07-13; the meeting was in 2024-03.
    expect([strongest.firstDate, strongest.lastDate]).toEqual(['2005-07-13', '2024-03']);
    expect(ids(organizations)).toEqual(['iom', 'lao-police', 'msdhs', 'rtp']);
    expect(truncated).toBe(false);
  });

  it('narrows to a period and to instrument kinds', async () => {
    // Until 2013 only m-2013 and the MOU count.
    const early = await coordination(store, { until: '2013' }, 100);
    expect(early.ties.map((t) => [t.id, t.weight])).toEqual([
      ['lao-police~msdhs', 1],
      ['iom~msdhs', 0.5],
      ['iom~rtp', 0.5],
      ['msdhs~rtp', 0.5],
    ]);
    const casesOnly = await coordination(store, { nodeKinds: ['JOINT_CASE'] }, 100);
    expect(casesOnly.ties.map((t) => t.id)).toEqual(['lao-police~rtp']);
  });

  it('caps the number of ties, strongest first, and says it did', async () => {
    const top = await coordination(store, {}, 2);
    expect(top.ties.map((t) => t.id)).toEqual(['lao-police~msdhs', 'lao-police~rtp']);
    expect(top.truncated).toBe(true);
  });
});
