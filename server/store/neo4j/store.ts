/**
 * The Neo4j store: the GraphStore port over a Neo4j 5 database (single instance, cluster or Aura),
 * opened by openNeo4jStore (neo4j-store.ts). It passes the same contract suite as the embedded
 * store; ordering, paging and search ranking use the same shared code (cursor.ts,
 * search-ranking.ts), so both answer alike. Cypher lives in queries.ts, sessions and transactions
 * in transactions.ts, value conversion in mapping.ts and values.ts, reads in reads.ts, writes in
 * apply-write.ts.
 *
 * Edits run in one write transaction whose first statement updates the AuditLog node: that write
 * lock serialises edits, so the view an edit reads through stays true until it commits, and its
 * batch and audit entry commit (or roll back) together.
 */
import type { Node } from 'neo4j-driver';
import {
  subjectsOf,
  type AuditDraft,
  type AuditEntry,
  type AuditPage,
  type AuditPageRequest,
} from '../../domain/audit.js';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import { checkNote, tiesNotAccountedFor } from '../conflicts.js';
import { decodeAuditCursor, decodeCursor, encodeAuditCursor } from '../cursor.js';
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
import { Neo4jAccountStore } from './account-store.js';
import { applyPlan } from './apply-write.js';
import { decodeAuditEntry, encodeAuditEntry } from './audit-mapping.js';
import {
  CREATE_AUDIT_ENTRY,
  DELETE_ALL,
  DELETE_AUDIT_ENTRIES,
  HISTORY,
  IS_EMPTY,
  NEXT_AUDIT_SEQ,
  RECENT_CHANGES,
  UNLISTED_TIES,
} from './queries.js';
import { TxReads } from './reads.js';
import type { Vicinity, VicinityRequest } from '../../graph/vicinity.js';
import { luceneQuery } from './search-text.js';
import type { QueryRunner, ReadSize, TransactionRunner } from './transactions.js';
import { toNeo4jInt, toNumber, toText } from './values.js';
import { isEmptyPlan, planReplace, planWrite } from './write-plan.js';
import { cypher } from './cypher.js';
import { AUDIT_LOG_LABEL } from './db-schema.js';

/** The audit log's sequence: every edit, import and reset from any process moves it (see revision()). */
const AUDIT_SEQ = cypher(
  'auditSeq',
  `
OPTIONAL MATCH (log:${AUDIT_LOG_LABEL} {id: 'audit-log'})
RETURN coalesce(log.seq, 0) AS seq`,
);

let instances = 0;

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  /** Unaudited writes through this instance (loaders, tests): they do not move the audit log. */
  private localWrites = 0;
  private readonly instance = `${process.pid}.${++instances}`;

  constructor(private readonly runner: TransactionRunner) {}

  private read<T>(work: (reads: TxReads) => Promise<T>, size?: ReadSize): Promise<T> {
    return this.runner.read((tx) => work(new TxReads(tx)), size);
  }

  getNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.read((r) => r.getNodes(ids));
  }

  async listNodes(kind: NodeKindValue, page: { first: number; after?: string }): Promise<Page<NodeRecord>> {
    // A cursor that does not decode fails before any transaction.
    if (page.after !== undefined) decodeCursor(page.after);
    return this.read((r) => r.listNodes(kind, page));
  }

  relationshipsOf(ids: readonly string[], types?: readonly RelationshipTypeValue[]): Promise<RelationshipRecord[][]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.read((r) => r.relationshipsOf(ids, types));
  }

  async searchCandidates(
    text: string,
    kinds: readonly NodeKindValue[] | undefined,
    limit: number,
  ): Promise<NodeRecord[]> {
    if (luceneQuery(text) === undefined || limit <= 0) return [];
    return this.read((r) => r.searchCandidates(text, kinds, limit));
  }

  readGraph(scope: {
    nodeKinds?: readonly NodeKindValue[];
    relationshipTypes?: readonly RelationshipTypeValue[];
  }): Promise<Dataset> {
    return this.read((r) => r.readGraph(scope), 'whole-graph');
  }

  stats(): Promise<GraphStats> {
    return this.read((r) => r.stats());
  }

  vicinity(request: VicinityRequest): Promise<Vicinity> {
    if (request.seeds.length === 0) return Promise.resolve({ nodes: [], relationships: [], complete: true });
    return this.read((r) => r.vicinity(request));
  }

  versionsOf(ids: readonly string[]): Promise<(number | null)[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.read((r) => r.versionsOf(ids));
  }

  async isEmpty(): Promise<boolean> {
    const [row] = await this.runner.read((tx) => tx.run(IS_EMPTY));
    return row?.get('empty') === true;
  }

  async write(batch: WriteBatch): Promise<void> {
    const plan = planWrite(batch);
    if (isEmptyPlan(plan)) return;
    try {
      await this.runner.write((tx) => applyPlan(tx, plan));
    } finally {
      this.localWrites++;
    }
  }

  async revision(): Promise<string> {
    const [row] = await this.runner.read((tx) => tx.run(AUDIT_SEQ));
    return `${toNumber(row?.get('seq'), 'seq')}.${this.instance}.${this.localWrites}`;
  }

  edit<T>(work: (view: EditView) => Promise<EditPlan<T>>): Promise<EditOutcome<T>> {
    return this.runner.write(async (tx) => {
      const seq = await nextAuditSeq(tx);
      const plan = await work(new TxReads(tx));
      const writePlan = planWrite(plan.batch);
      if (isEmptyPlan(writePlan)) return { result: plan.result, entry: undefined };
      await checkTiesAccountedFor(tx, plan.batch);
      await applyPlan(tx, writePlan);
      const entry = entryFor(plan.audit, seq);
      await tx.run(CREATE_AUDIT_ENTRY, encodeAuditEntry(entry));
      return { result: plan.result, entry };
    });
  }

  async note(draft: AuditDraft): Promise<AuditEntry> {
    checkNote(draft);
    return this.runner.write(async (tx) => {
      const entry = entryFor(draft, await nextAuditSeq(tx));
      await tx.run(CREATE_AUDIT_ENTRY, encodeAuditEntry(entry));
      return entry;
    });
  }

  history(id: string, page: AuditPageRequest): Promise<AuditPage> {
    return this.auditPage(page, (tx, before, limit) => tx.run(HISTORY, { id, before, limit }));
  }

  recentChanges(page: AuditPageRequest): Promise<AuditPage> {
    return this.auditPage(page, (tx, before, limit) => tx.run(RECENT_CHANGES, { before, limit }));
  }

  async replaceAll(dataset: Dataset, audit?: AuditDraft): Promise<void> {
    const plan = planReplace(dataset);
    this.localWrites++;
    await this.runner.write(async (tx) => {
      const seq = audit ? await nextAuditSeq(tx) : undefined;
      await tx.run(DELETE_ALL);
      await tx.run(DELETE_AUDIT_ENTRIES);
      await applyPlan(tx, plan);
      if (audit && seq !== undefined) await tx.run(CREATE_AUDIT_ENTRY, encodeAuditEntry(entryFor(audit, seq)));
    });
  }

  close(): Promise<void> {
    return this.runner.close();
  }

  /** The account store on the same database and driver (closing the graph store closes both). */
  accountStore(): Neo4jAccountStore {
    return new Neo4jAccountStore(this.runner);
  }

  private async auditPage(
    page: AuditPageRequest,
    query: (tx: QueryRunner, before: unknown, limit: unknown) => ReturnType<QueryRunner['run']>,
  ): Promise<AuditPage> {
    const before = page.after === undefined ? null : toNeo4jInt(decodeAuditCursor(page.after));
    // One more than asked tells whether another page follows.
    const rows = await this.runner.read((tx) => query(tx, before, toNeo4jInt(page.first + 1)));
    const all = rows.map((row) => decodeAuditEntry(row.get('e') as Node));
    const items = all.slice(0, page.first);
    const last = items.at(-1);
    return { items, endCursor: all.length > page.first && last ? encodeAuditCursor(last.seq) : undefined };
  }
}

async function nextAuditSeq(tx: QueryRunner): Promise<number> {
  const [row] = await tx.run(NEXT_AUDIT_SEQ);
  if (!row) throw new Error('the audit log did not answer');
  return toNumber(row.get('seq'), 'seq');
}

function entryFor(draft: AuditDraft, seq: number): AuditEntry {
  return { ...draft, seq, at: new Date().toISOString(), subjects: subjectsOf(draft.changes, draft.concerns) };
}

/** An edit that deletes a node must delete each of its ties explicitly, so the audit entry names them. */
async function checkTiesAccountedFor(tx: QueryRunner, batch: WriteBatch): Promise<void> {
  if (!batch.deleteNodes?.length) return;
  const [row] = await tx.run(UNLISTED_TIES, { ids: batch.deleteNodes, listed: batch.deleteRelationships ?? [] });
  if (row) throw tiesNotAccountedFor(toText(row.get('id'), 'id'));
}
