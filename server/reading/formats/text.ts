/** Plain text: kept verbatim; form feeds (as pdftotext writes them) separate pages. */
import type { StructuredDocument } from '../document.js';
import { structureLines } from '../structure.js';

export function readText(text: string, title: string): StructuredDocument {
  const breaks: number[] = [];
  for (let i = text.indexOf('\f'); i !== -1; i = text.indexOf('\f', i + 1)) breaks.push(i);
  const pageAt = breaks.length ? (offset: number) => 1 + breaks.filter((b) => b < offset).length : undefined;
  return {
    title,
    format: 'TEXT',
    text,
    blocks: structureLines(text, pageAt),
    ...(breaks.length ? { pageCount: breaks.length + 1 } : {}),
  };
}
