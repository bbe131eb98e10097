/**
 * PDF briefs rendered on a worker thread: laying out and subsetting the embedded typeface takes
 * a fraction of a second of CPU, which on the main thread would hold every other request. One
 * thread, requests queued (at most MAX_QUEUE waiting), each bounded in time: a stuck render ends
 * the thread and the next request starts a new one.
 */
import { RateLimitedError } from '../../domain/errors.js';
import { TaskThread } from '../../workers/task-thread.js';
import type { BriefData } from '../brief-data.js';

const MAX_QUEUE = 20;
const TIMEOUT_MS = 30_000;

export class PdfRenderer {
  private readonly thread = new TaskThread<BriefData, Uint8Array>({
    boot: new URL('./boot.mjs', import.meta.url),
    name: 'the PDF renderer',
    maxQueued: MAX_QUEUE,
    timeoutMs: TIMEOUT_MS,
    busy: () => new RateLimitedError('Too many PDFs are being made at once; try again shortly', 5),
  });

  async render(brief: BriefData): Promise<Uint8Array> {
    return new Uint8Array(await this.thread.run(brief));
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
