/** The benchmark's budget check: each of issue 13's budgets judged from the run's own figures. */
import { describe, expect, it } from 'vitest';
import { checkBudgets, type MeasuredStore } from '../bench/lib/budgets.js';

const t = (p50: number, p95: number) => ({ p50, p95, n: 8 });

function measured(over: Partial<MeasuredStore> = {}): MeasuredStore {
  return {
    queries: [
      { name: 'search "ministry"', analysis: false, http: { first: 20, rest: t(5, 12) } },
      { name: 'neighbourhood depth 2 (explorer)', analysis: false, http: { first: 50, rest: t(40, 60) } },
      { name: 'stats', analysis: false, http: { first: 9, rest: t(3, 7) } },
      { name: 'bilateral matrix', analysis: true, http: { first: 900, rest: t(30, 40) } },
      { name: 'fragility', analysis: true, http: { first: 1500, rest: t(10, 14) } },
    ],
    coldStart: 8000,
    peakRss: 1900,
    throughput: { perSecond: 150 },
    underLoad: { cheap: t(10, 30), analysis: 'fragility' },
    ...over,
  };
}

const verdict = (m: MeasuredStore) => Object.fromEntries(checkBudgets(m).map((l) => [l.budget, l.met]));

describe('the budget check', () => {
  it('meets every budget when every figure is inside it', () => {
    expect(Object.values(verdict(measured())).every(Boolean)).toBe(true);
  });

  it('misses a budget by its own figure, and only that one', () => {
    const slow = measured({ coldStart: 12_000, throughput: { perSecond: 150 }, distinctThroughput: { perSecond: 40 } });
    const v = verdict(slow);
    expect(v['cold start < 10 s']).toBe(false);
    expect(v['≥ 100 depth-2 answers/s from 20 clients']).toBe(false);
    expect(v['RSS < 2 GB (peak over the run)']).toBe(true);
  });

  it('counts an analysis that failed as a miss, never as fast', () => {
    const failed = measured();
    failed.queries[4] = {
      name: 'fragility',
      analysis: true,
      http: { first: NaN, rest: t(NaN, NaN), error: 'timeout' },
    };
    const lines = checkBudgets(failed);
    const cold = lines.find((l) => l.budget.startsWith('any analysis < 2 s'))!;
    expect(cold.met).toBe(false);
    expect(cold.figure).toContain('fragility');
  });

  it('judges the lookups beside briefs when they were measured', () => {
    expect(verdict(measured())).not.toHaveProperty(['a cheap query p95 < 50 ms while 4 clients ask briefs']);
    const stalled = verdict(measured({ besideBriefs: { cheap: t(20, 400) } }));
    expect(stalled['a cheap query p95 < 50 ms while 4 clients ask briefs']).toBe(false);
    expect(
      verdict(measured({ besideBriefs: { cheap: t(5, 20) } }))['a cheap query p95 < 50 ms while 4 clients ask briefs'],
    ).toBe(true);
  });
});
