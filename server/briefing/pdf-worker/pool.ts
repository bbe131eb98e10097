/**
 * PDF briefs rendered on a worker thread: laying out and subsetting the embedded typeface takes
 * a fraction of a second of CPU, which on the main thread would hold every other request. One
 * thread, requests queued (at most MAX_QUEUE waiting), each bounded in time: a stuck render ends
 * the thread and the next request starts a new one.
 */
import { Worker } from 'node:worker_threads';
import { RateLimitedError } from '../../domain/errors.js';
import type { BriefData } from '../brief-data.js';
import type { PdfRequest, PdfResponse } from './pdf-worker.js';

const BOOT = new URL('./boot.mjs', import.meta.url);
const MAX_QUEUE = 20;
const TIMEOUT_MS = 30_000;

interface Job {
  id: number;
  brief: BriefData;
  resolve(bytes: Uint8Array): void;
  reject(e: Error): void;
}

export class PdfRenderer {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private next = 0;

  render(brief: BriefData): Promise<Uint8Array> {
    if (this.queue.length >= MAX_QUEUE)
      return Promise.reject(new RateLimitedError('Too many PDFs are being made at once; try again shortly', 5));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: ++this.next, brief, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('the PDF renderer is closed'));
    this.running?.reject(new Error('the PDF renderer is closed'));
    this.running = undefined;
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(BOOT);
    // The renderer never keeps the process alive on its own.
    worker.unref();
    worker.on('message', (response: PdfResponse) => this.settle(response));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(new Error('the PDF renderer stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const job = this.queue.shift()!;
    this.running = job;
    this.thread().postMessage({ id: job.id, brief: job.brief } satisfies PdfRequest);
    this.timer = setTimeout(() => {
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
      this.finish(job, () => job.reject(new Error('the PDF took too long and was stopped')));
    }, TIMEOUT_MS);
    this.timer.unref();
  }

  private settle(response: PdfResponse): void {
    const job = this.running;
    if (!job || job.id !== response.id) return;
    this.finish(job, () =>
      response.ok ? job.resolve(new Uint8Array(response.bytes)) : job.reject(new Error(response.error)),
    );
  }

  private fail(error: Error): void {
    this.worker = undefined;
    const job = this.running;
    if (job) this.finish(job, () => job.reject(error));
  }

  private finish(job: Job, settle: () => void): void {
    if (this.running !== job) return;
    clearTimeout(this.timer);
    this.running = undefined;
    settle();
    this.pump();
  }
}
