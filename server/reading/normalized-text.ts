/**
 * The search ranking's normalisation (server/graph/search-ranking.ts: case, accents, punctuation,
 * Thai marks kept) applied to running text while remembering where each normalised character
 * came from, so a name found in the normalised text maps back to a verbatim span.
 */
export interface NormalizedText {
  /** Normalised text with a space at both ends, so names match on word boundaries. */
  text: string;
  /** For each character of `text`, the offset in the original it came from. */
  origin: number[];
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

export function normalizeWithOrigin(original: string, base = 0): NormalizedText {
  let text = ' ';
  const origin: number[] = [base];
  let i = 0;
  for (const ch of original) {
    const folded = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (const c of folded) {
      if (LETTER.test(c)) {
        text += c;
        origin.push(base + i);
      } else if (!text.endsWith(' ')) {
        text += ' ';
        origin.push(base + i);
      }
    }
    i += ch.length;
  }
  if (!text.endsWith(' ')) {
    text += ' ';
    origin.push(base + original.length);
  }
  return { text, origin };
}

/** The original span [start, end) of normalised characters [from, to). */
export function originalSpan(n: NormalizedText, from: number, to: number, originalEnd: number): [number, number] {
  const start = n.origin[from]!;
  // The end is just after the last character matched: the origin of the next character, or the
  // position after the last one's origin when it was the final character.
  const last = n.origin[to - 1]!;
  const next = n.origin[to];
  const end = next !== undefined && next > last ? next : Math.min(last + 1, originalEnd);
  return [start, end];
}
