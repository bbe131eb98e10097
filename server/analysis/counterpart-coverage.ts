/**
 * Counterpart coverage for a pair of states: in each sector, is there a direct tie between an
 * agency of one side and an agency of the other in the same sector?
 */
import type { CountryRecord, OrganizationRecord } from '../domain/records.js';
import { SECTORS } from '../domain/vocabulary.js';
import { earlierOf, laterOf } from '../domain/partial-date.js';
import { instrumentDates, type CoordinationTie } from './coordination.js';
import type { InstrumentIndex } from './instrument-index.js';

export type CoverageStatus = 'COVERED' | 'CROSS_SECTOR' | 'GAP' | 'NO_COUNTERPART_KNOWN';

export interface SectorCoverage {
  sector: (typeof SECTORS)[number];
  status: CoverageStatus;
  agenciesA: OrganizationRecord[];
  agenciesB: OrganizationRecord[];
  /** Direct ties between agencies of this sector on both sides. */
  ties: CoordinationTie[];
  /** Ties between this sector's agencies on one side and agencies of other sectors on the other. */
  crossSectorTies: CoordinationTie[];
  explanation: string;
}

/** Ties listed per row and kind, strongest first; the explanation counts them all. */
export const COVERAGE_LIST_CAP = 50;

export function counterpartCoverage(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): SectorCoverage[] {
  const onSide = (o: OrganizationRecord) => o.countryCode === a.code || o.countryCode === b.code;
  // No sector on either side: no row to fill, nothing to project.
  if (!index.organizations.some((o) => onSide(o) && o.sector)) return [];
  const { pairs, tieOf } = pairsAcross(index, a.code, b.code);
  const agencies = (code: string, sector: string) =>
    index.organizations.filter((o) => o.countryCode === code && o.sector === sector);
  // Each pair belongs to its sector's same-sector list, or to both ends' sectors' cross-sector lists.
  const same = new Map<string, Pair[]>();
  const cross = new Map<string, Pair[]>();
  const add = (lists: Map<string, Pair[]>, sector: string, pair: Pair) =>
    (lists.get(sector) ?? lists.set(sector, []).get(sector)!).push(pair);
  for (const pair of pairs) {
    const [sx, sy] = [pair.x.sector, pair.y.sector];
    if (sx && sx === sy) add(same, sx, pair);
    else {
      if (sx) add(cross, sx, pair);
      if (sy) add(cross, sy, pair);
    }
  }
  // The strongest few by one pass with a short sorted list: sorting 100,000 pairs per row took seconds.
  const before = (p: Pair, q: Pair) => p.weight > q.weight || (p.weight === q.weight && p.id < q.id);
  const strongest = (list: Pair[] = []) => {
    const top: Pair[] = [];
    for (const pair of list) {
      if (top.length === COVERAGE_LIST_CAP && !before(pair, top[top.length - 1]!)) continue;
      let i = Math.min(top.length, COVERAGE_LIST_CAP - 1);
      top[i] = pair;
      for (; i > 0 && before(top[i]!, top[i - 1]!); i--) [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
    }
    return top.map(tieOf);
  };
  const rows: SectorCoverage[] = [];
  for (const sector of SECTORS) {
    const agenciesA = agencies(a.code, sector);
    const agenciesB = agencies(b.code, sector);
    if (!agenciesA.length && !agenciesB.length) continue;
    const sameCount = same.get(sector)?.length ?? 0;
    const crossCount = cross.get(sector)?.length ?? 0;
    const status: CoverageStatus = sameCount
      ? 'COVERED'
      : crossCount
        ? 'CROSS_SECTOR'
        : agenciesA.length && agenciesB.length
          ? 'GAP'
          : 'NO_COUNTERPART_KNOWN';
    const crossSectorTies = strongest(cross.get(sector));
    rows.push({
      sector,
      status,
      agenciesA,
      agenciesB,
      ties: strongest(same.get(sector)),
      crossSectorTies,
      explanation: explain(status, sector, a, b, sameCount, crossSectorTies, agenciesA.length > 0),
    });
  }
  return rows;
}

interface Pair {
  id: string;
  x: OrganizationRecord;
  y: OrganizationRecord;
  weight: number;
}

/**
 * Pairs of an agency of one side and an agency of the other (with a sector on at least one end:
 * the only pairs a row can show), weighted as in the whole projection, without evidence; `tieOf`
 * builds the full tie, evidence included, for the few listed. Only the instruments with agencies
 * of both sides are read, and only their cross-border pairs, not every pair of the network.
 */
function pairsAcross(index: InstrumentIndex, codeA: string, codeB: string) {
  const pairs = new Map<string, Pair>();
  const instrumentsOf = new Map<string, number[]>();
  index.entries.forEach(({ orgs }, k) => {
    const sideA = orgs.filter((o) => o.countryCode === codeA);
    const sideB = orgs.filter((o) => o.countryCode === codeB);
    if (!sideA.length || !sideB.length) return;
    const share = 1 / (orgs.length - 1);
    for (const o of [...sideA, ...sideB]) (instrumentsOf.get(o.id) ?? instrumentsOf.set(o.id, []).get(o.id)!).push(k);
    for (const x of sideA) {
      for (const y of sideB) {
        if (!x.sector && !y.sector) continue;
        const [p, q] = x.id < y.id ? [x, y] : [y, x];
        const id = `${p.id}~${q.id}`;
        const pair = pairs.get(id);
        if (pair) pair.weight += share;
        else pairs.set(id, { id, x: p, y: q, weight: share });
      }
    }
  });
  const tieOf = (pair: Pair): CoordinationTie => {
    const onY = new Set(instrumentsOf.get(pair.y.id));
    const tie: CoordinationTie = {
      id: pair.id,
      a: pair.x,
      b: pair.y,
      sharedCount: 0,
      weight: Math.round(pair.weight * 1e6) / 1e6,
      instrumentKinds: [],
      topics: [],
      firstDate: undefined,
      lastDate: undefined,
      evidence: [],
    };
    for (const k of instrumentsOf.get(pair.x.id) ?? []) {
      if (!onY.has(k)) continue;
      const instrument = index.entries[k]!.instrument;
      const [start, end] = instrumentDates(instrument);
      tie.sharedCount += 1;
      tie.evidence.push(instrument);
      if (!tie.instrumentKinds.includes(instrument.nodeKind)) tie.instrumentKinds.push(instrument.nodeKind);
      for (const t of instrument.topics) if (!tie.topics.includes(t)) tie.topics.push(t);
      tie.firstDate = earlierOf(tie.firstDate, start);
      tie.lastDate = laterOf(tie.lastDate, end);
    }
    return tie;
  };
  return { pairs: [...pairs.values()], tieOf };
}

function explain(
  status: CoverageStatus,
  sector: string,
  a: CountryRecord,
  b: CountryRecord,
  tieCount: number,
  cross: CoordinationTie[],
  aHasAgencies: boolean,
): string {
  const label = sector.toLowerCase().replace(/_/g, ' ');
  const pair = `${a.name}–${b.name}`;
  const names = (list: CoordinationTie[]) =>
    [
      ...new Set(
        list
          .flatMap((t) => [t.a, t.b])
          .filter((o) => o.sector !== sector)
          .map((o) => o.acronym ?? o.name),
      ),
    ].join(', ');
  switch (status) {
    case 'COVERED':
      return `${pair}: ${tieCount} ${label}-to-${label} tie${tieCount === 1 ? '' : 's'}.`;
    case 'CROSS_SECTOR':
      return `${pair}: no ${label}-to-${label} tie; the ${label} agencies are tied across the border to bodies of other sectors (${names(cross)}).`;
    case 'GAP':
      return `${pair}: no ${label}-to-${label} tie, though both sides have ${label} agencies in the data.`;
    case 'NO_COUNTERPART_KNOWN':
      return `${pair}: no ${label} agency of ${aHasAgencies ? b.name : a.name} is recorded in the data.`;
  }
}
