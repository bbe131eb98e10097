/**
 * The graph as it was when a snapshot began, read while writes go on, without copying the graph.
 * Records are replaced, never mutated, so the live graph's own objects can be written out. The
 * writer walks the live graph; a record about to change that the walk has not yet written is kept
 * as it was (its pre-image) and written from there instead; records created since are skipped.
 * Extra memory: the pre-images of records changed during the snapshot, and the ids written so far.
 */
import type { AuditEntry } from '../../domain/audit.js';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import type { Graph, Versions } from './graph-batch.js';
import type { GraphChunk } from './journal.js';

// Small enough that producing one line holds the event loop for a few milliseconds at most.
const CHUNK = 250;

interface PreImage<R> {
  record: R;
  version: number | undefined;
}

export class ConsistentView {
  private readonly nodePre = new Map<string, PreImage<NodeRecord> | null>();
  private readonly edgePre = new Map<string, PreImage<RelationshipRecord> | null>();
  private readonly written = new Set<string>();
  private readonly auditLength: number;

  constructor(
    private readonly graph: Graph,
    private readonly versions: Versions,
    private readonly audit: readonly AuditEntry[],
  ) {
    this.auditLength = audit.length;
  }

  /** Called before a node or relationship changes: keeps its state as of the snapshot's start. */
  readonly beforeChange = (kind: 'node' | 'edge', id: string): void => {
    // Node and relationship ids never collide (relationship ids contain ':'), so one set serves both.
    if (this.written.has(id)) return;
    if (kind === 'node') {
      if (this.nodePre.has(id)) return;
      this.nodePre.set(
        id,
        this.graph.hasNode(id) ? { record: this.graph.getNodeAttributes(id), version: this.versions.get(id) } : null,
      );
    } else {
      if (this.edgePre.has(id)) return;
      this.edgePre.set(
        id,
        this.graph.hasEdge(id) ? { record: this.graph.getEdgeAttributes(id), version: this.versions.get(id) } : null,
      );
    }
  };

  /** The snapshot's lines, produced lazily: a chunk at a time, between which writes may run. */
  *chunks(): Generator<GraphChunk> {
    yield* this.records('n', this.liveNodes(), this.nodePre);
    yield* this.records('r', this.liveEdges(), this.edgePre);
    for (let i = 0; i < this.auditLength; i += CHUNK) {
      yield { a: this.audit.slice(i, Math.min(i + CHUNK, this.auditLength)) };
    }
  }

  private *liveNodes(): Generator<[string, NodeRecord]> {
    for (const { node, attributes } of this.graph.nodeEntries()) yield [node, attributes];
  }

  private *liveEdges(): Generator<[string, RelationshipRecord]> {
    for (const { edge, attributes } of this.graph.edgeEntries()) yield [edge, attributes];
  }

  private *records<R>(
    kind: 'n' | 'r',
    live: Iterable<[string, R]>,
    pre: Map<string, PreImage<R> | null>,
  ): Generator<GraphChunk> {
    let records: R[] = [];
    let versions: [string, number][] = [];
    const flush = (): GraphChunk => {
      const chunk = { [kind]: records, v: versions } as GraphChunk;
      records = [];
      versions = [];
      return chunk;
    };
    const add = (id: string, record: R, version: number | undefined) => {
      records.push(record);
      if (version !== undefined) versions.push([id, version]);
    };
    for (const [id, record] of live) {
      if (pre.has(id)) continue; // changed since the start: written from its pre-image below
      this.written.add(id);
      add(id, record, this.versions.get(id));
      if (records.length === CHUNK) yield flush();
    }
    // Every id changed from here on has been written already or is in `pre` already.
    for (const [id, image] of pre) {
      if (!image) continue; // created after the snapshot began
      this.written.add(id);
      add(id, image.record, image.version);
      if (records.length === CHUNK) yield flush();
    }
    if (records.length) yield flush();
  }
}
