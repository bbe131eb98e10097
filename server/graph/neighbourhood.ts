/**
 * The subgraph within a few ties of some nodes. Expands breadth-first through the store port, one
 * batched call per level, so it behaves the same on every store; only visible nodes and ties are
 * followed, so a filtered-out meeting does not connect its participants. A store that reads a
 * vicinity in one round trip (Neo4j) has it read first, and the same walk replays over it.
 */
import { NotFoundError } from '../domain/errors.js';
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { GraphReader } from '../store/port.js';
import { VicinityReader } from './vicinity.js';
import { nodeVisible, relationshipVisible, type GraphFilter } from './filter.js';

export interface Subgraph {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

/** Frontier nodes read in the first slice of a level; each next slice doubles. */
const FIRST_SLICE = 32;

/** Nodes per level a vicinity may hold: far more than any answer shows, far less than a graph. */
export const VICINITY_CAP_PER_LIMIT = 20;

export async function neighbourhood(
  store: GraphReader,
  ids: readonly string[],
  depth: number,
  filter: GraphFilter,
  limit: number,
): Promise<Subgraph> {
  if (store.vicinity) {
    const around = await store.vicinity({
      seeds: ids,
      radius: depth,
      relationshipTypes: filter.relationshipTypes ?? undefined,
      nodeKinds: filter.nodeKinds ?? undefined,
      cap: Math.max(1000, limit * VICINITY_CAP_PER_LIMIT),
    });
    // An incomplete vicinity could change what the walk finds: walk the store itself then.
    if (around.complete) return walk(new VicinityReader(around), ids, depth, filter, limit);
  }
  return walk(store, ids, depth, filter, limit);
}

async function walk(
  store: Pick<GraphReader, 'getNodes' | 'relationshipsOf'>,
  ids: readonly string[],
  depth: number,
  filter: GraphFilter,
  limit: number,
): Promise<Subgraph> {
  const seeds = await store.getNodes(ids);
  const missing = ids.filter((_id, i) => !seeds[i]);
  if (missing.length) throw new NotFoundError(`no node has the id ${missing.map((m) => `'${m}'`).join(', ')}`, 'ids');

  const nodes = new Map<string, NodeRecord>();
  const rels = new Map<string, RelationshipRecord>();
  // The nodes asked for are always shown, even when the filter would hide them.
  for (const seed of seeds) nodes.set(seed!.id, seed!);
  let truncated = nodes.size > limit;
  let frontier = [...nodes.keys()];
  const types = filter.relationshipTypes ?? undefined;

  for (let level = 1; level <= depth && frontier.length && !truncated; level++) {
    const next: string[] = [];
    // The level is read in growing slices, in order, and the reading stops at the limit: a hub's
    // second level can hold ten times what the answer may show, and the answer is the same as if
    // the level had been read whole.
    for (let at = 0, slice = FIRST_SLICE; at < frontier.length && !truncated; at += slice, slice *= 2) {
      const part = frontier.slice(at, at + slice);
      const candidates = (await store.relationshipsOf(part, types))
        .flat()
        .filter((r) => relationshipVisible(r, filter));
      const unseen = [...new Set(candidates.flatMap((r) => [r.start, r.end]).filter((id) => !nodes.has(id)))];
      const fetched = new Map((await store.getNodes(unseen)).flatMap((n) => (n ? [[n.id, n] as const] : [])));
      for (const rel of candidates) {
        if (rels.has(rel.id)) continue;
        const otherId = nodes.has(rel.start) ? rel.end : rel.start;
        const other = nodes.get(otherId) ?? fetched.get(otherId);
        if (!other || !nodeVisible(other, filter)) continue;
        const added = (nodes.has(otherId) ? 0 : 1) + 1;
        if (nodes.size + rels.size + added > limit) {
          truncated = true;
          break;
        }
        if (!nodes.has(otherId)) {
          nodes.set(otherId, other);
          next.push(otherId);
        }
        rels.set(rel.id, rel);
      }
    }
    frontier = next;
  }

  // Ties among the outermost nodes, so the picture shows how they relate to each other too.
  if (frontier.length && !truncated) {
    for (const rel of (await store.relationshipsOf(frontier, types)).flat()) {
      if (rels.has(rel.id) || !nodes.has(rel.start) || !nodes.has(rel.end) || !relationshipVisible(rel, filter))
        continue;
      if (nodes.size + rels.size + 1 > limit) {
        truncated = true;
        break;
      }
      rels.set(rel.id, rel);
    }
  }
  return { nodes: [...nodes.values()], relationships: [...rels.values()], truncated };
}
