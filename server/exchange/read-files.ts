/**
 * Files to import → rows: one record per row, with the row's number in its file and any cell that
 * could not be read. CSV files say their kind by name (organizations.csv … relationships.csv, as
 * export writes them), or by a `nodeKind` column; a .zip holds several. JSON is the export's own
 * format. A file that cannot be read at all (bad JSON, a zip that is not one, unknown columns) is
 * refused as a whole with a ValidationError naming it.
 */
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { ValidationError, type FieldProblem } from '../domain/errors.js';
import { NODE_KINDS } from '../domain/vocabulary.js';
import type { Input } from '../editing/records.js';
import type { NodeKindValue } from '../store/port.js';
import { readCell } from './cells.js';
import { NODE_COLUMNS, NODE_FILES, RELATIONSHIP_COLUMNS, RELATIONSHIPS_FILE, type CellType } from './columns.js';
import { JSON_FORMAT } from './json-format.js';

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

export function rowsOf(format: ImportFormat, files: readonly ImportFile[]): ImportRow[] {
  const rows: ImportRow[] = [];
  files.forEach((file, i) => {
    try {
      if (format === 'JSON') rows.push(...jsonRows(file.name, text(file)));
      else if (/\.zip$/i.test(file.name)) rows.push(...zipRows(file));
      else rows.push(...csvRows(file.name, text(file)));
    } catch (e) {
      if (e instanceof ValidationError) throw e;
      throw unreadable(i, file.name, e instanceof Error ? e.message : String(e));
    }
  });
  return rows;
}

function unreadable(index: number, name: string, why: string): ValidationError {
  return ValidationError.of([{ field: `files.${index}`, code: 'INVALID_VALUE', message: `${name}: ${why}` }]);
}

function text(file: ImportFile): string {
  return typeof file.content === 'string' ? file.content : strFromU8(file.content);
}

function zipRows(file: ImportFile): ImportRow[] {
  const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'base64') : file.content;
  const entries = unzipSync(bytes);
  const names = Object.keys(entries)
    .filter((n) => /\.csv$/i.test(n) && !n.startsWith('__MACOSX/'))
    .sort(byKindOrder);
  if (!names.length) throw new Error('the zip holds no .csv file');
  return names.flatMap((name) => csvRows(`${file.name}/${name}`, strFromU8(entries[name]!)));
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

export function csvRows(file: string, content: string): ImportRow[] {
  const records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const [header, ...body] = records;
  if (!header) return [];
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

export function jsonRows(file: string, content: string): ImportRow[] {
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
