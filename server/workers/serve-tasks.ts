/** The worker side of a TaskThread: answers each task with its value (and buffers to transfer), a question, or its error. */
import { parentPort } from 'node:worker_threads';
import type { TaskReply } from './task-thread.js';

export type Answer<R> =
  | {
      value: R;
      /** Buffers handed over rather than copied. */
      transfer?: ArrayBuffer[];
    }
  /** A question about the task: the caller's follow-up sends the task again, completed. */
  | { ask: unknown };

export function serveTasks<T, R>(handle: (task: T) => Answer<R> | Promise<Answer<R>>): void {
  parentPort!.on('message', ({ id, task }: { id: number; task: T }) => {
    // One task at a time: the next message is only sent once this one is answered.
    Promise.resolve()
      .then(() => handle(task))
      .then(
        (answer) =>
          'ask' in answer
            ? parentPort!.postMessage({ id, ask: answer.ask } satisfies TaskReply<R>)
            : parentPort!.postMessage(
                { id, ok: true, value: answer.value } satisfies TaskReply<R>,
                answer.transfer ?? [],
              ),
        (e: unknown) =>
          parentPort!.postMessage({
            id,
            ok: false,
            error: e instanceof Error ? e.message : String(e),
          } satisfies TaskReply<R>),
      );
  });
}
