/**
 * HTML: the text of each block element (headings, paragraphs, list items, table rows) on a line
 * of its own, with htmlparser2; scripts and styles are dropped. The text so obtained is what the
 * Source keeps and what quotes are taken from.
 */
import { Parser } from 'htmlparser2';
import type { StructuredDocument } from '../document.js';
import { structureLines } from '../structure.js';

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'caption',
  'table',
  'ul',
  'ol',
  'title',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);
const CELL = new Set(['td', 'th']);

export function htmlToText(html: string): { text: string; title: string | undefined } {
  const lines: string[] = [];
  let line = '';
  let skipping = 0;
  let inTitle = false;
  let title = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIP.has(name)) skipping += 1;
        else if (BLOCK.has(name)) flush();
        else if (CELL.has(name)) line += '\t';
      },
      ontext(data) {
        if (inTitle) title += data;
        if (!skipping) line += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { text: lines.join('\n\n'), title: title.trim() || undefined };
}

export function readHtml(html: string, title: string): StructuredDocument {
  const { text, title: own } = htmlToText(html);
  return { title: own ?? title, format: 'HTML', text, blocks: structureLines(text) };
}
