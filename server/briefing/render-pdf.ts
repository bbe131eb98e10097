/**
 * The brief as a PDF (pdf-lib): page 1 holds the whole brief — title, status line, key figures,
 * the diagram with its legend and footnote markers, and at most three items a section — scaled to
 * fit one A4 page; the full lists and the numbered sources follow on titled annex pages. Text is
 * set in the embedded Sarabun (Thai and Latin), so Thai names print as typed and stay searchable.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { BriefData, BriefSection } from './brief-data.js';
import { fontBytes } from './fonts.js';
import { markerText, markerWidth, shapePath, type LegendEntry, type Picture, type Prim } from './picture.js';

const A4: [number, number] = [595.28, 841.89];
const M = 38;
const WIDTH = A4[0] - 2 * M;
const INK = hex('#1b2733');
const GREY = hex('#5b6875');
const RULE = hex('#cfd8e1');
const ABSENCE =
  'Gaps are what the source documents do not record: absence of evidence is not evidence of absence of cooperation.';

function hex(colour: string): RGB {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  const v = m ? parseInt(m[1]!, 16) : 0x777777;
  return rgb(((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** The characters the typeface has: anything else prints as '?', never silently dropped. */
  chars: Set<number>;
}

/**
 * Text width from cached per-character advances, read from a separate fontkit instance of the same
 * file: pdf-lib shapes the whole string on every width query (wrapping asks thousands of times:
 * seconds of blocked event loop per PDF), and asking the embedded font about single characters
 * would leave glyphs cached under the wrong text in its Unicode map. Kerning is ignored.
 */
const metrics = new WeakMap<PDFFont, { font: fontkit.Font; advances: Map<string, number> }>();
function measure(font: PDFFont, text: string, size: number): number {
  const m = metrics.get(font);
  if (!m) return font.widthOfTextAtSize(text, size);
  let width = 0;
  for (const ch of text) {
    let w = m.advances.get(ch);
    if (w === undefined) {
      w = (m.font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth * 1000) / m.font.unitsPerEm;
      m.advances.set(ch, w);
    }
    width += w;
  }
  return (width * size) / 1000;
}

function safe(fonts: Fonts, text: string): string {
  const mapped = text.replace(/[\u2212\u2010\u2011]/g, '-').replace(/[\u00a0\u2009\u202f]/g, ' ');
  return [...mapped].map((ch) => (fonts.chars.has(ch.codePointAt(0)!) ? ch : '?')).join('');
}

function wrap(fonts: Fonts, text: string, size: number, font: PDFFont, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const words = safe(fonts, text).split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (line && measure(font, next, size) > width) {
      lines.push(line);
      line = words[i]!;
      if (lines.length === maxLines) {
        lines[maxLines - 1] = ellipsize(`${lines[maxLines - 1]} ${words.slice(i).join(' ')}`, size, font, width);
        return lines;
      }
    } else line = next;
  }
  if (line) lines.push(measure(font, line, size) > width ? ellipsize(line, size, font, width) : line);
  return lines;
}

function ellipsize(text: string, size: number, font: PDFFont, width: number): string {
  let chars = [...text];
  while (chars.length > 1 && measure(font, `${chars.join('')}…`, size) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/** Draws a picture's primitives with its top-left corner at (x, top), scaled by s. */
function drawPicture(page: PDFPage, fonts: Fonts, picture: Picture, x: number, top: number, s: number): void {
  const X = (v: number) => x + v * s;
  const Y = (v: number) => top - v * s;
  const draw = (p: Prim) => {
    switch (p.t) {
      case 'rect':
        page.drawRectangle({
          x: X(p.x),
          y: Y(p.y + p.h),
          width: p.w * s,
          height: p.h * s,
          color: hex(p.fill),
          borderColor: p.stroke ? hex(p.stroke) : undefined,
          borderWidth: p.stroke ? 0.6 : 0,
          borderDashArray: p.dash ? [3, 2] : undefined,
        });
        return;
      case 'line':
        page.drawLine({
          start: { x: X(p.x1), y: Y(p.y1) },
          end: { x: X(p.x2), y: Y(p.y2) },
          thickness: p.width * s,
          color: hex(p.stroke),
          dashArray: p.dash ? [3, 2] : undefined,
        });
        return;
      case 'text': {
        const font = p.bold ? fonts.bold : fonts.regular;
        const text = safe(fonts, p.text);
        const size = p.size * s;
        const w = measure(font, text, size);
        const dx = p.anchor === 'middle' ? -w / 2 : p.anchor === 'end' ? -w : 0;
        page.drawText(text, { x: X(p.x) + dx, y: Y(p.y), size, font, color: hex(p.fill) });
        return;
      }
      case 'shape':
        page.drawSvgPath(shapePath(p.shape, p.x, p.y, p.w, p.h), {
          x,
          y: top,
          scale: s,
          color: hex(p.fill),
          borderColor: hex(p.stroke),
          borderWidth: 0.8,
        });
        return;
      case 'marker': {
        const w = markerWidth(p.refs);
        page.drawRectangle({
          x: X(p.x - w / 2),
          y: Y(p.y + 7),
          width: w * s,
          height: 14 * s,
          color: rgb(1, 1, 1),
          borderColor: INK,
          borderWidth: 0.5,
        });
        const text = markerText(p.refs);
        const size = 7.5 * s;
        page.drawText(text, {
          x: X(p.x) - measure(fonts.regular, text, size) / 2,
          y: Y(p.y + 2.6),
          size,
          font: fonts.regular,
          color: INK,
        });
      }
    }
  };
  picture.prims.forEach(draw);
}

const LEGEND_ROW = 11;
const LEGEND_COL = 128;

function legendHeight(legend: LegendEntry[]): number {
  return legend.length ? Math.ceil(legend.length / Math.floor(WIDTH / LEGEND_COL)) * LEGEND_ROW + 4 : 0;
}

function drawLegend(page: PDFPage, fonts: Fonts, legend: LegendEntry[], top: number): void {
  const perRow = Math.floor(WIDTH / LEGEND_COL);
  legend.forEach((e, i) => {
    const x = M + (i % perRow) * LEGEND_COL;
    const y = top - Math.floor(i / perRow) * LEGEND_ROW - 8;
    if (e.kind === 'shape')
      page.drawSvgPath(shapePath(e.shape, 4, 0, 7, 7), {
        x,
        y: y + 2.5,
        color: hex(e.fill),
        borderColor: hex(e.stroke),
        borderWidth: 0.6,
      });
    else
      page.drawLine({
        start: { x, y: y + 2.5 },
        end: { x: x + 10, y: y + 2.5 },
        thickness: 1.5,
        color: hex(e.colour),
        dashArray: e.dash ? [2, 1.5] : undefined,
      });
    page.drawText(safe(fonts, e.label), { x: x + 13, y, size: 7, font: fonts.regular, color: GREY });
  });
}

interface Block {
  height: number;
  draw: (page: PDFPage, x: number, top: number) => void;
}

/** A page-1 section in a column: title, items (title and detail on one line each), and where the rest is. */
function sectionBlock(fonts: Fonts, section: BriefSection, width: number): Block {
  const rows: { text: string; size: number; font: PDFFont; colour: RGB; gapBefore: number }[] = [];
  rows.push({ text: section.title, size: 9.5, font: fonts.bold, colour: INK, gapBefore: 0 });
  if (!section.items.length)
    rows.push({ text: section.empty, size: 7.5, font: fonts.regular, colour: GREY, gapBefore: 1 });
  for (const item of section.items) {
    const refs = item.footnotes.length ? ` [${item.footnotes.join(',')}]` : '';
    for (const [k, line] of wrap(fonts, `${item.title}${refs}`, 7.8, fonts.bold, width, 2).entries())
      rows.push({ text: line, size: 7.8, font: fonts.bold, colour: INK, gapBefore: k === 0 ? 2.5 : 0 });
    if (item.detail)
      for (const line of wrap(fonts, item.detail, 7.3, fonts.regular, width, 2))
        rows.push({ text: line, size: 7.3, font: fonts.regular, colour: GREY, gapBefore: 0 });
  }
  if (section.more)
    rows.push({ text: `${section.more}.`, size: 7.3, font: fonts.regular, colour: GREY, gapBefore: 1.5 });
  const height = rows.reduce((h, r) => h + r.gapBefore + r.size * 1.3, 0) + 8;
  return {
    height,
    draw: (page, x, top) => {
      let y = top;
      for (const r of rows) {
        y -= r.gapBefore + r.size * 1.3;
        page.drawText(r.text, { x, y: y + r.size * 0.3, size: r.size, font: r.font, color: r.colour });
      }
    },
  };
}

// Parsed once per process: the same file always has the same advances.
const metricsFonts = new Map<string, fontkit.Font>();
const advanceCaches = new Map<string, Map<string, number>>();
function metricsFont(weight: string, bytes: Uint8Array): fontkit.Font {
  let font = metricsFonts.get(weight);
  if (!font) metricsFonts.set(weight, (font = fontkit.create(bytes)));
  return font;
}
function advanceCache(weight: string): Map<string, number> {
  let cache = advanceCaches.get(weight);
  if (!cache) advanceCaches.set(weight, (cache = new Map()));
  return cache;
}

async function loadFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = [await fontBytes('regular'), await fontBytes('bold')];
  const regular = await doc.embedFont(regularBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  metrics.set(regular, { font: metricsFont('regular', regularBytes), advances: advanceCache('regular') });
  metrics.set(bold, { font: metricsFont('bold', boldBytes), advances: advanceCache('bold') });
  return { regular, bold, chars: new Set(regular.getCharacterSet()) };
}

function drawPageOne(doc: PDFDocument, fonts: Fonts, brief: BriefData): void {
  const page = doc.addPage(A4);
  let y = A4[1] - M;
  const line = (text: string, size: number, font: PDFFont, colour: RGB, maxLines: number) => {
    for (const l of wrap(fonts, text, size, font, WIDTH, maxLines)) {
      y -= size * 1.25;
      page.drawText(l, { x: M, y: y + size * 0.25, size, font, color: colour });
    }
  };
  line(brief.title, 16, fonts.bold, INK, 2);
  y -= 2;
  line(brief.statusLine, 9, fonts.regular, INK, 2);
  line(
    `Generated ${brief.generatedOn} by Coordination Atlas. Full lists and the sources cited [n] are on the annex pages.`,
    7,
    fonts.regular,
    GREY,
    1,
  );
  y -= 6;

  // Key figures, in a row of boxes.
  const boxW = WIDTH / Math.max(1, brief.figures.length);
  brief.figures.forEach((f, i) => {
    const x = M + i * boxW;
    page.drawRectangle({ x: x + 1, y: y - 30, width: boxW - 4, height: 30, borderColor: RULE, borderWidth: 0.6 });
    page.drawText(wrap(fonts, f.label, 7, fonts.regular, boxW - 12, 1)[0] ?? '', {
      x: x + 6,
      y: y - 10,
      size: 7,
      font: fonts.regular,
      color: GREY,
    });
    page.drawText(wrap(fonts, f.value, 11, fonts.bold, boxW - 12, 1)[0] ?? '', {
      x: x + 6,
      y: y - 25,
      size: 11,
      font: fonts.bold,
      color: INK,
    });
  });
  y -= 38;

  // Sections in two columns under the diagram; the diagram takes what height is left.
  const colW = (WIDTH - 16) / 2;
  const blocks = brief.sections.map((s) => sectionBlock(fonts, s, colW));
  const columns: Block[][] = [[], []];
  const heights = [0, 0];
  for (const b of blocks) {
    const c = heights[0]! <= heights[1]! ? 0 : 1;
    columns[c]!.push(b);
    heights[c]! += b.height;
  }
  const sectionsH = Math.max(...heights);
  const footerH = 20;
  const captionH = 20;
  const legendH = legendHeight(brief.picture.legend);
  const available = y - M - sectionsH - footerH - captionH - legendH - 10;
  const scale = Math.max(0.2, Math.min(WIDTH / brief.picture.width, available / brief.picture.height));
  const picW = brief.picture.width * scale;
  drawPicture(page, fonts, brief.picture, M + (WIDTH - picW) / 2, y, scale);
  y -= brief.picture.height * scale + 4;
  drawLegend(page, fonts, brief.picture.legend, y);
  y -= legendH;
  line(brief.picture.caption, 7, fonts.regular, GREY, 2);
  y -= 8;
  page.drawLine({ start: { x: M, y }, end: { x: M + WIDTH, y }, thickness: 0.5, color: RULE });
  y -= 4;
  columns.forEach((col, c) => {
    let top = y;
    for (const b of col) {
      b.draw(page, M + c * (colW + 16), top);
      top -= b.height;
    }
  });
  page.drawText(safe(fonts, ABSENCE), { x: M, y: M - 4, size: 6.5, font: fonts.regular, color: GREY });
  page.drawText('Page 1 of the brief; annexes follow.', {
    x: M + WIDTH - measure(fonts.regular, 'Page 1 of the brief; annexes follow.', 6.5),
    y: M - 14,
    size: 6.5,
    font: fonts.regular,
    color: GREY,
  });
}

/** Annex pages: flowing text, a new page whenever one fills. */
class Flow {
  page!: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - M;
  }

  para(text: string, size: number, font: PDFFont, colour: RGB, indent = 0, keepWith = 0): void {
    const lines = wrap(this.fonts, text, size, font, WIDTH - indent);
    if (this.y - (lines.length + keepWith) * size * 1.3 < M) this.newPage();
    for (const l of lines) {
      if (this.y - size * 1.3 < M) this.newPage();
      this.y -= size * 1.3;
      this.page.drawText(l, { x: M + indent, y: this.y + size * 0.3, size, font, color: colour });
    }
  }
}

export async function briefPdf(brief: BriefData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(brief.title);
  doc.setSubject(brief.statusLine);
  doc.setCreator('Coordination Atlas');
  doc.setCreationDate(new Date(`${brief.generatedOn}T00:00:00Z`));
  const fonts = await loadFonts(doc);
  drawPageOne(doc, fonts, brief);

  const flow = new Flow(doc, fonts);
  flow.para(`Annexes to: ${brief.title}`, 12, fonts.bold, INK);
  for (const annex of brief.annexes) {
    flow.y -= 8;
    flow.para(annex.title, 11, fonts.bold, INK, 0, 2);
    if (!annex.items.length) flow.para(annex.empty, 8, fonts.regular, GREY);
    for (const item of annex.items) {
      flow.y -= 3;
      const refs = item.footnotes.length ? ` [${item.footnotes.join(',')}]` : '';
      flow.para(`${item.title}${refs}`, 8.5, fonts.bold, INK, 0, 1);
      if (item.detail) flow.para(item.detail, 8, fonts.regular, GREY, 8);
    }
    if (annex.more) {
      flow.y -= 3;
      flow.para(`${annex.more}.`, 8, fonts.regular, GREY);
    }
  }
  flow.y -= 10;
  flow.para('Sources', 11, fonts.bold, INK, 0, 2);
  if (!brief.footnotes.length) flow.para('No source is cited.', 8, fonts.regular, GREY);
  for (const f of brief.footnotes) {
    flow.y -= 2;
    const parts = [f.source, f.publisher, f.locator].filter(Boolean).join('. ');
    flow.para(
      `[${f.n}] ${parts}.${f.quote ? ` “${f.quote}”` : ''}${f.url ? ` ${f.url}` : ''}`,
      7.8,
      fonts.regular,
      INK,
    );
  }
  return doc.save();
}
