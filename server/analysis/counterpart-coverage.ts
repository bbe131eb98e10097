/**
 * Counterpart coverage for a pair of states: in each sector, is there a direct tie between an
 * agency of one side and an agency of the other in the same sector?
 */
import type { CountryRecord, OrganizationRecord } from '../domain/records.js';
import { SECTORS } from '../domain/vocabulary.js';
import { projectCoordination, type CoordinationTie } from './coordination.js';
import type { InstrumentIndex } from './instrument-index.js';

export type CoverageStatus = 'COVERED' | 'GAP' | 'NO_COUNTERPART_KNOWN';

export interface SectorCoverage {
  sector: (typeof SECTORS)[number];
  status: CoverageStatus;
  agenciesA: OrganizationRecord[];
  agenciesB: OrganizationRecord[];
  ties: CoordinationTie[];
  explanation: string;
}

export function counterpartCoverage(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): SectorCoverage[] {
  const ties = projectCoordination(index, Number.MAX_SAFE_INTEGER).ties;
  const agencies = (code: string, sector: string) =>
    index.organizations.filter((o) => o.countryCode === code && o.sector === sector);
  const rows: SectorCoverage[] = [];
  for (const sector of SECTORS) {
    const agenciesA = agencies(a.code, sector);
    const agenciesB = agencies(b.code, sector);
    if (!agenciesA.length && !agenciesB.length) continue;
    const idsA = new Set(agenciesA.map((o) => o.id));
    const idsB = new Set(agenciesB.map((o) => o.id));
    const sectorTies = ties.filter(
      (t) => (idsA.has(t.a.id) && idsB.has(t.b.id)) || (idsB.has(t.a.id) && idsA.has(t.b.id)),
    );
    const label = sector.toLowerCase().replace(/_/g, ' ');
    const status: CoverageStatus = sectorTies.length
      ? 'COVERED'
      : agenciesA.length && agenciesB.length
        ? 'GAP'
        : 'NO_COUNTERPART_KNOWN';
    const explanation =
      status === 'COVERED'
        ? `${a.name}–${b.name}: ${sectorTies.length} ${label}-to-${label} tie${sectorTies.length === 1 ? '' : 's'}.`
        : status === 'GAP'
          ? `${a.name}–${b.name}: no ${label}-to-${label} tie, though both sides have ${label} agencies in the data.`
          : `${a.name}–${b.name}: no ${label} agency of ${agenciesA.length ? b.name : a.name} is recorded in the data.`;
    rows.push({ sector, status, agenciesA, agenciesB, ties: sectorTies, explanation });
  }
  return rows;
}
