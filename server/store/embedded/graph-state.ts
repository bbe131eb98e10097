/**
 * The graph store's state as plain parts (graph, versions, audit trail), loaded from snapshot
 * chunks and journal entries and written back as chunks: shared by the store and the repair command.
 */
import { StoreGraph } from './store-graph.js';
import type { AuditEntry } from '../../domain/audit.js';
import { applyBatch, type Graph } from './graph-batch.js';
import type { GraphChunk, JournalEntry, SnapshotSink } from './journal.js';
import { chunked } from './snapshot-files.js';

export class GraphState implements SnapshotSink {
  graph: Graph = new StoreGraph();
  versions = new Map<string, number>();
  audit: AuditEntry[] = [];
  lastAuditSeq = 0;

  reset(): void {
    this.graph = new StoreGraph();
    this.versions = new Map();
    this.audit = [];
    this.lastAuditSeq = 0;
  }

  chunk(chunk: GraphChunk): void {
    for (const node of chunk.n ?? []) this.graph.addNode(node.id, node);
    for (const rel of chunk.r ?? []) this.graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
    for (const [id, version] of chunk.v ?? []) this.versions.set(id, version);
    for (const entry of chunk.a ?? []) this.record(entry);
  }

  auditSeq(seq: number): void {
    this.lastAuditSeq = Math.max(this.lastAuditSeq, seq);
  }

  /** Applies a journal entry; throws (having changed nothing) when its batch no longer applies. */
  apply(entry: Omit<JournalEntry, 'seq'>): void {
    applyBatch(this.graph, this.versions, entry.batch);
    if (entry.audit) this.record(entry.audit);
  }

  record(entry: AuditEntry): void {
    this.audit.push(entry);
    this.lastAuditSeq = Math.max(this.lastAuditSeq, entry.seq);
  }

  /** The whole state as snapshot chunks (for a state nobody writes to meanwhile). */
  *chunks(): Generator<GraphChunk> {
    yield* chunked(
      'n',
      this.graph.mapNodes((_id, n) => n),
    );
    yield* chunked(
      'r',
      this.graph.mapEdges((_id, r) => r),
    );
    yield* chunked('v', this.versions.entries());
    yield* chunked('a', this.audit);
  }
}
