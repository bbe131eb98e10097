/**
 * Files to import → rows: one record per row, with the row's number in its file and any cell that
 * could not be read. CSV files say their kind by name (organizations.csv … relationships.csv, as
 * export writes them), or by a `nodeKind` column; a .zip holds several. JSON is the export's own
 * format. A file that cannot be read at all (bad JSON, a zip that is not one, unknown columns) is
 * refused as a whole with a ValidationError naming it.
 */
import { parse } from 'csv-parse/sync';
import { strFromU8 } from 'fflate';
import { ValidationError, type FieldProblem } from '../domain/errors.js';
import { NODE_KINDS } from '../domain/vocabulary.js';
import type { Input } from '../editing/records.js';
import type { NodeKindValue } from '../store/port.js';
import { readCell } from './cells.js';
import { NODE_COLUMNS, NODE_FILES, RELATIONSHIP_COLUMNS, RELATIONSHIPS_FILE, type CellType } from './columns.js';
import { JSON_FORMAT } from './json-format.js';
import { boundedUnzip } from './bounded-unzip.js';
import { IMPORT_LIMITS, ImportCapError, type ImportLimits } from './import-limits.js';

export type ImportFormat = 'JSON' | 'CSV';

export interface ImportFile {
  name: string;
  /** Text, or the bytes of a zip. */
  content: string | Uint8Array;
}

export type RowKind = NodeKindValue | 'RELATIONSHIP';

export interface ImportRow {
  /** The file the row comes from (inside a zip: zip-name/entry-name). */
  file: string;
  /** CSV: the spreadsheet row (the header is row 1). JSON: the position in its list, from 1. */
  row: number;
  kind: RowKind;
  raw: Input;
  /** Cells that could not be read. */
  problems: FieldProblem[];
}

export function rowsOf(
  format: ImportFormat,
  files: readonly ImportFile[],
  limits: ImportLimits = IMPORT_LIMITS,
): ImportRow[] {
  const rows: ImportRow[] = [];
  files.forEach((file, i) => {
    try {
      // Each file may use what the files before it left of the row cap.
      const budget = { ...limits, maxRows: limits.maxRows - rows.length };
      if (format === 'JSON') rows.push(...jsonRows(file.name, text(file, budget), budget));
      else if (/\.zip$/i.test(file.name)) rows.push(...zipRows(file, budget));
      else rows.push(...csvRows(file.name, text(file, budget), budget));
    } catch (e) {
      if (e instanceof ValidationError) throw e;
      if (e instanceof ImportCapError) {
        throw ValidationError.of([
          { field: `files.${i}`, code: 'TOO_LARGE', message: `${file.name}: ${e.message} [import cap ${e.cap}]` },
        ]);
      }
      throw unreadable(i, file.name, e instanceof Error ? e.message : String(e));
    }
  });
  return rows;
}

function unreadable(index: number, name: string, why: string): ValidationError {
  return ValidationError.of([{ field: `files.${index}`, code: 'INVALID_VALUE', message: `${name}: ${why}` }]);
}

function text(file: ImportFile, limits: ImportLimits): string {
  const length = typeof file.content === 'string' ? file.content.length : file.content.byteLength;
  if (length > limits.maxTextChars) {
    throw new ImportCapError('maxTextChars', `is longer than ${limits.maxTextChars} characters (the cap on one file)`);
  }
  return typeof file.content === 'string' ? file.content : strFromU8(file.content);
}

function zipRows(file: ImportFile, limits: ImportLimits): ImportRow[] {
  const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'base64') : file.content;
  const wanted = (n: string) => /\.csv$/i.test(n) && !n.startsWith('__MACOSX/');
  const entries = boundedUnzip(bytes, limits, wanted).sort((a, b) => byKindOrder(a.name, b.name));
  if (!entries.length) throw new Error('the zip holds no .csv file');
  const rows: ImportRow[] = [];
  for (const entry of entries) {
    const left = { ...limits, maxRows: limits.maxRows - rows.length };
    rows.push(...csvRows(`${file.name}/${entry.name}`, strFromU8(entry.bytes), left));
  }
  return rows;
}

const FILE_ORDER = [...Object.values(NODE_FILES), RELATIONSHIPS_FILE];
function byKindOrder(a: string, b: string): number {
  const rank = (n: string) => {
    const i = FILE_ORDER.indexOf(basename(n) as (typeof FILE_ORDER)[number]);
    return i === -1 ? FILE_ORDER.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : 1);
}

function basename(name: string): string {
  return name.split(/[\\/]/).pop()!.toLowerCase();
}

const KIND_OF_FILE = new Map<string, RowKind>([
  ...Object.entries(NODE_FILES).map(([kind, file]) => [file, kind as NodeKindValue] as const),
  [RELATIONSHIPS_FILE, 'RELATIONSHIP'],
]);

function columnsOf(kind: RowKind): Record<string, CellType> {
  return kind === 'RELATIONSHIP' ? RELATIONSHIP_COLUMNS : NODE_COLUMNS[kind];
}

function parseCsv(content: string, limits: ImportLimits): string[][] {
  try {
    return parse(content, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // Stops one past the cap (header + rows + 1), so an overflow is seen without parsing it all.
      to: Math.max(0, limits.maxRows) + 2,
      max_record_size: limits.maxRecordChars,
    }) as string[][];
  } catch (e) {
    if ((e as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportCapError('maxRecordChars', `has a row longer than ${limits.maxRecordChars} characters (the cap)`);
    }
    throw e;
  }
}

export function csvRows(file: string, content: string, limits: ImportLimits = IMPORT_LIMITS): ImportRow[] {
  const records = parseCsv(content, limits);
  const [header, ...body] = records;
  if (!header) return [];
  if (body.length > limits.maxRows) throw rowCap(limits);
  if (records.some((r) => r.length > limits.maxColumns)) {
    throw new ImportCapError('maxColumns', `has a row of more than ${limits.maxColumns} columns (the cap)`);
  }
  const names = header.map((h) => h.trim());
  const byName = KIND_OF_FILE.get(basename(file));
  const kindColumn = names.indexOf('nodeKind');
  let fixed: RowKind | undefined = byName;
  if (!fixed && kindColumn === -1) {
    if (['type', 'start', 'end'].every((c) => names.includes(c))) fixed = 'RELATIONSHIP';
    else {
      throw new Error(
        `cannot tell which kind of record it holds: name it ${FILE_ORDER.join(', ')}, or add a nodeKind column`,
      );
    }
  }
  const known = new Set([
    ...(fixed ? Object.keys(columnsOf(fixed)) : NODE_KINDS.flatMap((k) => Object.keys(NODE_COLUMNS[k]))),
    'nodeKind',
    'version',
  ]);
  const unknown = names.filter((n) => n && !known.has(n));
  if (unknown.length) throw new Error(`unknown column(s) ${unknown.join(', ')}`);
  return body.map((cells, i) => {
    const row = i + 2;
    const problems: FieldProblem[] = [];
    let kind = fixed;
    if (!kind) {
      const value = (cells[kindColumn] ?? '').trim();
      if ((NODE_KINDS as readonly string[]).includes(value)) kind = value as NodeKindValue;
      else {
        problems.push({ field: 'nodeKind', code: 'INVALID_VALUE', message: `'${value}' is not a node kind` });
        kind = 'ORGANIZATION';
      }
    }
    const columns = columnsOf(kind);
    const raw: Input = {};
    names.forEach((name, c) => {
      if (name === 'nodeKind' || name === 'version' || !name) return;
      const cell = cells[c] ?? '';
      const type = columns[name];
      if (type === undefined) {
        if (cell.trim()) problems.push({ field: name, code: 'NOT_ALLOWED', message: `is not a field of ${kind}` });
        return;
      }
      const read = readCell(type, cell);
      if (read.ok) {
        if (read.value !== undefined) raw[name] = read.value;
      } else {
        problems.push({ field: name, code: read.code, message: read.message });
      }
    });
    return { file, row, kind, raw, problems };
  });
}

function rowCap(limits: ImportLimits): ImportCapError {
  return new ImportCapError('maxRows', `takes the import past its cap of ${limits.maxRows} rows left`);
}

export function jsonRows(file: string, content: string, limits: ImportLimits = IMPORT_LIMITS): ImportRow[] {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (e) {
    throw new Error(`not JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const d = doc as { format?: unknown; nodes?: unknown; relationships?: unknown };
  if (!d || typeof d !== 'object' || !Array.isArray(d.nodes) || !Array.isArray(d.relationships ?? [])) {
    throw new Error(`not a ${JSON_FORMAT} file: it needs "nodes" and "relationships" lists`);
  }
  if (d.format !== undefined && d.format !== JSON_FORMAT)
    throw new Error(`format is ${String(d.format)}, not ${JSON_FORMAT}`);
  if ((d.nodes as unknown[]).length + ((d.relationships ?? []) as unknown[]).length > limits.maxRows) {
    throw rowCap(limits);
  }
  const rows: ImportRow[] = [];
  (d.nodes as unknown[]).forEach((item, i) => {
    const problems: FieldProblem[] = [];
    const record = item && typeof item === 'object' ? { ...(item as Input) } : {};
    if (!item || typeof item !== 'object')
      problems.push({ field: 'node', code: 'INVALID_VALUE', message: 'is not an object' });
    const { nodeKind, version: _v, ...raw } = record;
    let kind: NodeKindValue = 'ORGANIZATION';
    if ((NODE_KINDS as readonly unknown[]).includes(nodeKind)) kind = nodeKind as NodeKindValue;
    else
      problems.push({ field: 'nodeKind', code: 'INVALID_VALUE', message: `'${String(nodeKind)}' is not a node kind` });
    rows.push({ file: `${file} nodes`, row: i + 1, kind, raw, problems });
  });
  ((d.relationships ?? []) as unknown[]).forEach((item, i) => {
    const ok = item && typeof item === 'object';
    const { version: _v, ...raw } = ok ? (item as Input) : {};
    rows.push({
      file: `${file} relationships`,
      row: i + 1,
      kind: 'RELATIONSHIP',
      raw,
      problems: ok ? [] : [{ field: 'relationship', code: 'INVALID_VALUE', message: 'is not an object' }],
    });
  });
  return rows;
}
