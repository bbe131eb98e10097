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

export function counterpartCoverage(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): SectorCoverage[] {
  const onSide = (o: OrganizationRecord) => o.countryCode === a.code || o.countryCode === b.code;
  // No sector on either side: no row to fill, nothing to project.
  if (!index.organizations.some((o) => onSide(o) && o.sector)) return [];
  const ties = tiesAcross(index, a.code, b.code);
  const agencies = (code: string, sector: string) =>
    index.organizations.filter((o) => o.countryCode === code && o.sector === sector);
  const rows: SectorCoverage[] = [];
  const side = (org: OrganizationRecord) =>
    org.countryCode === a.code ? 'A' : org.countryCode === b.code ? 'B' : undefined;
  const acrossTheBorder = ties.filter((t) => {
    const [x, y] = [side(t.a), side(t.b)];
    return x && y && x !== y;
  });
  for (const sector of SECTORS) {
    const agenciesA = agencies(a.code, sector);
    const agenciesB = agencies(b.code, sector);
    if (!agenciesA.length && !agenciesB.length) continue;
    const inSector = (o: OrganizationRecord) => o.sector === sector;
    const sectorTies = acrossTheBorder.filter((t) => inSector(t.a) && inSector(t.b));
    const crossSectorTies = acrossTheBorder.filter((t) => inSector(t.a) !== inSector(t.b));
    const status: CoverageStatus = sectorTies.length
      ? 'COVERED'
      : crossSectorTies.length
        ? 'CROSS_SECTOR'
        : agenciesA.length && agenciesB.length
          ? 'GAP'
          : 'NO_COUNTERPART_KNOWN';
    rows.push({
      sector,
      status,
      agenciesA,
      agenciesB,
      ties: sectorTies,
      crossSectorTies,
      explanation: explain(status, sector, a, b, sectorTies, crossSectorTies, agenciesA.length > 0),
    });
  }
  return rows;
}

/**
 * Coordination ties between an agency of one side and an agency of the other (with a sector on at
 * least one end: the only ties a row can show), weighted as in the whole projection. Projects
 * only those pairs of the instruments with agencies of both sides, not every pair of the network.
 */
function tiesAcross(index: InstrumentIndex, codeA: string, codeB: string): CoordinationTie[] {
  const ties = new Map<string, CoordinationTie>();
  for (const { instrument, orgs } of index.entries) {
    const sideA = orgs.filter((o) => o.countryCode === codeA);
    const sideB = orgs.filter((o) => o.countryCode === codeB);
    if (!sideA.length || !sideB.length) continue;
    const share = 1 / (orgs.length - 1);
    const [start, end] = instrumentDates(instrument);
    for (const x of sideA) {
      for (const y of sideB) {
        if (!x.sector && !y.sector) continue;
        const [p, q] = x.id < y.id ? [x, y] : [y, x];
        const id = `${p.id}~${q.id}`;
        let tie = ties.get(id);
        if (!tie) {
          tie = {
            id,
            a: p,
            b: q,
            sharedCount: 0,
            weight: 0,
            instrumentKinds: [],
            topics: [],
            firstDate: undefined,
            lastDate: undefined,
            evidence: [],
          };
          ties.set(id, tie);
        }
        tie.sharedCount += 1;
        tie.weight += share;
        tie.evidence.push(instrument);
        if (!tie.instrumentKinds.includes(instrument.nodeKind)) tie.instrumentKinds.push(instrument.nodeKind);
        for (const t of instrument.topics) if (!tie.topics.includes(t)) tie.topics.push(t);
        tie.firstDate = earlierOf(tie.firstDate, start);
        tie.lastDate = laterOf(tie.lastDate, end);
      }
    }
  }
  const ranked = [...ties.values()].sort((x, y) => y.weight - x.weight || x.id.localeCompare(y.id));
  for (const tie of ranked) tie.weight = Math.round(tie.weight * 1e6) / 1e6;
  return ranked;
}

function explain(
  status: CoverageStatus,
  sector: string,
  a: CountryRecord,
  b: CountryRecord,
  ties: CoordinationTie[],
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
      return `${pair}: ${ties.length} ${label}-to-${label} tie${ties.length === 1 ? '' : 's'}.`;
    case 'CROSS_SECTOR':
      return `${pair}: no ${label}-to-${label} tie; the ${label} agencies are tied across the border to bodies of other sectors (${names(cross)}).`;
    case 'GAP':
      return `${pair}: no ${label}-to-${label} tie, though both sides have ${label} agencies in the data.`;
    case 'NO_COUNTERPART_KNOWN':
      return `${pair}: no ${label} agency of ${aHasAgencies ? b.name : a.name} is recorded in the data.`;
  }
}
