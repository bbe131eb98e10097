/** The PDF renderer's thread: takes a composed brief, answers its PDF bytes. */
import { parentPort } from 'node:worker_threads';
import type { BriefData } from '../brief-data.js';
import { briefPdf } from '../render-pdf.js';

export interface PdfRequest {
  id: number;
  brief: BriefData;
}

export type PdfResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; error: string };

parentPort!.on('message', (request: PdfRequest) => {
  briefPdf(request.brief).then(
    (bytes) =>
      parentPort!.postMessage({ id: request.id, ok: true, bytes } satisfies PdfResponse, [bytes.buffer as ArrayBuffer]),
    (e: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        ok: false,
        error: e instanceof Error ? e.message : String(e),
      } satisfies PdfResponse),
  );
});
