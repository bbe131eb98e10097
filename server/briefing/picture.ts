/**
 * A brief's diagram as a flat list of drawing primitives in picture units (1 unit = 1 SVG pixel).
 * The diagram modules lay out once; the SVG and PDF renderers only paint, so the printed and the
 * on-screen picture are the same picture, and the same data always gives the same primitives.
 */
import { SHAPE_POLYGONS, type NodeShape } from '../look/look.js';

export interface Attributes {
  /** CSS class and data-* attributes in the SVG (what tests and screen readers read). */
  cls?: string;
  data?: Record<string, string>;
}

export type Prim =
  | ({
      t: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke?: string;
      dash?: boolean;
      rx?: number;
    } & Attributes)
  | ({
      t: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash?: boolean;
    } & Attributes)
  | ({
      t: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor: 'start' | 'middle' | 'end';
      bold?: boolean;
      italic?: boolean;
      fill: string;
    } & Attributes)
  | ({
      t: 'shape';
      shape: NodeShape;
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke: string;
    } & Attributes)
  /** A footnote marker: a small white disc with the footnote numbers, centred on (x, y). */
  | ({ t: 'marker'; x: number; y: number; refs: number[] } & Attributes);

export type LegendEntry =
  | { kind: 'shape'; shape: NodeShape; fill: string; stroke: string; label: string }
  | { kind: 'line'; colour: string; dash?: boolean; label: string };

export interface Picture {
  width: number;
  height: number;
  prims: Prim[];
  /** The kinds actually drawn, with their look. */
  legend: LegendEntry[];
  /** A sentence saying what is drawn and what is left out ("29 partners; the 12 strongest drawn"). */
  caption: string;
}

export const INK = '#1b2733';
export const GREY = '#5b6875';
export const RULE = '#cfd8e1';
export const MARKER_SIZE = 7;

/** Combining marks (Thai vowels and tones above and below) take no width of their own. */
const COMBINING = /[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/u;

/** The width text takes, estimated from character classes (layout only; renderers measure exactly). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (COMBINING.test(ch)) continue;
    if (/[A-Z0-9]/.test(ch)) units += 0.62;
    else if (/[ilj.,;:'|!()[\]]/.test(ch)) units += 0.28;
    else if (ch === ' ') units += 0.27;
    else units += 0.52;
  }
  return units * size * (bold ? 1.06 : 1);
}

/** Lines no wider than `width`, at most `maxLines`; the last line ends with an ellipsis if text was left out. */
export function fitLines(text: string, size: number, width: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) {
        lines[maxLines - 1] = ellipsize(`${lines[maxLines - 1]} ${words.slice(i).join(' ')}`, size, width, bold);
        return lines;
      }
    } else line = next;
  }
  if (line) lines.push(textWidth(line, size, bold) > width ? ellipsize(line, size, width, bold) : line);
  return lines.length ? lines : [''];
}

function ellipsize(text: string, size: number, width: number, bold: boolean): string {
  let chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/** The footnote numbers a marker shows: "3", "3,4", "2–4,6–12" (runs of three or more shortened). */
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

/** Every footnote number a picture draws. */
export function drawnRefs(picture: Picture): number[] {
  return [...new Set(picture.prims.flatMap((p) => (p.t === 'marker' ? p.refs : [])))].sort((a, b) => a - b);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** Unit outlines of the polygon shapes, corners on the box [-1, 1]², as the explorer draws them. */
const POLYGONS = SHAPE_POLYGONS;

/** A shape's outline as SVG path data centred on (x, y), for SVG and for PDF paths alike. */
export function shapePath(shape: NodeShape, x: number, y: number, w: number, h: number): string {
  const poly = POLYGONS[shape];
  if (poly) return `M${poly.map(([px, py]) => `${n(x + (px * w) / 2)} ${n(y + (py * h) / 2)}`).join('L')}Z`;
  if (shape === 'ellipse') {
    const [rx, ry] = [w / 2, h / 2];
    return `M${n(x - rx)} ${n(y)}A${n(rx)} ${n(ry)} 0 1 0 ${n(x + rx)} ${n(y)}A${n(rx)} ${n(ry)} 0 1 0 ${n(x - rx)} ${n(y)}Z`;
  }
  return `M${n(x - w / 2)} ${n(y - h / 2)}H${n(x + w / 2)}V${n(y + h / 2)}H${n(x - w / 2)}Z`;
}

/** The width of a footnote marker showing these numbers. */
export function markerWidth(refs: readonly number[]): number {
  return Math.max(MARKER_SIZE * 2, textWidth(markerText(refs), 7) + 7);
}
