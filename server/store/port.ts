/**
 * The store port: everything the API and the analyses need from a graph store. The embedded store
 * and the Neo4j store implement it and pass the same contract suite (tests/contract). Graph
 * algorithms (neighbourhood, paths, coordination, ranking) live above the port, once, in
 * server/graph and server/analysis; stores only read and write records.
 */
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { NodeKind, RelationshipType } from '../domain/vocabulary.js';

export type NodeKindValue = (typeof NodeKind)[keyof typeof NodeKind];
export type RelationshipTypeValue = (typeof RelationshipType)[keyof typeof RelationshipType];

export interface Dataset {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  /** Opaque cursor after the last item; undefined on the last page. */
  endCursor: string | undefined;
}

/** A set of changes applied together or not at all. */
export interface WriteBatch {
  /** Nodes to create or replace whole. */
  upsertNodes?: NodeRecord[];
  /** Relationships to create or replace whole (by id). */
  upsertRelationships?: RelationshipRecord[];
  /** Relationships to remove, by id. */
  deleteRelationships?: string[];
  /** Nodes to remove, by id, with every relationship touching them. */
  deleteNodes?: string[];
}

export interface GraphStats {
  nodes: Partial<Record<NodeKindValue, number>>;
  relationships: Partial<Record<RelationshipTypeValue, number>>;
}

export interface GraphStore {
  /** Which adapter this is, for logs and health checks. */
  readonly name: string;

  /** Nodes by id, in the order asked; null for an unknown id. */
  getNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]>;

  /** Nodes of one kind ordered by name, then id. `after` is a cursor from a previous page. */
  listNodes(kind: NodeKindValue, page: { first: number; after?: string }): Promise<Page<NodeRecord>>;

  /**
   * For each id, every relationship that starts or ends at that node (of the given types, when
   * given), ordered by type, then id. Unknown ids give empty lists.
   */
  relationshipsOf(ids: readonly string[], types?: readonly RelationshipTypeValue[]): Promise<RelationshipRecord[][]>;

  /**
   * Nodes that may match a search text on name, acronym, aliases or local name: a superset the
   * shared ranker scores (server/graph/search-ranking). At most `limit` candidates.
   */
  searchCandidates(text: string, kinds: readonly NodeKindValue[] | undefined, limit: number): Promise<NodeRecord[]>;

  /** The nodes of the given kinds and the relationships of the given types among them. */
  readGraph(scope: {
    nodeKinds?: readonly NodeKindValue[];
    relationshipTypes?: readonly RelationshipTypeValue[];
  }): Promise<Dataset>;

  /** Counts by node kind and relationship type. */
  stats(): Promise<GraphStats>;

  /**
   * Applies a batch atomically and durably: once the promise resolves the change survives a crash.
   * Deletions apply before upserts. Stores check only what they must to stay consistent (no
   * relationship to a missing node): domain rules are checked above the port (server/graph/writer).
   */
  write(batch: WriteBatch): Promise<void>;

  /** Replaces the whole graph with the dataset, atomically. */
  replaceAll(dataset: Dataset): Promise<void>;

  /** True when the store holds no node at all. */
  isEmpty(): Promise<boolean>;

  close(): Promise<void>;
}
