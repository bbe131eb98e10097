/** Sentences of a block, with the runtime's own sentence segmentation (Intl.Segmenter, ICU). */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans within text[start, end), trimmed of surrounding white space. */
export function sentencesOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // Line breaks inside a wrapped paragraph are not sentence ends: segment with them as spaces.
  const slice = text.slice(start, end).replace(/[\n\f]/g, ' ');
  for (const seg of segmenter.segment(slice)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const s = start + seg.index + lead;
    const e = start + seg.index + seg.segment.trimEnd().length;
    if (e <= s) continue;
    // ICU ends a sentence after "B.E." or "Ror.Bor.": join a piece that starts in lower case or a digit.
    const prev = out[out.length - 1];
    if (prev && /^[\p{Ll}\d(]/u.test(text.slice(s, s + 1))) prev.end = e;
    else out.push({ start: s, end: e });
  }
  return out;
}
