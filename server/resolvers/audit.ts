/** The audit trail, read-only: per-node history, the recent-changes feed, and each entry's changes. */
import type {
  AuditConnectionResolvers,
  AuditEntryResolvers,
  ImportReportResolvers,
  QueryResolvers,
  RecordChangeResolvers,
} from '../__generated__/graphql.js';
import { changeConcerns, entryId, type RecordChange as Change } from '../domain/audit.js';
import { intInRange } from './arguments.js';

export const auditQueries: QueryResolvers = {
  history: (_root, args, ctx) =>
    ctx.store.history(args.id, {
      first: intInRange('first', args.first, 1, 200, 20),
      after: args.after ?? undefined,
    }),
  recentChanges: (_root, args, ctx) =>
    ctx.store.recentChanges({
      first: intInRange('first', args.first, 1, 200, 20),
      after: args.after ?? undefined,
    }),
};

export const AuditConnection: AuditConnectionResolvers = {
  entries: (page) => page.items,
  endCursor: (page) => page.endCursor ?? null,
  hasNextPage: (page) => page.endCursor !== undefined,
};

export const AuditEntry: AuditEntryResolvers = {
  id: (entry) => entryId(entry.seq),
  comment: (entry) => entry.comment ?? null,
  changeCount: (entry) => entry.changes.length,
  changes: (entry, args) => {
    const first = intInRange('first', args.first, 1, 10_000, 200);
    const about = args.about;
    return (about ? entry.changes.filter((c) => changeConcerns(c, about)) : entry.changes).slice(0, first);
  },
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export const RecordChange: RecordChangeResolvers = {
  itemId: (change) => change.id,
  nodeKind: (change) => (change.itemKind === 'NODE' ? (change.after ?? change.before)!.nodeKind : null),
  relationshipType: (change) => (change.itemKind === 'RELATIONSHIP' ? (change.after ?? change.before)!.type : null),
  label: (change) => labelOf(change),
  before: (change) => json(change.before),
  after: (change) => json(change.after),
  fields: (change) => fieldChanges(change),
};

function labelOf(change: Change): string {
  if (change.itemKind === 'NODE') return (change.after ?? change.before)!.name;
  const rel = (change.after ?? change.before)!;
  return `${rel.type} ${rel.start} → ${rel.end}`;
}

const IDENTITY = new Set(['id', 'nodeKind', 'type', 'start', 'end']);

/** The fields whose values differ, in the record's order. */
export function fieldChanges(change: Change): { field: string; before: string | null; after: string | null }[] {
  const before = (change.before ?? {}) as Record<string, unknown>;
  const after = (change.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !IDENTITY.has(k) || !change.before || !change.after,
  );
  return keys
    .map((field) => ({ field, before: json(before[field]), after: json(after[field]) }))
    .filter((f) => f.before !== f.after);
}

export const ImportReport: ImportReportResolvers = {
  rows: (report, args) => {
    const first = intInRange('first', args.first, 1, 100_000, 1000);
    const outcomes = args.outcomes;
    return (outcomes?.length ? report.rows.filter((r) => outcomes.includes(r.outcome)) : report.rows).slice(0, first);
  },
};
