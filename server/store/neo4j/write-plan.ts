/**
 * A WriteBatch turned into the statements that apply it, in the port's order: relationship
 * deletions, node deletions, node upserts, then relationship upserts once their ends are known to
 * exist. Planning is pure; running the plan (neo4j-store.ts) happens in one transaction, so any
 * failure, including a NotFoundError thrown half-way, leaves the graph as it was.
 */
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.js';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import type { Dataset, NodeKindValue, RelationshipTypeValue, WriteBatch } from '../port.js';
import { isNodeKind, isRelationshipType } from './db-schema.js';
import { encodeNode, encodeRelationship, type NodeRow, type RelationshipRow } from './mapping.js';

/** Rows per UNWIND: bounds the size of one message and one query's memory. */
export const ROWS_PER_STATEMENT = 1000;

export interface RelationshipEnds {
  id: string;
  start: string;
  end: string;
}

export interface WritePlan {
  /** Relationship ids to delete, in batch order, to name the first one missing. */
  deleteRelationshipIds: string[];
  deleteRelationships: { type: RelationshipTypeValue; rows: RelationshipEnds[] }[];
  deleteNodeIds: string[];
  /** Consecutive runs of one kind, in batch order, so a later upsert of an id wins as it does in memory. */
  upsertNodes: { kind: NodeKindValue; rows: NodeRow[] }[];
  upsertRelationships: { type: RelationshipTypeValue; rows: RelationshipRow[] }[];
  /** Each relationship upsert's ends, in batch order, to name the first missing one. */
  relationshipEnds: RelationshipEnds[];
}

/** A relationship id is TYPE:start:end; anything else names no relationship. */
export function parseRelationshipId(id: string): (RelationshipEnds & { type: RelationshipTypeValue }) | undefined {
  const parts = id.split(':');
  if (parts.length !== 3) return undefined;
  const [type, start, end] = parts as [string, string, string];
  if (!isRelationshipType(type) || !start || !end) return undefined;
  return { id, type, start, end };
}

/**
 * Deleting the same id twice fails in memory (the second time it is gone), so it fails here too,
 * before anything is sent.
 */
function rejectRepeats(ids: readonly string[], what: string, field: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new NotFoundError(`no ${what} has the id '${id}'`, field);
    seen.add(id);
  }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Consecutive runs of items with the same key, order kept. */
function runs<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out.at(-1);
    if (last && last.key === k) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function planWrite(batch: WriteBatch): WritePlan {
  const deleteRelationshipIds = batch.deleteRelationships ?? [];
  const deleteNodeIds = batch.deleteNodes ?? [];
  rejectRepeats(deleteRelationshipIds, 'relationship', 'deleteRelationships');
  rejectRepeats(deleteNodeIds, 'node', 'deleteNodes');

  // An id that does not parse names no relationship: it is simply never found.
  const parsed = deleteRelationshipIds.map(parseRelationshipId).filter((p) => p !== undefined);
  const deleteRelationships = [...groupBy(parsed, (p) => p.type)].map(([type, rows]) => ({
    type,
    rows: rows.map(({ id, start, end }) => ({ id, start, end })),
  }));

  const nodes: NodeRecord[] = batch.upsertNodes ?? [];
  const rels: RelationshipRecord[] = batch.upsertRelationships ?? [];
  // Records are validated above the port; this guards the one thing Cypher depends on: a kind or
  // type picks a statement, so one outside the vocabulary must stop here.
  const badNode = nodes.find((n) => !isNodeKind(n.nodeKind));
  if (badNode) {
    throw new ValidationError(`node ${badNode.id}: unknown kind ${String(badNode.nodeKind)}`, 'upsertNodes');
  }
  const badRel = rels.find((r) => !isRelationshipType(r.type));
  if (badRel) {
    throw new ValidationError(`relationship ${badRel.id}: unknown type ${String(badRel.type)}`, 'upsertRelationships');
  }
  return {
    deleteRelationshipIds,
    deleteRelationships,
    deleteNodeIds,
    upsertNodes: runs(nodes, (n) => n.nodeKind).map((r) => ({ kind: r.key, rows: r.items.map(encodeNode) })),
    upsertRelationships: runs(rels, (r) => r.type).map((r) => ({
      type: r.key,
      rows: r.items.map(encodeRelationship),
    })),
    relationshipEnds: rels.map(({ id, start, end }) => ({ id, start, end })),
  };
}

/** A dataset replaces the graph whole, so its ids must be unique. */
export function planReplace(dataset: Dataset): WritePlan {
  for (const [what, ids] of [
    ['node', dataset.nodes.map((n) => n.id)],
    ['relationship', dataset.relationships.map((r) => r.id)],
  ] as const) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new ConflictError(`the dataset has two ${what}s with the id '${id}'`);
      seen.add(id);
    }
  }
  return planWrite({ upsertNodes: dataset.nodes, upsertRelationships: dataset.relationships });
}

export function isEmptyPlan(plan: WritePlan): boolean {
  return (
    plan.deleteRelationshipIds.length === 0 &&
    plan.deleteNodeIds.length === 0 &&
    plan.upsertNodes.length === 0 &&
    plan.upsertRelationships.length === 0
  );
}
