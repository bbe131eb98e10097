/** sortInSteps gives what Array.prototype.sort gives (stable), pausing on the way for large inputs. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../server/analysis/compact/compact-graph.js';
import { sortInSteps } from '../../server/scheduling/sort-in-steps.js';
import { completed } from '../../server/scheduling/time-slices.js';

describe('sortInSteps', () => {
  it('sorts as Array.prototype.sort does, keeping equal items in their order', () => {
    const random = seededRandom(11);
    for (const size of [0, 1, 7, 4096, 4097, 20_000, 50_001]) {
      const items = Array.from({ length: size }, (_, i) => ({ key: Math.floor(random() * 50), i }));
      const byKey = (x: { key: number }, y: { key: number }) => x.key - y.key;
      expect(completed(sortInSteps(items, byKey)), `size ${size}`).toEqual([...items].sort(byKey));
    }
  });

  it('pauses while sorting a large input, and not at all for none', () => {
    const count = (steps: Generator<void, unknown>) => {
      let pauses = 0;
      while (!steps.next().done) pauses++;
      return pauses;
    };
    expect(count(sortInSteps([], (x: number, y: number) => x - y))).toBe(0);
    const big = Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_003);
    expect(count(sortInSteps(big, (x, y) => x - y))).toBeGreaterThan(20);
  });
});
