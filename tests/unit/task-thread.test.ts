/**
 * The one worker thread behind reading, PDF briefs and analyses: answers, errors, the follow-up
 * exchange, and its bounds (a task past its time ends the thread and the next one starts afresh;
 * a full queue refuses with the caller's error).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TaskThread } from '../../server/workers/task-thread.js';
import type { TestTask } from '../fixtures/task-thread/worker.js';

const threads: TaskThread<TestTask, string>[] = [];
afterEach(async () => {
  for (const t of threads.splice(0)) await t.close();
});

function thread(options: { timeoutMs?: number; maxQueued?: number } = {}) {
  const t = new TaskThread<TestTask, string>({
    boot: new URL('../fixtures/task-thread/boot.mjs', import.meta.url),
    name: 'the test thread',
    maxQueued: options.maxQueued ?? 8,
    timeoutMs: options.timeoutMs ?? 30_000,
    busy: () => new Error('busy'),
    timedOut: () => new Error('too slow'),
  });
  threads.push(t);
  return t;
}

describe('a task thread', () => {
  it('answers tasks in order and passes a worker error on', async () => {
    const t = thread();
    const answers = await Promise.all([t.run({ echo: 'a' }), t.run({ echo: 'b' })]);
    expect(answers).toEqual(['a', 'b']);
    await expect(t.run({ fail: 'no such thing' })).rejects.toThrow('no such thing');
    expect(await t.run({ echo: 'still there' })).toBe('still there');
  });

  it('sends the follow-up to a question about the task, as the same task', async () => {
    const t = thread();
    const asked: unknown[] = [];
    const answer = await t.run({ needs: 'data' }, [], (ask) => {
      asked.push(ask);
      return { needs: 'data', given: 'the data' };
    });
    expect(asked).toEqual(['data']);
    expect(answer).toBe('given the data');
    await expect(t.run({ needs: 'data' })).rejects.toThrow(/asked a question/);
  });

  it(
    'stops a task past its time with the caller’s error, and starts a fresh thread for the next',
    { timeout: 60_000 },
    async () => {
      // The limit counts from the task's sending (a fresh thread's start-up included): generous for a busy machine.
      const t = thread({ timeoutMs: 8_000 });
      const before = t.threadGeneration;
      await expect(t.run({ spinMs: 600_000 })).rejects.toThrow('too slow');
      expect(await t.run({ echo: 'after' })).toBe('after');
      expect(t.threadGeneration).toBeGreaterThan(before);
    },
  );

  it('refuses a task when the queue is full, without losing those queued', async () => {
    const t = thread({ maxQueued: 1 });
    const running = t.run({ spinMs: 500 });
    // The first is running; one may wait; the next is refused.
    const waiting = t.run({ echo: 'queued' });
    await expect(t.run({ echo: 'one too many' })).rejects.toThrow('busy');
    expect(await running).toBe('spun');
    expect(await waiting).toBe('queued');
  });
});
