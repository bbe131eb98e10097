/** The brief as a printable HTML page (print styles: A4, no screen chrome), every claim footnoted. */
import type { BriefData, BriefItem } from './brief-data.js';
import { diagramSvg, escapeXml } from './render-svg.js';

const refs = (notes: number[]) =>
  notes.length ? ` <sup>${notes.map((n) => `<a href="#fn-${n}">${n}</a>`).join(',')}</sup>` : '';

function section(title: string, items: BriefItem[], empty: string): string {
  const body = items.length
    ? `<ul>${items.map((i) => `<li><strong>${escapeXml(i.title)}</strong>${refs(i.footnotes)}<br><span>${escapeXml(i.detail)}</span></li>`).join('')}</ul>`
    : `<p class="empty">${escapeXml(empty)}</p>`;
  return `<section><h2>${escapeXml(title)}</h2>${body}</section>`;
}

export function briefHtml(brief: BriefData, pdfHref?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(brief.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 13px/1.45 Helvetica, Arial, sans-serif; color: #1b2733; max-width: 820px; margin: 24px auto; padding: 0 16px; }
  h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 15px; border-bottom: 1px solid #d5dbe1; padding-bottom: 3px; margin-top: 22px; }
  .subtitle { color: #4a5866; margin: 0 0 2px; } .meta { color: #6b7785; font-size: 11px; }
  .figures { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; padding: 0; list-style: none; }
  .figures li { border: 1px solid #d5dbe1; border-radius: 4px; padding: 6px 10px; min-width: 90px; }
  .figures b { display: block; font-size: 17px; } ul { padding-left: 18px; } li { margin-bottom: 6px; } li span { color: #4a5866; }
  .empty { color: #6b7785; font-style: italic; } .caveat { font-size: 11px; color: #6b7785; }
  ol.sources { font-size: 11px; color: #33414e; } ol.sources q { color: #6b7785; }
  .actions { margin: 8px 0; } .actions a { margin-right: 12px; }
  @media print { .actions { display: none; } body { margin: 0; max-width: none; } @page { size: A4; margin: 16mm; } section { break-inside: avoid; } }
</style></head><body>
<header><h1>${escapeXml(brief.title)}</h1><p class="subtitle">${escapeXml(brief.subtitle)}</p>
<p class="meta">Generated ${brief.generatedOn} by Coordination Atlas from the documents listed under Sources.</p>
${pdfHref ? `<p class="actions"><a href="${escapeXml(pdfHref)}">Download PDF</a><span>Print with your browser (Ctrl+P) for an A4 page.</span></p>` : ''}</header>
<ul class="figures">${brief.figures.map((f) => `<li>${escapeXml(f.label)}<b>${escapeXml(f.value)}</b></li>`).join('')}</ul>
<figure>${diagramSvg(brief.diagram, brief.title)}<figcaption class="caveat">Lines: organisations sharing an agreement, meeting or case; thicker lines, stronger ties. Hover a line for its sources.</figcaption></figure>
${section('Agreements', brief.agreements, 'No agreement recorded.')}
${section('Recent meetings', brief.meetings, 'No meeting recorded.')}
${section('Joint cases', brief.jointCases, 'No joint case you may see is recorded.')}
${section('Gaps to raise', brief.gaps, 'No gap found in the data.')}
<p class="caveat">Gaps are what the source documents do not record; absence of evidence is not proof of absence of cooperation.</p>
<section><h2>Sources</h2><ol class="sources">${brief.footnotes
    .map(
      (f) =>
        `<li id="fn-${f.n}">${escapeXml(f.source)}, ${escapeXml(f.locator)}${f.quote ? ` — <q>${escapeXml(f.quote)}</q>` : ''}</li>`,
    )
    .join('')}</ol></section>
</body></html>`;
}
