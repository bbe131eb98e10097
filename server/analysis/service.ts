/**
 * The analyses as the API runs them: computed once per store revision, viewer clearance and
 * filter, on compact projections held by a worker thread, so a costly analysis neither blocks the
 * event loop nor recomputes what the last request computed. The main thread numbers the instrument
 * graph once per revision and clearance (the catalogue, read through the viewer's redacted store,
 * so the cache never mixes clearances), evaluates each filter over it in integers, hands the
 * membership to the worker, and turns the integer answers back into records. The answers of the
 * analyses computed on the main thread (bilateral matrix, counterpart coverage, dormant
 * agreements) are kept per revision, clearance, filter and arguments.
 */
import { byId } from '../domain/order.js';
import type { CountryRecord, OrganizationRecord } from '../domain/records.js';
import type { GraphFilter } from '../graph/filter.js';
import type { GraphStore } from '../store/port.js';
import { instrumentsByOrg, type Membership } from './compact/membership.js';
import { counterpartCoverageReport, type CoverageReport } from './counterpart-coverage.js';
import { addEvidence, emptyTie, strongestFirst, type CoordinationGraph, type CoordinationTie } from './coordination.js';
import { fragilityRecords, type Fragility } from './fragility.js';
import {
  buildCatalogue,
  indexOfSelection,
  membershipOfSelection,
  selectFilter,
  type Catalogue,
  type Selection,
} from './catalogue.js';
import { readInstrumentGraph, type Instrument, type InstrumentIndex } from './instrument-index.js';
import { linkRecords, type MissingLinks, type PairKind } from './missing-links.js';
import type { TieChange } from './period-change.js';
import { prepareVerdicts } from './gap-verdict.js';
import { remember } from './remember.js';
import { AnalysisPool } from './worker/pool.js';
import type { TieEnds, TieRow } from './worker/protocol.js';

/** Which ties a coordination answer keeps, by their ends (organisation ids, not numbers). */
export interface CoordinationEnds {
  countries?: readonly string[];
  around?: readonly string[];
  amongPartners?: boolean;
}

/** A filter's selection of the catalogue with its integer form, for one revision, clearance and filter. */
export interface Prepared {
  key: string;
  selection: Selection;
  /**
   * The selection as record objects, built on first use (only the main-thread analyses read it),
   * in slices that let other requests run.
   */
  records(): Promise<InstrumentIndex>;
  /** Lets the records go (the next records() builds them again). */
  dropRecords(): void;
  orgs: OrganizationRecord[];
  membership: Membership;
  byOrg: { offsets: Int32Array; instOf: Int32Array };
}

/** Prepared filters kept in the main thread (each a few MB of integer arrays). */
const KEEP = 8;
/** Catalogues kept: the current revision's for a few clearances, or the last two revisions'. */
const KEEP_CATALOGUES = 3;
/**
 * Prepared filters that also hold their index as records (with what the verdicts derive from it):
 * at L each is some 200 MB, so only the last few asked keep theirs; the others build it again, in slices.
 */
const KEEP_RECORDS = 2;
/** Main-thread answers kept (bilateral matrix, counterpart coverage, dormant agreements). */
const KEEP_ANSWERS = 64;

/** Fragility's betweenness sampling stops after this long, keeping its estimate (and saying so). */
const BETWEENNESS_BUDGET_MS = 1200;

export class AnalysisService {
  private readonly prepared = new Map<string, Promise<Prepared>>();
  /** The catalogues of the latest revisions and clearances: built once, filtered per request. */
  private readonly catalogues = new Map<string, Promise<Catalogue>>();
  private readonly answers = new Map<string, Promise<unknown>>();
  /** The prepared filters holding their records, least recently built first (see KEEP_RECORDS). */
  private readonly holdingRecords: Prepared[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** The stores (each redacted for its clearance) whose catalogue is kept warm, by clearance (see watch). */
  private readonly watched = new Map<string, { store: GraphStore; seen?: string; warmed?: string }>();
  private watchTimer: NodeJS.Timeout | undefined;

  constructor(private readonly pool: AnalysisPool = new AnalysisPool()) {}

  /** The index for this store as the viewer sees it, read once per revision and filter. */
  async prepare(store: GraphStore, clearance: string, filter: GraphFilter, orgs?: OrganizationRecord[]) {
    // The revision is read first: a write landing during the read only makes the entry stale sooner.
    const revision = await store.revision();
    if (this.watchTimer) this.watched.set(clearance, { ...this.watched.get(clearance), store });
    const key = `${revision}|${clearance}|${filterKey(filter)}${orgs ? `|orgs:${orgs.length}:${hashIds(orgs)}` : ''}`;
    let entry = this.prepared.get(key);
    if (!entry) {
      entry = this.catalogue(store, `${revision}|${clearance}`).then((c) =>
        prepareSelection(key, c, filter, orgs, (p) => this.holdRecords(p)),
      );
      entry.catch(() => this.prepared.delete(key));
    }
    return remember(this.prepared, key, entry, KEEP);
  }

  /**
   * Prepares what the analyses with default arguments start from, for the store's current
   * revision as this clearance sees it: the catalogue, the unfiltered selection, its projection
   * on the worker thread and what its verdicts read. `store` must be the one redacted for `clearance`.
   */
  async warm(store: GraphStore, clearance: string): Promise<void> {
    const p = await this.prepare(store, clearance, {});
    await this.pool.run([input(p)], { kind: 'hold' });
    // What the matrix, pair verdicts and briefs read first (each instrument's states and order).
    await prepareVerdicts(await p.records());
  }

  /**
   * Keeps the store warm as `clearance` sees it (see warm): `afterMs` after this call, and again
   * in the background once the store's revision has moved and then stayed put for one check
   * (checked every `everyMs`, so a burst of writes costs one rebuild, brought forward
   * incrementally on the worker). Every clearance an analysis is asked under from then on is
   * kept warm too, each through its own redacted store. A request never waits for this nor gets
   * another revision's data: it prepares its own revision if that is not ready. For the server
   * (server/index.ts); the timers never keep the process alive.
   */
  watch(store: GraphStore, clearance: string, options: { afterMs?: number; everyMs?: number } = {}): void {
    this.watched.set(clearance, { store });
    setTimeout(() => void this.rewarm(true), options.afterMs ?? 3_000).unref();
    this.watchTimer ??= setInterval(() => void this.rewarm(), options.everyMs ?? 2_000);
    this.watchTimer.unref();
  }

  private async rewarm(now = false): Promise<void> {
    for (const [clearance, watched] of this.watched) {
      try {
        const revision = await watched.store.revision();
        // Unchanged since the last check (no write under way) and not warmed yet: warm it.
        if ((now || revision === watched.seen) && revision !== watched.warmed) {
          watched.warmed = revision;
          await this.warm(watched.store, clearance);
        }
        watched.seen = revision;
      } catch {
        // A store closed or unreachable, or the worker refusing: stop watching (the next analysis asks again).
        this.watched.delete(clearance);
      }
    }
  }

  /** The catalogue of a revision and clearance (`key`), built once. */
  private catalogue(store: GraphStore, key: string): Promise<Catalogue> {
    let found = this.catalogues.get(key);
    if (!found) {
      // One build at a time, each yielding as it goes: the event loop stays free for others.
      found = this.serially(async () => buildCatalogue(await readInstrumentGraph(store)));
      found.catch(() => this.catalogues.delete(key));
    }
    return remember(this.catalogues, key, found, KEEP_CATALOGUES);
  }

  private holdRecords(p: Prepared): void {
    this.holdingRecords.push(p);
    while (this.holdingRecords.length > KEEP_RECORDS) this.holdingRecords.shift()!.dropRecords();
  }

  /**
   * An answer computed on the main thread, kept per prepared filter (revision, clearance and
   * filter) and `args` (every argument that changes it, the reference day included).
   */
  answer<T>(p: Prepared, args: string, compute: () => T | Promise<T>): Promise<T> {
    const key = `${p.key}|${args}`;
    let found = this.answers.get(key) as Promise<T> | undefined;
    if (!found) {
      found = Promise.resolve().then(compute);
      found.catch(() => this.answers.delete(key));
    }
    remember<string, Promise<unknown>>(this.answers, key, found, KEEP_ANSWERS);
    return found;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Counterpart coverage of a pair of states, kept per prepared filter (the Gaps view and briefs share it). */
  coverage(
    p: Prepared,
    a: CountryRecord,
    b: CountryRecord,
  ): Promise<CoverageReport & { a: CountryRecord; b: CountryRecord }> {
    return this.answer(p, `coverage|${a.code}|${b.code}`, async () => {
      const records = await p.records();
      // Coverage reads each state's instruments (gap-verdict.ts), worked out in steps first.
      await prepareVerdicts(records);
      return { a, b, ...(await counterpartCoverageReport(records, a, b)) };
    });
  }

  /** The heaviest `limit` ties with the ends asked for; `total` counts them all. */
  async coordination(
    p: Prepared,
    limit: number,
    ends?: CoordinationEnds,
  ): Promise<CoordinationGraph & { total: number }> {
    const { ties, total } = await this.pool.run([input(p)], { kind: 'coordination', limit, ends: tieEnds(p, ends) });
    const kept = ties.map((t) => tieOf(p, t));
    kept.sort(strongestFirst);
    const organizations = new Map<string, OrganizationRecord>();
    for (const tie of kept) {
      organizations.set(tie.a.id, tie.a);
      organizations.set(tie.b.id, tie.b);
    }
    return { organizations: [...organizations.values()], ties: kept, truncated: total > limit, total };
  }

  /** How many ties have the ends asked for. */
  async coordinationCount(p: Prepared, ends?: CoordinationEnds): Promise<number> {
    return (await this.pool.run([input(p)], { kind: 'coordination', limit: 1, ends: tieEnds(p, ends) })).total;
  }

  async fragility(p: Prepared, limit: number): Promise<Fragility> {
    const result = await this.pool.run([input(p)], { kind: 'fragility', limit, budgetMs: BETWEENNESS_BUDGET_MS });
    const bridgeTies = new Map(result.bridges.map((b, i) => [b.tie, tieOf(p, result.bridgeTies[i]!)]));
    return fragilityRecords(
      result,
      (v) => p.orgs[v]!,
      (t) => bridgeTies.get(t)!,
    );
  }

  async missingLinks(p: Prepared, pairKind: PairKind, limit: number): Promise<MissingLinks> {
    const found = await this.pool.run([input(p)], { kind: 'missingLinks', pairKind, limit });
    const topics = new Map<string, Set<string>>();
    const topicsOf = (id: string) => topics.get(id) ?? topics.set(id, topicsWithPartners(p, id)).get(id);
    return { links: linkRecords(found.links, (v) => p.orgs[v]!, topicsOf), truncated: found.truncated };
  }

  /** Both preparations must share their organisations (prepare with the same `orgs`). */
  async periodChanges(
    a: Prepared,
    b: Prepared,
    limit: number,
    ends?: CoordinationEnds,
  ): Promise<{ changes: TieChange[]; truncated: boolean }> {
    const { changes, total } = await this.pool.run([input(a), input(b)], {
      kind: 'periodChanges',
      limit,
      ends: tieEnds(a, ends),
    });
    return {
      truncated: total > limit,
      changes: changes.map((c) => {
        const before = c.weightBefore ? tieOf(a, { ...c, weight: c.weightBefore, sharedCount: 0 }) : undefined;
        const after = c.weightAfter ? tieOf(b, { ...c, weight: c.weightAfter, sharedCount: 0 }) : undefined;
        return { kind: c.kind, before, after, weightBefore: round(c.weightBefore), weightAfter: round(c.weightAfter) };
      }),
    };
  }

  /** Whether an analysis is running on the worker thread right now. */
  get busy(): boolean {
    return this.pool.busy;
  }

  close(): Promise<void> {
    clearInterval(this.watchTimer);
    this.watchTimer = undefined;
    this.watched.clear();
    this.prepared.clear();
    this.catalogues.clear();
    this.answers.clear();
    this.holdingRecords.length = 0;
    return this.pool.close();
  }
}

let shared: AnalysisService | undefined;

/** The process's analysis service (one worker thread, started on first use). */
export function analysisService(): AnalysisService {
  return (shared ??= new AnalysisService());
}

function tieEnds(p: Prepared, ends: CoordinationEnds | undefined): TieEnds | undefined {
  if (!ends || (!ends.countries?.length && !ends.around)) return undefined;
  const numbers = ends.around && new Set(ends.around);
  return {
    countries: ends.countries?.length ? [...ends.countries] : undefined,
    around: numbers && p.orgs.flatMap((o, v) => (numbers.has(o.id) ? [v] : [])),
    amongPartners: ends.amongPartners,
  };
}

function input(p: Prepared) {
  return { key: p.key, membership: () => p.membership };
}

async function prepareSelection(
  key: string,
  catalogue: Catalogue,
  filter: GraphFilter,
  orgs: OrganizationRecord[] | undefined,
  holding: (p: Prepared) => void,
): Promise<Prepared> {
  const selection = await selectFilter(catalogue, filter);
  const numbered = await membershipOfSelection(selection, orgs);
  let index: Promise<InstrumentIndex> | undefined;
  const prepared: Prepared = {
    key,
    selection,
    records: () => {
      if (!index) {
        index = indexOfSelection(selection);
        holding(prepared);
      }
      return index;
    },
    dropRecords: () => (index = undefined),
    ...numbered,
    byOrg: instrumentsByOrg(numbered.membership),
  };
  return prepared;
}

/** The record of the prepared filter's instrument k. */
function instrumentAt(p: Prepared, k: number): Instrument {
  return p.selection.catalogue.instruments[p.selection.inst[k]!]!;
}

/** The instrument numbers organisation v is on. */
function instrumentsOf(p: Prepared, v: number): Int32Array {
  return p.byOrg.instOf.subarray(p.byOrg.offsets[v], p.byOrg.offsets[v + 1]);
}

/** A projection tie in full, its evidence found from the instruments both ends are on. */
function tieOf(p: Prepared, row: TieRow): CoordinationTie {
  const [x, y] = [instrumentsOf(p, row.a), instrumentsOf(p, row.b)];
  const [a, b] = [p.orgs[row.a]!, p.orgs[row.b]!];
  const tie = emptyTie(`${a.id}~${b.id}`, a, b);
  const shared: number[] = [];
  // Both lists ascend: walk them together.
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      shared.push(x[i]!);
      i++;
      j++;
    }
  }
  // In instrument id order, as projectCoordination lists them: the catalogue numbers instruments
  // in the order the store read them, and Neo4j's order varies.
  shared.sort((k, l) => byId(instrumentAt(p, k), instrumentAt(p, l)));
  for (const k of shared) {
    const size = p.membership.instOffsets[k + 1]! - p.membership.instOffsets[k]!;
    addEvidence(tie, instrumentAt(p, k));
    tie.weight += 1 / (size - 1);
  }
  tie.weight = round(tie.weight);
  return tie;
}

/** Topics of the instruments an organisation shares with at least one other. */
function topicsWithPartners(p: Prepared, id: string): Set<string> {
  const topics = new Set<string>();
  const v = p.orgs.findIndex((o) => o.id === id);
  if (v === -1) return topics;
  for (const k of instrumentsOf(p, v)) {
    if (p.membership.instOffsets[k + 1]! - p.membership.instOffsets[k]! < 2) continue;
    for (const t of instrumentAt(p, k).topics) topics.add(t);
  }
  return topics;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The filter as a stable string: same filter, same key, whatever the order of its fields. */
export function filterKey(filter: GraphFilter): string {
  const entries = Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : 1));
  return JSON.stringify(entries);
}

function hashIds(orgs: OrganizationRecord[]): number {
  let h = 0;
  for (const o of orgs) for (let i = 0; i < o.id.length; i++) h = (Math.imul(h, 31) + o.id.charCodeAt(i)) | 0;
  return h >>> 0;
}
