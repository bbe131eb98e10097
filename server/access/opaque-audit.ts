/**
 * What a reader below full clearance sees of the audit trail's numbering. Entries are numbered in
 * the order written, so the gap between two visible numbers would count the hidden edits between
 * them; a reader therefore gets an id made from the entry's time (see opaqueSeq) and sealed page
 * cursors (the number encrypted and authenticated), neither of which tells a count.
 *
 * The key comes from ATLAS_CURSOR_SECRET when set (the same value on every instance behind a load
 * balancer, so a cursor from one works on the next, and across restarts); otherwise each process
 * makes its own, and a cursor from before a restart answers "not a cursor this API returned".
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { ValidationError } from '../domain/errors.js';

const KEY = keyFrom(process.env.ATLAS_CURSOR_SECRET);

function keyFrom(secret: string | undefined): Buffer {
  return secret ? createHash('sha256').update(`atlas-cursor:${secret}`).digest() : randomBytes(32);
}

/**
 * A stand-in for an entry's number that keeps the trail's order without counting anything: the
 * millisecond it was written, then three keyed-hash digits to tell apart entries of one
 * millisecond. An integer below 2^53, like the number it replaces.
 */
export function opaqueSeq(seq: number, at: string): number {
  const tiebreak = createHmac('sha256', KEY).update(`entry:${seq}`).digest().readUInt16BE(0) % 1000;
  return Date.parse(at) * 1000 + tiebreak;
}

/** A page cursor after the entry numbered `seq`, sealed so only this process can read it. */
export function sealAuditCursor(seq: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(String(seq), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openAuditCursor(cursor: string): number {
  try {
    const raw = Buffer.from(cursor, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    if (/^\d{1,15}$/.test(text)) return Number(text);
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('after: not a cursor this API returned', 'after');
}
