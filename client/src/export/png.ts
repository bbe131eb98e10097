/**
 * The PNG export: the SVG export — the graph with a numbered marker on every tie, the title, the
 * legend, the date and every source — drawn by the browser at the chosen scale, with the embedded
 * Sarabun typeface, so the picture and its sources cannot disagree and Thai labels draw as typed.
 */
import type { ExportMeta } from '../graph/export-meta.js';
import { composeSvg, type Scene } from '../graph/export-svg.js';
import { base64, canvasPng, exportFonts, rasterise } from './fonts.js';

export async function composePng(scene: Scene, meta: ExportMeta, scale: number): Promise<Blob> {
  const fonts = await exportFonts();
  const svg = composeSvg(scene, meta, { regular: base64(fonts.regular), bold: base64(fonts.bold) });
  const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
  return canvasPng(await rasterise(svg, Number(size[1]), Number(size[2]), scale));
}
