/**
 * Page cursors for lists ordered by name, then id: opaque to clients, and the same for every
 * store so a cursor from one page works on the next whichever store serves it.
 */
import { ValidationError } from '../domain/errors.js';

export interface NameCursor {
  name: string;
  id: string;
}

export function encodeCursor(node: NameCursor): string {
  return Buffer.from(JSON.stringify([node.name, node.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): NameCursor {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { name, id };
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('after: not a cursor this API returned', 'after');
}

/** The order lists of nodes come in: by name (English collation), then id. */
export function compareByNameThenId(a: NameCursor, b: NameCursor): number {
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Cursors over the audit trail: the sequence number of the last entry seen (older ones follow). */
export function encodeAuditCursor(seq: number): string {
  return Buffer.from(`audit:${seq}`, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): number {
  const m = /^audit:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new ValidationError('after: not a cursor this API returned', 'after');
  return Number(m[1]);
}
