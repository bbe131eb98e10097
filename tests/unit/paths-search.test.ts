/**
 * Shortest paths (server/graph/paths.ts, breadth-first from both ends) give the same paths as a
 * plain breadth-first search from one end, written here over the dataset itself, on a synthetic
 * graph: many pairs, lengths up to 4, with and without a date filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRecord, RelationshipRecord } from '../../server/domain/records.js';
import { nodeVisible, relationshipVisible, type GraphFilter } from '../../server/graph/filter.js';
import { DEFAULT_PATH_TYPES, shortestPaths } from '../../server/graph/paths.js';
import type { Dataset, GraphStore } from '../../server/store/port.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { tempStore } from '../fixtures/temp-store.js';

const world = syntheticWorld(120, 160, 11);
let store: GraphStore;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore(world));
});
afterAll(() => dispose());

/** Every shortest path of at most maxLength ties, as `node tie node …` strings: one end to the other, level by level. */
function plainSearch(data: Dataset, from: string, to: string, maxLength: number, filter: GraphFilter): Set<string> {
  const effective = { ...filter, relationshipTypes: filter.relationshipTypes ?? DEFAULT_PATH_TYPES };
  const byId = new Map<string, NodeRecord>(data.nodes.map((n) => [n.id, n]));
  const ties = new Map<string, RelationshipRecord[]>();
  for (const rel of data.relationships) {
    if (!relationshipVisible(rel, effective)) continue;
    for (const end of new Set([rel.start, rel.end])) ties.set(end, [...(ties.get(end) ?? []), rel]);
  }
  const distance = new Map([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= maxLength && frontier.length && !distance.has(to); d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const rel of ties.get(id) ?? []) {
        const other = rel.start === id ? rel.end : rel.start;
        if (distance.has(other)) continue;
        if (other !== to && !nodeVisible(byId.get(other)!, effective)) continue;
        distance.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  const found = new Set<string>();
  if (!distance.has(to)) return found;
  // Back from the far end through ties to a node one step nearer the start.
  const back = (id: string, suffix: string): void => {
    if (id === from) return void found.add(`${id}${suffix}`);
    for (const rel of ties.get(id) ?? []) {
      const other = rel.start === id ? rel.end : rel.start;
      if (distance.get(other) === distance.get(id)! - 1) back(other, ` ${rel.id} ${id}${suffix}`);
    }
  };
  back(to, '');
  return found;
}

const asText = (p: { nodes: { id: string }[]; relationships: { id: string }[] }) =>
  p.nodes.map((n, i) => (i === 0 ? n.id : `${p.relationships[i - 1]!.id} ${n.id}`)).join(' ');

const PAIRS = Array.from(
  { length: 60 },
  (_, i) => [`org-${(i * 37) % 120}`, `org-${(i * 53 + 7) % 120}`] as const,
).filter(([a, b]) => a !== b);

describe('shortest paths from both ends', () => {
  it.each([
    ['every tie', {}],
    ['from 2018', { from: '2018' }],
  ] as [string, GraphFilter][])('finds the paths a plain search finds (%s)', async (_name, filter) => {
    let compared = 0;
    for (const [from, to] of PAIRS) {
      for (const maxLength of [2, 3, 4]) {
        const expected = plainSearch(world, from, to, maxLength, filter);
        const found = await shortestPaths(store, from, to, maxLength, filter, 50);
        const texts = found.map(asText);
        expect(new Set(texts).size, `${from} → ${to}`).toBe(texts.length);
        if (expected.size <= 50) {
          expect(new Set(texts), `${from} → ${to} within ${maxLength}`).toEqual(expected);
          compared += expected.size;
        } else {
          // More than the limit: any 50 of them.
          expect(texts).toHaveLength(50);
          for (const text of texts) expect(expected.has(text), text).toBe(true);
        }
      }
    }
    // The sample must hold real paths, not only pairs too far apart.
    expect(compared).toBeGreaterThan(100);
  });
});
