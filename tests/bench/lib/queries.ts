/**
 * What the benchmark asks, once over HTTP and once as a direct call of the same resolver with a
 * request context (the store work without GraphQL execution, serialisation and HTTP).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const CLIENT_DATA = path.resolve(import.meta.dirname, '../../../client/src/data');

/** The explorer's own neighbourhood query and fragments, as it sends them. */
export const EXPLORER_NEIGHBOURHOOD = [
  readFileSync(path.join(CLIENT_DATA, 'neighbourhood.graphql'), 'utf8'),
  readFileSync(path.join(CLIENT_DATA, 'fragments.graphql'), 'utf8'),
].join('\n');

export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The Query resolver a direct call runs, with its arguments. */
  resolver: string;
  args: Record<string, unknown>;
  /** Costly analyses: fewer rounds, first (cold) call reported apart. */
  analysis?: boolean;
  /** The same analysis on a window never asked before (from `day`): work no cache holds. */
  windowed?: (day: string) => string;
}

/** Each analysis asked for a time window starting on `day`, so that every request is computed afresh. */
const WINDOWED: Record<string, (day: string) => string> = {
  'coordination, whole graph': (d) => `{ coordination(filter: { from: "${d}" }) { truncated ties { id weight } } }`,
  'coordination, TH+MM from 2020': (d) =>
    `{ coordination(filter: { countries: ["TH", "MM"], from: "${d}" }) { truncated ties { id weight } } }`,
  'bilateral matrix': (d) =>
    `{ bilateralMatrix(countries: ["TH", "LA", "MM"], filter: { from: "${d}" }) { cells { status lastActivity } } }`,
  'counterpart coverage TH–LA': (d) =>
    `{ counterpartCoverage(a: "TH", b: "LA", filter: { from: "${d}" }) { sectors { sector status } } }`,
  'period changes 2016→2022': (d) =>
    `{ periodChanges(a: { until: "2016" }, b: { from: "${d}" }) { kind weightBefore weightAfter } }`,
  'missing links': (d) => `{ missingLinkReport(filter: { from: "${d}" }) { truncated links { score } } }`,
  fragility: (d) => `{ fragility(filter: { from: "${d}" }) { truncated } }`,
};

export function benchQueries(hub: string, from: string, to: string, search: string): BenchQuery[] {
  const q = (
    name: string,
    query: string,
    resolver: string,
    args: Record<string, unknown>,
    variables?: Record<string, unknown>,
    analysis = false,
  ): BenchQuery => ({ name, query, resolver, args, variables, analysis, windowed: WINDOWED[name] });
  const window = { countries: ['TH', 'MM'], from: '2020' };
  return [
    q(`search "${search}"`, `{ search(text: "${search}") { score matched node { id name } } }`, 'search', {
      text: search,
    }),
    q('node lookup', `{ node(id: "${hub}") { id name } }`, 'node', { id: hub }),
    q(
      'neighbourhood depth 1 (explorer)',
      EXPLORER_NEIGHBOURHOOD,
      'neighbourhood',
      { ids: [hub], depth: 1, limit: 500 },
      {
        ids: [hub],
        depth: 1,
        limit: 500,
      },
    ),
    q(
      'neighbourhood depth 2 (explorer)',
      EXPLORER_NEIGHBOURHOOD,
      'neighbourhood',
      { ids: [hub], depth: 2, limit: 500 },
      {
        ids: [hub],
        depth: 2,
        limit: 500,
      },
    ),
    q('paths (max 4)', `{ paths(from: "${from}", to: "${to}") { length } }`, 'paths', { from, to }),
    q('stats', '{ stats { earliestDate latestDate nodes { kind count } relationships { type count } } }', 'stats', {}),
    q(
      'coordination, whole graph',
      '{ coordination { truncated ties { id weight sharedCount evidence { id } } } }',
      'coordination',
      {},
      undefined,
      true,
    ),
    q(
      'coordination, TH+MM from 2020',
      '{ coordination(filter: { countries: ["TH", "MM"], from: "2020" }) { truncated ties { id weight } } }',
      'coordination',
      { filter: window },
      undefined,
      true,
    ),
    q(
      'bilateral matrix',
      '{ bilateralMatrix(countries: ["TH", "LA", "MM"]) { cells { status lastActivity bilateralActivityCount } } }',
      'bilateralMatrix',
      { countries: ['TH', 'LA', 'MM'] },
      undefined,
      true,
    ),
    q(
      'counterpart coverage TH–LA',
      '{ counterpartCoverage(a: "TH", b: "LA") { sectors { sector status } } }',
      'counterpartCoverage',
      { a: 'TH', b: 'LA' },
      undefined,
      true,
    ),
    q(
      'period changes 2016→2022',
      '{ periodChanges(a: { until: "2016" }, b: { from: "2022" }) { kind weightBefore weightAfter } }',
      'periodChanges',
      { a: { until: '2016' }, b: { from: '2022' } },
      undefined,
      true,
    ),
    q(
      'missing links',
      '{ missingLinkReport { truncated links { a { id } b { id } score } } }',
      'missingLinkReport',
      {},
      undefined,
      true,
    ),
    q(
      'fragility',
      '{ fragility { truncated betweennessSamples brokers { organization { id } betweenness betweennessError } articulationPoints { cutOffCount } bridges { smallerSideCount } } }',
      'fragility',
      {},
      undefined,
      true,
    ),
  ];
}
