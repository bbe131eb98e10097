/** Markdown: rendered with markdown-it, then read as HTML (headings, lists and tables as blocks). */
import MarkdownIt from 'markdown-it';
import type { StructuredDocument } from '../document.js';
import { structureLines } from '../structure.js';
import { htmlToText } from './html.js';

const md = new MarkdownIt({ html: false, linkify: false });

export function readMarkdown(source: string, title: string): StructuredDocument {
  const { text } = htmlToText(md.render(source));
  return { title, format: 'MARKDOWN', text, blocks: structureLines(text) };
}
