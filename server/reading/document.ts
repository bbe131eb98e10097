/**
 * A document as reading sees it: its text, kept verbatim (every proposed quote is a span of it),
 * and its structure as blocks (paragraphs, list items, headings, table rows), each with the
 * locator an editor would cite: "Protection §7.2", "Priority 2", "p. 14", "¶3".
 */
export type DocumentFormat = 'PDF' | 'TEXT' | 'MARKDOWN' | 'HTML';

export interface Block {
  /** Offsets into the document text, end exclusive. */
  start: number;
  end: number;
  locator: string;
  /** True for a heading line: headings name a section's instrument but state no tie. */
  heading: boolean;
  /** The 1-based page, for documents that have pages (PDF, or text with form feeds). */
  page?: number;
  /** The headings above this block, outermost first (their text), for section context. */
  headings: string[];
}

export interface StructuredDocument {
  title: string;
  format: DocumentFormat;
  text: string;
  blocks: Block[];
  pageCount?: number;
}

/** The text of a block. */
export function blockText(doc: StructuredDocument, block: Block): string {
  return doc.text.slice(block.start, block.end);
}
