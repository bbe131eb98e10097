/**
 * The one place that decides whether cooperation is used: a verdict per agreement (is anything
 * recorded under it, and how recently) and a verdict per pair of states (is there a bilateral
 * instrument, and is the pair active). The bilateral matrix, the dormant-agreements list, the
 * briefs and the Gaps view's pair panel all state these verdicts and none computes its own, so
 * they cannot disagree.
 *
 * Two rules the data needs:
 * - Activity recorded UNDER a bilateral agreement is activity of the pair, even when the source
 *   names only one side's agencies (the Thailand–China plan-of-action meeting names only MSDHS):
 *   the verdict says which side was named.
 * - "Recent" is judged against the reference date (by default the latest date the filtered data
 *   records, so an archive of 2013 reports is judged against 2013), over the same number of months
 *   for pairs and agreements: a pair called DORMANT has every agreement in force on the dormant list.
 */
import type { AgreementRecord, CountryRecord, JointCaseRecord, MeetingRecord } from '../domain/records.js';
import { latestDay, type PartialDate } from '../domain/partial-date.js';
import { instrumentDates } from './coordination.js';
import type { Instrument, InstrumentEntry, InstrumentIndex } from './instrument-index.js';
import { remember } from './remember.js';
import { isBilateral, statesOf } from './sides.js';
import { sortInSteps } from '../scheduling/sort-in-steps.js';
import { completed, inSlices } from '../scheduling/time-slices.js';
import { PAIR_STATUS_WORDS, sideWords, type PairStatus } from './verdict-words.js';

export type { PairStatus } from './verdict-words.js';

/** How long an agreement or a pair may go without activity before it is called dormant. */
export const DEFAULT_QUIET_MONTHS = 24;

export interface VerdictOptions {
  /** Months without activity before the reference date that make an agreement or pair dormant. */
  months: number;
  /** The reference date; by default the latest date in the data. */
  asOf?: PartialDate | undefined;
}

const DEFAULTS: VerdictOptions = { months: DEFAULT_QUIET_MONTHS };

/** Options that travel with an index (withVerdictOptions): a brief judges every verdict alike. */
const optionsByIndex = new WeakMap<InstrumentIndex, VerdictOptions>();
/** The index a view was made from: a view reads its derived data (worked out once per index). */
const baseOf = new WeakMap<InstrumentIndex, InstrumentIndex>();

/**
 * The index, as a view whose verdicts default to these options: a brief made for "12 months"
 * passes the index around and every agreement and pair in it is judged over 12 months.
 */
export function withVerdictOptions(index: InstrumentIndex, options: VerdictOptions): InstrumentIndex {
  const view = { ...index };
  optionsByIndex.set(view, options);
  baseOf.set(view, baseOf.get(index) ?? index);
  return view;
}

function optionsOf(index: InstrumentIndex, options: VerdictOptions | undefined): VerdictOptions {
  return options ?? optionsByIndex.get(index) ?? DEFAULTS;
}

/** What every verdict over one index reads, computed once per index (indexes are kept per revision and filter). */
interface Derived {
  states: Map<InstrumentEntry, ReadonlySet<string>>;
  /** The meetings and cases recorded under each agreement. */
  under: Map<string, InstrumentEntry[]>;
  byInstrument: Map<string, InstrumentEntry>;
  /** The entries naming each state (statesOf), in index order. */
  byState: Map<string, InstrumentEntry[]>;
  latest: PartialDate | undefined;
  /**
   * Each instrument's place in the order newest first (see newestFirst), equal places for
   * instruments that order alike: any list of them is then sorted by integers.
   */
  place: Map<Instrument, number>;
}

const derivedByIndex = new WeakMap<InstrumentIndex, Derived>();

function derived(view: InstrumentIndex): Derived {
  const index = baseOf.get(view) ?? view;
  let d = derivedByIndex.get(index);
  if (!d) {
    completed(derivation(index));
    d = derivedByIndex.get(index)!;
  }
  return d;
}

/** Entries worked through between two yields to the event loop (see prepareVerdicts). */
const STEP = 5_000;

/** Builds the index's derived data in steps of STEP entries (and the sort in steps), keeping it. */
function* derivation(index: InstrumentIndex): Generator<void, void> {
  const states = new Map<InstrumentEntry, ReadonlySet<string>>();
  const under = new Map<string, InstrumentEntry[]>();
  const byInstrument = new Map<string, InstrumentEntry>();
  const byState = new Map<string, InstrumentEntry[]>();
  let latest: PartialDate | undefined;
  let i = 0;
  for (const e of index.entries) {
    if (++i % STEP === 0) yield;
    const named = statesOf(e);
    states.set(e, named);
    for (const code of named) (byState.get(code) ?? byState.set(code, []).get(code)!).push(e);
    byInstrument.set(e.instrument.id, e);
    latest = later(latest, instrumentDates(e.instrument)[1]);
    for (const u of e.under) (under.get(u.id) ?? under.set(u.id, []).get(u.id)!).push(e);
  }
  yield;
  const place = new Map<Instrument, number>();
  const keyed: Keyed<InstrumentEntry>[] = [];
  for (const e of index.entries) {
    if (++i % STEP === 0) yield;
    keyed.push({ item: e, day: lastDay(activityDate(e)), id: entryId(e) });
  }
  const ordered = yield* sortInSteps(keyed, compareKeyed);
  for (let n = 0; n < ordered.length; n++) {
    if (n % STEP === STEP - 1) yield;
    const [k, before] = [ordered[n]!, ordered[n - 1]];
    place.set(k.item.instrument, before && !compareKeyed(before, k) ? place.get(before.item.instrument)! : n);
  }
  if (!derivedByIndex.has(index)) derivedByIndex.set(index, { states, under, byInstrument, byState, latest, place });
}

/**
 * Works out what every verdict over the index reads (each instrument's states and order), in
 * steps that let other requests run: on a national graph this is most of a matrix's first
 * computation, which would otherwise hold the event loop for a second.
 */
export async function prepareVerdicts(view: InstrumentIndex): Promise<void> {
  const index = baseOf.get(view) ?? view;
  if (derivedByIndex.has(index)) return;
  await inSlices(derivation(index));
}

/** The states each instrument of the index involves (statesOf), worked out once per index. */
export function statesIn(index: InstrumentIndex): ReadonlyMap<InstrumentEntry, ReadonlySet<string>> {
  return derived(index).states;
}

/** The latest date any instrument in the index records. */
export function latestDateIn(index: InstrumentIndex): PartialDate | undefined {
  return derived(index).latest;
}

/** The date verdicts are judged against. */
export function referenceDate(index: InstrumentIndex, options?: VerdictOptions): PartialDate | undefined {
  return optionsOf(index, options).asOf ?? latestDateIn(index);
}

/** Whole months from the last day of `from` to the last day of `to`. */
export function monthsBetween(from: PartialDate, to: PartialDate): number {
  return Math.max(0, monthOf(to) - monthOf(from));
}

/**
 * The last day a partial date covers (latestDay), remembered: a verdict over a national network
 * compares tens of thousands of dates, and most are months or years, whose last day is computed.
 */
const lastDays = new Map<PartialDate, string>();

function lastDay(date: PartialDate | undefined): string {
  if (date === undefined) return '';
  let day = lastDays.get(date);
  if (day === undefined) {
    // Dates are validated, so there are few distinct ones; the bound only guards the memory.
    if (lastDays.size > 100_000) lastDays.clear();
    day = latestDay(date);
    lastDays.set(date, day);
  }
  return day;
}

/** The month of a date's last day, counted from year 0. */
function monthOf(date: PartialDate): number {
  const day = lastDay(date);
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
}

/** The later of two partial dates, comparing the last day each covers (laterOf). */
function later(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return lastDay(a) >= lastDay(b) ? a : b;
}

const activityDate = (e: InstrumentEntry) => instrumentDates(e.instrument)[1];

/** localeCompare's order (the same default collator), without building it on every comparison. */
const byText = new Intl.Collator().compare;

/** Newer (by last day, as YYYY-MM-DD) first, undated ('') last. */
const byDayDescending = (dx: string, dy: string) => (dx === dy ? 0 : dx > dy ? -1 : 1);

interface Keyed<T> {
  item: T;
  day: string;
  id: string;
}

const compareKeyed = <T>(x: Keyed<T>, y: Keyed<T>) => byDayDescending(x.day, y.day) || byText(x.id, y.id);

/** Items newest first, undated last, then by id, each item's day read once (not at every comparison). */
function byDateThenId<T>(
  items: Iterable<T>,
  date: (t: T) => PartialDate | undefined,
  id: (t: T) => string,
): Keyed<T>[] {
  return Array.from(items, (item) => ({ item, day: lastDay(date(item)), id: id(item) })).sort(compareKeyed);
}

/**
 * Newest first, undated last, then by id: the order never depends on the store. The instruments
 * of the index are sorted by their place in it (a pair of states can have 50,000 meetings, and
 * comparing their dates and ids took seconds); others, should there be any, by their dates and ids.
 */
function newestFirst<T>(d: Derived, items: Iterable<T>, instrumentOf: (t: T) => Instrument): T[] {
  return completed(newestFirstSteps(d, items, instrumentOf));
}

/** newestFirst, pausing every STEP items while it reads their places. */
function* newestFirstSteps<T>(
  d: Derived,
  items: Iterable<T>,
  instrumentOf: (t: T) => Instrument,
): Generator<void, T[]> {
  const list = Array.from(items);
  const places: (number | undefined)[] = new Array<number | undefined>(list.length);
  let unplaced = false;
  for (let i = 0; i < list.length; i++) {
    if (i % STEP === STEP - 1) yield;
    unplaced ||= (places[i] = d.place.get(instrumentOf(list[i]!))) === undefined;
  }
  if (unplaced) {
    return byDateThenId(
      list,
      (t) => instrumentDates(instrumentOf(t))[1],
      (t) => instrumentOf(t).id,
    ).map((k) => k.item);
  }
  // A stable sort: items of equal place keep their order, as they would under the comparison.
  // Each item's place and position packed in one number, sorted natively (no comparator calls).
  if (list.length < SLOTS) {
    const keys = new Float64Array(list.length);
    for (let i = 0; i < list.length; i++) keys[i] = places[i]! * SLOTS + i;
    keys.sort();
    return Array.from(keys, (k) => list[k % SLOTS]!);
  }
  return Array.from(list.keys())
    .sort((x, y) => places[x]! - places[y]!)
    .map((i) => list[i]!);
}

/** Entries of the index newest first (by the last date each records), undated last, then by id. */
export function newestEntriesFirst(index: InstrumentIndex, entries: Iterable<InstrumentEntry>): InstrumentEntry[] {
  return newestFirst(derived(index), entries, entryInstrument);
}

/** The meetings and cases recorded under an agreement of the index, newest first. */
export function entriesUnder(index: InstrumentIndex, agreementId: string): InstrumentEntry[] {
  const d = derived(index);
  return newestFirst(d, d.under.get(agreementId) ?? [], entryInstrument);
}

/** Positions a packed sort key leaves room for (newestFirst): place × SLOTS + position stays exact. */
const SLOTS = 2 ** 21;

const entryId = (e: InstrumentEntry) => e.instrument.id;
const entryInstrument = (e: InstrumentEntry) => e.instrument;

function isRecent(date: PartialDate | undefined, reference: PartialDate | undefined, months: number): boolean {
  return !!date && !!reference && monthsBetween(date, reference) <= months;
}

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

/** How an agreement is used: what is recorded under it, and whether it is dormant. */
export interface AgreementUse {
  agreement: AgreementRecord;
  /** Status ACTIVE: only agreements in force can be dormant. */
  inForce: boolean;
  /** The meetings and cases recorded under it (UNDER), newest first. */
  activities: Instrument[];
  /** The latest of them (an undated one only when none is dated). */
  lastActivity: Instrument | undefined;
  lastActivityDate: PartialDate | undefined;
  /** Whole months from the last activity to the reference date; undefined when there is no dated activity. */
  monthsSinceActivity: number | undefined;
  /** In force, with no activity under it within the months before the reference date. */
  dormant: boolean;
  /** The agreement's states that the last activity names (through their agencies, or in their own name). */
  namedStates: CountryRecord[];
  /** The agreement's states the last activity does not name. */
  unnamedStates: CountryRecord[];
  /** The verdict in words: "last activity 2024-03-28: … (only Thailand’s side named)". */
  summary: string;
}

export function agreementUse(index: InstrumentIndex, agreement: AgreementRecord, given?: VerdictOptions): AgreementUse {
  const options = optionsOf(index, given);
  const d = derived(index);
  const activities = newestFirst(d, d.under.get(agreement.id) ?? [], entryInstrument);
  const last = activities[0];
  const lastDate = last && activityDate(last);
  const reference = referenceDate(index, options);
  const since = lastDate && reference ? monthsBetween(lastDate, reference) : undefined;
  const inForce = agreement.status === 'ACTIVE';
  const dormant = inForce && !(last && since !== undefined && since <= options.months);
  const own = d.byInstrument.get(agreement.id);
  const codes = own ? [...(d.states.get(own) ?? [])] : [];
  const named = last ? (d.states.get(last) ?? new Set<string>()) : new Set<string>();
  const country = (code: string) => index.countries.find((c) => c.code === code);
  const known = codes.map(country).filter((c): c is CountryRecord => !!c);
  const namedStates = last ? known.filter((c) => named.has(c.code)) : [];
  const unnamedStates = last ? known.filter((c) => !named.has(c.code)) : [];
  return {
    agreement,
    inForce,
    activities: activities.map((e) => e.instrument),
    lastActivity: last?.instrument,
    lastActivityDate: lastDate,
    monthsSinceActivity: since,
    dormant,
    namedStates,
    unnamedStates,
    summary: last
      ? `last activity ${lastDate ?? 'undated'}: ${last.instrument.name}${sidesNote(namedStates, unnamedStates)}`
      : 'no meeting or case recorded under it',
  };
}

/** " (only Thailand’s side named)" when a bilateral agreement's activity names one side only. */
function sidesNote(named: CountryRecord[], unnamed: CountryRecord[]): string {
  if (!unnamed.length || named.length + unnamed.length < 2) return '';
  if (!named.length) return ' (neither side’s agencies named)';
  return ` (only ${named.map((c) => sideWords(c.name)).join(' and ')} named)`;
}

/** Every agreement in force that is dormant, never-used first, then the longest quiet. */
export function dormantUses(index: InstrumentIndex, options?: VerdictOptions): AgreementUse[] {
  return index.entries
    .filter((e) => e.instrument.nodeKind === 'AGREEMENT')
    .map((e) => agreementUse(index, e.instrument as AgreementRecord, options))
    .filter((u) => u.dormant)
    .sort(
      (x, y) =>
        (y.monthsSinceActivity ?? Infinity) - (x.monthsSinceActivity ?? Infinity) ||
        x.agreement.name.localeCompare(y.agreement.name),
    );
}

// ---------------------------------------------------------------------------------------------
// Pairs of states
// ---------------------------------------------------------------------------------------------

/** A meeting or case that counts as activity of a pair. */
export interface PairActivity {
  instrument: Instrument;
  date: PartialDate | undefined;
  /** The pair's bilateral agreements it is recorded under. */
  under: AgreementRecord[];
  /** Which of the two states it names (through their agencies, their jurisdiction or in their own name). */
  namedStates: CountryRecord[];
  /** Within the months before the reference date. */
  recent: boolean;
  /** Why it counts, in words: "under the Thailand–China MOU; only Thailand’s side named". */
  note: string;
}

export interface PairVerdict {
  a: CountryRecord;
  b: CountryRecord;
  status: PairStatus;
  /** Agreements binding just these two states (any status). */
  bilateralAgreements: AgreementRecord[];
  /** Multi-country agreements both are party to. */
  multilateralAgreements: AgreementRecord[];
  /** How each bilateral agreement is used (the same verdicts as the dormant list). */
  agreements: AgreementUse[];
  /** Meetings involving both states, or held under one of their bilateral agreements. */
  meetings: MeetingRecord[];
  /** Joint cases involving both states, or worked under one of their bilateral agreements. */
  jointCases: JointCaseRecord[];
  /** The pair's own activity, newest first: meetings and cases of the two alone, or under their bilateral agreements. */
  activity: PairActivity[];
  /** How many meetings and cases are the pair's own activity. */
  bilateralActivityCount: number;
  /** The latest date of any meeting or case in `meetings` and `jointCases`. */
  lastActivity: PartialDate | undefined;
  /** The date recency was judged against, and over how many months. */
  referenceDate: PartialDate | undefined;
  months: number;
  explanation: string;
}

/**
 * The verdict for states a and b. `candidates`, when given, are the entries to consider for shared
 * instruments (the matrix passes only those naming two of its states); activity under the pair's
 * agreements is found whatever it names.
 */
export function pairVerdict(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
  given?: VerdictOptions,
  candidates?: readonly InstrumentEntry[],
): PairVerdict {
  if (candidates) return completed(verdictSteps(index, a, b, given, candidates));
  const kept = keptVerdict(index, a, b, given);
  return kept.verdict ?? kept.keep(completed(verdictSteps(index, a, b, kept.options, namingBoth(index, a, b))));
}

/**
 * pairVerdict, worked out in steps with other requests let in between and kept for the next
 * pairVerdict: two neighbouring states on a national network share tens of thousands of instruments.
 */
export async function preparePairVerdict(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
  given?: VerdictOptions,
): Promise<PairVerdict> {
  const kept = keptVerdict(index, a, b, given);
  if (kept.verdict) return kept.verdict;
  return kept.keep(await inSlices(verdictSteps(index, a, b, kept.options, namingBoth(index, a, b))));
}

/** A brief asks for the same pair's verdict several times (status, picture, meetings): kept per index. */
function keptVerdict(index: InstrumentIndex, a: CountryRecord, b: CountryRecord, given: VerdictOptions | undefined) {
  const options = optionsOf(index, given);
  const base = baseOf.get(index) ?? index;
  const kept = keptVerdicts.get(base) ?? new Map<string, PairVerdict>();
  keptVerdicts.set(base, kept);
  const key = `${a.code}|${b.code}|${options.months}|${options.asOf ?? ''}`;
  return {
    options,
    verdict: kept.get(key),
    keep: (verdict: PairVerdict) => remember(kept, key, verdict, 16),
  };
}

/** Pair verdicts asked without candidates, per index and pair and options (see pairVerdict). */
const keptVerdicts = new WeakMap<InstrumentIndex, Map<string, PairVerdict>>();

function* verdictSteps(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
  given: VerdictOptions | undefined,
  candidates: readonly InstrumentEntry[],
): Generator<void, PairVerdict> {
  const options = optionsOf(index, given);
  const d = derived(index);
  const reference = referenceDate(index, options);
  const stateSet = (e: InstrumentEntry) => d.states.get(e) ?? statesOf(e);
  const shared = candidates.filter((e) => stateSet(e).has(a.code) && stateSet(e).has(b.code));
  const agreementEntries = shared.filter((e) => e.instrument.nodeKind === 'AGREEMENT');
  const bilateralEntries = agreementEntries.filter(isBilateral);
  const bilateralAgreements = bilateralEntries.map((e) => e.instrument as AgreementRecord);
  const multilateralAgreements = agreementEntries
    .filter((e) => !isBilateral(e))
    .map((e) => e.instrument as AgreementRecord);

  // Meetings and cases: those naming both states, and those recorded under their bilateral agreements.
  yield;
  const involved = new Map<InstrumentEntry, AgreementRecord[]>();
  for (const e of shared) if (e.instrument.nodeKind !== 'AGREEMENT') involved.set(e, []);
  for (const ag of bilateralAgreements)
    for (const e of d.under.get(ag.id) ?? []) (involved.get(e) ?? involved.set(e, []).get(e)!).push(ag);

  yield;
  const activity: PairActivity[] = [];
  let lastActivity: PartialDate | undefined;
  let done = 0;
  for (const [e, under] of involved) {
    if (++done % STEP === 0) yield;
    const date = activityDate(e);
    lastActivity = later(lastActivity, date);
    const states = stateSet(e);
    const ownActivity = under.length > 0 || (states.size === 2 && states.has(a.code) && states.has(b.code));
    if (!ownActivity) continue;
    const namedStates = [a, b].filter((c) => states.has(c.code));
    activity.push({
      instrument: e.instrument,
      date,
      under,
      namedStates,
      recent: isRecent(date, reference, options.months),
      note: activityNote(under, namedStates, a, b),
    });
  }
  yield;
  const newestActivity = newestFirst(d, activity, (x) => x.instrument);
  yield;
  const instruments = newestFirst(d, involved.keys(), entryInstrument).map((e) => e.instrument);
  yield;
  const agreements: AgreementUse[] = [];
  for (const ag of bilateralAgreements) {
    // Each reads and sorts what is recorded under it: a few hundred between pauses.
    if (agreements.push(agreementUse(index, ag, options)) % 500 === 0) yield;
  }
  yield;

  const status: PairStatus = bilateralAgreements.length
    ? activity.some((x) => x.recent)
      ? 'ACTIVE'
      : 'DORMANT'
    : activity.length
      ? 'INFORMAL'
      : 'NO_BILATERAL_INSTRUMENT';
  const verdict: PairVerdict = {
    a,
    b,
    status,
    bilateralAgreements,
    multilateralAgreements,
    agreements,
    meetings: instruments.filter((i): i is MeetingRecord => i.nodeKind === 'MEETING'),
    jointCases: instruments.filter((i): i is JointCaseRecord => i.nodeKind === 'JOINT_CASE'),
    activity: newestActivity,
    bilateralActivityCount: activity.length,
    lastActivity,
    referenceDate: reference,
    months: options.months,
    explanation: '',
  };
  verdict.explanation = explainPair(verdict, instruments.length);
  return verdict;
}

/** The entries naming both states, in index order: the shorter state's list, not a scan of the index. */
export function namingBoth(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): InstrumentEntry[] {
  const d = derived(index);
  const [x, y] = [d.byState.get(a.code) ?? [], d.byState.get(b.code) ?? []];
  const [shorter, other] = x.length <= y.length ? [x, b.code] : [y, a.code];
  return shorter.filter((e) => d.states.get(e)!.has(other));
}

/**
 * Everything a pair's brief reads, newest first (newestEntriesFirst): the entries naming both
 * states and those of the pair's own activity (pairVerdict's, which counts what is recorded under
 * their agreements whatever it names). Sorted once and kept: a brief filters it into its lists.
 */
export function involvingPair(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): InstrumentEntry[] {
  return (
    involvingKept(index).get(`${a.code}|${b.code}`) ??
    keepInvolving(index, a, b, completed(involvingSteps(index, a, b)))
  );
}

/** involvingPair worked out in steps with other requests let in between, and kept. */
export async function prepareInvolvingPair(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): Promise<void> {
  if (involvingKept(index).has(`${a.code}|${b.code}`)) return;
  keepInvolving(index, a, b, await inSlices(involvingSteps(index, a, b)));
}

/** The last few pairs' involvingPair per index: a brief reads it for its picture, lists and gaps. */
const keptInvolving = new WeakMap<InstrumentIndex, Map<string, InstrumentEntry[]>>();
const PAIRS_KEPT = 4;

function involvingKept(index: InstrumentIndex): Map<string, InstrumentEntry[]> {
  const base = baseOf.get(index) ?? index;
  let kept = keptInvolving.get(base);
  if (!kept) keptInvolving.set(base, (kept = new Map()));
  return kept;
}

function keepInvolving(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
  entries: InstrumentEntry[],
): InstrumentEntry[] {
  return remember(involvingKept(index), `${a.code}|${b.code}`, entries, PAIRS_KEPT);
}

function* involvingSteps(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
): Generator<void, InstrumentEntry[]> {
  const d = derived(index);
  const both = namingBoth(index, a, b);
  yield;
  const seen = new Set(both);
  const own = pairVerdict(index, a, b).activity.map((x) => d.byInstrument.get(x.instrument.id)!);
  yield;
  return yield* newestFirstSteps(d, [...both, ...own.filter((e) => !seen.has(e))], entryInstrument);
}

function activityNote(under: AgreementRecord[], named: CountryRecord[], a: CountryRecord, b: CountryRecord): string {
  const side =
    named.length === 2
      ? ''
      : named.length === 1
        ? `only ${sideWords(named[0]!.name)} named`
        : `neither ${a.name} nor ${b.name} named`;
  if (!under.length) return 'bilateral';
  const what = `under the ${under.map((ag) => ag.name).join(' and the ')}`;
  return side ? `${what}; ${side}` : what;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function explainPair(v: PairVerdict, sharedActivity: number): string {
  const pair = `${v.a.name}–${v.b.name}`;
  const latest = v.activity[0];
  const latestWords = latest
    ? `the latest ${latest.date ?? 'undated'}: ${latest.instrument.name}${latest.note === 'bilateral' ? '' : ` (${latest.note})`}`
    : '';
  const window = `the ${v.months} months before ${v.referenceDate ?? 'the latest date in the data'}`;
  const quiet = v.agreements.filter((u) => u.dormant);
  const quietWords = quiet.length
    ? ` Dormant: ${quiet.map((u) => u.agreement.name).join('; ')} (no activity under ${quiet.length === 1 ? 'it' : 'them'} in ${window}).`
    : '';
  const agreementsWords = plural(v.bilateralAgreements.length, 'bilateral agreement');
  const activityWords = plural(v.activity.length, 'meeting or case', 'meetings or cases');
  switch (v.status) {
    case 'ACTIVE':
      return `${pair}: ${agreementsWords}; ${activityWords} of the pair, ${latestWords}.${quietWords}`;
    case 'DORMANT':
      return `${pair}: ${agreementsWords} but no meeting or case of the pair in ${window}${latest ? `; ${latestWords}` : '; none recorded'}.${quietWords}`;
    case 'INFORMAL':
      return `${pair}: ${activityWords} of the pair, ${latestWords}, but no bilateral agreement recorded.`;
    case 'NO_BILATERAL_INSTRUMENT':
      return v.multilateralAgreements.length || sharedActivity
        ? `${pair}: no bilateral agreement, meeting or case recorded; they share only multi-country instruments (${plural(v.multilateralAgreements.length, 'multilateral agreement')}, ${plural(sharedActivity, 'multilateral meeting or case', 'multilateral meetings or cases')}).`
        : `${pair}: no bilateral agreement, meeting or case recorded, and no shared instrument of any kind.`;
  }
}

/** "No bilateral instrument: Thailand–Viet Nam: …", as a brief's status line opens. */
export function pairStatusLine(v: PairVerdict): string {
  return `${PAIR_STATUS_WORDS[v.status]}: ${v.explanation}`;
}
