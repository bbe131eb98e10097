/**
 * The PDF export (pdf-lib, loaded only when asked for): A4 landscape, the title, the subtitle,
 * the picture of the current view with a numbered marker on every tie, the legend drawn as vector
 * shapes, the date, and the numbered sources as real text, continued under "Sources (continued)"
 * on further pages when they do not fit. Text is set in the embedded Sarabun (Thai and Latin);
 * a character it lacks shows as '?', never dropped silently.
 */
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import type { ExportMeta, LegendSwatch } from '../graph/export-meta.js';
import { graphSvg, shapePath, type Scene } from '../graph/export-svg.js';
import { base64, canvasPng, exportFonts, rasterise } from './fonts.js';

const PAGE: [number, number] = [841.89, 595.28];
const M = 36;
const LEGEND_W = 200;

export async function composePdf(scene: Scene, meta: ExportMeta): Promise<Uint8Array> {
  const [{ PDFDocument, rgb, LineCapStyle }, { default: fontkit }, files] = await Promise.all([
    import('pdf-lib'),
    import('@pdf-lib/fontkit'),
    exportFonts(),
  ]);
  const picture = graphSvg(scene, { regular: base64(files.regular), bold: base64(files.bold) });
  const graphPng = new Uint8Array(
    await (await canvasPng(await rasterise(picture.svg, picture.width, picture.height, 2))).arrayBuffer(),
  );
  const hex = (colour: string): RGB => {
    const m = /^#([0-9a-f]{6})$/i.exec(colour);
    const v = m ? parseInt(m[1]!, 16) : 0x555555;
    return rgb(((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
  };
  const INK = hex('#1b2733');
  const GREY = hex('#4a5866');

  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setSubject(meta.subtitle);
  doc.setCreator('Coordination Atlas');
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(files.regular, { subset: true });
  const bold = await doc.embedFont(files.bold, { subset: true });
  const chars = new Set(font.getCharacterSet());
  const encodable = (ch: string) => chars.has(ch.codePointAt(0)!);
  const safe = (text: string) =>
    [...text.replace(/[\u2212\u2010\u2011]/g, '-').replace(/\u00a0/g, ' ')]
      .map((c) => (encodable(c) ? c : '?'))
      .join('');
  const wrap = (text: string, size: number, f: PDFFont, width: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of safe(text).split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && f.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };

  let page: PDFPage = doc.addPage(PAGE);
  let y = PAGE[1] - M;
  /** Set once the sources begin: every further page starts with "Sources (continued)". */
  let continuing: string | null = null;
  const newPage = () => {
    page = doc.addPage(PAGE);
    y = PAGE[1] - M;
    if (continuing) {
      page.drawText(continuing, { x: M, y: y - 11, size: 11, font: bold, color: INK });
      y -= 11 * 1.35 + 4;
    }
  };
  const para = (text: string, size: number, f: PDFFont, colour: RGB, x = M, width = PAGE[0] - 2 * M) => {
    for (const line of wrap(text, size, f, width)) {
      if (y - size * 1.35 < M) newPage();
      page.drawText(line, { x, y: y - size, size, font: f, color: colour });
      y -= size * 1.35;
    }
  };

  para(meta.title, 18, bold, INK);
  y -= 2;
  para(meta.subtitle, 10, font, GREY);
  y -= 8;

  // The picture on the left, the legend on the right.
  const image = await doc.embedPng(graphPng);
  const boxW = PAGE[0] - 2 * M - LEGEND_W - 16;
  const boxH = Math.min(y - M - 60, PAGE[1] * 0.62);
  const fit = Math.min(boxW / image.width, boxH / image.height, 1);
  const [iw, ih] = [image.width * fit, image.height * fit];
  const top = y;
  page.drawRectangle({ x: M, y: top - boxH, width: boxW, height: boxH, borderColor: hex('#e2e8f0'), borderWidth: 0.8 });
  page.drawImage(image, { x: M + (boxW - iw) / 2, y: top - boxH + (boxH - ih) / 2, width: iw, height: ih });

  const lx = PAGE[0] - M - LEGEND_W;
  let ly = top;
  const legendLine = (text: string, size: number, f: PDFFont, colour: RGB, indent = 0) => {
    for (const line of wrap(text, size, f, LEGEND_W - indent)) {
      page.drawText(line, { x: lx + indent, y: ly - size, size, font: f, color: colour });
      ly -= size * 1.4;
    }
  };
  const swatch = (s: LegendSwatch, x: number, yMid: number) => {
    if (s.type === 'node') {
      page.drawSvgPath(shapePath(s.shape, 7, 0, 11, 11), {
        x,
        y: yMid,
        color: hex(s.fill),
        borderColor: hex(s.stroke),
        borderWidth: 0.9,
        borderDashArray: s.undated ? [2.5, 1.5] : undefined,
      });
      return;
    }
    page.drawLine({
      start: { x, y: yMid },
      end: { x: x + 18, y: yMid },
      thickness: Math.min(2.5, s.width),
      color: hex(s.colour),
      dashArray: s.line === 'dashed' ? [4, 2.5] : s.line === 'dotted' ? [1, 2] : undefined,
      lineCap: LineCapStyle.Round,
    });
  };
  legendLine('Legend', 11, bold, INK);
  for (const g of meta.legend) {
    ly -= 4;
    legendLine(g.heading, 8.5, bold, GREY);
    for (const e of g.entries) {
      if (ly < M + 12) break;
      swatch(e.swatch, lx, ly - 3.5);
      legendLine(e.label, 8.5, font, INK, 24);
    }
  }
  y = Math.min(top - boxH, ly) - 12;

  para(`${meta.date} · Coordination Atlas`, 9, font, GREY);
  y -= 8;
  if (y - 40 < M) newPage();
  para('Sources', 11, bold, INK);
  continuing = 'Sources (continued)';
  if (!meta.footnotes.length) para('No sources are recorded for the ties drawn.', 9, font, GREY);
  for (const f of meta.footnotes) {
    if (y - 12 < M) newPage();
    page.drawText(`[${f.n}]`, { x: M, y: y - 9, size: 9, font, color: INK });
    para(f.text, 9, font, INK, M + 24, PAGE[0] - 2 * M - 24);
    y -= 1.5;
  }
  return doc.save();
}
