/**
 * Every shortest path between two nodes, up to a length. Breadth-first from the start through the
 * store port (one batched call per level, so it runs alike on every store), remembering every
 * parent at the shortest distance, then reading the paths back from the end. Graph libraries
 * offer this only over a graph held whole in memory, which the Neo4j store does not do. On a store
 * that reads a vicinity in one round trip (Neo4j), the same walk replays over the vicinity of both
 * ends, which holds every shortest path of the allowed length.
 */
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { GraphReader, RelationshipTypeValue } from '../store/port.js';
import { VicinityReader } from './vicinity.js';
import { RELATIONSHIP_TYPES } from '../domain/vocabulary.js';
import { nodeVisible, relationshipVisible, type GraphFilter } from './filter.js';

export interface GraphPath {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

/** BASED_IN would make every agency of a state two steps from every other: left out by default. */
export const DEFAULT_PATH_TYPES: RelationshipTypeValue[] = RELATIONSHIP_TYPES.filter((t) => t !== 'BASED_IN');

/** Nodes per level a vicinity may hold before the walk goes to the store itself. */
const VICINITY_CAP = 20_000;

export async function shortestPaths(
  store: GraphReader,
  fromId: string,
  toId: string,
  maxLength: number,
  filter: GraphFilter,
  limit: number,
): Promise<GraphPath[]> {
  if (fromId === toId) throw new ValidationError('from and to must be different nodes', 'to');
  if (store.vicinity) {
    // Every node of a shortest path of length ≤ maxLength lies within half of it of one end.
    const around = await store.vicinity({
      seeds: [fromId, toId],
      radius: Math.ceil(maxLength / 2),
      relationshipTypes: filter.relationshipTypes ?? DEFAULT_PATH_TYPES,
      nodeKinds: filter.nodeKinds ?? undefined,
      cap: VICINITY_CAP,
    });
    if (around.complete) return walk(new VicinityReader(around), fromId, toId, maxLength, filter, limit);
  }
  return walk(store, fromId, toId, maxLength, filter, limit);
}

async function walk(
  store: Pick<GraphReader, 'getNodes' | 'relationshipsOf'>,
  fromId: string,
  toId: string,
  maxLength: number,
  filter: GraphFilter,
  limit: number,
): Promise<GraphPath[]> {
  const [from, to] = await store.getNodes([fromId, toId]);
  if (!from) throw new NotFoundError(`no node has the id '${fromId}'`, 'from');
  if (!to) throw new NotFoundError(`no node has the id '${toId}'`, 'to');
  const types = filter.relationshipTypes ?? DEFAULT_PATH_TYPES;
  const effective: GraphFilter = { ...filter, relationshipTypes: types };

  const nodes = new Map<string, NodeRecord>([[from.id, from]]);
  // For each reached node: the ties that reach it from the previous level.
  const parents = new Map<string, RelationshipRecord[]>([[from.id, []]]);
  let frontier = [from.id];
  for (let level = 1; level <= maxLength && frontier.length && !parents.has(to.id); level++) {
    const rels = (await store.relationshipsOf(frontier, types)).flat().filter((r) => relationshipVisible(r, effective));
    const inFrontier = new Set(frontier);
    const unseen = [...new Set(rels.flatMap((r) => [r.start, r.end]).filter((id) => !nodes.has(id)))];
    for (const n of await store.getNodes(unseen)) if (n) nodes.set(n.id, n);
    const reached = new Map<string, RelationshipRecord[]>();
    for (const rel of rels) {
      const here = inFrontier.has(rel.start) ? rel.start : rel.end;
      const there = here === rel.start ? rel.end : rel.start;
      if (parents.has(there)) continue;
      const node = nodes.get(there);
      // The end node is always reachable; other nodes must pass the filter to be walked through.
      if (!node || (there !== to.id && !nodeVisible(node, effective))) continue;
      const list = reached.get(there) ?? [];
      if (!list.some((r) => r.id === rel.id)) list.push(rel);
      reached.set(there, list);
    }
    for (const [id, via] of reached) parents.set(id, via);
    frontier = [...reached.keys()];
  }
  if (!parents.has(to.id)) return [];

  const paths: GraphPath[] = [];
  const walk = (id: string, nodesSoFar: NodeRecord[], relsSoFar: RelationshipRecord[]): void => {
    if (paths.length >= limit) return;
    if (id === from.id) {
      paths.push({ nodes: [from, ...nodesSoFar], relationships: relsSoFar });
      return;
    }
    for (const rel of parents.get(id) ?? []) {
      const previous = rel.start === id ? rel.end : rel.start;
      walk(previous, [nodes.get(id)!, ...nodesSoFar], [rel, ...relsSoFar]);
    }
  };
  walk(to.id, [], []);
  return paths;
}
