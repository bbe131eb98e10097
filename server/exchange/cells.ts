/** Cell values to record fields and back (see columns.ts for the format). */
import type { CitationRecord } from '../domain/records.js';
import type { CellType } from './columns.js';

const SPECIAL = /[\\;|]/g;

function escape(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Splits on `separator` where it is not escaped; unescapes nothing (parts keep their escapes). */
function split(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

export function writeCell(type: CellType, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'list':
      return (value as string[]).map(escape).join(';');
    case 'citations':
      return (value as CitationRecord[])
        .map((c) => [c.source, c.locator, ...(c.quote !== undefined ? [c.quote] : [])].map(escape).join('|'))
        .join(';');
    default:
      return String(value);
  }
}

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string; code: string };

/** A cell's value for the record, or why it cannot be read. Empty cells are absent fields. */
export function readCell(type: CellType, cell: string): CellResult {
  const text = cell.trim();
  if (text === '') return { ok: true, value: undefined };
  switch (type) {
    case 'int': {
      if (!/^-?\d+$/.test(text))
        return { ok: false, code: 'INVALID_VALUE', message: `'${text}' is not a whole number` };
      return { ok: true, value: Number(text) };
    }
    case 'list':
      return {
        ok: true,
        value: split(text, ';')
          .map((item) => unescape(item.trim()))
          .filter(Boolean),
      };
    case 'citations': {
      const citations: Record<string, string>[] = [];
      for (const entry of split(text, ';')) {
        if (!entry.trim()) continue;
        const [source = '', locator = '', ...quote] = split(entry, '|').map((p) => unescape(p.trim()));
        if (quote.length > 1) {
          return {
            ok: false,
            code: 'INVALID_VALUE',
            message: `'${entry.trim()}' has more than three parts: write a | inside a quote as \\|`,
          };
        }
        citations.push({ source, locator, ...(quote[0] ? { quote: quote[0] } : {}) });
      }
      return { ok: true, value: citations };
    }
    default:
      return { ok: true, value: text };
  }
}
