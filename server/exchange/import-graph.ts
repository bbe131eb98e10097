/**
 * Import: rows from files (read-files.ts), each checked as a mutation's input is (record schemas,
 * integrity against the graph and the other rows), with a report per row: CREATE, UPDATE,
 * UNCHANGED or REJECT with its problems, one per field. A dry run reports and writes nothing; an
 * apply writes every row in one store edit (one journal entry, or one Neo4j transaction) with one
 * audit entry, or nothing at all when any row is rejected.
 *
 * Rows update records whole: a CSV row or JSON record is the record, so an empty cell clears the
 * field. Nothing absent from the files is deleted. A row rejected for its own problems can make
 * rows that depend on it dangle; those are rejected too, naming the reference.
 */
import type { AuditEntry } from '../domain/audit.js';
import type { FieldProblem } from '../domain/errors.js';
import type { NodeRecord, OrganizationRecord, RelationshipRecord } from '../domain/records.js';
import { relationshipId } from '../domain/records.js';
import { syncBasedIn } from '../editing/based-in.js';
import { sameRecord, type ChangeSet } from '../editing/change-set.js';
import { onePerField } from '../editing/problems.js';
import { KIND_WORDS, parseNode, parseRelationship } from '../editing/records.js';
import { needsOpaqueId, OPAQUE_CASE_ID, OPAQUE_ID_REQUIRED, opaqueCaseId } from '../editing/opaque-ids.js';
import type { EditingService } from '../editing/service.js';
import { rowsOf, type ImportFile, type ImportFormat, type ImportRow, type RowKind } from './read-files.js';

export type ImportOutcome = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'REJECT';

export interface RowReport {
  file: string;
  row: number;
  kind: RowKind;
  id: string | null;
  outcome: ImportOutcome;
  problems: FieldProblem[];
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  counts: Record<'create' | 'update' | 'unchanged' | 'reject', number>;
  rows: RowReport[];
  entry: AuditEntry | null;
}

export interface ImportProgress {
  phase: 'read' | 'check' | 'write' | 'done';
  done: number;
  total: number;
}

export interface ImportOptions {
  format: ImportFormat;
  files: readonly (ImportFile & { encoding?: 'TEXT' | 'BASE64' })[];
  dryRun: boolean;
  comment?: string | null;
  onProgress?: (progress: ImportProgress) => void;
}

export async function importFiles(service: EditingService, options: ImportOptions): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => undefined);
  const files = options.files.map((f) => ({
    name: f.name,
    content: f.encoding === 'BASE64' && typeof f.content === 'string' ? Buffer.from(f.content, 'base64') : f.content,
  }));
  progress({ phase: 'read', done: 0, total: files.length });
  const rows = rowsOf(options.format, files);
  progress({ phase: 'read', done: files.length, total: files.length });
  const names = options.files.map((f) => f.name).join(', ');

  const { value: report, entry } = await service.run('IMPORT', options.comment, async (cs) => {
    const reports = await planImport(cs, rows, (done) => progress({ phase: 'check', done, total: rows.length }));
    const counts = countOf(reports);
    const write = !options.dryRun && counts.reject === 0;
    if (write) progress({ phase: 'write', done: 0, total: rows.length });
    return {
      value: { dryRun: options.dryRun, applied: write, counts, rows: reports, entry: null } as ImportReport,
      summary: `imported ${names}: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged`,
      discard: !write,
    };
  });
  progress({ phase: 'done', done: rows.length, total: rows.length });
  return { ...report, applied: report.applied && entry !== undefined, entry: entry ?? null };
}

function countOf(reports: readonly RowReport[]): ImportReport['counts'] {
  const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const r of reports) counts[r.outcome.toLowerCase() as keyof typeof counts]++;
  return counts;
}

type Parsed = { row: ImportRow; report: RowReport; record?: NodeRecord | RelationshipRecord };

/** Checks every row and leaves the accepted ones in the change set; answers the report per row. */
export async function planImport(
  cs: ChangeSet,
  rows: readonly ImportRow[],
  onChecked: (done: number) => void = () => undefined,
): Promise<RowReport[]> {
  const parsed: Parsed[] = rows.map((row) => ({
    row,
    report: {
      file: row.file,
      row: row.row,
      kind: row.kind,
      id: idOf(row),
      outcome: 'CREATE',
      problems: [...row.problems],
    },
  }));
  const reject = (p: Parsed, problems: FieldProblem[]) => {
    p.report.problems.push(...problems);
    p.record = undefined;
  };

  // A new case above PUBLIC may leave its id empty: it gets an opaque one (opaque-ids.ts).
  for (const p of parsed) {
    if (p.row.kind !== 'RELATIONSHIP' && p.row.raw.id === undefined && needsOpaqueId(p.row.kind, p.row.raw)) {
      p.row = { ...p.row, raw: { ...p.row.raw, id: opaqueCaseId() } };
      p.report.id = p.row.raw.id as string;
    }
  }

  // Each row on its own: the record schema.
  parsed.forEach((p, i) => {
    if (p.report.problems.length === 0) {
      if (p.row.kind === 'RELATIONSHIP') {
        const result = parseRelationship(p.row.raw);
        if (!result.ok) reject(p, result.problems);
        else if (typeof p.row.raw.id === 'string' && p.row.raw.id !== result.record.id) {
          reject(p, [
            {
              field: 'id',
              code: 'INVALID_VALUE',
              message: `a tie's id is TYPE:start:end, here ${result.record.id}`,
            },
          ]);
        } else p.record = result.record;
      } else {
        const result = parseNode(p.row.kind, p.row.raw);
        if (result.ok) p.record = result.record;
        else reject(p, result.problems);
      }
    }
    if (i % 500 === 499) onChecked(i + 1);
  });

  // Rows among themselves: an id once per import.
  const firstRow = new Map<string, Parsed>();
  for (const p of parsed) {
    if (!p.record) continue;
    const first = firstRow.get(p.record.id);
    if (first) {
      reject(p, [
        {
          field: 'id',
          code: 'DUPLICATE_ID',
          message: `'${p.report.id}' is also in row ${first.report.row} of ${first.report.file}`,
        },
      ]);
    } else firstRow.set(p.record.id, p);
  }

  // Rows against the graph: an id keeps its kind, and a hidden node's id is taken.
  const nodeRows = parsed.filter((p) => p.record && p.row.kind !== 'RELATIONSHIP');
  const relRows = () => parsed.filter((p) => p.record && p.row.kind === 'RELATIONSHIP');
  await cs.loadNodes(nodeRows.map((p) => p.record!.id));
  await cs.loadTies([
    ...nodeRows.filter((p) => p.row.kind === 'ORGANIZATION').map((p) => p.record!.id),
    ...relRows().map((p) => (p.record as RelationshipRecord).start),
  ]);
  const absent: Parsed[] = [];
  for (const p of nodeRows) {
    const before = await cs.nodeBefore(p.record!.id);
    if (!before) absent.push(p);
    else if (before.nodeKind !== p.row.kind) {
      reject(p, [
        { field: 'id', code: 'DUPLICATE_ID', message: `'${before.id}' is a ${KIND_WORDS[before.nodeKind]} already` },
      ]);
    }
  }
  const taken = await cs.view.takenIds(absent.map((p) => p.record!.id));
  for (const p of absent) {
    if (p.row.kind !== 'RELATIONSHIP' && needsOpaqueId(p.row.kind, p.row.raw) && !OPAQUE_CASE_ID.test(p.record!.id)) {
      reject(p, [{ field: 'id', code: 'NOT_ALLOWED', message: OPAQUE_ID_REQUIRED }]);
    } else if (taken.has(p.record!.id)) {
      reject(p, [{ field: 'id', code: 'DUPLICATE_ID', message: `the id '${p.record!.id}' is already taken` }]);
    }
  }

  // The state the accepted rows leave, checked as a whole until no rejection makes another.
  for (;;) {
    cs.reset();
    const byRecord = new Map<string, Parsed>();
    for (const p of parsed) {
      if (!p.record || p.row.kind === 'RELATIONSHIP') continue;
      byRecord.set(p.record.id, p);
      await cs.putNode(p.record as NodeRecord);
    }
    const fresh: [Parsed, FieldProblem[]][] = [];
    for (const p of relRows()) {
      const rel = p.record as RelationshipRecord;
      byRecord.set(rel.id, p);
      if (rel.type === 'BASED_IN') {
        const problem = await basedInProblem(cs, rel);
        if (problem) {
          fresh.push([p, [problem]]);
          continue;
        }
      }
      await cs.putRelationship(rel);
    }
    // After the rows, so a BASED_IN row ends up as its organisation derives it (sources included).
    for (const p of parsed) {
      if (p.record && p.row.kind === 'ORGANIZATION') await syncBasedIn(cs, p.record.id);
    }
    for (const issue of await cs.integrityIssues()) {
      // A derived BASED_IN tie's problem is its organisation's row.
      const p = byRecord.get(issue.id) ?? byRecord.get(issue.id.split(':')[1] ?? '');
      if (p?.record) fresh.push([p, [{ field: issue.field, code: issue.code, message: issue.message }]]);
    }
    if (!fresh.length) break;
    for (const [p, problems] of fresh) reject(p, problems);
  }
  onChecked(rows.length);

  for (const p of parsed) {
    if (!p.record) {
      p.report.outcome = 'REJECT';
      p.report.problems = onePerField(p.report.problems);
      continue;
    }
    // What the row leaves, which for a BASED_IN row is what its organisation derives.
    const [before, after] =
      p.row.kind === 'RELATIONSHIP'
        ? [await cs.relationshipBefore(p.record.id), await cs.relationship(p.record.id)]
        : [await cs.nodeBefore(p.record.id), p.record];
    p.report.outcome = !before ? 'CREATE' : sameRecord(before, after) ? 'UNCHANGED' : 'UPDATE';
  }
  return parsed.map((p) => p.report);
}

function idOf(row: ImportRow): string | null {
  if (typeof row.raw.id === 'string') return row.raw.id;
  const { type, start, end } = row.raw;
  if (row.kind === 'RELATIONSHIP' && typeof type === 'string' && typeof start === 'string' && typeof end === 'string') {
    return relationshipId({ type, start, end });
  }
  return null;
}

/** A BASED_IN row must agree with its organisation's countryCode (BASED_IN follows it). */
async function basedInProblem(cs: ChangeSet, rel: RelationshipRecord): Promise<FieldProblem | undefined> {
  const org = await cs.node(rel.start);
  if (org?.nodeKind !== 'ORGANIZATION') return undefined; // the integrity check names it
  const code = (org as OrganizationRecord).countryCode;
  const country = code ? (await cs.countries()).find((c) => c.code === code) : undefined;
  if (country?.id === rel.end) return undefined;
  return {
    field: 'end',
    code: 'NOT_ALLOWED',
    message: code
      ? `BASED_IN follows the organisation's countryCode ${code}: it must end at ${country?.id ?? 'that country'}`
      : "BASED_IN follows the organisation's countryCode, and it has none",
  };
}
