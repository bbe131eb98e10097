/** The worker side of a TaskThread: answers each task with its value (and buffers to transfer) or its error. */
import { parentPort } from 'node:worker_threads';
import type { TaskReply } from './task-thread.js';

export interface Answer<R> {
  value: R;
  /** Buffers handed over rather than copied. */
  transfer?: ArrayBuffer[];
}

export function serveTasks<T, R>(handle: (task: T) => Answer<R> | Promise<Answer<R>>): void {
  parentPort!.on('message', ({ id, task }: { id: number; task: T }) => {
    // One task at a time: the next message is only sent once this one is answered.
    Promise.resolve()
      .then(() => handle(task))
      .then(
        ({ value, transfer }) =>
          parentPort!.postMessage({ id, ok: true, value } satisfies TaskReply<R>, transfer ?? []),
        (e: unknown) =>
          parentPort!.postMessage({
            id,
            ok: false,
            error: e instanceof Error ? e.message : String(e),
          } satisfies TaskReply<R>),
      );
  });
}
