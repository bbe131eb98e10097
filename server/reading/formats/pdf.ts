/**
 * PDF: text by page with pdfjs-dist (Mozilla's PDF.js), lines rebuilt from the text items'
 * end-of-line marks, pages separated by form feeds so every block knows its page ("p. 14").
 */
import type { StructuredDocument } from '../document.js';
import { structureLines } from '../structure.js';

/** Pages read at most: a bound on time and memory for one upload. */
export const MAX_PDF_PAGES = 500;

export async function pdfToPages(data: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data,
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    const count = Math.min(pdf.numPages, MAX_PDF_PAGES);
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

export async function readPdf(data: Uint8Array, title: string): Promise<StructuredDocument> {
  const pages = await pdfToPages(data);
  const starts: number[] = [];
  let text = '';
  for (const [i, page] of pages.entries()) {
    if (i > 0) text += '\n\f\n';
    starts.push(text.length);
    text += page;
  }
  const pageAt = (offset: number) => {
    let page = 1;
    for (const [i, s] of starts.entries()) if (s <= offset) page = i + 1;
    return page;
  };
  return { title, format: 'PDF', text, blocks: structureLines(text, pageAt), pageCount: pages.length };
}
