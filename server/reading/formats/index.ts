/** Picks the reader for a document's format (from its name or media type). */
import type { DocumentFormat, StructuredDocument } from '../document.js';
import { ValidationError } from '../../domain/errors.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

export function formatOf(fileName: string, declared?: string | null): DocumentFormat {
  if (declared) {
    const upper = declared.toUpperCase();
    if (upper === 'PDF' || upper === 'TEXT' || upper === 'MARKDOWN' || upper === 'HTML') return upper;
    throw new ValidationError('format: one of PDF, TEXT, MARKDOWN, HTML', 'format');
  }
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'pdf') return 'PDF';
  if (ext === 'md' || ext === 'markdown') return 'MARKDOWN';
  if (ext === 'html' || ext === 'htm') return 'HTML';
  return 'TEXT';
}

export async function readDocument(
  data: Uint8Array,
  format: DocumentFormat,
  title: string,
): Promise<StructuredDocument> {
  if (format === 'PDF') {
    if (!isPdf(data)) throw new ValidationError('the file is not a PDF', 'content');
    return readPdf(data, title);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/\r\n?/g, '\n');
  if (format === 'HTML') return readHtml(text, title);
  if (format === 'MARKDOWN') return readMarkdown(text, title);
  return readText(text, title);
}

function isPdf(data: Uint8Array): boolean {
  return data.length > 4 && String.fromCharCode(...data.subarray(0, 5)) === '%PDF-';
}
