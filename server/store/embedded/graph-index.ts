/**
 * What the embedded store keeps beside its graph so it need not scan it: the search index, the
 * counts by kind and type, and a revision that moves with every change. It follows the graph's
 * own change events, so every write path (edits, loads, undo of a failed append) keeps it in step
 * without calling it.
 */
import { randomUUID } from 'node:crypto';
import type { MultiDirectedGraph } from 'graphology';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import type { GraphStats, NodeKindValue, RelationshipTypeValue } from '../port.js';
import { SearchIndex } from './search-index.js';
import { yieldToLoop } from '../../scheduling/time-slices.js';

type Graph = MultiDirectedGraph<NodeRecord, RelationshipRecord>;
type Listener = (payload: { key: string; attributes: unknown }) => void;

/** Nodes indexed for search between two yields to the event loop (about 10 ms of work). */
const SEARCH_FILL_SLICE = 5_000;

/** Distinguishes indexes of this process, so a rebuilt index never repeats a revision. */
const PROCESS = randomUUID().slice(0, 8);
let indexes = 0;

export class GraphIndex {
  readonly search = new SearchIndex();
  private readonly nodeCounts = new Map<NodeKindValue, number>();
  private readonly kindOf = new Map<string, NodeKindValue>();
  private readonly relationshipCounts = new Map<RelationshipTypeValue, number>();
  private changes = 0;
  private readonly id = `${PROCESS}.${++indexes}`;
  private readonly detachers: (() => void)[] = [];
  /** Bumped when the graph is cleared: a background fill of an older generation stops. */
  private generation = 0;
  /**
   * Settles once every node the graph held when watching began is in the search index. The fill
   * runs in slices between other work, so a start answers before it is done; searches wait for it.
   */
  get searchReady(): Promise<void> {
    return this.filled;
  }
  private filled: Promise<void> = Promise.resolve();

  private constructor(readonly graph: Graph) {}

  /** Indexes the graph as it is (counts at once, the search index in the background) and follows its changes until detached. */
  static watch(graph: Graph): GraphIndex {
    const index = new GraphIndex(graph);
    graph.forEachNode((_id, node) => index.nodeIn(node, false));
    graph.forEachEdge((_id, rel) => index.relationshipIn(rel.type, 1));
    index.filled = index.fillSearch(graph.nodes());
    // graphology's event typings do not narrow per event; the payloads are as documented.
    const emitter = graph as unknown as {
      on(event: string, listener: Listener): unknown;
      removeListener(event: string, listener: Listener): unknown;
    };
    const on = (event: string, listener: Listener) => {
      emitter.on(event, listener);
      index.detachers.push(() => emitter.removeListener(event, listener));
    };
    on('nodeAdded', ({ attributes }) => index.nodeIn(attributes as NodeRecord));
    on('nodeDropped', ({ key }) => index.nodeOut(key));
    on('nodeAttributesUpdated', ({ key }) => {
      index.nodeOut(key);
      index.nodeIn(graph.getNodeAttributes(key));
    });
    on('edgeAdded', ({ attributes }) => index.relationshipIn((attributes as RelationshipRecord).type, 1));
    on('edgeDropped', ({ attributes }) => index.relationshipIn((attributes as RelationshipRecord).type, -1));
    on('edgeAttributesUpdated', () => index.changes++);
    on('cleared', () => index.reset());
    on('edgesCleared', () => {
      index.relationshipCounts.clear();
      index.changes++;
    });
    return index;
  }

  /**
   * Adds the nodes to the search index a slice at a time, yielding to the event loop between
   * slices. Changes meanwhile index themselves through the events: a node already indexed (added or
   * replaced since) or gone is skipped, so each node is indexed once, as it is now.
   */
  private async fillSearch(ids: string[]): Promise<void> {
    const generation = this.generation;
    for (let i = 0; i < ids.length; i += SEARCH_FILL_SLICE) {
      if (i > 0) await yieldToLoop();
      if (generation !== this.generation) return;
      for (const id of ids.slice(i, i + SEARCH_FILL_SLICE)) {
        if (this.graph.hasNode(id) && !this.search.has(id)) this.search.add(this.graph.getNodeAttributes(id));
      }
    }
  }

  detach(): void {
    for (const detach of this.detachers.splice(0)) detach();
  }

  revision(): string {
    return `${this.id}.${this.changes}`;
  }

  stats(): GraphStats {
    const stats: GraphStats = { nodes: {}, relationships: {} };
    for (const [kind, count] of this.nodeCounts) if (count) stats.nodes[kind] = count;
    for (const [type, count] of this.relationshipCounts) if (count) stats.relationships[type] = count;
    return stats;
  }

  private nodeIn(node: NodeRecord, search = true): void {
    this.changes++;
    this.kindOf.set(node.id, node.nodeKind);
    this.nodeCounts.set(node.nodeKind, (this.nodeCounts.get(node.nodeKind) ?? 0) + 1);
    if (search) this.search.add(node);
  }

  private nodeOut(id: string): void {
    this.changes++;
    const kind = this.kindOf.get(id);
    if (kind) this.nodeCounts.set(kind, this.nodeCounts.get(kind)! - 1);
    this.kindOf.delete(id);
    this.search.remove(id);
  }

  private relationshipIn(type: RelationshipTypeValue, delta: number): void {
    this.changes++;
    this.relationshipCounts.set(type, (this.relationshipCounts.get(type) ?? 0) + delta);
  }

  private reset(): void {
    this.changes++;
    this.generation++;
    this.nodeCounts.clear();
    this.kindOf.clear();
    this.relationshipCounts.clear();
    this.search.clear();
  }
}
