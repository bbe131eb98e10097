/**
 * The bilateral cooperation matrix: for each pair of states, the agreements, meetings and joint
 * cases that involve both, and a verdict on the state of their cooperation.
 */
import type { AgreementRecord, CountryRecord, JointCaseRecord, MeetingRecord } from '../domain/records.js';
import { laterOf, type PartialDate } from '../domain/partial-date.js';
import { instrumentDates } from './coordination.js';
import type { InstrumentEntry, InstrumentIndex } from './instrument-index.js';
import { isBilateral, statesOf } from './sides.js';

/** The COMMIT member states, Thailand first: the default rows of the matrix. */
export const COMMIT_MEMBERS = ['TH', 'KH', 'CN', 'LA', 'MM', 'VN'];

export type BilateralStatus = 'NONE' | 'MULTILATERAL_ONLY' | 'INFORMAL' | 'DORMANT' | 'ACTIVE';

export interface BilateralCell {
  a: CountryRecord;
  b: CountryRecord;
  status: BilateralStatus;
  bilateralAgreements: AgreementRecord[];
  multilateralAgreements: AgreementRecord[];
  meetings: MeetingRecord[];
  jointCases: JointCaseRecord[];
  /** Meetings and cases involving exactly these two states. */
  bilateralActivityCount: number;
  lastActivity: PartialDate | undefined;
  explanation: string;
}

/**
 * Each instrument with the states it involves, computed once per index: indexes are kept per store
 * revision and filter (service.ts), so a repeated matrix does not recompute 80,000 instruments' states.
 */
const statesByIndex = new WeakMap<InstrumentIndex, { entry: InstrumentEntry; states: Set<string> }[]>();

function withStates(index: InstrumentIndex) {
  let list = statesByIndex.get(index);
  if (!list) {
    list = index.entries.map((entry) => ({ entry, states: statesOf(entry) }));
    statesByIndex.set(index, list);
  }
  return list;
}

export function bilateralMatrix(
  index: InstrumentIndex,
  codes: readonly string[],
): { countries: CountryRecord[]; cells: BilateralCell[] } {
  const byCode = new Map(index.countries.map((c) => [c.code, c]));
  const countries = codes.map((code) => byCode.get(code)).filter((c): c is CountryRecord => !!c);
  // Each instrument's states once, and only the instruments naming two of the asked states.
  const asked = new Set(codes);
  const relevant = withStates(index).filter(({ states }) => [...states].filter((c) => asked.has(c)).length >= 2);
  const cells: BilateralCell[] = [];
  for (let i = 0; i < countries.length; i++) {
    for (let j = i + 1; j < countries.length; j++) cells.push(cellFor(index, countries[i]!, countries[j]!, relevant));
  }
  return { countries, cells };
}

export function cellFor(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
  entriesWithStates: { entry: InstrumentEntry; states: Set<string> }[] = withStates(index),
): BilateralCell {
  const shared = entriesWithStates.filter(({ states }) => states.has(a.code) && states.has(b.code)).map((x) => x.entry);
  const of = <K extends InstrumentEntry['instrument']['nodeKind']>(kind: K) =>
    shared.filter((e) => e.instrument.nodeKind === kind);
  const agreements = of('AGREEMENT');
  const bilateralAgreements = agreements.filter(isBilateral).map((e) => e.instrument as AgreementRecord);
  const multilateralAgreements = agreements.filter((e) => !isBilateral(e)).map((e) => e.instrument as AgreementRecord);
  const activity = [...of('MEETING'), ...of('JOINT_CASE')];
  const bilateralActivity = activity.filter(isBilateral);
  let lastActivity: PartialDate | undefined;
  for (const e of activity) lastActivity = laterOf(lastActivity, instrumentDates(e.instrument)[1]);

  const status: BilateralStatus = bilateralAgreements.length
    ? bilateralActivity.length
      ? 'ACTIVE'
      : 'DORMANT'
    : bilateralActivity.length
      ? 'INFORMAL'
      : shared.length
        ? 'MULTILATERAL_ONLY'
        : 'NONE';
  return {
    a,
    b,
    status,
    bilateralAgreements,
    multilateralAgreements,
    meetings: of('MEETING').map((e) => e.instrument as MeetingRecord),
    jointCases: of('JOINT_CASE').map((e) => e.instrument as JointCaseRecord),
    bilateralActivityCount: bilateralActivity.length,
    lastActivity,
    explanation: explain(
      status,
      a,
      b,
      bilateralAgreements.length,
      multilateralAgreements.length,
      bilateralActivity.length,
      activity.length,
    ),
  };
}

function explain(
  status: BilateralStatus,
  a: CountryRecord,
  b: CountryRecord,
  bilateralAgr: number,
  multiAgr: number,
  bilateralAct: number,
  anyAct: number,
): string {
  const pair = `${a.name}–${b.name}`;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  switch (status) {
    case 'ACTIVE':
      return `${pair}: ${plural(bilateralAgr, 'bilateral agreement')} and ${plural(bilateralAct, 'bilateral meeting or case', 'bilateral meetings or cases')} in the period.`;
    case 'DORMANT':
      return `${pair}: ${plural(bilateralAgr, 'bilateral agreement')} but no bilateral meeting or case recorded in the period.`;
    case 'INFORMAL':
      return `${pair}: ${plural(bilateralAct, 'bilateral meeting or case', 'bilateral meetings or cases')} but no bilateral agreement recorded.`;
    case 'MULTILATERAL_ONLY':
      return `${pair}: only meet in multi-country settings (${plural(multiAgr, 'multilateral agreement')}, ${plural(anyAct, 'multilateral meeting or case', 'multilateral meetings or cases')}).`;
    case 'NONE':
      return `${pair}: no shared agreement, meeting or case recorded in the data.`;
  }
}
