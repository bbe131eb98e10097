/**
 * The embedded store's graph: a graphology multigraph whose nodes keep their neighbour indexes in
 * dictionary-mode objects from the start. graphology keys each node's `in` and `out` index by
 * neighbour id in a plain `{}`; V8 gives such an object a new hidden class for every key added, so
 * loading 505,000 ties built as many class transitions, and their garbage: a third of the edge
 * insertion time of a cold start at L. Objects without a prototype start in dictionary mode (a
 * hash table), which is what an index of hundreds of ids wants. Behaviour is graphology's own;
 * should its internals change, nodes simply keep the indexes graphology made.
 */
import { MultiDirectedGraph } from 'graphology';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';

interface NodeIndexes {
  in?: unknown;
  out?: unknown;
}

export class StoreGraph extends MultiDirectedGraph<NodeRecord, RelationshipRecord> {
  override addNode(node: unknown, attributes?: NodeRecord): string {
    const key = super.addNode(node, attributes);
    const data = (this as unknown as { _nodes?: Map<string, NodeIndexes> })._nodes?.get(key);
    if (data && isEmptyObject(data.in) && isEmptyObject(data.out)) {
      data.in = Object.create(null);
      data.out = Object.create(null);
    }
    return key;
  }
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  for (const _key in value) return false;
  return true;
}
