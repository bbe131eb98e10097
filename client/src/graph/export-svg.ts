/**
 * The current view as a standalone SVG: the nodes, ties and labels where the canvas draws them,
 * with a title, the filters in words, the legend of the kinds shown, the export date and the
 * numbered sources. Text stays text. Pure: the canvas supplies a Scene (positions and styles read
 * off Cytoscape), this module only writes markup.
 */
import { FONT_STACK, SHAPE_POLYGONS } from '../../../server/look/look.js';
import type { ExportMeta, LegendSwatch } from './export-meta.js';

export interface SceneNode {
  id: string;
  /** Centre, in graph coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  stroke: string;
  borderWidth: number;
  /** A compound box (a country), drawn behind with its label on top. */
  group: boolean;
  /** No date in the sources: drawn hollow with a dashed outline, as on screen. */
  undated?: boolean;
  opacity: number;
  label: string;
  fontSize: number;
}

export interface SceneEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
  opacity: number;
  /** Footnote numbers of the sources behind this tie. */
  refs: number[];
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

const FONT = FONT_STACK;

/** The embedded typeface (base64 TrueType), so Thai labels draw as typed wherever the SVG is opened or rasterised. */
export interface EmbeddedFonts {
  regular: string;
  bold: string;
}

function fontFaces(fonts: EmbeddedFonts | undefined): string {
  if (!fonts) return '';
  const face = (data: string, weight: number) =>
    `@font-face { font-family: Sarabun; font-weight: ${weight}; src: url(data:font/ttf;base64,${data}) format("truetype"); }`;
  return `<style>${face(fonts.regular, 400)} ${face(fonts.bold, 700)}</style>`;
}

/** "3", "3,4", "2–4,6" : runs of three or more shortened, as on the briefs. */
export function markerText(refs: readonly number[]): string {
  const sorted = [...new Set(refs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else parts.push(...sorted.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return parts.join(',');
}

/** A tie's footnote marker: a small white pill with its numbers, at the middle of the tie. */
function markerMarkup(e: SceneEdge): string {
  if (!e.refs.length) return '';
  const text = markerText(e.refs);
  const w = Math.max(12, text.length * 4.6 + 6);
  const [x, y] = [(e.x1 + e.x2) / 2, (e.y1 + e.y2) / 2];
  return (
    `<g class="tie-marker" data-id="${escapeXml(e.id)}" data-refs="${e.refs.join(' ')}">` +
    `<rect x="${n(x - w / 2)}" y="${n(y - 6)}" width="${n(w)}" height="12" rx="6" fill="#ffffff" stroke="${INK}" stroke-width="0.7"/>` +
    `<text x="${n(x)}" y="${n(y + 2.6)}" font-size="7.5" text-anchor="middle" fill="${INK}">${text}</text></g>`
  );
}
const INK = '#1b2733';
const GREY = '#4a5866';
const PAD = 28;
// The PNG is this SVG rasterised: wide enough for a legible page at 1× (900 CSS pixels).
const MIN_WIDTH = 900;

/** Text safe inside XML text and attribute values; characters XML cannot hold are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Lines of at most `max` characters, broken at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** Unit outlines of the polygon shapes, corners on the box [-1, 1]², as Cytoscape draws them (shared look). */
const POLYGONS: Record<string, [number, number][] | undefined> = SHAPE_POLYGONS;

/** A shape's outline as SVG path data, centred on (x, y) (for canvas Path2D and PDF paths). */
export function shapePath(shape: string, x: number, y: number, w: number, h: number): string {
  const poly = POLYGONS[shape];
  if (poly) return `M${poly.map(([px, py]) => `${n(x + (px * w) / 2)} ${n(y + (py * h) / 2)}`).join('L')}Z`;
  if (shape === 'ellipse') {
    const [rx, ry] = [w / 2, h / 2];
    return `M${n(x - rx)} ${n(y)}A${n(rx)} ${n(ry)} 0 1 0 ${n(x + rx)} ${n(y)}A${n(rx)} ${n(ry)} 0 1 0 ${n(x - rx)} ${n(y)}Z`;
  }
  return `M${n(x - w / 2)} ${n(y - h / 2)}H${n(x + w / 2)}V${n(y + h / 2)}H${n(x - w / 2)}Z`;
}

/** One shape as SVG, centred on (x, y); the attributes (fill, stroke…) are appended. */
export function shapeMarkup(shape: string, x: number, y: number, w: number, h: number, attrs: string): string {
  const poly = POLYGONS[shape];
  if (poly) {
    const pts = poly.map(([px, py]) => `${n(x + (px * w) / 2)},${n(y + (py * h) / 2)}`).join(' ');
    return `<polygon points="${pts}" ${attrs}/>`;
  }
  if (shape === 'ellipse') return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${attrs}/>`;
  const r = shape.includes('round') ? Math.min(w, h) * 0.2 : 0;
  return `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}"${r ? ` rx="${n(r)}"` : ''} ${attrs}/>`;
}

const DASH: Record<SceneEdge['line'], string> = {
  solid: '',
  dashed: ' stroke-dasharray="6 4"',
  dotted: ' stroke-dasharray="1.5 3"',
};

function edgeMarkup(e: SceneEdge): string {
  const refs = e.refs.length ? `Sources: ${e.refs.map((r) => `[${r}]`).join(' ')}` : 'No source recorded';
  let arrow = '';
  const len = Math.hypot(e.x2 - e.x1, e.y2 - e.y1);
  if (e.arrow && len > 0) {
    const [ux, uy] = [(e.x2 - e.x1) / len, (e.y2 - e.y1) / len];
    const size = 4 + e.width * 1.5;
    const [bx, by] = [e.x2 - ux * size, e.y2 - uy * size];
    const pts = [
      [e.x2, e.y2],
      [bx - uy * size * 0.5, by + ux * size * 0.5],
      [bx + uy * size * 0.5, by - ux * size * 0.5],
    ];
    arrow = `<polygon points="${pts.map(([a, b]) => `${n(a!)},${n(b!)}`).join(' ')}" fill="${escapeXml(e.colour)}"/>`;
  }
  return (
    `<g class="tie" data-id="${escapeXml(e.id)}" data-refs="${e.refs.join(' ')}" opacity="${n(e.opacity)}"><title>${refs}</title>` +
    `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${escapeXml(e.colour)}" stroke-width="${n(e.width)}" stroke-linecap="round"${DASH[e.line]}/>` +
    `${arrow}</g>`
  );
}

function nodeMarkup(v: SceneNode): string {
  const attrs = `fill="${escapeXml(v.fill)}" stroke="${escapeXml(v.stroke)}" stroke-width="${n(v.borderWidth)}"${
    v.group
      ? ' fill-opacity="0.6" stroke-dasharray="5 3"'
      : v.undated
        ? ' fill-opacity="0.3" stroke-dasharray="4 3"'
        : ''
  }`;
  const shape = shapeMarkup(v.group ? 'round-rectangle' : v.shape, v.x, v.y, v.width, v.height, attrs);
  const ty = v.group ? v.y - v.height / 2 - 5 : v.y + v.height / 2 + 4 + v.fontSize;
  const text = v.label
    ? `<text x="${n(v.x)}" y="${n(ty)}" text-anchor="middle" font-size="${n(v.fontSize)}"${v.group ? ' font-weight="600" fill="#475569"' : ` fill="${INK}"`} stroke="#ffffff" stroke-width="2.5" paint-order="stroke" stroke-linejoin="round">${escapeXml(v.label)}</text>`
    : '';
  return `<g class="${v.group ? 'group' : 'node'}" data-id="${escapeXml(v.id)}" opacity="${n(v.opacity)}">${shape}${text}</g>`;
}

function swatchMarkup(s: LegendSwatch, x: number, y: number): string {
  if (s.type === 'node')
    return shapeMarkup(
      s.shape,
      x + 8,
      y,
      14,
      14,
      `fill="${s.fill}" stroke="${s.stroke}" stroke-width="1.2"${s.undated ? ' stroke-dasharray="3 2"' : ''}`,
    );
  const end = s.arrow ? x + 19 : x + 25;
  const line = `<line x1="${x + 1}" y1="${y}" x2="${end}" y2="${y}" stroke="${s.colour}" stroke-width="${s.width}" stroke-linecap="round"${DASH[s.line]}/>`;
  return s.arrow ? `${line}<path d="M${x + 18} ${y - 4}l7 4-7 4z" fill="${s.colour}"/>` : line;
}

/** The bounding box of what is drawn, labels included (roughly: labels are measured by characters). */
export function sceneBounds(scene: Scene): { x1: number; y1: number; x2: number; y2: number } {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number) => {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  };
  for (const v of scene.nodes) {
    const half = Math.max(v.width / 2, (v.label.length * v.fontSize * 0.55) / 2);
    add(v.x - half, v.y - v.height / 2 - (v.group ? v.fontSize + 8 : 0));
    add(v.x + half, v.y + v.height / 2 + (v.group ? 0 : v.fontSize + 8));
  }
  for (const e of scene.edges) {
    add(e.x1, e.y1);
    add(e.x2, e.y2);
  }
  if (x1 === Infinity) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { x1, y1, x2, y2 };
}

/** The graph itself: country boxes, ties, nodes, then every tie's footnote marker on top. */
function graphMarkup(scene: Scene, dx: number, dy: number): string {
  return [
    `<g class="graph" font-family="${escapeXml(FONT)}" transform="translate(${n(dx)} ${n(dy)})">`,
    ...scene.nodes.filter((v) => v.group).map(nodeMarkup),
    ...scene.edges.map(edgeMarkup),
    ...scene.nodes.filter((v) => !v.group).map(nodeMarkup),
    ...scene.edges.map(markerMarkup),
    '</g>',
  ].join('');
}

/** The graph alone with its markers, as a standalone SVG (the PDF export rasterises it). */
export function graphSvg(scene: Scene, fonts?: EmbeddedFonts): { svg: string; width: number; height: number } {
  const b = sceneBounds(scene);
  const width = Math.ceil(b.x2 - b.x1 + 2 * PAD);
  const height = Math.ceil(b.y2 - b.y1 + 2 * PAD);
  return {
    width,
    height,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">${fontFaces(fonts)}<rect width="100%" height="100%" fill="#ffffff"/>${graphMarkup(scene, PAD - b.x1, PAD - b.y1)}</svg>`,
  };
}

/**
 * The whole document. `meta.footnotes` are listed in their order, numbered as given; each tie
 * carries a marker with its numbers. `fonts` embeds the typeface (the file then stands alone).
 */
export function composeSvg(scene: Scene, meta: ExportMeta, fonts?: EmbeddedFonts): string {
  const b = sceneBounds(scene);
  const graphW = b.x2 - b.x1 + 2 * PAD;
  const graphH = b.y2 - b.y1 + 2 * PAD;
  const width = Math.ceil(Math.max(MIN_WIDTH, graphW + 2 * PAD));
  const chars = (size: number) => Math.max(20, Math.floor((width - 2 * PAD) / (size * 0.55)));
  const out: string[] = [];
  let y = PAD;

  // Header: the title and the subtitle.
  const titleLines = wrapText(meta.title, chars(22));
  for (const line of titleLines) {
    y += 26;
    out.push(
      `<text class="title" x="${PAD}" y="${y}" font-size="22" font-weight="700" fill="${INK}">${escapeXml(line)}</text>`,
    );
  }
  for (const line of wrapText(meta.subtitle, chars(12))) {
    y += 18;
    out.push(`<text class="subtitle" x="${PAD}" y="${y}" font-size="12" fill="${GREY}">${escapeXml(line)}</text>`);
  }
  y += 14;

  // The graph, centred, edges under nodes, country boxes under both.
  const dx = (width - graphW) / 2 + PAD - b.x1;
  const dy = y + PAD - b.y1;
  out.push(
    `<rect x="${n((width - graphW) / 2)}" y="${y}" width="${n(graphW)}" height="${n(graphH)}" fill="#ffffff" stroke="#e2e8f0"/>`,
  );
  out.push(graphMarkup(scene, dx, dy));
  y += graphH + 24;

  // The legend: each group a heading and its entries, flowing across the width.
  out.push('<g class="legend">');
  out.push(`<text x="${PAD}" y="${y}" font-size="13" font-weight="700" fill="${INK}">Legend</text>`);
  y += 8;
  const colW = 230;
  const perRow = Math.max(1, Math.floor((width - 2 * PAD) / colW));
  for (const g of meta.legend) {
    y += 20;
    out.push(
      `<text x="${PAD}" y="${y}" font-size="11" font-weight="600" fill="${GREY}">${escapeXml(g.heading)}</text>`,
    );
    g.entries.forEach((e, i) => {
      const x = PAD + (i % perRow) * colW;
      if (i % perRow === 0) y += 20;
      out.push(
        `<g class="legend-entry" data-key="${escapeXml(e.key)}">${swatchMarkup(e.swatch, x, y - 4)}<text x="${x + 32}" y="${y}" font-size="11" fill="${INK}">${escapeXml(e.label)}</text></g>`,
      );
    });
  }
  out.push('</g>');
  y += 30;

  // The date, then the numbered sources.
  out.push(
    `<text class="date" x="${PAD}" y="${y}" font-size="11" fill="${GREY}">${escapeXml(`${meta.date} · Coordination Atlas`)}</text>`,
  );
  y += 24;
  out.push('<g class="footnotes">');
  out.push(`<text x="${PAD}" y="${y}" font-size="13" font-weight="700" fill="${INK}">Sources</text>`);
  if (!meta.footnotes.length) {
    y += 18;
    out.push(
      `<text x="${PAD}" y="${y}" font-size="10" fill="${GREY}">No sources are recorded for the ties drawn.</text>`,
    );
  }
  for (const f of meta.footnotes) {
    wrapText(f.text, chars(10) - 6).forEach((line, i) => {
      y += 15;
      out.push(
        `<text class="footnote" data-n="${f.n}" x="${PAD + 26}" y="${y}" font-size="10" fill="${INK}">${i === 0 ? `<tspan x="${PAD}">[${f.n}]</tspan><tspan x="${PAD + 26}">${escapeXml(line)}</tspan>` : escapeXml(line)}</text>`,
      );
    });
  }
  out.push('</g>');
  const height = Math.ceil(y + PAD);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    fontFaces(fonts),
    `<desc>${escapeXml(`${meta.subtitle}. ${meta.date}.`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
