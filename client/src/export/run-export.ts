/**
 * Exports the view on the canvas in one format and hands the file to the browser. Every format
 * starts from the same scene (positions and styles read off the canvas) with each tie's footnote
 * numbers, so a marker on the picture always has its line in the sources.
 */
import type { CanvasHandle } from '../canvas/GraphCanvas.js';
import { fileName, type ExportMeta } from '../graph/export-meta.js';
import { composeSvg } from '../graph/export-svg.js';
import { download } from './download.js';
import { base64, exportFonts } from './fonts.js';
import { composePdf } from './pdf.js';
import { composePng } from './png.js';

export type ExportFormat = 'png' | 'svg' | 'pdf';

export async function runExport(
  format: ExportFormat,
  canvas: CanvasHandle,
  meta: ExportMeta,
  refs: ReadonlyMap<string, number[]>,
  scale: number,
): Promise<void> {
  const scene = canvas.scene();
  if (!scene.nodes.length) throw new Error('There is no graph on screen to export.');
  for (const e of scene.edges) e.refs = refs.get(e.id) ?? [];
  if (format === 'svg') {
    const files = await exportFonts();
    const fonts = { regular: base64(files.regular), bold: base64(files.bold) };
    download(new Blob([composeSvg(scene, meta, fonts)], { type: 'image/svg+xml' }), fileName(meta.title, 'svg'));
    return;
  }
  if (format === 'png') {
    download(await composePng(scene, meta, scale), fileName(meta.title, 'png'));
    return;
  }
  const bytes = await composePdf(scene, meta);
  download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName(meta.title, 'pdf'));
}
