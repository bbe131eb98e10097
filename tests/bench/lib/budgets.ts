/**
 * Issue 13's budgets, checked against what a benchmark run measured: one line per budget with the
 * figure, the budget and whether it was met, so the README's table is copied from the run rather
 * than judged by hand. Figures are over HTTP against the real server process.
 */
import { ms, type Timing } from './stats.js';

export interface MeasuredQuery {
  name: string;
  /** A costly analysis (its first call is the cold one). */
  analysis: boolean;
  http?: { first: number; rest: Timing; error?: string };
}

export interface MeasuredStore {
  queries: MeasuredQuery[];
  coldStart: number;
  peakRss: number;
  /** Depth-2 neighbourhoods from 20 clients, repeating the same organisations. */
  throughput: { perSecond: number };
  /** The same when no two requests ask for the same organisation, where measured. */
  distinctThroughput?: { perSecond: number };
  underLoad: { cheap: Timing; analysis: string };
  /** A cheap query's latency while 4 clients ask briefs on new windows, where measured. */
  besideBriefs?: { cheap: Timing };
}

export interface BudgetLine {
  budget: string;
  figure: string;
  met: boolean;
}

export function checkBudgets(m: MeasuredStore): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const query = (name: string) => m.queries.find((q) => q.name === name);
  const line = (budget: string, figure: string, met: boolean) => lines.push({ budget, figure, met });
  const timed = (name: string, budget: string, limit: number, pick: 'p50' | 'p95') => {
    const q = query(name);
    const value = q?.http && !q.http.error ? q.http.rest[pick] : NaN;
    line(budget, q?.http?.error ? `failed: ${q.http.error}` : `${pick} ${ms(value)} ms`, value < limit);
  };
  timed('neighbourhood depth 2 (explorer)', 'depth-2 neighbourhood p95 < 100 ms', 100, 'p95');
  line(
    '≥ 100 depth-2 answers/s from 20 clients',
    `${m.throughput.perSecond.toFixed(0)}/s` +
      (m.distinctThroughput ? ` (${m.distinctThroughput.perSecond.toFixed(0)}/s, no organisation asked twice)` : ''),
    m.throughput.perSecond >= 100 && (m.distinctThroughput?.perSecond ?? 100) >= 100,
  );
  const search = m.queries.find((q) => q.name.startsWith('search'));
  if (search) timed(search.name, 'search p95 < 50 ms', 50, 'p95');
  timed('stats', 'stats < 10 ms (p95)', 10, 'p95');
  timed('bilateral matrix', 'bilateral matrix < 500 ms (p95, after the first call)', 500, 'p95');
  const analyses = m.queries.filter((q) => q.analysis);
  const cold = analyses.map((q) => ({ name: q.name, value: q.http?.error ? NaN : (q.http?.first ?? NaN) }));
  const cached = analyses.map((q) => ({ name: q.name, value: q.http?.error ? NaN : (q.http?.rest.p50 ?? NaN) }));
  const worst = (xs: { name: string; value: number }[]) =>
    xs.reduce((w, x) => (Number.isNaN(x.value) || x.value > w.value ? x : w), { name: '—', value: -Infinity });
  const coldWorst = worst(cold);
  line(
    'any analysis < 2 s cold (first call)',
    `slowest: ${coldWorst.name} ${ms(coldWorst.value)} ms`,
    cold.every((x) => x.value < 2000),
  );
  const cachedWorst = worst(cached);
  line(
    'any analysis < 100 ms from the cache (p50)',
    `slowest: ${cachedWorst.name} ${ms(cachedWorst.value)} ms`,
    cached.every((x) => x.value < 100),
  );
  line('cold start < 10 s', `${ms(m.coldStart)} ms`, m.coldStart < 10_000);
  line('RSS < 2 GB (peak over the run)', `${ms(m.peakRss)} MB`, m.peakRss < 2048);
  line(
    'a cheap query p95 < 50 ms while 4 clients run the costliest analysis',
    `node lookup p95 ${ms(m.underLoad.cheap.p95)} ms while ${m.underLoad.analysis} runs (${m.underLoad.cheap.n} lookups)`,
    m.underLoad.cheap.p95 < 50,
  );
  // Not one of the budgets by name, but the same promise: a brief is costly work a user can ask.
  if (m.besideBriefs)
    line(
      'a cheap query p95 < 50 ms while 4 clients ask briefs',
      `node lookup p95 ${ms(m.besideBriefs.cheap.p95)} ms (${m.besideBriefs.cheap.n} lookups)`,
      m.besideBriefs.cheap.p95 < 50,
    );
  return lines;
}

export function budgetTable(store: string, lines: BudgetLine[]): string {
  return [
    `| budget (${store}) | measured | met? |`,
    '|---|---|---|',
    ...lines.map((l) => `| ${l.budget} | ${l.figure} | ${l.met ? 'yes' : '**no**'} |`),
  ].join('\n');
}
