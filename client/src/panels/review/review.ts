/**
 * The review queue's pure parts: how a passage splits around the sentence and quote to
 * highlight, how a chosen file travels to the API, and which roles a proposed tie may take.
 */
import type { RelationshipType, Role } from '../../__generated__/graphql.js';

export interface Piece {
  text: string;
  /** 'quote' is the proposal's quote, 'sentence' the rest of its sentence, 'plain' the passage around. */
  mark: 'plain' | 'sentence' | 'quote';
}

/** The passage cut into pieces so the sentence and, within it, the quote can be highlighted. */
export function highlight(
  passage: { text: string; start: number },
  sentence: { start: number; end: number },
  quote?: { start: number; end: number },
): Piece[] {
  const cuts = new Set([0, passage.text.length]);
  const at = (offset: number) => Math.min(Math.max(offset - passage.start, 0), passage.text.length);
  for (const o of [sentence.start, sentence.end, quote?.start, quote?.end]) if (o !== undefined) cuts.add(at(o));
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    if (e <= s) continue;
    const inQuote = quote !== undefined && s >= at(quote.start) && e <= at(quote.end);
    const inSentence = s >= at(sentence.start) && e <= at(sentence.end);
    pieces.push({ text: passage.text.slice(s, e), mark: inQuote ? 'quote' : inSentence ? 'sentence' : 'plain' });
  }
  return pieces;
}

export type Encoding = 'TEXT' | 'BASE64';

/** PDFs travel as base64; text, Markdown and HTML as text. */
export function encodingFor(fileName: string): Encoding {
  return /\.pdf$/i.test(fileName) ? 'BASE64' : 'TEXT';
}

/** The bytes of a file in base64, in chunks (a large spread would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Requests are limited to 1 MB; base64 grows a file by a third. */
export const MAX_UPLOAD_BYTES = 700 * 1024;

const ROLES: Record<RelationshipType, Role[]> = {
  PART_OF: [],
  BASED_IN: [],
  MEMBER_OF: ['MEMBER', 'CHAIR', 'SECRETARIAT', 'OBSERVER', 'LEAD'],
  PARTY_TO: ['SIGNATORY', 'IMPLEMENTER', 'LEAD', 'SUPPORTER', 'WITNESS'],
  PARTICIPATED_IN: ['HOST', 'ORGANIZER', 'CO_ORGANIZER', 'PARTICIPANT', 'FUNDER', 'FACILITATOR', 'SUPPORTER'],
  WORKS_ON: ['LEAD', 'INVESTIGATOR', 'PROSECUTOR', 'VICTIM_SUPPORT', 'FOREIGN_COUNTERPART', 'OVERSIGHT', 'SUPPORT'],
  UNDER: [],
};

/** The roles a tie of this type takes (the server checks them again). */
export function rolesFor(type: RelationshipType): Role[] {
  return ROLES[type];
}
