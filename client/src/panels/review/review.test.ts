import { describe, expect, it } from 'vitest';
import { encodingFor, highlight, rolesFor, toBase64 } from './review.js';

describe('review queue helpers', () => {
  it('cuts a passage around the sentence and the quote within it', () => {
    const passage = { text: 'Intro. MSDHS met the Lao committee in Chonburi. Outro.', start: 100 };
    const pieces = highlight(passage, { start: 107, end: 147 }, { start: 107, end: 112 });
    expect(pieces).toEqual([
      { text: 'Intro. ', mark: 'plain' },
      { text: 'MSDHS', mark: 'quote' },
      { text: ' met the Lao committee in Chonburi.', mark: 'sentence' },
      { text: ' Outro.', mark: 'plain' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(passage.text);
  });

  it('sends PDFs as base64 and the rest as text', () => {
    expect(encodingFor('report.PDF')).toBe('BASE64');
    expect(encodingFor('report.md')).toBe('TEXT');
    expect(toBase64(new TextEncoder().encode('%PDF-'))).toBe('JVBERi0=');
  });

  it('offers the roles of the tie type', () => {
    expect(rolesFor('PARTICIPATED_IN')).toContain('CO_ORGANIZER');
    expect(rolesFor('UNDER')).toEqual([]);
  });
});
