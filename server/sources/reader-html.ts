/**
 * The evidence reader's page: the document's title, publisher and public address, the place cited
 * and the quote, then the document's text with the quoted passage highlighted and anchored
 * (#quote), so a citation opens the document at its evidence. No script: the anchor scrolls.
 */
import type { SourceRecord } from '../domain/records.js';
import { escapeXml } from '../briefing/render-svg.js';
import { findPassage } from './passage.js';

export interface Citing {
  locator: string | undefined;
  quote: string | undefined;
}

/**
 * `editableVersion` is set for editors: without text, the page offers a form to paste it (a plain
 * form post; the session cookie is SameSite=Strict, so another site cannot submit it).
 */
export function readerHtml(source: SourceRecord, citing: Citing, editableVersion?: number): string {
  const passage = source.text && citing.quote ? findPassage(source.text, citing.quote) : undefined;
  const body = !source.text
    ? `<p class="notice" id="quote">The text of this document is not loaded on this server, so it cannot be opened here${source.url ? '; the public copy is linked above' : ''}. The quoted passage is shown above.</p>`
    : passage
      ? `<pre class="document">${escapeXml(source.text.slice(0, passage.start))}<mark id="quote">${escapeXml(source.text.slice(passage.start, passage.end))}</mark>${escapeXml(source.text.slice(passage.end))}</pre>`
      : `${citing.quote ? '<p class="notice" id="quote">The quoted words were not found verbatim in the text (the citation may paraphrase it); search the text for the place cited.</p>' : ''}<pre class="document">${escapeXml(source.text)}</pre>`;
  const meta = [
    source.publisher,
    source.publishedOn ? `published ${source.publishedOn}` : undefined,
    `document ${source.documentId}`,
  ]
    .filter((p): p is string => !!p)
    .map(escapeXml)
    .join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(source.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  @font-face { font-family: Sarabun; src: url("/brief/fonts/sarabun-regular.ttf") format("truetype"); }
  body { font: 15px/1.5 Sarabun, Helvetica, Arial, sans-serif; color: #1b2733; max-width: 860px; margin: 20px auto; padding: 0 16px; }
  header { position: sticky; top: 0; background: #ffffff; border-bottom: 1px solid #d5dbe1; padding-bottom: 8px; }
  h1 { font-size: 20px; margin: 0 0 4px; } .meta { color: #5b6875; font-size: 13px; margin: 0; }
  .cited { margin: 8px 0 0; } blockquote { margin: 4px 0; padding-left: 10px; border-left: 3px solid #e3b22e; color: #33414e; }
  .document { white-space: pre-wrap; font: inherit; } mark { background: #fde68a; padding: 1px 0; scroll-margin-top: 180px; }
  .paste textarea { width: 100%; font: inherit; } .paste h2 { font-size: 16px; }
  .notice { background: #f4f6f9; border: 1px solid #d5dbe1; padding: 8px 10px; scroll-margin-top: 180px; }
</style></head><body>
<header><h1>${escapeXml(source.name)}</h1><p class="meta">${meta}${source.url ? ` · <a href="${escapeXml(source.url)}">public copy</a>` : ''}</p>
${citing.locator ? `<p class="cited">Cited at: <strong class="locator">${escapeXml(citing.locator)}</strong></p>` : ''}
${citing.quote ? `<blockquote class="quote">${escapeXml(citing.quote)}</blockquote>` : ''}</header>
<main>${body}${!source.text && editableVersion ? pasteForm(source, editableVersion) : ''}</main>
</body></html>`;
}

function pasteForm(source: SourceRecord, version: number): string {
  return `<form class="paste" method="post" action="/sources/${encodeURIComponent(source.id)}/text">
<h2>Add the document's text</h2>
<p>Paste the full text of <em>${escapeXml(source.name)}</em>; citations will then open it at their quotes.</p>
<textarea name="text" rows="14" required data-testid="source-text"></textarea>
<input type="hidden" name="expectedVersion" value="${version}">
<p><label>Why (for the history) <input name="comment" value="document text pasted"></label></p>
<button type="submit" data-testid="source-text-save">Save the text</button>
</form>`;
}
