/** A brief's picture as SVG: vector shapes, text kept as text, the legend of the kinds drawn. */
import { FONT_STACK } from '../look/look.js';
import { GREY, INK, markerText, markerWidth, shapePath, type LegendEntry, type Picture, type Prim } from './picture.js';

export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
  );
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function attrs(p: Prim): string {
  const data = Object.entries(p.data ?? {})
    .map(([k, v]) => ` data-${k}="${escapeXml(v)}"`)
    .join('');
  return `${p.cls ? ` class="${p.cls}"` : ''}${data}`;
}

function primSvg(p: Prim): string {
  switch (p.t) {
    case 'rect':
      return `<rect${attrs(p)} x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"${p.rx ? ` rx="${p.rx}"` : ''} fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}"` : ''}${p.dash ? ' stroke-dasharray="5 3"' : ''}/>`;
    case 'line':
      return `<line${attrs(p)} x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}" stroke="${p.stroke}" stroke-width="${p.width}"${p.dash ? ' stroke-dasharray="5 3"' : ''}/>`;
    case 'text':
      return `<text${attrs(p)} x="${n(p.x)}" y="${n(p.y)}" font-size="${p.size}" text-anchor="${p.anchor}"${p.bold ? ' font-weight="700"' : ''}${p.italic ? ' font-style="italic"' : ''} fill="${p.fill}">${escapeXml(p.text)}</text>`;
    case 'shape':
      return `<path${attrs(p)} d="${shapePath(p.shape, p.x, p.y, p.w, p.h)}" fill="${p.fill}" stroke="${p.stroke}" stroke-width="1.2"/>`;
    case 'marker': {
      const w = markerWidth(p.refs);
      return `<g${attrs(p)}><rect x="${n(p.x - w / 2)}" y="${n(p.y - 7)}" width="${n(w)}" height="14" rx="7" fill="#ffffff" stroke="${INK}" stroke-width="0.8"/><text x="${n(p.x)}" y="${n(p.y + 2.6)}" font-size="7.5" text-anchor="middle" fill="${INK}">${markerText(p.refs)}</text></g>`;
    }
  }
}

function legendSvg(legend: LegendEntry[], top: number, width: number): { markup: string; height: number } {
  const colW = 190;
  const perRow = Math.max(1, Math.floor(width / colW));
  const items = legend.map((e, i) => {
    const x = (i % perRow) * colW;
    const y = top + 12 + Math.floor(i / perRow) * 16;
    const swatch =
      e.kind === 'shape'
        ? `<path d="${shapePath(e.shape, x + 6, y - 3.5, 10, 10)}" fill="${e.fill}" stroke="${e.stroke}" stroke-width="1"/>`
        : `<line x1="${x}" y1="${y - 3.5}" x2="${x + 14}" y2="${y - 3.5}" stroke="${e.colour}" stroke-width="2"${e.dash ? ' stroke-dasharray="4 2"' : ''}/>`;
    return `<g class="legend-entry">${swatch}<text x="${x + 19}" y="${y}" font-size="9" fill="${GREY}">${escapeXml(e.label)}</text></g>`;
  });
  return {
    markup: `<g class="legend">${items.join('')}</g>`,
    height: legend.length ? Math.ceil(legend.length / perRow) * 16 + 8 : 0,
  };
}

/**
 * The picture as a standalone SVG document. `fontHref` points at the embedded typeface's file
 * (served by the app) so Thai names render in Sarabun wherever the SVG is opened from the server.
 */
export function pictureSvg(picture: Picture, title: string, fontHref?: string): string {
  const legend = legendSvg(picture.legend, picture.height + 4, picture.width);
  const height = Math.ceil(picture.height + 4 + legend.height);
  const style = fontHref
    ? `<style>@font-face { font-family: Sarabun; src: url("${escapeXml(fontHref)}") format("truetype"); }</style>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${picture.width} ${height}" width="${picture.width}" height="${height}" font-family="${escapeXml(FONT_STACK)}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>${style}<rect width="100%" height="100%" fill="#ffffff"/>${picture.prims.map(primSvg).join('')}${legend.markup}</svg>`
  );
}
