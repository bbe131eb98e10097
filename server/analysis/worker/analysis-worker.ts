/**
 * The analysis worker thread: holds the projections of the last few memberships it was sent and
 * runs the costly analyses on them, so the server's event loop keeps answering cheap queries. A
 * membership of a new revision is projected incrementally from the one held before it (only the
 * organisations on changed instruments are recomputed; see reproject).
 */
import { serveTasks } from '../../workers/serve-tasks.js';
import type { Request } from './protocol.js';
import { hold, runTask, type Held } from './tasks.js';

/**
 * Projections kept: a few filters and clearances of the current revision (the whole network's at
 * 50,000 organisations is 3.9M ties, about 140 MB; answers are kept apart, see below).
 */
const KEEP = 2;
const held = new Map<string, Held>();
const KEEP_ANSWERS = 32;
const answers = new Map<string, ReturnType<typeof runTask>>();

serveTasks<Request, ReturnType<typeof runTask>>((request) => {
  // Answers are kept apart from their projections: the same question on the same revision is
  // answered again even after its projection made room for others.
  const asked = `${request.inputs.map((i) => i.key).join('&')}|${JSON.stringify(request.task)}`;
  let result = answers.get(asked);
  if (!result) {
    const missing = request.inputs.filter((i) => !held.has(i.key) && !i.membership).map((i) => i.key);
    // The service sends a membership only when asked: most tasks reuse one the worker holds.
    if (missing.length) return { ask: missing };
    const inputs = request.inputs.map(({ key, membership }) => {
      // A new membership starts from the most recent projection it differs little from.
      const found = held.get(key) ?? hold(membership!, [...held.values()].reverse());
      // Most recently used last; drop the oldest beyond KEEP.
      held.delete(key);
      held.set(key, found);
      while (held.size > KEEP) held.delete(held.keys().next().value!);
      return found;
    });
    result = runTask(request.task, inputs);
  }
  answers.delete(asked);
  answers.set(asked, result);
  while (answers.size > KEEP_ANSWERS) answers.delete(answers.keys().next().value!);
  return { value: result };
});
