/**
 * The analysis worker as the server sees it: a TaskThread (one thread, tasks one at a time, each
 * bounded in time, the queue bounded in length: more is refused as BUSY rather than held in
 * memory) whose tasks send a membership only when the worker asks for it.
 */
import { DomainError } from '../../domain/errors.js';
import { TaskThread } from '../../workers/task-thread.js';
import type { Membership } from '../compact/membership.js';
import type { Request, Task, TaskResults } from './protocol.js';

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

export class AnalysisPool {
  private readonly thread: TaskThread<Request, unknown>;

  constructor(options: PoolOptions = {}) {
    this.thread = new TaskThread({
      boot: new URL('./boot.mjs', import.meta.url),
      name: 'the analysis worker',
      maxQueued: options.maxQueued ?? 32,
      timeoutMs: options.taskTimeoutMs ?? 60_000,
      busy: () => new AnalysisBusyError('the server is busy with analyses: try again shortly'),
      timedOut: () => new AnalysisTimeoutError('the analysis took too long and was stopped'),
    });
  }

  run<K extends Task['kind']>(
    inputs: { key: string; membership: () => Membership }[],
    task: Extract<Task, { kind: K }>,
  ): Promise<TaskResults[K]> {
    // Memberships go only when the worker does not hold them (it asks, naming their keys).
    const request = (withData: readonly string[]): Request => ({
      task,
      inputs: inputs.map(({ key, membership }) => ({
        key,
        membership: withData.includes(key) ? membership() : undefined,
      })),
    });
    return this.thread.run(request([]), [], (missing) => request(missing as string[])) as Promise<TaskResults[K]>;
  }

  /** Whether a task is running on the worker thread right now. */
  get busy(): boolean {
    return this.thread.busy;
  }

  /** Ends the worker thread; queued tasks fail. */
  close(): Promise<void> {
    return this.thread.close();
  }
}
