/**
 * The brief as a printable HTML page: page 1 (title, status, figures, diagram, short sections)
 * fits one A4 sheet in print; the annexes start on new pages. Every citation links to the
 * evidence reader, which opens the document at the quoted passage.
 */
import type { BriefData, BriefItem, BriefSection } from './brief-data.js';
import { readerHref } from './footnotes.js';
import { pictureSvg, escapeXml } from './render-svg.js';

export const FONT_ROUTE = '/brief/fonts';

const refs = (notes: number[]) =>
  notes.length ? ` <sup>${notes.map((n) => `<a href="#fn-${n}">${n}</a>`).join(',')}</sup>` : '';

function item(i: BriefItem): string {
  return `<li><strong>${escapeXml(i.title)}</strong>${refs(i.footnotes)}${i.detail ? `<br><span>${escapeXml(i.detail)}</span>` : ''}</li>`;
}

function section(s: BriefSection, cls: string): string {
  const body = s.items.length ? `<ul>${s.items.map(item).join('')}</ul>` : `<p class="empty">${escapeXml(s.empty)}</p>`;
  const more = s.more ? `<p class="more">${escapeXml(s.more)}.</p>` : '';
  return `<section class="${cls}"><h2>${escapeXml(s.title)}</h2>${body}${more}</section>`;
}

export function briefHtml(brief: BriefData, pdfHref?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(brief.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  @font-face { font-family: Sarabun; font-weight: 400; src: url("${FONT_ROUTE}/sarabun-regular.ttf") format("truetype"); }
  @font-face { font-family: Sarabun; font-weight: 700; src: url("${FONT_ROUTE}/sarabun-bold.ttf") format("truetype"); }
  body { font: 13px/1.4 Sarabun, Helvetica, Arial, sans-serif; color: #1b2733; max-width: 840px; margin: 20px auto; padding: 0 16px; }
  h1 { font-size: 22px; margin: 0 0 2px; } h2 { font-size: 14px; border-bottom: 1px solid #d5dbe1; padding-bottom: 2px; margin: 10px 0 4px; }
  .status { margin: 0 0 2px; } .meta { color: #6b7785; font-size: 11px; margin: 0; }
  .figures { display: flex; gap: 8px; margin: 10px 0; padding: 0; list-style: none; }
  .figures li { border: 1px solid #d5dbe1; border-radius: 4px; padding: 4px 10px; flex: 1; font-size: 11px; color: #5b6875; }
  .figures b { display: block; font-size: 17px; color: #1b2733; }
  figure { margin: 0; } figure svg { width: 100%; height: auto; } figcaption { font-size: 11px; color: #5b6875; }
  .columns { columns: 2; column-gap: 20px; } .columns section { break-inside: avoid; }
  ul { padding-left: 16px; margin: 0; } li { margin-bottom: 4px; } li span { color: #5b6875; font-size: 12px; }
  .empty, .more { color: #6b7785; font-size: 12px; margin: 2px 0; } .caveat { font-size: 11px; color: #6b7785; }
  .annexes h2 { font-size: 15px; } ol.sources { font-size: 12px; color: #33414e; } ol.sources q { color: #5b6875; }
  .actions { margin: 6px 0; } .actions a { margin-right: 12px; }
  @media print {
    .actions { display: none; } body { margin: 0; max-width: none; font-size: 10px; line-height: 1.3; }
    /* Page 1 is one sheet: the diagram gives up height before the sections do. */
    h1 { font-size: 18px; } h2 { font-size: 11.5px; margin: 6px 0 2px; } .figures { margin: 6px 0; }
    .figures li { padding: 2px 8px; font-size: 9px; } .figures b { font-size: 13px; }
    figure svg { max-height: 112mm; width: auto; max-width: 100%; display: block; margin: 0 auto; }
    figcaption, .caveat, .meta { font-size: 8.5px; } li { margin-bottom: 2px; } li span, .empty, .more { font-size: 9px; }
    @page { size: A4; margin: 12mm; }
    .page-one { break-after: page; } .annexes section { break-inside: avoid-page; }
  }
</style></head><body>
<main class="page-one">
<header><h1>${escapeXml(brief.title)}</h1><p class="status">${escapeXml(brief.statusLine)}</p>
<p class="meta">Generated ${brief.generatedOn} by Coordination Atlas. Full lists and the sources are in the annexes.</p>
${pdfHref ? `<p class="actions"><a href="${escapeXml(pdfHref)}">Download PDF</a><span>Or print this page (Ctrl+P) for A4.</span></p>` : ''}</header>
<ul class="figures">${brief.figures.map((f) => `<li>${escapeXml(f.label)}<b>${escapeXml(f.value)}</b></li>`).join('')}</ul>
<figure>${pictureSvg(brief.picture, brief.title)}<figcaption>${escapeXml(brief.picture.caption)}</figcaption></figure>
<div class="columns">${brief.sections.map((s) => section(s, 'summary')).join('')}</div>
<p class="caveat">Gaps are what the source documents do not record: absence of evidence is not evidence of absence of cooperation.</p>
</main>
<div class="annexes">
${brief.annexes.map((s) => section(s, 'annex')).join('\n')}
<section class="annex"><h2>Sources</h2><ol class="sources">${brief.footnotes
    .map((f) => {
      const what = [f.source, f.publisher, f.locator]
        .filter((p): p is string => !!p)
        .map(escapeXml)
        .join('. ');
      const url = f.url ? ` <a href="${escapeXml(f.url)}">${escapeXml(f.url)}</a>` : '';
      return `<li id="fn-${f.n}" value="${f.n}">${what}.${f.quote ? ` <q>${escapeXml(f.quote)}</q>` : ''} <a class="open-source" href="${escapeXml(readerHref(f))}">Open the document at this passage</a>${url}</li>`;
    })
    .join('')}</ol></section>
</div>
</body></html>`;
}
