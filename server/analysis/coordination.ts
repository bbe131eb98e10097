/**
 * The coordination projection: organisations joined when they share an agreement, a meeting or a
 * joint case. Each shared instrument adds 1/(n−1) to the tie, n being the organisations on it
 * (Newman's weighting for collaboration networks), so two agencies that signed a bilateral MOU
 * are tied more strongly than two of sixty delegations at a conference.
 */
import { byCodeUnits, byId } from '../domain/order.js';
import type { OrganizationRecord } from '../domain/records.js';
import { earlierOf, laterOf, type PartialDate } from '../domain/partial-date.js';
import type { GraphStore } from '../store/port.js';
import type { GraphFilter } from '../graph/filter.js';
import { loadInstrumentIndex, type Instrument, type InstrumentIndex } from './instrument-index.js';

export interface CoordinationTie {
  id: string;
  a: OrganizationRecord;
  b: OrganizationRecord;
  sharedCount: number;
  weight: number;
  instrumentKinds: Instrument['nodeKind'][];
  topics: string[];
  firstDate: PartialDate | undefined;
  lastDate: PartialDate | undefined;
  evidence: Instrument[];
}

export interface CoordinationGraph {
  organizations: OrganizationRecord[];
  ties: CoordinationTie[];
  truncated: boolean;
  /** Counts the ties resting only on undated instruments: left out, or kept among `ties` (see the API's coordination). */
  countUndated?: () => Promise<number>;
}

/** Whether none of a tie's instruments carries a date. */
export function isUndated(tie: Pick<CoordinationTie, 'firstDate' | 'lastDate'>): boolean {
  return tie.firstDate === undefined && tie.lastDate === undefined;
}

export async function coordination(store: GraphStore, filter: GraphFilter, limit: number): Promise<CoordinationGraph> {
  return projectCoordination(await loadInstrumentIndex(store, filter), limit);
}

/** The coordination ties of an instrument index, strongest first, at most `limit`. */
export function projectCoordination(index: InstrumentIndex, limit: number): CoordinationGraph {
  // In instrument id order: a tie's evidence, topics and summed weight must not follow the order
  // a store happens to read its nodes in (Neo4j's varies), or two stores would differ.
  const members = [...index.entries].sort((x, y) => byId(x.instrument, y.instrument));
  const ties = new Map<string, CoordinationTie>();
  for (const { instrument, orgs } of members) {
    if (orgs.length < 2) continue;
    const share = 1 / (orgs.length - 1);
    for (let i = 0; i < orgs.length; i++) {
      for (let j = i + 1; j < orgs.length; j++) {
        const [a, b] = orgs[i]!.id < orgs[j]!.id ? [orgs[i]!, orgs[j]!] : [orgs[j]!, orgs[i]!];
        const id = `${a.id}~${b.id}`;
        const tie = ties.get(id) ?? emptyTie(id, a, b);
        addEvidence(tie, instrument);
        tie.weight += share;
        ties.set(id, tie);
      }
    }
  }
  for (const tie of ties.values()) tie.weight = Math.round(tie.weight * 1e6) / 1e6;
  const ranked = [...ties.values()].sort(strongestFirst);
  const kept = ranked.slice(0, limit);
  const organizations = new Map<string, OrganizationRecord>();
  for (const tie of kept) {
    organizations.set(tie.a.id, tie.a);
    organizations.set(tie.b.id, tie.b);
  }
  return { organizations: [...organizations.values()], ties: kept, truncated: ranked.length > limit };
}

/**
 * The order ties are listed and cut in everywhere: strongest first (by the weight as stated, to
 * the millionth), then by their ends' ids, first end first. The analysis worker orders its
 * integer ties alike (its organisations are numbered in id order), so a limit always cuts the same list.
 */
export function strongestFirst(
  x: Pick<CoordinationTie, 'weight' | 'a' | 'b'>,
  y: Pick<CoordinationTie, 'weight' | 'a' | 'b'>,
): number {
  return y.weight - x.weight || byCodeUnits(x.a.id, y.a.id) || byCodeUnits(x.b.id, y.b.id);
}

/** A tie between two organisations before any shared instrument is counted. */
export function emptyTie(id: string, a: OrganizationRecord, b: OrganizationRecord): CoordinationTie {
  return {
    id,
    a,
    b,
    sharedCount: 0,
    weight: 0,
    instrumentKinds: [],
    topics: [],
    firstDate: undefined,
    lastDate: undefined,
    evidence: [],
  };
}

/**
 * Counts a shared instrument as evidence of the tie: its kind, topics and dates (the tie's weight
 * is the caller's, which knows how many organisations share it).
 */
export function addEvidence(tie: CoordinationTie, instrument: Instrument): void {
  const [start, end] = instrumentDates(instrument);
  tie.sharedCount += 1;
  tie.evidence.push(instrument);
  if (!tie.instrumentKinds.includes(instrument.nodeKind)) tie.instrumentKinds.push(instrument.nodeKind);
  for (const t of instrument.topics) if (!tie.topics.includes(t)) tie.topics.push(t);
  tie.firstDate = earlierOf(tie.firstDate, start);
  tie.lastDate = laterOf(tie.lastDate, end);
}

/** The first and last date of activity an instrument records. */
export function instrumentDates(instrument: Instrument): [PartialDate | undefined, PartialDate | undefined] {
  switch (instrument.nodeKind) {
    case 'MEETING':
      return [instrument.startDate, instrument.endDate ?? instrument.startDate];
    case 'AGREEMENT':
      return [instrument.signedOn ?? instrument.validFrom, instrument.signedOn ?? instrument.validFrom];
    case 'JOINT_CASE':
      return [instrument.openedOn, instrument.closedOn ?? instrument.openedOn];
  }
}
