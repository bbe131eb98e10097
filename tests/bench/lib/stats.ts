/** Percentiles of samples in milliseconds. */
export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

export function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

export async function sample(
  rounds: number,
  run: () => Promise<unknown>,
): Promise<{ first: number; rest: Timing; error?: string }> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    try {
      await run();
    } catch (e) {
      // A failed query is a finding, not the end of the run.
      return { first: samples[0] ?? NaN, rest: timing(samples), error: String(e).slice(0, 200) };
    }
    samples.push(performance.now() - t);
  }
  return { first: samples[0]!, rest: timing(samples.slice(1).length ? samples.slice(1) : samples) };
}

export const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(1) : x.toFixed(0);
