/**
 * The embedded store: the graph held in memory in a graphology multigraph, made durable by the
 * journal. It is the default store, so the app runs with no database server.
 */
import { StoreGraph } from './store-graph.js';
import {
  subjectsOf,
  type AuditDraft,
  type AuditEntry,
  type AuditPage,
  type AuditPageRequest,
} from '../../domain/audit.js';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import { checkNote, tiesNotAccountedFor } from '../conflicts.js';
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
import { GraphIndex } from './graph-index.js';
import { ConsistentView } from './consistent-view.js';
import { applyBatch, type Graph } from './graph-batch.js';
import { GraphState } from './graph-state.js';
import { Journal, type GraphChunk, type JournalOptions } from './journal.js';
import { chunked } from './snapshot-files.js';
import { StoreReplayError } from './store-damage.js';
import { completed, inSlices, slicer, yieldToLoop } from '../../scheduling/time-slices.js';

export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded';
  private graph: Graph = new StoreGraph();
  /** Versions above 1 (every other record is at version 1). */
  private versions = new Map<string, number>();
  /** The audit trail, oldest first. */
  private audit: AuditEntry[] = [];
  private auditSeq = 0;
  /** Writes run one at a time, in the order they arrive. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Search index, kept counts and revision, following the graph's changes (graph-index.ts). */
  private index: GraphIndex | undefined;
  /** The snapshot being written in the background, if any. */
  private snapshot: { view: ConsistentView; done: Promise<void>; abandoned: boolean } | undefined;
  private snapshotQueued = false;
  private readonly log: (message: string) => void;
  /**
   * The ties of nodes with many (a country's BASED_IN ties, a hub's meetings), in the port's order,
   * kept for the revision they were read at: a neighbourhood that reached a country read and sorted
   * its 17,000 ties at L on every request.
   */
  private readonly manyTies = new Map<string, RelationshipRecord[]>();
  private manyTiesRevision: string | undefined;

  private constructor(
    private readonly journal: Journal,
    options: JournalOptions,
  ) {
    this.log = options.log ?? ((m) => console.warn(m));
  }

  /**
   * Opens the store in a data directory, recovering every acknowledged write. Throws, changing
   * nothing, when a file is damaged other than in its last line (see store-damage.ts).
   */
  static open(dataDir: string, options: JournalOptions = {}): EmbeddedStore {
    const state = new GraphState();
    const { journal, entries } = Journal.open(dataDir, state, options);
    for (const entry of entries) {
      try {
        state.apply(entry);
      } catch (e) {
        journal.close();
        throw new StoreReplayError(dataDir, entry.seq, e);
      }
    }
    const store = new EmbeddedStore(journal, options);
    store.graph = state.graph;
    store.versions = state.versions;
    store.audit = state.audit;
    store.auditSeq = state.lastAuditSeq;
    // Counts and revision now; the search index fills in the background while the server starts.
    store.indexed();
    store.compactIfWanted();
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
        readGraph: async (scope) => this.readGraphNow(scope),
        stats: () => this.stats(),
        versionsOf: (ids) => this.versionsOf(ids),
        takenIds: async (ids) => new Set(ids.filter((id) => this.graph.hasNode(id))),
      };
      const plan = await work(view);
      if (isEmptyBatch(plan.batch)) return { result: plan.result, entry: undefined };
      checkTiesAccountedFor(this.graph, plan.batch);
      const entry = this.entryFor(plan.audit);
      await this.applyDurably(plan.batch, entry);
      return { result: plan.result, entry };
    });
  }

  async note(draft: AuditDraft): Promise<AuditEntry> {
    checkNote(draft);
    return this.serially(async () => {
      const entry = this.entryFor(draft);
      await this.applyDurably({}, entry);
      return entry;
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
      subjects: subjectsOf(draft.changes, draft.concerns),
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
    const revision = this.indexed().revision();
    if (revision !== this.manyTiesRevision) {
      this.manyTies.clear();
      this.manyTiesRevision = revision;
    }
    return ids.map((id) => {
      const kept = this.manyTies.get(id);
      if (kept) return types ? kept.filter((r) => types.includes(r.type)) : kept.slice();
      if (!this.graph.hasNode(id)) return [];
      const rels: RelationshipRecord[] = [];
      this.graph.forEachEdge(id, (_key, attrs) => rels.push(attrs));
      rels.sort(byTypeThenId);
      if (rels.length >= MANY_TIES) this.manyTies.set(id, rels);
      return types ? rels.filter((r) => types.includes(r.type)) : rels.slice();
    });
  }

  async searchCandidates(
    text: string,
    kinds: readonly NodeKindValue[] | undefined,
    limit: number,
  ): Promise<NodeRecord[]> {
    const index = this.indexed();
    await index.searchReady;
    const candidates = index.search.candidates(text, kinds, Math.max(limit * 10, 300));
    return rankNodes(text, candidates, limit).map((hit) => hit.node);
  }

  async revision(): Promise<string> {
    return this.indexed().revision();
  }

  /** The index of the current graph (rebuilt when a reset replaced the graph). */
  private indexed(): GraphIndex {
    if (this.index?.graph !== this.graph) {
      this.index?.detach();
      this.index = GraphIndex.watch(this.graph);
    }
    return this.index;
  }

  /**
   * Read in time slices that let other requests run (the instrument graph of a national network
   * is 500,000 ties), after the writes already queued and before the next: no write lands mid-read.
   */
  async readGraph(scope: GraphScope): Promise<Dataset> {
    return this.serially(() => inSlices(this.graphReading(scope, slicer())));
  }

  /** readGraph at once, for the reads of a write (which runs in the queue already). */
  private readGraphNow(scope: GraphScope): Dataset {
    return completed(this.graphReading(scope, () => false));
  }

  /** The nodes and ties in scope, pausing (yield) whenever `due` says a time slice has run out. */
  private *graphReading(scope: GraphScope, due: () => boolean): Generator<void, Dataset> {
    const nodes: NodeRecord[] = [];
    for (const { attributes: n } of this.graph.nodeEntries()) {
      if (due()) yield;
      if (!scope.nodeKinds || scope.nodeKinds.includes(n.nodeKind)) nodes.push(n);
    }
    const relationships: RelationshipRecord[] = [];
    // No types asked for (stats reads the instruments so): no tie to look at.
    if (scope.relationshipTypes?.length === 0) return { nodes, relationships };
    const kept = new Set(nodes.map((n) => n.id));
    for (const { attributes: rel } of this.graph.edgeEntries()) {
      if (due()) yield;
      const typeWanted = !scope.relationshipTypes || scope.relationshipTypes.includes(rel.type);
      if (typeWanted && kept.has(rel.start) && kept.has(rel.end)) relationships.push(rel);
    }
    return { nodes, relationships };
  }

  async stats(): Promise<GraphStats> {
    return this.indexed().stats();
  }

  async isEmpty(): Promise<boolean> {
    return this.graph.order === 0;
  }

  write(batch: WriteBatch): Promise<void> {
    return this.serially(() => this.applyDurably(batch));
  }

  replaceAll(dataset: Dataset, audit?: AuditDraft): Promise<void> {
    return this.serially(async () => {
      await this.abandonSnapshot();
      const next = await graphOf(dataset);
      const entry = audit && this.entryFor(audit);
      const auditSeq = entry?.seq ?? this.auditSeq;
      await this.journal.writeReset(auditSeq, resetChunks(dataset, entry));
      this.graph = next;
      this.versions = new Map();
      this.audit = [];
      if (entry) this.record(entry);
      this.auditSeq = auditSeq;
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.closed) return;
    this.closed = true;
    await this.abandonSnapshot();
    this.journal.close();
  }

  /**
   * Checks that the batch applies (applying it to the live graph and undoing it at once, in one
   * synchronous step no reader can see), journals it (the event loop serves readers while the disk
   * syncs), then applies it for good: readers see a batch only once it is acknowledged. Writes are
   * serialised, so nothing can change the graph between the check and the apply.
   */
  private async applyDurably(batch: WriteBatch, entry?: AuditEntry): Promise<void> {
    applyBatch(this.graph, this.versions, batch)();
    await this.journal.append(batch, entry);
    applyBatch(this.graph, this.versions, batch, this.snapshot?.view.beforeChange);
    if (entry) this.record(entry);
    this.compactIfWanted();
  }

  /** Starts a background snapshot when the journal has grown enough (see Journal.wantsCompaction). */
  private compactIfWanted(): void {
    if (this.closed || this.snapshot || this.snapshotQueued || !this.journal.wantsCompaction) return;
    this.snapshotQueued = true;
    // Through the write queue: the journal turns to a new segment, and the view is taken, between two writes.
    this.serially(async () => {
      this.snapshotQueued = false;
      if (this.snapshot || !this.journal.wantsCompaction) return;
      const seq = await this.journal.beginSnapshot();
      const view = new ConsistentView(this.graph, this.versions, this.audit);
      const snapshot = { view, abandoned: false, done: Promise.resolve() };
      snapshot.done = this.journal
        .writeSnapshot(seq, this.auditSeq, view.chunks(), () => !snapshot.abandoned)
        .then(
          () => undefined,
          (e: unknown) =>
            this.log(`The background snapshot failed (the journal still holds every write): ${String(e)}`),
        )
        .finally(() => {
          if (this.snapshot === snapshot) this.snapshot = undefined;
        });
      this.snapshot = snapshot;
    }).catch((e: unknown) => {
      this.snapshotQueued = false;
      if (!this.closed) this.log(`A snapshot could not start (the journal still holds every write): ${String(e)}`);
    });
  }

  /** Stops a background snapshot (the journal still holds everything) and waits until it has. */
  private async abandonSnapshot(): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    snapshot.abandoned = true;
    await snapshot.done;
  }

  /** Waits for a background snapshot to finish (for tests and benchmarks). */
  async snapshotSettled(): Promise<void> {
    await this.queue;
    await this.snapshot?.done;
  }

  private serially<R>(work: () => R | Promise<R>): Promise<R> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error('the store is closed');
      return work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private nodesOfKind(kind: NodeKindValue): NodeRecord[] {
    return this.graph.filterNodes((_id, n) => n.nodeKind === kind).map((id) => this.graph.getNodeAttributes(id));
  }
}

/** What a readGraph asks for. */
type GraphScope = Parameters<GraphStore['readGraph']>[0];

/** Ties a node must have for its sorted list to be kept per revision (fewer are cheaper to read again). */
const MANY_TIES = 16;

/** Builds a graph from a dataset, letting the event loop serve others every 10,000 records. */
async function graphOf(dataset: Dataset): Promise<Graph> {
  const graph: Graph = new StoreGraph();
  for (let i = 0; i < dataset.nodes.length; i++) {
    const node = dataset.nodes[i]!;
    graph.addNode(node.id, node);
    if (i % 10_000 === 9_999) await yieldToLoop();
  }
  for (let i = 0; i < dataset.relationships.length; i++) {
    const rel = dataset.relationships[i]!;
    graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
    if (i % 10_000 === 9_999) await yieldToLoop();
  }
  return graph;
}

/** A reset's snapshot, produced lazily from the dataset. */
function* resetChunks(dataset: Dataset, entry: AuditEntry | undefined): Generator<GraphChunk> {
  yield* chunked('n', dataset.nodes);
  yield* chunked('r', dataset.relationships);
  if (entry) yield { a: [entry] };
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
