/**
 * A stable sort that pauses (yield) every few thousand items: sorting a national network's
 * 150,000 instruments by date and name at once held the event loop for a third of a second. Runs
 * are sorted by Array.prototype.sort (stable), then merged pairwise taking the left on ties, so the
 * answer is the one `items.sort(compare)` gives.
 */
const RUN = 4096;
const MERGED_BETWEEN_PAUSES = 8192;

export function* sortInSteps<T>(items: readonly T[], compare: (x: T, y: T) => number): Generator<void, T[]> {
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += RUN) {
    runs.push(items.slice(i, i + RUN).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const [x, y] = [runs[r]!, runs[r + 1]];
      if (!y) {
        next.push(x);
        continue;
      }
      const out: T[] = new Array<T>(x.length + y.length);
      let [p, q, k] = [0, 0, 0];
      while (p < x.length && q < y.length) {
        out[k++] = compare(x[p]!, y[q]!) <= 0 ? x[p++]! : y[q++]!;
        if (k % MERGED_BETWEEN_PAUSES === 0) yield;
      }
      while (p < x.length) out[k++] = x[p++]!;
      while (q < y.length) out[k++] = y[q++]!;
      next.push(out);
    }
    runs = next;
  }
  return runs[0] ?? [];
}
