/**
 * Applies a write batch to the live graph, recording how to undo each step, so a batch that fails
 * half way (or whose journal write fails) is rolled back and leaves nothing behind, at a cost
 * proportional to the batch, not the graph. It runs synchronously: no reader sees a half-applied
 * batch. `beforeChange` hears of every record about to change (a snapshot being written keeps its
 * state as it was when the snapshot began).
 */
import type { MultiDirectedGraph } from 'graphology';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import { NotFoundError } from '../../domain/errors.js';
import type { WriteBatch } from '../port.js';

export type Graph = MultiDirectedGraph<NodeRecord, RelationshipRecord>;
export type Versions = Map<string, number>;
export type BeforeChange = (kind: 'node' | 'edge', id: string) => void;

/**
 * Deletions first, then upserts. A record replaced goes one version up, a record created starts at
 * 1 (no entry), a record removed loses its version. Returns the undo of the whole batch.
 */
export function applyBatch(
  graph: Graph,
  versions: Versions,
  batch: WriteBatch,
  beforeChange?: BeforeChange,
): () => void {
  const undo: (() => void)[] = [];
  const rollback = () => {
    for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
  };
  const setVersion = (id: string, version: number | undefined) => {
    const old = versions.get(id);
    undo.push(() => (old === undefined ? versions.delete(id) : versions.set(id, old)));
    if (version === undefined) versions.delete(id);
    else versions.set(id, version);
  };
  const dropEdge = (id: string) => {
    beforeChange?.('edge', id);
    const old = graph.getEdgeAttributes(id);
    graph.dropEdge(id);
    undo.push(() => graph.addDirectedEdgeWithKey(id, old.start, old.end, old));
    setVersion(id, undefined);
  };
  try {
    for (const id of batch.deleteRelationships ?? []) {
      if (!graph.hasEdge(id)) throw new NotFoundError(`no relationship has the id '${id}'`, 'deleteRelationships');
      dropEdge(id);
    }
    for (const id of batch.deleteNodes ?? []) {
      if (!graph.hasNode(id)) throw new NotFoundError(`no node has the id '${id}'`, 'deleteNodes');
      for (const edge of graph.edges(id)) dropEdge(edge);
      beforeChange?.('node', id);
      const old = graph.getNodeAttributes(id);
      graph.dropNode(id);
      undo.push(() => graph.addNode(id, old));
      setVersion(id, undefined);
    }
    for (const node of batch.upsertNodes ?? []) {
      beforeChange?.('node', node.id);
      if (graph.hasNode(node.id)) {
        const old = graph.getNodeAttributes(node.id);
        graph.replaceNodeAttributes(node.id, node);
        undo.push(() => graph.replaceNodeAttributes(node.id, old));
        setVersion(node.id, (versions.get(node.id) ?? 1) + 1);
      } else {
        graph.addNode(node.id, node);
        undo.push(() => graph.dropNode(node.id));
        setVersion(node.id, undefined);
      }
    }
    for (const rel of batch.upsertRelationships ?? []) {
      for (const end of [rel.start, rel.end]) {
        if (!graph.hasNode(end)) {
          throw new NotFoundError(`relationship ${rel.id} refers to a missing node '${end}'`, 'upsertRelationships');
        }
      }
      beforeChange?.('edge', rel.id);
      if (graph.hasEdge(rel.id)) {
        const old = graph.getEdgeAttributes(rel.id);
        if (old.start === rel.start && old.end === rel.end) {
          graph.replaceEdgeAttributes(rel.id, rel);
          undo.push(() => graph.replaceEdgeAttributes(rel.id, old));
        } else {
          // Moved to other ends: graphology keeps an edge's ends, so it is re-added.
          graph.dropEdge(rel.id);
          graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
          undo.push(() => {
            graph.dropEdge(rel.id);
            graph.addDirectedEdgeWithKey(rel.id, old.start, old.end, old);
          });
        }
        setVersion(rel.id, (versions.get(rel.id) ?? 1) + 1);
      } else {
        graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
        undo.push(() => graph.dropEdge(rel.id));
        setVersion(rel.id, undefined);
      }
    }
  } catch (e) {
    rollback();
    throw e;
  }
  return rollback;
}
