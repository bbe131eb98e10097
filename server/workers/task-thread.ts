/**
 * One worker thread that runs tasks one at a time, for CPU work that must not hold the event loop
 * (PDF briefs, reading a document against the graph). Bounded three ways: tasks waiting (more are
 * refused with the caller's error), time per task (a task past it ends the thread, and the next
 * task starts a fresh one) and one task at a time. The worker side is `serveTasks`.
 */
import { Worker } from 'node:worker_threads';

/**
 * What the worker answers for task `id`: its value or error, or a question (`ask`) the task's
 * follow-up answers with a new message for the same task (e.g. "send me the data I do not hold").
 */
export type TaskReply<R> =
  { id: number; ok: true; value: R } | { id: number; ok: false; error: string } | { id: number; ask: unknown };

export interface TaskThreadOptions {
  /** The worker's entry (a boot.mjs that registers tsx and imports the TypeScript worker). */
  boot: URL;
  /** What the thread does, in words for errors: "the PDF renderer". */
  name: string;
  maxQueued: number;
  timeoutMs: number;
  /** The error a caller gets when maxQueued tasks already wait. */
  busy: () => Error;
  /** The error a task past timeoutMs fails with. */
  timedOut?: () => Error;
}

interface Job {
  id: number;
  task: unknown;
  transfer: ArrayBuffer[];
  followUp?: (ask: unknown) => unknown;
  resolve(value: unknown): void;
  reject(e: Error): void;
}

export class TaskThread<T, R> {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private timer: NodeJS.Timeout | undefined;
  private next = 0;
  /** Bumped whenever a thread is started: a worker's state (what it holds) is lost with it. */
  private generation = 0;

  constructor(private readonly options: TaskThreadOptions) {}

  /**
   * Runs the task on the thread. `followUp`, when given, answers the worker's questions about it:
   * its result is sent to the worker as the task again, within the same time limit.
   */
  run(task: T, transfer: ArrayBuffer[] = [], followUp?: (ask: unknown) => T): Promise<R> {
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(this.options.busy());
    return new Promise<R>((resolve, reject) => {
      const job: Job = { id: ++this.next, task, transfer, followUp, resolve: resolve as (v: unknown) => void, reject };
      this.queue.push(job);
      this.pump();
    });
  }

  /** Which thread answers now: a caller keeping state in the worker starts again when this moves. */
  get threadGeneration(): number {
    return this.generation;
  }

  /** Whether a task is running on the thread right now. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  async close(): Promise<void> {
    const closed = () => new Error(`${this.options.name} is closed`);
    for (const job of this.queue.splice(0)) job.reject(closed());
    this.running?.reject(closed());
    this.running = undefined;
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.boot);
    worker.on('message', (reply: TaskReply<R>) => this.settle(reply));
    worker.on('error', (e) => this.fail(worker, e));
    worker.on('exit', () => this.fail(worker, new Error(`${this.options.name} stopped`)));
    this.worker = worker;
    this.generation += 1;
    return worker;
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const job = this.queue.shift()!;
    this.running = job;
    const worker = this.thread();
    // A task keeps the process alive (a command waits for it); an idle thread does not.
    worker.ref();
    worker.postMessage({ id: job.id, task: job.task }, job.transfer);
    this.timer = setTimeout(() => {
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
      const error = this.options.timedOut?.() ?? new Error(`${this.options.name} took too long and was stopped`);
      this.finish(job, () => job.reject(error));
    }, this.options.timeoutMs);
    this.timer.unref();
  }

  private settle(reply: TaskReply<R>): void {
    const job = this.running;
    if (!job || job.id !== reply.id) return;
    if ('ask' in reply) {
      if (job.followUp) return void this.worker?.postMessage({ id: job.id, task: job.followUp(reply.ask) });
      return this.finish(job, () => job.reject(new Error(`${this.options.name} asked a question no one answers`)));
    }
    this.finish(job, () => (reply.ok ? job.resolve(reply.value) : job.reject(new Error(reply.error))));
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
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
    if (!this.running) this.worker?.unref();
  }
}
