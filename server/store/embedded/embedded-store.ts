/**
 * The embedded store: the graph held in memory in a graphology multigraph, made durable by the
 * journal. It is the default store, so the app runs with no database server.
 */
import { MultiDirectedGraph } from 'graphology';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import { NotFoundError } from '../../domain/errors.js';
import { rankNodes } from '../../graph/search-ranking.js';
import type {
  Dataset,
  GraphStats,
  GraphStore,
  NodeKindValue,
  Page,
  RelationshipTypeValue,
  WriteBatch,
} from '../port.js';
import { compareByNameThenId, decodeCursor, encodeCursor } from '../cursor.js';
import { Journal } from './journal.js';

type Graph = MultiDirectedGraph<NodeRecord, RelationshipRecord>;

export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded';
  private graph: Graph = new MultiDirectedGraph();
  /** Writes run one at a time, in the order they arrive. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(private readonly journal: Journal) {}

  /** Opens the store in a data directory, recovering every acknowledged write. */
  static open(dataDir: string, options: { compactAfterBytes?: number } = {}): EmbeddedStore {
    const { journal, recovered } = Journal.open(dataDir, options.compactAfterBytes);
    const store = new EmbeddedStore(journal);
    if (recovered.snapshot) store.load(recovered.snapshot);
    for (const batch of recovered.entries) store.apply(batch);
    return store;
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
      this.apply(batch);
      if (this.journal.wantsCompaction) this.journal.compact(this.dump());
    });
  }

  replaceAll(dataset: Dataset): Promise<void> {
    return this.serially(() => {
      const next: Graph = new MultiDirectedGraph();
      loadInto(next, dataset);
      this.journal.compact(dataset);
      this.graph = next;
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.closed) return;
    this.closed = true;
    this.journal.close();
  }

  private serially(work: () => void): Promise<void> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error('the store is closed');
      work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private load(dataset: Dataset): void {
    loadInto(this.graph, dataset);
  }

  private apply(batch: WriteBatch, graph: Graph = this.graph): void {
    for (const id of batch.deleteRelationships ?? []) {
      if (!graph.hasEdge(id)) throw new NotFoundError(`no relationship has the id '${id}'`, 'deleteRelationships');
      graph.dropEdge(id);
    }
    for (const id of batch.deleteNodes ?? []) {
      if (!graph.hasNode(id)) throw new NotFoundError(`no node has the id '${id}'`, 'deleteNodes');
      graph.dropNode(id);
    }
    for (const node of batch.upsertNodes ?? []) {
      if (graph.hasNode(node.id)) graph.replaceNodeAttributes(node.id, node);
      else graph.addNode(node.id, node);
    }
    for (const rel of batch.upsertRelationships ?? []) {
      for (const end of [rel.start, rel.end]) {
        if (!graph.hasNode(end))
          throw new NotFoundError(`relationship ${rel.id} refers to a missing node '${end}'`, 'upsertRelationships');
      }
      if (graph.hasEdge(rel.id)) graph.replaceEdgeAttributes(rel.id, rel);
      else graph.addDirectedEdgeWithKey(rel.id, rel.start, rel.end, rel);
    }
  }

  private dump(): Dataset {
    return { nodes: this.allNodes(), relationships: this.graph.mapEdges((_id, rel) => rel) };
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

function byTypeThenId(a: RelationshipRecord, b: RelationshipRecord): number {
  return a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
