/**
 * The brief as a PDF (pdf-lib): title, figures, the diagram drawn as vector shapes with its
 * legend, the sections with footnote numbers, and the numbered sources. Text uses the standard
 * Helvetica font (WinAnsi): characters it cannot encode are replaced, never dropped silently.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { BriefData, BriefItem } from './brief-data.js';
import { colourOf, layoutDiagram, legendOf, type DiagramKind } from './diagram.js';

const A4: [number, number] = [595.28, 841.89];
const M = 48;
const INK = rgb(0.106, 0.153, 0.2);
const GREY = rgb(0.42, 0.47, 0.52);

function hex(colour: string) {
  const n = parseInt(colour.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - M;
  }

  /** Text the font can encode: typographic look-alikes mapped, anything else as '?'. */
  safe(text: string): string {
    const mapped = text.replace(/[\u2212\u2010\u2011]/g, '-').replace(/\u00a0/g, ' ');
    return [...mapped].map((ch) => (this.encodable(ch) ? ch : '?')).join('');
  }

  private encodable(ch: string): boolean {
    try {
      this.font.encodeText(ch);
      return true;
    } catch {
      return false;
    }
  }

  ensure(height: number): void {
    if (this.y - height < M) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - M;
    }
  }

  paragraph(text: string, size = 10, font = this.font, colour = INK, indent = 0): void {
    const width = A4[0] - 2 * M - indent;
    for (const line of this.wrap(this.safe(text), size, font, width)) {
      this.ensure(size * 1.35);
      this.page.drawText(line, { x: M + indent, y: this.y - size, size, font, color: colour });
      this.y -= size * 1.35;
    }
  }

  private wrap(text: string, size: number, font: PDFFont, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
    return lines;
  }

  gap(points: number): void {
    this.y -= points;
  }
}

function drawShape(
  page: PDFPage,
  kind: DiagramKind,
  x: number,
  y: number,
  r: number,
  colour: string,
  focus = false,
): void {
  const color = hex(colour);
  const borderColor = focus ? rgb(0, 0, 0) : rgb(1, 1, 1);
  const path =
    kind === 'AGREEMENT'
      ? `M 0 ${-r} L ${r} 0 L 0 ${r} L ${-r} 0 Z`
      : kind === 'JOINT_CASE'
        ? `M 0 ${-r} L ${r} ${r * 0.8} L ${-r} ${r * 0.8} Z`
        : undefined;
  if (path) page.drawSvgPath(path, { x, y, color, borderColor, borderWidth: 1 });
  else if (kind === 'MEETING' || kind === 'COUNTRY')
    page.drawRectangle({
      x: x - r * 0.85,
      y: y - r * 0.85,
      width: r * 1.7,
      height: r * 1.7,
      color,
      borderColor,
      borderWidth: 1,
    });
  else page.drawCircle({ x, y, size: r, color, borderColor, borderWidth: 1 });
}

function drawDiagram(w: Writer, brief: BriefData): void {
  const box = { width: A4[0] - 2 * M, height: 280 };
  w.ensure(box.height + 60);
  const top = w.y;
  const placed = layoutDiagram(brief.diagram);
  const at = (id: string) => {
    const p = placed.positions.get(id)!;
    // PDF y grows upwards: flip so the picture matches the SVG.
    return { x: M + 30 + p.x * (box.width - 60), y: top - 20 - p.y * (box.height - 40) };
  };
  const maxWeight = Math.max(1, ...brief.diagram.edges.map((e) => e.weight));
  for (const e of brief.diagram.edges) {
    w.page.drawLine({
      start: at(e.source),
      end: at(e.target),
      thickness: 0.6 + (2.4 * e.weight) / maxWeight,
      color: rgb(0.6, 0.65, 0.69),
    });
  }
  for (const n of brief.diagram.nodes) {
    const { x, y } = at(n.id);
    drawShape(w.page, n.kind, x, y, n.focus ? 7 : 5, colourOf(n), n.focus);
    const label = w.safe(n.label);
    const size = 6.5;
    w.page.drawText(label, {
      x: x - w.font.widthOfTextAtSize(label, size) / 2,
      y: y - 13,
      size,
      font: w.font,
      color: INK,
    });
  }
  if (!brief.diagram.nodes.length)
    w.page.drawText('No ties recorded for this focus.', { x: M, y: top - 20, size: 10, font: w.font, color: GREY });
  w.y = top - box.height;
  // Legend of the kinds actually drawn.
  let x = M;
  for (const entry of legendOf(brief.diagram)) {
    const label = w.safe(entry.label);
    const width = 16 + w.font.widthOfTextAtSize(label, 8) + 14;
    if (x + width > A4[0] - M) {
      x = M;
      w.y -= 14;
    }
    drawShape(w.page, entry.kind, x + 5, w.y - 4, 4, entry.colour);
    w.page.drawText(label, { x: x + 13, y: w.y - 7, size: 8, font: w.font, color: INK });
    x += width;
  }
  w.y -= 22;
}

function section(w: Writer, title: string, items: BriefItem[], empty: string): void {
  w.ensure(40);
  w.gap(6);
  w.paragraph(title, 12, w.bold);
  w.gap(2);
  if (!items.length) w.paragraph(empty, 9, w.font, GREY);
  for (const item of items) {
    const refs = item.footnotes.length ? ` [${item.footnotes.join(', ')}]` : '';
    w.paragraph(`${item.title}${refs}`, 9.5, w.bold, INK, 6);
    w.paragraph(item.detail, 9, w.font, GREY, 12);
    w.gap(2);
  }
}

export async function briefPdf(brief: BriefData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(brief.title);
  doc.setSubject(brief.subtitle);
  doc.setCreator('Coordination Atlas');
  doc.setCreationDate(new Date(`${brief.generatedOn}T00:00:00Z`));
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  w.paragraph(brief.title, 18, w.bold);
  w.paragraph(brief.subtitle, 11, w.font, GREY);
  w.paragraph(
    `Generated ${brief.generatedOn} by Coordination Atlas from the documents listed under Sources.`,
    8,
    w.font,
    GREY,
  );
  w.gap(8);
  w.paragraph(brief.figures.map((f) => `${f.label}: ${f.value}`).join('   |   '), 10, w.bold);
  w.gap(8);
  drawDiagram(w, brief);
  section(w, 'Agreements', brief.agreements, 'No agreement recorded.');
  section(w, 'Recent meetings', brief.meetings, 'No meeting recorded.');
  section(w, 'Joint cases', brief.jointCases, 'No joint case you may see is recorded.');
  section(w, 'Gaps to raise', brief.gaps, 'No gap found in the data.');
  w.paragraph(
    'Gaps are what the source documents do not record; absence of evidence is not proof of absence of cooperation.',
    8,
    w.font,
    GREY,
  );
  w.gap(6);
  w.paragraph('Sources', 12, w.bold);
  for (const f of brief.footnotes) {
    w.paragraph(`[${f.n}] ${f.source}, ${f.locator}${f.quote ? ` - "${f.quote}"` : ''}`, 8, w.font, INK, 4);
  }
  return doc.save();
}
