/**
 * The store port: everything the API and the analyses need from a graph store. The embedded store
 * and the Neo4j store implement it and pass the same contract suite (tests/contract). Graph
 * algorithms (neighbourhood, paths, coordination, ranking) live above the port, once, in
 * server/graph and server/analysis; stores only read and write records.
 */
import type { AuditDraft, AuditEntry, AuditPage, AuditPageRequest } from '../domain/audit.js';
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { NodeKind, RelationshipType } from '../domain/vocabulary.js';
import type { Vicinity, VicinityRequest } from '../graph/vicinity.js';

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

/** What a store can read: the read side of the port, also handed to an edit as its view. */
export interface GraphReader {
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
   * Optional: the part of the graph around some nodes in one round trip (server/graph/vicinity.ts),
   * for stores where each read is a trip to a database. Neighbourhoods and paths replay over it;
   * without it they walk level by level through getNodes and relationshipsOf.
   */
  vicinity?(request: VicinityRequest): Promise<Vicinity>;

  /**
   * The current version of each node or relationship id (relationship ids hold a colon, node ids
   * never do), in the order asked; null for an id nothing has. A record is at version 1 when
   * created (or loaded by replaceAll) and one higher after each write that replaces it.
   */
  versionsOf(ids: readonly string[]): Promise<(number | null)[]>;
}

/** What an edit reads from: the graph as it is while the edit holds the store's write lock. */
export interface EditView extends GraphReader {
  /**
   * The ids among these that some node holds, whether or not the viewer may see it: a new node
   * must not take one (the redacting store passes this through so a create cannot overwrite a
   * hidden node, without telling which node holds the id).
   */
  takenIds(ids: readonly string[]): Promise<Set<string>>;
}

/** What an edit decides to write, and what it answers. */
export interface EditPlan<T> {
  /** The change; nothing is written (and no entry made) when it is empty. */
  batch: WriteBatch;
  /**
   * The audit entry, stored in the same atomic write. Its changes must account for everything the
   * batch does; in particular every tie of a deleted node must be deleted explicitly in the batch,
   * or the edit fails with a ConflictError (a tie added meanwhile, or one outside the viewer's
   * clearance, is never removed unrecorded).
   */
  audit: AuditDraft;
  result: T;
}

export interface EditOutcome<T> {
  result: T;
  /** The entry written; undefined when the plan changed nothing. */
  entry: AuditEntry | undefined;
}

export interface GraphStore extends GraphReader {
  /** Which adapter this is, for logs and health checks. */
  readonly name: string;

  /**
   * Runs one edit: `work` reads the graph through the view, checks what it must (versions,
   * domain rules) and returns the plan; the store writes the batch and the audit entry together,
   * atomically and durably, and bumps the version of every record written. Edits are serialised:
   * nothing else writes between the view's reads and the write, so a version read in `work` is
   * still current when the batch lands. `work` may run more than once (a Neo4j transaction
   * retried after a transient error), so it must only read and compute.
   */
  edit<T>(work: (view: EditView) => Promise<EditPlan<T>>): Promise<EditOutcome<T>>;

  /** The audit entries concerning a node or relationship id (see subjectsOf), newest first. */
  history(id: string, page: AuditPageRequest): Promise<AuditPage>;

  /** Every audit entry, newest first. */
  recentChanges(page: AuditPageRequest): Promise<AuditPage>;

  /**
   * Records, durably, an audit entry that changes nothing in the graph: a review decision (a
   * proposal read from a document and rejected). `draft.changes` must be empty and
   * `draft.concerns` say which nodes it is about and how sensitive they are, so history finds it
   * and redaction hides it like a change. Numbered in the same sequence as edits; returns the
   * entry written. The graph and its versions do not change.
   */
  note(draft: AuditDraft): Promise<AuditEntry>;

  /**
   * Applies a batch atomically and durably: once the promise resolves the change survives a crash.
   * Deletions apply before upserts. Stores check only what they must to stay consistent (no
   * relationship to a missing node): domain rules are checked above the port. Unaudited: loaders
   * and tests use it; every edit of the API goes through `edit`, which records an audit entry.
   */
  write(batch: WriteBatch): Promise<void>;

  /**
   * Replaces the whole graph with the dataset, atomically, every record at version 1. The audit
   * trail is replaced too: it then holds only `audit` (one RESET entry naming what was loaded,
   * without per-record changes), since the old trail describes a graph that no longer exists.
   * Entry numbers keep increasing across resets.
   */
  replaceAll(dataset: Dataset, audit?: AuditDraft): Promise<void>;

  /** True when the store holds no node at all. */
  isEmpty(): Promise<boolean>;

  /**
   * A token that changes with every write that lands (from this process or, for a shared
   * database, any other): analyses cache what they compute under it. Opaque; compare for equality.
   */
  revision(): Promise<string>;

  close(): Promise<void>;
}
