/**
 * The embedded store: the graph held in memory in a graphology multigraph, made durable by the
 * journal. It is the default store, so the app runs with no database server.
 */
import { MultiDirectedGraph } from 'graphology';
import {
  subjectsOf,
  type AuditDraft,
  type AuditEntry,
  type AuditPage,
  type AuditPageRequest,
} from '../../domain/audit.js';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import { NotFoundError } from '../../domain/errors.js';
import { tiesNotAccountedFor } from '../conflicts.js';
import { rankNodes } from '../../graph/search-ranking.js';
import type {
  Dataset,
  EditOutcome,
  EditPlan,
  EditView,
  GraphStats,
  GraphStore,
  NodeKindValue,
  Page,
  RelationshipTypeValue,
  WriteBatch,
} from '../port.js';
import { compareByNameThenId, decodeAuditCursor, decodeCursor, encodeAuditCursor, encodeCursor } from '../cursor.js';
import { Journal, type StoreState } from './journal.js';

type Graph = MultiDirectedGraph<NodeRecord, RelationshipRecord>;

export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded';
  private graph: Graph = new MultiDirectedGraph();
  /** Versions above 1 (every other record is at version 1). */
  private versions = new Map<string, number>();
  /** The audit trail, oldest first. */
  private audit: AuditEntry[] = [];
  private auditSeq = 0;
  /** Writes run one at a time, in the order they arrive. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(private readonly journal: Journal) {}

  /** Opens the store in a data directory, recovering every acknowledged write. */
  static open(dataDir: string, options: { compactAfterBytes?: number } = {}): EmbeddedStore {
    const { journal, recovered } = Journal.open(dataDir, options.compactAfterBytes);
    const store = new EmbeddedStore(journal);
    if (recovered.snapshot) store.load(recovered.snapshot);
    for (const { batch, audit } of recovered.entries) {
      store.apply(batch, store.graph, store.versions);
      if (audit) store.record(audit);
    }
    return store;
  }

  async versionsOf(ids: readonly string[]): Promise<(number | null)[]> {
    return ids.map((id) => {
      const exists = id.includes(':') ? this.graph.hasEdge(id) : this.graph.hasNode(id);
      return exists ? (this.versions.get(id) ?? 1) : null;
    });
  }

  edit<T>(work: (view: EditView) => Promise<EditPlan<T>>): Promise<EditOutcome<T>> {
    return this.serially(async () => {
      // The queue holds every other write back until this one is done, so the view's reads stay true.
      const view: EditView = {
        getNodes: (ids) => this.getNodes(ids),
        listNodes: (kind, page) => this.listNodes(kind, page),
        relationshipsOf: (ids, types) => this.relationshipsOf(ids, types),
        searchCandidates: (text, kinds, limit) => this.searchCandidates(text, kinds, limit),
        readGraph: (scope) => this.readGraph(scope),
        stats: () => this.stats(),
        versionsOf: (ids) => this.versionsOf(ids),
        takenIds: async (ids) => new Set(ids.filter((id) => this.graph.hasNode(id))),
      };
      const plan = await work(view);
      if (isEmptyBatch(plan.batch)) return { result: plan.result, entry: undefined };
      checkTiesAccountedFor(this.graph, plan.batch);
      this.apply(plan.batch, this.graph.copy());
      const entry = this.entryFor(plan.audit);
      this.journal.append(plan.batch, entry);
      this.apply(plan.batch, this.graph, this.versions);
      this.record(entry);
      if (this.journal.wantsCompaction) this.journal.compact(this.dump());
      return { result: plan.result, entry };
    });
  }

  async history(id: string, page: AuditPageRequest): Promise<AuditPage> {
    return this.auditPage(page, (entry) => entry.subjects.includes(id));
  }

  async recentChanges(page: AuditPageRequest): Promise<AuditPage> {
    return this.auditPage(page, () => true);
  }

  private auditPage(page: AuditPageRequest, keep: (entry: AuditEntry) => boolean): AuditPage {
    const before = page.after === undefined ? Infinity : decodeAuditCursor(page.after);
    const items: AuditEntry[] = [];
    let more = false;
    for (let i = this.audit.length - 1; i >= 0; i--) {
      const entry = this.audit[i]!;
      if (entry.seq >= before || !keep(entry)) continue;
      if (items.length === page.first) {
        more = true;
        break;
      }
      items.push(entry);
    }
    const last = items.at(-1);
    return { items, endCursor: more && last ? encodeAuditCursor(last.seq) : undefined };
  }

  private entryFor(draft: AuditDraft): AuditEntry {
    return {
      ...draft,
      seq: this.auditSeq + 1,
      at: new Date().toISOString(),
      subjects: subjectsOf(draft.changes),
    };
  }

  private record(entry: AuditEntry): void {
    this.audit.push(entry);
    this.auditSeq = Math.max(this.auditSeq, entry.seq);
  }

  async getNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    return ids.map((id) => (this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null));
  }

  async listNodes(kind: NodeKindValue, page: { first: number; after?: string }): Promise<Page<NodeRecord>> {
    const all = this.nodesOfKind(kind).sort(compareByNameThenId);
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    const start = after === undefined ? 0 : all.findIndex((n) => compareByNameThenId(n, after) > 0);
    const from = start === -1 ? all.length : start;
    const items = all.slice(from, from + page.first);
    const last = items.at(-1);
    return {
      items,
      totalCount: all.length,
      endCursor: last && from + items.length < all.length ? encodeCursor(last) : undefined,
    };
  }

  async relationshipsOf(
    ids: readonly string[],
    types?: readonly RelationshipTypeValue[],
  ): Promise<RelationshipRecord[][]> {
    return ids.map((id) => {
      if (!this.graph.hasNode(id)) return [];
      const rels: RelationshipRecord[] = [];
      this.graph.forEachEdge(id, (_key, attrs) => {
        if (!types || types.includes(attrs.type)) rels.push(attrs);
      });
      return rels.sort(byTypeThenId);
    });
  }

  async searchCandidates(
    text: string,
    kinds: readonly NodeKindValue[] | undefined,
    limit: number,
  ): Promise<NodeRecord[]> {
    const candidates = kinds ? kinds.flatMap((k) => this.nodesOfKind(k)) : this.allNodes();
    return rankNodes(text, candidates, limit).map((hit) => hit.node);
  }

  async readGraph(scope: {
    nodeKinds?: readonly NodeKindValue[];
    relationshipTypes?: readonly RelationshipTypeValue[];
  }): Promise<Dataset> {
    const nodes = this.allNodes().filter((n) => !scope.nodeKinds || scope.nodeKinds.includes(n.nodeKind));
    const kept = new Set(nodes.map((n) => n.id));
    const relationships: RelationshipRecord[] = [];
    this.graph.forEachEdge((_key, rel) => {
      if (
        (!scope.relationshipTypes || scope.relationshipTypes.includes(rel.type)) &&
        kept.has(rel.start) &&
        kept.has(rel.end)
      ) {
        relationships.push(rel);
      }
    });
    return { nodes, relationships };
  }

  async stats(): Promise<GraphStats> {
    const stats: GraphStats = { nodes: {}, relationships: {} };
    this.graph.forEachNode((_id, n) => {
      stats.nodes[n.nodeKind] = (stats.nodes[n.nodeKind] ?? 0) + 1;
    });
    this.graph.forEachEdge((_id, r) => {
      stats.relationships[r.type] = (stats.relationships[r.type] ?? 0) + 1;
    });
    return stats;
  }

  async isEmpty(): Promise<boolean> {
    return this.graph.order === 0;
  }

  write(batch: WriteBatch): Promise<void> {
    return this.serially(() => {
      // Check on a copy first, so a batch that cannot apply changes nothing, on disk or in memory.
      this.apply(batch, this.graph.copy());
      this.journal.append(batch);
      this.apply(batch, this.graph, this.versions);
      if (this.journal.wantsCompaction) this.journal.compact(this.dump());
    });
  }

  replaceAll(dataset: Dataset, audit?: AuditDraft): Promise<void> {
    return this.serially(() => {
      const next: Graph = new MultiDirectedGraph();
      loadInto(next, dataset);
      const entry = audit && this.entryFor(audit);
      this.journal.compact({
        ...dataset,
        versions: {},
        audit: entry ? [entry] : [],
        auditSeq: entry?.seq ?? this.auditSeq,
      });
      this.graph = next;
      this.versions = new Map();
      this.audit = [];
      if (entry) this.record(entry);
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.closed) return;
    this.closed = true;
    this.journal.close();
  }

  private serially<R>(work: () => R | Promise<R>): Promise<R> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error('the store is closed');
      return work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private load(state: StoreState): void {
    loadInto(this.graph, state);
    this.versions = new Map(Object.entries(state.versions));
    this.audit = [...state.audit];
    this.auditSeq = state.auditSeq;
  }

  /**
   * Applies a batch to a graph; with `versions`, keeps them in step: a record replaced goes one
   * up, a record created starts at 1, a record removed loses its version.
   */
  private apply(batch: WriteBatch, graph: Graph, versions?: Map<string, number>): void {
    const bump = (id: string, existed: boolean) => {
      if (!versions) return;
      if (existed) versions.set(id, (versions.get(id) ?? 1) + 1);
      else versions.delete(id);
    };
    for (const id of batch.deleteRelationships ?? []) {
      if (!graph.hasEdge(id)) throw new NotFoundError(`no relationship has the id '${id}'`, 'deleteRelationships');
      graph.dropEdge(id);
      versions?.delete(id);
    }
    for (const id of batch.deleteNodes ?? []) {
      if (!graph.hasNode(id)) throw new NotFoundError(`no node has the id '${id}'`, 'deleteNodes');
      if (versions) graph.forEachEdge(id, (key) => versions.delete(key));
      graph.dropNode(id);
      versions?.delete(id);
    }
    for (const node of batch.upsertNodes ?? []) {
      const existed = graph.hasNode(node.id);
      if (existed) graph.replaceNodeAttributes(node.id, node);
      else graph.addNode(node.id, node);
      bump(node.id, existed);
    }
    for (const rel of batch.upsertRelationships ?? []) {
      for (const end of [rel.start, rel.end]) {
        if (!graph.hasNode(end))
          throw new NotFoundError(`relationship ${rel.id} refers to a missing node '${end}'`, 'upsertRelationships');
      }
      const existed = graph.hasEdge(rel.id);
      if (existed) graph.replaceEdgeAttributes(rel.id, rel);
      else graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
      bump(rel.id, existed);
    }
  }

  private dump(): StoreState {
    return {
      nodes: this.allNodes(),
      relationships: this.graph.mapEdges((_id, rel) => rel),
      versions: Object.fromEntries(this.versions),
      audit: this.audit,
      auditSeq: this.auditSeq,
    };
  }

  private allNodes(): NodeRecord[] {
    return this.graph.mapNodes((_id, n) => n);
  }

  private nodesOfKind(kind: NodeKindValue): NodeRecord[] {
    return this.graph.filterNodes((_id, n) => n.nodeKind === kind).map((id) => this.graph.getNodeAttributes(id));
  }
}

function loadInto(graph: Graph, dataset: Dataset): void {
  for (const node of dataset.nodes) graph.addNode(node.id, node);
  for (const rel of dataset.relationships) graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
}

function isEmptyBatch(batch: WriteBatch): boolean {
  return (
    !batch.upsertNodes?.length &&
    !batch.upsertRelationships?.length &&
    !batch.deleteNodes?.length &&
    !batch.deleteRelationships?.length
  );
}

/** An edit that deletes a node must delete each of its ties explicitly, so the audit entry names them. */
function checkTiesAccountedFor(graph: Graph, batch: WriteBatch): void {
  const deleted = new Set(batch.deleteRelationships ?? []);
  for (const id of batch.deleteNodes ?? []) {
    if (!graph.hasNode(id)) continue;
    const unlisted = graph.findEdge(id, (key) => !deleted.has(key));
    if (unlisted !== undefined) throw tiesNotAccountedFor(id);
  }
}

function byTypeThenId(a: RelationshipRecord, b: RelationshipRecord): number {
  return a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
