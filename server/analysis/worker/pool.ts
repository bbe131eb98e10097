/**
 * The analysis worker as the server sees it: a queue of tasks run one at a time on a worker
 * thread, each bounded in time (a task past its limit ends the thread, which is started afresh)
 * and the queue bounded in length (more is refused as BUSY rather than held in memory).
 */
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.js';
import type { Membership } from '../compact/membership.js';
import type { Request, Response, Task, TaskResults } from './protocol.js';

export class AnalysisBusyError extends DomainError {
  readonly code = 'BUSY';
}

export class AnalysisTimeoutError extends DomainError {
  readonly code = 'ANALYSIS_TIMEOUT';
}

export interface PoolOptions {
  /** Milliseconds a task may run before the worker is ended and the task fails. */
  taskTimeoutMs?: number;
  /** Tasks waiting at most; more are refused. */
  maxQueued?: number;
}

interface Job {
  id: number;
  inputs: { key: string; membership: () => Membership }[];
  task: Task;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const BOOT = new URL('./boot.mjs', import.meta.url);

export class AnalysisPool {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly maxQueued: number;

  constructor(options: PoolOptions = {}) {
    this.timeoutMs = options.taskTimeoutMs ?? 60_000;
    this.maxQueued = options.maxQueued ?? 32;
  }

  run<K extends Task['kind']>(
    inputs: { key: string; membership: () => Membership }[],
    task: Extract<Task, { kind: K }>,
  ): Promise<TaskResults[K]> {
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(new AnalysisBusyError('the server is busy with analyses: try again shortly'));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, inputs, task, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Whether a task is running on the worker thread right now. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Ends the worker thread; queued tasks fail. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('the analysis worker is closed'));
    this.running?.reject(new Error('the analysis worker is closed'));
    this.running = undefined;
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(BOOT);
    // Analyses never keep the process alive on their own.
    worker.unref();
    worker.on('message', (response: Response) => this.settle(response));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(new Error('the analysis worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const job = this.queue.shift()!;
    this.running = job;
    this.send(job, false);
    this.timer = setTimeout(() => {
      // The thread is stuck in a computation: end it, fail the task, start afresh for the next.
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
      this.finish(job, () => job.reject(new AnalysisTimeoutError('the analysis took too long and was stopped')));
    }, this.timeoutMs);
    this.timer.unref();
  }

  private send(job: Job, withData: boolean | string[]): void {
    const request: Request = {
      id: job.id,
      task: job.task,
      inputs: job.inputs.map(({ key, membership }) => ({
        key,
        membership: withData === true || (Array.isArray(withData) && withData.includes(key)) ? membership() : undefined,
      })),
    };
    this.thread().postMessage(request);
  }

  private settle(response: Response): void {
    const job = this.running;
    if (!job || job.id !== response.id) return;
    if (!response.ok && 'missing' in response) return this.send(job, response.missing);
    this.finish(job, () => (response.ok ? job.resolve(response.result) : job.reject(new Error(response.error))));
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
