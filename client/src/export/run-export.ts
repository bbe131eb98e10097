/** Exports the view on the canvas in one format and hands the file to the browser. */
import type { CanvasHandle } from '../canvas/GraphCanvas.js';
import { fileName, type ExportMeta } from '../graph/export-meta.js';
import { composeSvg } from '../graph/export-svg.js';
import { download } from './download.js';
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
  if (format === 'svg') {
    const scene = canvas.scene();
    for (const e of scene.edges) e.refs = refs.get(e.id) ?? [];
    download(new Blob([composeSvg(scene, meta)], { type: 'image/svg+xml' }), fileName(meta.title, 'svg'));
    return;
  }
  const graph = canvas.png(format === 'pdf' ? 2 : scale);
  if (!graph) throw new Error('There is no graph on screen to export.');
  if (format === 'png') {
    download(await composePng(graph, meta, scale), fileName(meta.title, 'png'));
    return;
  }
  const bytes = await composePdf(new Uint8Array(await graph.arrayBuffer()), meta);
  download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName(meta.title, 'pdf'));
}
