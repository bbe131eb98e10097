/**
 * Long work on the event loop cut into short slices (or steps a generator pauses between), so a
 * lookup never waits behind it for more than a few milliseconds: a slice is cut by time, not by a
 * number of items, whatever the machine's load and the items' cost.
 */

/** The longest a slice holds the event loop before letting other requests run (ms). */
export const SLICE_MS = 4;

export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Whether the current slice has run its time (the clock looked at every 256 calls). */
export function slicer(sliceMs = SLICE_MS): () => boolean {
  let calls = 0;
  let until = performance.now() + sliceMs;
  return () => {
    if ((++calls & 255) !== 0 || performance.now() < until) return false;
    until = performance.now() + sliceMs;
    return true;
  };
}

/** Runs steps to their end, letting other requests run at each pause. */
export async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToLoop();
  }
}

/** Runs steps to their end at once (for callers that cannot wait). */
export function completed<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
