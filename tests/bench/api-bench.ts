/**
 * `npm run bench -- --store embedded|neo4j|both --size seed|S|M|L`: builds the graph (the seed, or
 * the synthetic world at a size of tests/bench/synthetic-world.ts), loads it into each store, and
 * prints for every query the HTTP p50/p95 against a real server process, the direct call (the same
 * resolver in-process, no GraphQL execution or HTTP), their ratio, the raw floor where one exists
 * (a plain breadth-first search for neighbourhoods), and per store the cold start, RSS (after the
 * start, after the throughput runs, peak), the depth-2 neighbourhood from the response cache,
 * depth-2 throughput from 20 clients (over 20 organisations, mostly cache hits, and over a different
 * organisation per request, every one a miss) and a cheap query's latency while four clients run
 * fragility. The per-query HTTP rows send Cache-Control: no-cache, so they measure the computation.
 * With both stores, each query's Neo4j/embedded ratio. Asserts nothing: timing goals live here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { MultiDirectedGraph } from 'graphology';
import { Kind, parse, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { createContext } from '../../server/http/context.js';
import { resolvers } from '../../server/resolvers/index.js';
import { analysisService } from '../../server/analysis/service.js';
import { loadSeed } from '../../server/seed/load.js';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import type { Dataset, GraphStore } from '../../server/store/port.js';
import { parseArgs, type StoreName } from './lib/args.js';
import { benchQueries, EXPLORER_NEIGHBOURHOOD, type BenchQuery } from './lib/queries.js';
import { startNeo4j, type Neo4jProcess } from './lib/neo4j-process.js';
import { startServer, type ServerProcess } from './lib/server-process.js';
import { budgetTable, checkBudgets } from './lib/budgets.js';
import { ms, sample, timing, type Timing } from './lib/stats.js';
import { SIZES, syntheticWorld } from './synthetic-world.js';

const args = parseArgs(process.argv.slice(2));
const ANALYSIS_ROUNDS = Math.max(3, Math.min(args.rounds, 6));

interface Row {
  direct?: { first: number; rest: Timing; error?: string };
  http?: { first: number; rest: Timing; error?: string };
  floor?: number;
}

interface Throughput {
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
}

interface StoreReport {
  load: number;
  coldStart: number;
  peakRss: number;
  rows: Map<string, Row>;
  throughput: Throughput;
  /** Every request a different organisation: no answer comes from the response cache. */
  throughputMisses: Throughput;
  /** The explorer's depth-2 neighbourhood answered from the response cache, over HTTP. */
  fromCache: Timing;
  /** RSS right after the cold start, and after the throughput runs (MB). */
  rssAfterStart: number;
  rssAfterThroughput: number;
  underLoad: { cheap: Timing; analyses: number; errors: number; analysis: string };
  briefs: Awaited<ReturnType<typeof briefs>>;
}

async function dataset(): Promise<{ data: Dataset; hub: string; from: string; to: string; search: string }> {
  if (args.size === 'seed')
    return { data: await loadSeed(), hub: 'msdhs', from: 'ticac', to: 'unodc', search: 'ministry' };
  const { organizations, meetings } = SIZES[args.size];
  return {
    data: syntheticWorld(organizations, meetings),
    hub: 'org-0',
    from: 'org-5',
    to: `org-${organizations - 1}`,
    search: 'ministry',
  };
}

/** A plain breadth-first search over an in-memory graph: the least a neighbourhood can cost. */
function bfsFloor(data: Dataset, hub: string, depth: number): number {
  const graph = new MultiDirectedGraph();
  for (const n of data.nodes) graph.addNode(n.id);
  for (const r of data.relationships) graph.addDirectedEdgeWithKey(r.id, r.start, r.end);
  const samples: number[] = [];
  for (let round = 0; round < 10; round++) {
    const t = performance.now();
    let frontier = [hub];
    const seen = new Set(frontier);
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        graph.forEachNeighbor(id, (other) => {
          if (!seen.has(other) && seen.size < 500) {
            seen.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    samples.push(performance.now() - t);
  }
  return timing(samples).p50;
}

async function direct(store: GraphStore, q: BenchQuery) {
  const resolver = (resolvers.Query as Record<string, (...a: unknown[]) => unknown>)[q.resolver]!;
  const info = resolveInfo(q);
  return sample(q.analysis ? ANALYSIS_ROUNDS : args.rounds, async () => {
    await resolver(undefined, q.args, createContext(store, 'PUBLIC'), info);
  });
}

/**
 * The parts of graphql's resolve info a resolver reads (the field's selection and the document's
 * fragments: the neighbourhood reads ahead only the fields asked), from the benchmark's own query.
 */
function resolveInfo(q: BenchQuery): GraphQLResolveInfo {
  const document = parse(q.query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const field = operation.selectionSet.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === q.resolver,
  );
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  ) as GraphQLResolveInfo['fragments'];
  return {
    fieldNodes: field ? [field] : [],
    fragments,
    variableValues: q.variables ?? {},
  } as unknown as GraphQLResolveInfo;
}

async function openLoaded(
  name: StoreName,
  data: Dataset,
  neo4j: Neo4jProcess | undefined,
): Promise<{ store: GraphStore; load: number; env: Record<string, string>; cleanup: () => void }> {
  if (name === 'embedded') {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
    const store = EmbeddedStore.open(dir);
    const t = performance.now();
    await store.replaceAll(data);
    return {
      store,
      load: performance.now() - t,
      env: { DATA_DIR: dir },
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { openNeo4jStore } = await import('../../server/store/neo4j/neo4j-store.js');
  const config = { uri: neo4j!.uri, user: 'neo4j', password: neo4j!.password, database: 'neo4j' };
  const store = await openNeo4jStore(config, { transactionTimeoutMs: 3_600_000, maxRetryTimeMs: 0 });
  const t = performance.now();
  if (process.env.BENCH_NEO4J_LOADED === '1' && (await holds(store, data))) {
    // A database loaded by an earlier run with this very dataset (NEO4J_URI): L takes minutes to load.
    console.error('[neo4j] the database already holds this dataset: not loading it again');
  } else {
    await loadInChunks(store, data);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
  return {
    store,
    load: performance.now() - t,
    env: { STORE: 'neo4j', NEO4J_URI: config.uri, NEO4J_PASSWORD: config.password, DATA_DIR: dir },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Whether the store holds exactly as many nodes and ties of each kind as the dataset. */
async function holds(store: GraphStore, data: Dataset): Promise<boolean> {
  const stats = await store.stats();
  const count = <K extends string>(items: readonly { [k in K]: string }[], key: K) => {
    const counts: Record<string, number> = {};
    for (const item of items) counts[item[key]] = (counts[item[key]] ?? 0) + 1;
    return counts;
  };
  const same = (a: Record<string, number | undefined>, b: Record<string, number>) =>
    Object.keys({ ...a, ...b }).every((k) => (a[k] ?? 0) === (b[k] ?? 0));
  return (
    same(stats.nodes, count(data.nodes, 'nodeKind')) && same(stats.relationships, count(data.relationships, 'type'))
  );
}

/** Records per transaction when loading Neo4j: 505k ties in one replaceAll exceed its transaction memory. */
const LOAD_CHUNK = 20_000;

/**
 * Loads a dataset as replaceAll would, in transactions of LOAD_CHUNK records: replaceAll with the
 * first nodes (clearing the graph and the trail), then the other nodes, then the ties, each chunk
 * a `write`. Not atomic as a whole — a failure leaves part of the graph — which a benchmark on a
 * scratch database can afford and the port's replaceAll must not (so the adapter stays one
 * transaction). Records land at version 1 either way.
 */
async function loadInChunks(store: GraphStore, data: Dataset): Promise<void> {
  if (data.nodes.length + data.relationships.length <= LOAD_CHUNK) return store.replaceAll(data);
  await store.replaceAll({ nodes: data.nodes.slice(0, LOAD_CHUNK), relationships: [] });
  for (let i = LOAD_CHUNK; i < data.nodes.length; i += LOAD_CHUNK) {
    await store.write({ upsertNodes: data.nodes.slice(i, i + LOAD_CHUNK) });
  }
  for (let i = 0; i < data.relationships.length; i += LOAD_CHUNK) {
    await store.write({ upsertRelationships: data.relationships.slice(i, i + LOAD_CHUNK) });
  }
}

/**
 * Depth-2 neighbourhoods from 20 clients. `hubs`: the same few organisations again and again (after
 * the first round, answers the response cache holds); `fresh`: a different organisation each time,
 * taken in turn from the list, so every request misses the cache.
 */
async function throughput(server: ServerProcess, hubs: string[], fresh = false) {
  const body = (hub: string) =>
    JSON.stringify({ query: EXPLORER_NEIGHBOURHOOD, variables: { ids: [hub], depth: 2, limit: 500 } });
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'gzip' };
  let next = 0;
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: 20,
    duration: args.loadSeconds,
    requests: fresh
      ? [{ method: 'POST', headers, setupRequest: (req) => ({ ...req, body: body(hubs[next++ % hubs.length]!) }) }]
      : hubs.map((hub) => ({ method: 'POST', headers, body: body(hub) })),
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** A day in a window never asked before, the n-th of the run: work no cache holds. */
const freshDay = (n: number) => `20${13 + (n % 10)}-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')}`;

/**
 * A cheap lookup's latency while four clients keep sending `request(n)`: the costliest analysis
 * (the one whose first call took longest in this run) or a brief, each on a window never asked before.
 */
async function lookupsBeside(
  server: ServerProcess,
  hub: string,
  request: (n: number) => { method: 'GET' | 'POST'; path: string; body?: string },
) {
  let n = 0;
  const load = autocannon({
    url: server.url,
    connections: 4,
    duration: args.loadSeconds,
    timeout: 120,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, ...request(++n) }),
      },
    ],
  });
  const samples: number[] = [];
  const end = performance.now() + args.loadSeconds * 1000;
  await new Promise((r) => setTimeout(r, 500));
  while (performance.now() < end) {
    const t = performance.now();
    await server.gql(`{ node(id: "${hub}") { id name } }`);
    samples.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = await load;
  return { cheap: timing(samples), answered: result.requests.total, errors: result.errors + result.non2xx };
}

async function cheapUnderLoad(server: ServerProcess, hub: string, costliest: BenchQuery) {
  const r = await lookupsBeside(server, hub, (n) => ({
    method: 'POST',
    path: '/graphql',
    body: JSON.stringify({ query: costliest.windowed!(freshDay(n)) }),
  }));
  return { cheap: r.cheap, analyses: r.answered, errors: r.errors, analysis: costliest.name };
}

/**
 * Briefs as a desk officer asks them: a pair of states and the hub organisation, first and again
 * (HTML), then a lookup's latency while four clients ask such briefs on new windows.
 */
async function briefs(server: ServerProcess, hub: string) {
  const get = (focus: string) => async () => {
    const res = await fetch(`${server.url}/brief?focus=${focus}`);
    if (!res.ok) throw new Error(`brief ${focus}: HTTP ${res.status}`);
    await res.text();
  };
  const pair = await sample(4, get('pair:TH-LA'));
  const org = await sample(4, get(`org:${hub}`));
  const beside = await lookupsBeside(server, hub, (n) => ({
    method: 'GET',
    path: `/brief?focus=${n % 2 ? 'pair:TH-LA' : `org:${hub}`}&from=${freshDay(n)}`,
  }));
  return { pair, org, beside };
}

/** The analysis whose first call over HTTP took longest in this run (a failed one counts as costliest). */
function costliest(queries: BenchQuery[], rows: Map<string, Row>): BenchQuery {
  const cost = (q: BenchQuery) => {
    const http = rows.get(q.name)?.http;
    return !http || http.error ? Infinity : http.first;
  };
  return queries.filter((q) => q.windowed).reduce((worst, q) => (cost(q) > cost(worst) ? q : worst));
}

async function benchStore(name: StoreName, fixture: Awaited<ReturnType<typeof dataset>>, neo4j?: Neo4jProcess) {
  const queries = benchQueries(fixture.hub, fixture.from, fixture.to, fixture.search);
  const rows = new Map<string, Row>(queries.map((q) => [q.name, {}]));
  console.error(`[${name}] loading…`);
  const opened = await openLoaded(name, fixture.data, neo4j);
  console.error(`[${name}] loaded in ${ms(opened.load)} ms; direct calls…`);
  for (const q of queries) {
    rows.get(q.name)!.direct = await direct(opened.store, q);
    if (name === 'embedded' && q.resolver === 'neighbourhood') {
      rows.get(q.name)!.floor = bfsFloor(fixture.data, fixture.hub, q.args.depth as number);
    }
  }
  await opened.store.close();
  await analysisService().close();
  console.error(`[${name}] server…`);
  const server = await startServer(opened.env);
  const rssAfterStart = server.rssMb();
  try {
    for (const q of queries) {
      // no-cache: the response cache computes the answer afresh, so the row measures the work.
      rows.get(q.name)!.http = await sample(q.analysis ? ANALYSIS_ROUNDS : args.rounds, () =>
        server.gql(q.query, q.variables, { 'cache-control': 'no-cache' }),
      );
    }
    const depth2 = { ids: [fixture.hub], depth: 2, limit: 500 };
    const fromCache = await sample(args.rounds, () => server.gql(EXPLORER_NEIGHBOURHOOD, depth2));
    console.error(`[${name}] throughput…`);
    const hubs = fixture.data.nodes
      .filter((n) => n.nodeKind === 'ORGANIZATION')
      .slice(0, 20)
      .map((n) => n.id);
    const organizations = fixture.data.nodes.filter((n) => n.nodeKind === 'ORGANIZATION').map((n) => n.id);
    const cached = await throughput(server, hubs);
    const misses = await throughput(server, organizations.slice(20).concat(organizations.slice(0, 20)), true);
    const rssAfterThroughput = server.rssMb();
    const report: StoreReport = {
      load: opened.load,
      coldStart: server.coldStartMs,
      rows,
      throughput: cached,
      throughputMisses: misses,
      fromCache: fromCache.rest,
      rssAfterStart,
      rssAfterThroughput,
      underLoad: await cheapUnderLoad(server, fixture.hub, costliest(queries, rows)),
      briefs: await briefs(server, fixture.hub),
      peakRss: 0,
    };
    report.peakRss = server.peakRssMb();
    return report;
  } finally {
    await server.stop();
    opened.cleanup();
  }
}

function print(reports: Partial<Record<StoreName, StoreReport>>, fixture: Awaited<ReturnType<typeof dataset>>) {
  const names = Object.keys(reports) as StoreName[];
  console.log(
    `\n## ${args.size === 'seed' ? 'seed' : `size ${args.size}`}: ${fixture.data.nodes.length} nodes, ${fixture.data.relationships.length} relationships (${args.rounds} rounds; analyses ${ANALYSIS_ROUNDS}, first call apart; ms)\n`,
  );
  const head = ['query'];
  for (const n of names) head.push(`${n} HTTP p50 / p95`, `${n} first`, `${n} direct p50`, `${n} HTTP÷direct`);
  if (names.length === 2) head.push('neo4j÷embedded (HTTP p50)');
  head.push('raw floor (BFS)');
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  const first = reports[names[0]!]!;
  for (const [query] of first.rows) {
    const cells = [query];
    for (const n of names) {
      const row = reports[n]!.rows.get(query)!;
      cells.push(
        `${ms(row.http?.rest.p50)} / ${ms(row.http?.rest.p95)}`,
        ms(row.http?.first),
        ms(row.direct?.rest.p50),
        row.http && row.direct ? (row.http.rest.p50 / Math.max(row.direct.rest.p50, 0.01)).toFixed(1) : '—',
      );
    }
    if (names.length === 2) {
      const [e, n4] = [reports.embedded!.rows.get(query)!, reports.neo4j!.rows.get(query)!];
      cells.push((n4.http!.rest.p50 / Math.max(e.http!.rest.p50, 0.01)).toFixed(1));
    }
    cells.push(ms(first.rows.get(query)!.floor));
    console.log(`| ${cells.join(' | ')} |`);
  }
  for (const n of names) {
    for (const [query, row] of reports[n]!.rows) {
      for (const [how, result] of [
        ['direct', row.direct],
        ['HTTP', row.http],
      ] as const) {
        if (result?.error) console.log(`- ${n} ${how} ${query} failed: ${result.error}`);
      }
    }
  }
  console.log('');
  for (const n of names) {
    const r = reports[n]!;
    console.log(
      `- **${n}**: load ${ms(r.load)} ms; cold start ${ms(r.coldStart)} ms; ` +
        `RSS after start ${ms(r.rssAfterStart)} MB, after the throughput runs ${ms(r.rssAfterThroughput)} MB, peak ${ms(r.peakRss)} MB; ` +
        `depth-2 neighbourhood from the response cache p50 ${ms(r.fromCache.p50)} ms, p95 ${ms(r.fromCache.p95)} ms; ` +
        `depth-2 neighbourhoods from 20 clients over 20 organisations (cached after the first): ${rate(r.throughput)}; ` +
        `over a different organisation each (every one a cache miss): ${rate(r.throughputMisses)}; ` +
        `node lookup while 4 clients run ${r.underLoad.analysis} on new windows: p50 ${ms(r.underLoad.cheap.p50)} ms, p95 ${ms(r.underLoad.cheap.p95)} ms ` +
        `(${r.underLoad.cheap.n} lookups, ${r.underLoad.analyses} analyses answered, ${r.underLoad.errors} errors); ` +
        `briefs (HTML): TH–LA first ${ms(r.briefs.pair.first)} ms, then p50 ${ms(r.briefs.pair.rest.p50)} ms; ` +
        `${fixture.hub} first ${ms(r.briefs.org.first)} ms, then p50 ${ms(r.briefs.org.rest.p50)} ms` +
        `${r.briefs.pair.error || r.briefs.org.error ? ` (error: ${r.briefs.pair.error ?? r.briefs.org.error})` : ''}; ` +
        `node lookup while 4 clients ask these briefs on new windows: p50 ${ms(r.briefs.beside.cheap.p50)} ms, p95 ${ms(r.briefs.beside.cheap.p95)} ms ` +
        `(${r.briefs.beside.cheap.n} lookups, ${r.briefs.beside.answered} briefs answered, ${r.briefs.beside.errors} errors)`,
    );
  }
  for (const n of names) {
    const r = reports[n]!;
    const queries = benchQueries(fixture.hub, fixture.from, fixture.to, fixture.search);
    const lines = checkBudgets({
      queries: queries.map((q) => ({ name: q.name, analysis: !!q.analysis, http: r.rows.get(q.name)?.http })),
      coldStart: r.coldStart,
      peakRss: r.peakRss,
      throughput: r.throughput,
      distinctThroughput: r.throughputMisses,
      underLoad: r.underLoad,
      besideBriefs: r.briefs.beside,
    });
    console.log(`\n${budgetTable(`${n}, size ${args.size}`, lines)}`);
  }
}

function rate(t: Throughput): string {
  return `${t.perSecond.toFixed(1)} answers/s (p50 ${t.p50} ms, p90 ${t.p90} ms, p99 ${t.p99} ms, ${t.errors} errors)`;
}

const fixture = await dataset();
const reports: Partial<Record<StoreName, StoreReport>> = {};
let neo4j: Neo4jProcess | undefined;
const neo4jData = mkdtempSync(path.join(tmpdir(), 'atlas-bench-neo4j-'));
try {
  for (const name of args.stores) {
    if (name === 'neo4j') neo4j = await startNeo4j(Number(process.env.BENCH_NEO4J_PORT ?? 7690), neo4jData);
    reports[name] = await benchStore(name, fixture, neo4j);
    // A store done is printed at once (to stderr): a long run cut short keeps what it measured.
    if (args.stores.length > 1)
      console.error(JSON.stringify({ [name]: { ...reports[name], rows: [...reports[name].rows] } }));
  }
} finally {
  await neo4j?.stop();
  rmSync(neo4jData, { recursive: true, force: true });
}
print(reports, fixture);
process.exit(0);
