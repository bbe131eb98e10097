/**
 * The PNG export: Cytoscape's own picture of the whole graph at the chosen scale, composed on a
 * canvas under a header (title, subtitle) and above the legend, the date and the numbered sources.
 */
import type { ExportMeta, LegendSwatch } from '../graph/export-meta.js';
import { shapePath } from '../graph/export-svg.js';

const FONT = 'Inter, "Segoe UI", Roboto, "Noto Sans Thai", Arial, sans-serif';
const INK = '#1b2733';
const GREY = '#4a5866';

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function swatch(ctx: CanvasRenderingContext2D, s: LegendSwatch, x: number, y: number): void {
  if (s.type === 'node') {
    const path = new Path2D(shapePath(s.shape, x + 8, y, 14, 14));
    ctx.fillStyle = s.fill;
    ctx.fill(path);
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = 1.2;
    ctx.stroke(path);
    return;
  }
  ctx.strokeStyle = s.colour;
  ctx.lineWidth = s.width;
  ctx.lineCap = 'round';
  ctx.setLineDash(s.line === 'dashed' ? [5, 3] : s.line === 'dotted' ? [1.5, 2.5] : []);
  ctx.beginPath();
  ctx.moveTo(x + 1, y);
  ctx.lineTo(s.arrow ? x + 19 : x + 25, y);
  ctx.stroke();
  ctx.setLineDash([]);
  if (s.arrow) {
    ctx.fillStyle = s.colour;
    ctx.fill(new Path2D(`M${x + 18} ${y - 4}l7 4-7 4z`));
  }
}

/**
 * Draws the document in CSS pixels times `scale`; run twice: once to measure (ctx null), once to draw.
 * Returns the height used.
 */
function layout(
  ctx: CanvasRenderingContext2D,
  graph: ImageBitmap,
  meta: ExportMeta,
  scale: number,
  width: number,
  draw: boolean,
): number {
  const pad = 28;
  const textW = width / scale - 2 * pad;
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  let y = pad;
  const text = (t: string, x: number, size: number, colour: string, weight = 400) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    if (draw) {
      ctx.fillStyle = colour;
      ctx.fillText(t, x, y);
    }
  };
  const para = (t: string, size: number, colour: string, weight = 400, indent = 0, lineH = size * 1.45) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    for (const line of wrap(ctx, t, textW - indent)) {
      y += lineH;
      text(line, pad + indent, size, colour, weight);
    }
  };
  para(meta.title, 22, INK, 700);
  para(meta.subtitle, 12, GREY);
  y += 14;
  const gw = graph.width / scale;
  const gh = graph.height / scale;
  if (draw) {
    ctx.strokeStyle = '#e2e8f0';
    ctx.lineWidth = 1;
    ctx.strokeRect((width / scale - gw) / 2, y, gw, gh);
    ctx.drawImage(graph, (width / scale - gw) / 2, y, gw, gh);
  }
  y += gh + 26;
  text('Legend', pad, 13, INK, 700);
  const colW = 230;
  const perRow = Math.max(1, Math.floor(textW / colW));
  for (const g of meta.legend) {
    y += 22;
    text(g.heading, pad, 11, GREY, 600);
    g.entries.forEach((e, i) => {
      const x = pad + (i % perRow) * colW;
      if (i % perRow === 0) y += 20;
      if (draw) swatch(ctx, e.swatch, x, y - 4);
      text(e.label, x + 32, 11, INK);
    });
  }
  y += 30;
  text(`${meta.date} · Coordination Atlas`, pad, 11, GREY);
  y += 26;
  text('Sources', pad, 13, INK, 700);
  if (!meta.footnotes.length) para('No sources are recorded for the ties drawn.', 10, GREY);
  for (const f of meta.footnotes) {
    y += 4;
    const top = y;
    para(f.text, 10, INK, 400, 26, 14);
    const after = y;
    y = top + 14;
    text(`[${f.n}]`, pad, 10, INK);
    y = after;
  }
  ctx.restore();
  return Math.ceil(y + pad);
}

/** The composed picture, as a PNG Blob. */
export async function composePng(graphPng: Blob, meta: ExportMeta, scale: number): Promise<Blob> {
  const graph = await createImageBitmap(graphPng);
  const width = Math.ceil(Math.max(graph.width + 56 * scale, 900 * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = 10;
  const measure = canvas.getContext('2d')!;
  const height = layout(measure, graph, meta, scale, width, false);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  layout(ctx, graph, meta, scale, width, true);
  graph.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG'))), 'image/png'),
  );
}
