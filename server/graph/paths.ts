/**
 * Every shortest path between two nodes, up to a length. Breadth-first from both ends at once
 * through the store port (one batched call per level, so it runs alike on every store), always
 * widening the side with fewer nodes at its edge, remembering every parent at the shortest
 * distance, then reading the paths back from where the sides met: at 50,000 organisations a search
 * from one end alone read most of the graph by its fourth level. Graph libraries
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

/** One side of the bidirectional search: the nodes it reached, at what distance, and by which ties. */
interface Side {
  /** The end it starts from, and the end it walks toward (always enterable, even when the filter hides it). */
  origin: string;
  target: string;
  depth: number;
  frontier: string[];
  /** For each reached node: the ties that reach it from the level before (toward the origin). */
  parents: Map<string, RelationshipRecord[]>;
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
  const nodes = new Map<string, NodeRecord>([
    [from.id, from],
    [to.id, to],
  ]);
  const side = (origin: string, target: string): Side => ({
    origin,
    target,
    depth: 0,
    frontier: [origin],
    parents: new Map([[origin, []]]),
  });
  const forward = side(from.id, to.id);
  const backward = side(to.id, from.id);

  /** Walks one side a level further: every node first reached, with every tie reaching it from the level before. */
  const expand = async (s: Side): Promise<void> => {
    const rels = (await store.relationshipsOf(s.frontier, types))
      .flat()
      .filter((r) => relationshipVisible(r, effective));
    const inFrontier = new Set(s.frontier);
    const unseen = [...new Set(rels.flatMap((r) => [r.start, r.end]).filter((id) => !nodes.has(id)))];
    for (const n of await store.getNodes(unseen)) if (n) nodes.set(n.id, n);
    const reached = new Map<string, RelationshipRecord[]>();
    for (const rel of rels) {
      const here = inFrontier.has(rel.start) ? rel.start : rel.end;
      const there = here === rel.start ? rel.end : rel.start;
      if (s.parents.has(there)) continue;
      const node = nodes.get(there);
      // The far end is always reachable; other nodes must pass the filter to be walked through.
      if (!node || (there !== s.target && !nodeVisible(node, effective))) continue;
      const list = reached.get(there) ?? [];
      if (!list.some((r) => r.id === rel.id)) list.push(rel);
      reached.set(there, list);
    }
    // In id order: which paths a limit keeps, and their order, must not depend on the store's order of ties.
    for (const [id, via] of reached) s.parents.set(id, via.sort(byId));
    s.depth++;
    s.frontier = [...reached.keys()];
  };

  // Breadth-first from both ends, a whole level at a time, always the side with the smaller frontier:
  // the first level at which they meet gives the length (every node on a shortest path lies within
  // its reach of one side), and the nodes where they met are the middles of every shortest path.
  // Neither side walks further than half the length: a vicinity read (Neo4j) holds exactly that
  // much around each end, so every store widens the same sides in the same order and meets at the
  // same nodes — the paths a limit keeps are then the same everywhere.
  const half = Math.ceil(maxLength / 2);
  let meeting: string[] = [];
  while (forward.depth + backward.depth < maxLength && forward.frontier.length && backward.frontier.length) {
    let s = forward.frontier.length <= backward.frontier.length ? forward : backward;
    if (s.depth >= half) s = s === forward ? backward : forward;
    const other = s === forward ? backward : forward;
    await expand(s);
    meeting = s.frontier.filter((id) => other.parents.has(id));
    if (meeting.length) break;
  }
  if (!meeting.length) return [];
  meeting.sort();

  const paths: GraphPath[] = [];
  for (const middle of meeting) {
    for (const head of chains(forward, middle)) {
      for (const tail of chains(backward, middle)) {
        if (paths.length >= limit) return paths;
        const ids = [...head.nodes.slice().reverse(), ...tail.nodes.slice(1)];
        const rels = [...head.rels.slice().reverse(), ...tail.rels];
        paths.push({ nodes: ids.map((id) => nodes.get(id)!), relationships: rels });
      }
    }
  }
  return paths;
}

/** Every chain of ties from a node back to the side's origin (node ids from `id` to the origin). */
function* chains(s: Side, id: string): Generator<{ nodes: string[]; rels: RelationshipRecord[] }> {
  if (id === s.origin) {
    yield { nodes: [id], rels: [] };
    return;
  }
  for (const rel of s.parents.get(id) ?? []) {
    const previous = rel.start === id ? rel.end : rel.start;
    for (const rest of chains(s, previous)) yield { nodes: [id, ...rest.nodes], rels: [rel, ...rest.rels] };
  }
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
