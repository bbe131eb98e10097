/**
 * Reading documents: structure and locators for each format (PDF through pdfjs-dist, HTML,
 * Markdown, text), dates as written, and against the five seed documents: every proposed quote
 * is a verbatim passage, and the progress report's ties are found again once removed.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadSeed } from '../../server/seed/load.js';
import { readDocument } from '../../server/reading/formats/index.js';
import { readText } from '../../server/reading/formats/text.js';
import { findDates } from '../../server/reading/dates.js';
import { readAgainstGraph } from '../../server/reading/ingest.js';
import { SEED_DOCUMENTS_DIR, seedDocuments, seedDocumentsPresent, withoutTiesOf } from './seed-documents.js';

const encode = (s: string) => new TextEncoder().encode(s);
const locatorOf = (doc: Awaited<ReturnType<typeof readDocument>>, phrase: string) => {
  const at = doc.text.indexOf(phrase);
  return doc.blocks.find((b) => b.start <= at && b.end > at)?.locator;
};

describe('document structure', () => {
  it('gives text blocks the part, section and item of the seed style', () => {
    const doc = readText(
      'Protection\n\n7. Cooperation with Partners\n\n7.2 The 29th Meeting\n\nMSDHS met.\n\nPrevention\n\n9.1 Developments\n\n3) Meetings with Police\n\nRTP met.\n',
      'r',
    );
    expect(locatorOf(doc, 'MSDHS met.')).toBe('Protection §7.2');
    expect(locatorOf(doc, 'RTP met.')).toBe('Prevention §9.1(3)');
  });

  it('reads Markdown and HTML headings, and numbers paragraphs when there are none', async () => {
    const md = await readDocument(encode('# Report\n\n## Priority 2\n\nIOM **trained** officials.\n'), 'MARKDOWN', 'r');
    expect(md.text).toContain('IOM trained officials.');
    expect(locatorOf(md, 'IOM trained')).toBe('Priority 2');
    const html = await readDocument(
      encode(
        '<html><head><title>Fact sheet</title><script>x()</script></head><body><h2>Prosecution</h2><p>IOM &amp; RTP met.</p></body></html>',
      ),
      'HTML',
      'r',
    );
    expect(html.title).toBe('Fact sheet');
    expect(html.text).not.toContain('x()');
    expect(locatorOf(html, 'IOM & RTP met.')).toBe('Prosecution');
    const plain = readText('First paragraph ends here.\n\nSecond paragraph names RTP.\n', 'r');
    expect(locatorOf(plain, 'Second')).toBe('¶2');
  });

  it('reads PDF text page by page, with the page in the locator', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText('Protection', { x: 50, y: 700, font, size: 14 });
    pdf.addPage().drawText('The Royal Thai Police met IOM in Bangkok.', { x: 50, y: 700, font, size: 12 });
    const doc = await readDocument(await pdf.save(), 'PDF', 'r');
    expect(doc.pageCount).toBe(2);
    expect(locatorOf(doc, 'Royal Thai Police')).toBe('Protection, p. 2');
  });

  it('refuses a file that is not the PDF it claims to be', async () => {
    await expect(readDocument(encode('hello'), 'PDF', 'r')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('reads dates as written, at their precision', () => {
    const text = 'Between 27 – 29 February 2024, and from 30 January – 1 February, and on February 13, 2024.';
    expect(findDates(text, 0, text.length).map((d) => [d.from, d.until])).toEqual([
      ['2024-02-27', '2024-02-29'],
      ['2024-01-30', '2024-02-01'],
      ['2024-02-13', undefined],
    ]);
  });
});

describe.runIf(seedDocumentsPresent())('the five seed documents', async () => {
  const dataset = await loadSeed();
  for (const { source, text } of seedDocuments(dataset)) {
    it(`${source.documentId}: every proposed quote is a verbatim passage at its offsets`, () => {
      const { graph } = withoutTiesOf(dataset, source.id);
      const doc = readText(text, source.name);
      const result = readAgainstGraph(doc, graph.nodes, new Set(graph.relationships.map((r) => r.id)));
      for (const t of result.ties) {
        expect(text.slice(t.quoteStart, t.quoteEnd)).toBe(t.quote);
        expect(t.quote.trim()).toBe(t.quote);
      }
      for (const n of result.nodes) expect(text.slice(n.quoteStart, n.quoteEnd)).toBe(n.quote);
    });
  }

  it('finds the progress report ties again once they are removed (recall and precision floors)', () => {
    const report = seedDocuments(dataset).find((d) => d.source.id === 'rtg-progress-2024-q1')!;
    const { graph, expected } = withoutTiesOf(dataset, report.source.id);
    const result = readAgainstGraph(
      readText(report.text, 'r'),
      graph.nodes,
      new Set(graph.relationships.map((r) => r.id)),
    );
    const proposed = new Set(result.ties.map((t) => `${t.type}:${t.start.id}:${t.end.id}`));
    const hits = expected.filter((r) => proposed.has(r.id)).length;
    // The goal (recall ≥ 0.8 at precision ≥ 0.5), with precision held to a floor below the measured
    // 0.76 (npm run bench:reading) so that a new rule that floods the editor with wrong proposals fails.
    expect(hits / expected.length).toBeGreaterThanOrEqual(0.8);
    expect(hits / proposed.size).toBeGreaterThanOrEqual(0.7);
  });
});

// Only when they are missing, so the skip says why (a run with them has nothing skipped).
if (!seedDocumentsPresent()) {
  describe('the five seed documents', () => {
    it.skip(`SKIPPED: the seed documents are not at ${SEED_DOCUMENTS_DIR} (set SEED_DOCUMENTS_DIR)`, () => {});
  });
}
