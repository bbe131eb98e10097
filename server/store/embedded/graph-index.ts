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

type Graph = MultiDirectedGraph<NodeRecord, RelationshipRecord>;
type Listener = (payload: { key: string; attributes: unknown }) => void;

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

  private constructor(readonly graph: Graph) {}

  /** Indexes the graph as it is and follows its changes until detached. */
  static watch(graph: Graph): GraphIndex {
    const index = new GraphIndex(graph);
    graph.forEachNode((_id, node) => index.nodeIn(node));
    graph.forEachEdge((_id, rel) => index.relationshipIn(rel.type, 1));
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

  private nodeIn(node: NodeRecord): void {
    this.changes++;
    this.kindOf.set(node.id, node.nodeKind);
    this.nodeCounts.set(node.nodeKind, (this.nodeCounts.get(node.nodeKind) ?? 0) + 1);
    this.search.add(node);
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
    this.nodeCounts.clear();
    this.kindOf.clear();
    this.relationshipCounts.clear();
    this.search.clear();
  }
}
