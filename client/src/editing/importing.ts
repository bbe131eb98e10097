/**
 * Import in the explorer, the pure parts: what kind of file each chosen file is, the format they
 * make together, how each is sent (text, or a zip's bytes in base64), and the dry run's report in
 * words.
 */
import type { FileEncoding, ImportFormat, ImportGraphMutation, ImportOutcome } from '../__generated__/graphql.js';

export type FileKind = 'csv' | 'zip' | 'json';

/** The API's request limit: larger files go through the command line. */
export const MAX_REQUEST_BYTES = 1024 * 1024;
export { PAYLOAD_TOO_LARGE as TOO_LARGE } from '../api/upload.js';

/** A file's kind from its name (or, failing that, its type); null for one import cannot read. */
export function fileKind(name: string, type = ''): FileKind | null {
  const n = name.toLowerCase();
  if (n.endsWith('.csv') || type === 'text/csv') return 'csv';
  if (n.endsWith('.zip') || type === 'application/zip' || type === 'application/x-zip-compressed') return 'zip';
  if (n.endsWith('.json') || type === 'application/json') return 'json';
  return null;
}

/** The format of a set of files, or a sentence saying why they cannot go together. */
export function importFormat(kinds: readonly (FileKind | null)[]): { format: ImportFormat } | { error: string } {
  if (!kinds.length) return { error: 'Choose the files to import.' };
  if (kinds.some((k) => k === null))
    return { error: 'Import reads CSV files, a .zip of CSV files, or a JSON export: another kind of file was chosen.' };
  if (kinds.includes('json')) {
    if (kinds.length > 1) return { error: 'Import one JSON export at a time, without other files.' };
    return { format: 'JSON' };
  }
  return { format: 'CSV' };
}

export function encodingOf(kind: FileKind): FileEncoding {
  return kind === 'zip' ? 'BASE64' : 'TEXT';
}

/** Bytes in base64, in chunks so a large file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(s);
}

export type ImportReport = ImportGraphMutation['importGraph'];
export type ReportRow = ImportReport['rows'][number];

/** The rows a report lists: the rejected ones first, then the others in file order, each once. */
export function reportRows(report: Pick<ImportReport, 'rows' | 'rejected'>): ReportRow[] {
  const seen = new Set<string>();
  const out: ReportRow[] = [];
  for (const r of [...report.rejected, ...report.rows]) {
    const key = `${r.file}:${r.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** How many rows of an outcome the report counts. */
export function countOf(report: Pick<ImportReport, 'counts'>, outcome: ImportOutcome): number {
  const c = report.counts;
  return { CREATE: c.create, UPDATE: c.update, UNCHANGED: c.unchanged, REJECT: c.reject }[outcome];
}

export const OUTCOME_WORDS: Record<ImportOutcome, string> = {
  CREATE: 'new',
  UPDATE: 'changed',
  UNCHANGED: 'unchanged',
  REJECT: 'rejected',
};

/** What a report says in one line, and whether it may be applied. */
export function summarise(report: Pick<ImportReport, 'counts' | 'rejected'>): {
  words: string;
  canApply: boolean;
  rejected: ReportRow[];
} {
  const c = report.counts;
  const total = c.create + c.update + c.unchanged + c.reject;
  const parts = (
    [
      ['CREATE', c.create],
      ['UPDATE', c.update],
      ['UNCHANGED', c.unchanged],
      ['REJECT', c.reject],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${n} ${OUTCOME_WORDS[o]}`);
  const rows = `${total} ${total === 1 ? 'row' : 'rows'}`;
  const rejected = report.rejected;
  const nothing = c.create + c.update === 0;
  let words = parts.length ? `${rows}: ${parts.join(', ')}.` : 'The files hold no rows.';
  if (c.reject)
    words += ` Fix the rejected ${c.reject === 1 ? 'row' : 'rows'} and check again: nothing is applied while any row is rejected.`;
  else if (nothing && total) words += ' Nothing would change.';
  return { words, canApply: c.reject === 0 && !nothing, rejected };
}

/** A row's problems in words: `kind: 'CHARITY' is not…`. */
export function problemWords(row: Pick<ReportRow, 'problems'>): string {
  return row.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
}
