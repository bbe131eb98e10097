/**
 * Finding a quoted passage in a document's text, forgiving the differences a copy brings: runs of
 * whitespace and line breaks, curly or straight quotes, dashes, case, and ellipses standing for
 * omitted words (the first piece is found). Returns the passage's range in the original text.
 */

interface Folded {
  text: string;
  /** For each folded character, where it came from in the original. */
  origin: number[];
}

const SAME: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
};

function fold(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let ch = SAME[text[i]!] ?? text[i]!;
    // Markdown emphasis and table bars in extracted text are not part of what was quoted.
    if (ch === '*' || ch === '_' || ch === '|') ch = ' ';
    if (/\s/.test(ch)) {
      if (!space && out.length) {
        out += ' ';
        origin.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    out += ch.toLowerCase();
    origin.push(i);
  }
  return { text: out, origin };
}

export interface Passage {
  start: number;
  end: number;
}

/** Documents folded lately: checking a seed looks up hundreds of quotes in the same five texts. */
const folded = new Map<string, Folded>();
function foldDocument(text: string): Folded {
  let doc = folded.get(text);
  if (!doc) {
    doc = fold(text);
    if (folded.size >= 8) folded.delete(folded.keys().next().value!);
    folded.set(text, doc);
  }
  return doc;
}

export function findPassage(text: string, quote: string): Passage | undefined {
  const doc = foldDocument(text);
  const pieces = quote
    .split(/\u2026|\.\.\.|\[…\]|\[\.\.\.\]/)
    .map((p) => fold(p).text.trim())
    .filter((p) => p.length >= 8);
  for (const piece of pieces) {
    const at = doc.text.indexOf(piece);
    if (at >= 0) return { start: doc.origin[at]!, end: doc.origin[at + piece.length - 1]! + 1 };
  }
  return undefined;
}
