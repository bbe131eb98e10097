/**
 * Counterpart coverage for a pair of states: in each sector, is there a direct tie between an
 * agency of one side and an agency of the other in the same sector, or an agreement the two
 * states signed themselves that names the sector? A bilateral labour MOU is signed by the two
 * governments, not by their labour ministries: counting only agencies would call labour
 * uncovered between Thailand and Lao PDR although the MOU exists.
 *
 * Only the sectors present in the pair's cooperation are listed (tied across the border, named by
 * an agreement between the states, with agencies on both sides, or a core counter-trafficking
 * sector with agencies on one side); a sector one side merely has agencies in says nothing about
 * the pair and is named in `omittedSectors` instead.
 */
import type { AgreementRecord, CountryRecord, OrganizationRecord } from '../domain/records.js';
import { CORE_SECTORS, SECTOR_LABELS, SECTORS, TOPIC_SECTOR } from '../domain/vocabulary.js';
import { byId } from '../domain/order.js';
import { addEvidence, emptyTie, type CoordinationTie } from './coordination.js';
import type { InstrumentEntry, InstrumentIndex } from './instrument-index.js';
import { slicer, yieldToLoop } from '../scheduling/time-slices.js';
import { namingBoth } from './gap-verdict.js';
import { isBilateral, statesOf } from './sides.js';

export type CoverageStatus = 'COVERED' | 'CROSS_SECTOR' | 'GAP' | 'NO_COUNTERPART_KNOWN';
type Sector = (typeof SECTORS)[number];

export interface SectorCoverage {
  sector: Sector;
  /** The sector in words, from the vocabulary. */
  label: string;
  status: CoverageStatus;
  agenciesA: OrganizationRecord[];
  agenciesB: OrganizationRecord[];
  /** Direct ties between agencies of this sector on both sides. */
  ties: CoordinationTie[];
  /** Ties between this sector's agencies on one side and agencies of other sectors on the other. */
  crossSectorTies: CoordinationTie[];
  /** Bilateral agreements the states are party to in their own name that name this sector. */
  stateAgreements: AgreementRecord[];
  explanation: string;
}

export interface CoverageReport {
  sectors: SectorCoverage[];
  /** Sectors with agencies on one side only and nothing across the border: not listed. */
  omittedSectors: Sector[];
}

/** Ties listed per row and kind, strongest first; the explanation counts them all. */
export const COVERAGE_LIST_CAP = 50;

export async function counterpartCoverage(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
): Promise<SectorCoverage[]> {
  return (await counterpartCoverageReport(index, a, b)).sectors;
}

/** How a state agreement names a sector: by its topics, by its agencies of that sector, or both. */
interface Naming {
  agreement: AgreementRecord;
  byTopic: boolean;
  agencies: OrganizationRecord[];
}

/** Bilateral agreements between a and b with a state party in its own name, and the sectors each names. */
function stateAgreementsBySector(
  entries: readonly InstrumentEntry[],
  a: CountryRecord,
  b: CountryRecord,
): Map<Sector, Naming[]> {
  const bySector = new Map<Sector, Naming[]>();
  const isState = (e: InstrumentEntry) => e.countries.some((c) => c.code === a.code || c.code === b.code);
  for (const e of entries) {
    if (e.instrument.nodeKind !== 'AGREEMENT' || !isState(e) || !isBilateral(e)) continue;
    const states = statesOf(e);
    if (!states.has(a.code) || !states.has(b.code)) continue;
    const agreement = e.instrument;
    const sectors = new Set<Sector>();
    for (const t of agreement.topics) {
      const sector = TOPIC_SECTOR[t];
      if (sector) sectors.add(sector);
    }
    const ownAgencies = e.orgs.filter((o) => (o.countryCode === a.code || o.countryCode === b.code) && o.sector);
    for (const o of ownAgencies) sectors.add(o.sector!);
    for (const sector of sectors) {
      const naming: Naming = {
        agreement,
        byTopic: agreement.topics.some((t) => TOPIC_SECTOR[t] === sector),
        agencies: ownAgencies.filter((o) => o.sector === sector),
      };
      (bySector.get(sector) ?? bySector.set(sector, []).get(sector)!).push(naming);
    }
  }
  return bySector;
}

/**
 * Worked out in time slices that let other requests run: two neighbouring states on a national
 * network share tens of thousands of instruments and hundreds of thousands of agency pairs.
 */
export async function counterpartCoverageReport(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
): Promise<CoverageReport> {
  const due = slicer();
  // Only instruments naming both states can tie their agencies or bind them: read those, in index
  // order, from each state's list (gap-verdict.ts), not every instrument of the network.
  const candidates = namingBoth(index, a, b);
  const named = stateAgreementsBySector(candidates, a, b);
  // The agencies of each side by sector, read once.
  const bySector = new Map<string, { a: OrganizationRecord[]; b: OrganizationRecord[] }>();
  for (const o of index.organizations) {
    if (!o.sector || (o.countryCode !== a.code && o.countryCode !== b.code)) continue;
    const lists = bySector.get(o.sector) ?? bySector.set(o.sector, { a: [], b: [] }).get(o.sector)!;
    (o.countryCode === a.code ? lists.a : lists.b).push(o);
  }
  // No sector on either side and no agreement naming one: no row to fill, nothing to project.
  if (!named.size && !bySector.size) return { sectors: [], omittedSectors: [] };
  const across = await pairsAcross(candidates, a.code, b.code, due);
  const { count, x, y, weight } = across;
  // Each pair belongs to its sector's same-sector list, or to both ends' sectors' cross-sector lists.
  const same = new Map<string, number[]>();
  const cross = new Map<string, number[]>();
  const add = (lists: Map<string, number[]>, sector: string, pair: number) =>
    (lists.get(sector) ?? lists.set(sector, []).get(sector)!).push(pair);
  for (let pair = 0; pair < count; pair++) {
    if (due()) await yieldToLoop();
    const [sx, sy] = [across.orgs[x[pair]!]!.sector, across.orgs[y[pair]!]!.sector];
    if (sx && sx === sy) add(same, sx, pair);
    else {
      if (sx) add(cross, sx, pair);
      if (sy) add(cross, sy, pair);
    }
  }
  // The strongest few by one pass with a short sorted list: sorting 100,000 pairs per row took seconds.
  const before = (p: number, q: number) =>
    weight[p]! > weight[q]! || (weight[p] === weight[q] && across.id(p) < across.id(q));
  const strongest = async (list: number[] = []) => {
    const top: number[] = [];
    for (const pair of list) {
      if (due()) await yieldToLoop();
      if (top.length === COVERAGE_LIST_CAP && !before(pair, top[top.length - 1]!)) continue;
      let i = Math.min(top.length, COVERAGE_LIST_CAP - 1);
      top[i] = pair;
      for (; i > 0 && before(top[i]!, top[i - 1]!); i--) [top[i], top[i - 1]] = [top[i - 1]!, top[i]!];
    }
    return top.map(across.tieOf);
  };
  const rows: SectorCoverage[] = [];
  const omittedSectors: Sector[] = [];
  for (const sector of SECTORS) {
    const agenciesA = bySector.get(sector)?.a ?? [];
    const agenciesB = bySector.get(sector)?.b ?? [];
    const namings = named.get(sector) ?? [];
    const sameCount = same.get(sector)?.length ?? 0;
    const crossCount = cross.get(sector)?.length ?? 0;
    const bothSides = agenciesA.length > 0 && agenciesB.length > 0;
    const present =
      sameCount > 0 ||
      crossCount > 0 ||
      namings.length > 0 ||
      bothSides ||
      (CORE_SECTORS.includes(sector) && (agenciesA.length > 0 || agenciesB.length > 0));
    if (!present) {
      if (agenciesA.length || agenciesB.length) omittedSectors.push(sector);
      continue;
    }
    const status: CoverageStatus =
      sameCount || namings.length
        ? 'COVERED'
        : crossCount
          ? 'CROSS_SECTOR'
          : bothSides
            ? 'GAP'
            : 'NO_COUNTERPART_KNOWN';
    const crossSectorTies = await strongest(cross.get(sector));
    rows.push({
      sector,
      label: SECTOR_LABELS[sector],
      status,
      agenciesA,
      agenciesB,
      ties: await strongest(same.get(sector)),
      crossSectorTies,
      stateAgreements: namings.map((n) => n.agreement),
      explanation: explain(status, sector, a, b, sameCount, crossSectorTies, namings, agenciesA.length > 0),
    });
  }
  return { sectors: rows, omittedSectors };
}

/**
 * Pairs of an agency of one side and an agency of the other (with a sector on at least one end:
 * the only pairs a row can show), weighted as in the whole projection, without evidence, in
 * integers: pair p joins orgs[x[p]] and orgs[y[p]] (x's id the smaller). `tieOf` builds the full
 * tie, evidence included, for the few listed, and `id` the tie's id, for ties of equal weight.
 * Only the instruments with agencies of both sides are read, and only their cross-border pairs,
 * not every pair of the network.
 */
async function pairsAcross(entries: readonly InstrumentEntry[], codeA: string, codeB: string, due: () => boolean) {
  // Organisations numbered as they are met.
  const number = new Map<OrganizationRecord, number>();
  const orgs: OrganizationRecord[] = [];
  const numberOf = (o: OrganizationRecord) => {
    let v = number.get(o);
    if (v === undefined) {
      v = orgs.push(o) - 1;
      number.set(o, v);
    }
    return v;
  };
  // The instruments with agencies of both sides: their B side and share, and each agency's list of them.
  const instrumentsOf: number[][] = [];
  const sideBOf = new Map<number, number[]>();
  const shareOf = new Map<number, number>();
  const sideA: number[] = [];
  for (let k = 0; k < entries.length; k++) {
    if (due()) await yieldToLoop();
    const on = entries[k]!.orgs;
    sideA.length = 0;
    let sideB: number[] | undefined;
    for (const o of on) {
      if (o.countryCode === codeA) sideA.push(numberOf(o));
      else if (o.countryCode === codeB) (sideB ??= []).push(numberOf(o));
    }
    if (!sideA.length || !sideB) continue;
    for (const v of [...sideA, ...sideB]) (instrumentsOf[v] ??= []).push(k);
    sideBOf.set(k, sideB);
    shareOf.set(k, 1 / (on.length - 1));
  }
  // Each agency of side A's row at a time, with a sparse accumulator: no map of pairs is held. Each
  // pair's weight sums its shares in the order of the instruments, as a walk of every instrument would.
  const acc = new Float64Array(orgs.length);
  const touched: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  const weight: number[] = [];
  for (let p = 0; p < orgs.length; p++) {
    if (due()) await yieldToLoop();
    const a = orgs[p]!;
    if (a.countryCode !== codeA) continue;
    for (const k of instrumentsOf[p] ?? []) {
      const share = shareOf.get(k)!;
      for (const q of sideBOf.get(k)!) {
        if (!a.sector && !orgs[q]!.sector) continue;
        if (acc[q] === 0) touched.push(q);
        acc[q]! += share;
      }
    }
    for (const q of touched) {
      const [lo, hi] = a.id < orgs[q]!.id ? [p, q] : [q, p];
      x.push(lo);
      y.push(hi);
      weight.push(acc[q]!);
      acc[q] = 0;
    }
    touched.length = 0;
  }
  const ids: string[] = [];
  const id = (pair: number) => (ids[pair] ??= `${orgs[x[pair]!]!.id}~${orgs[y[pair]!]!.id}`);
  const tieOf = (pair: number): CoordinationTie => {
    const onY = new Set(instrumentsOf[y[pair]!]);
    const tie = emptyTie(id(pair), orgs[x[pair]!]!, orgs[y[pair]!]!);
    tie.weight = Math.round(weight[pair]! * 1e6) / 1e6;
    // In instrument id order, as every coordination tie lists its evidence (not the store's order).
    const shared = (instrumentsOf[x[pair]!] ?? [])
      .filter((k) => onY.has(k))
      .map((k) => entries[k]!.instrument)
      .sort(byId);
    for (const instrument of shared) addEvidence(tie, instrument);
    return tie;
  };
  return { count: x.length, orgs, x, y, weight, id, tieOf };
}

/** "Law enforcement" → "law enforcement", "Finance / AML" → "finance / AML". */
function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function explain(
  status: CoverageStatus,
  sector: Sector,
  a: CountryRecord,
  b: CountryRecord,
  tieCount: number,
  cross: CoordinationTie[],
  namings: Naming[],
  aHasAgencies: boolean,
): string {
  const label = lower(SECTOR_LABELS[sector]);
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
  const byStates = namings
    .map((n) => {
      const how = [
        n.byTopic ? 'its topics' : undefined,
        n.agencies.length
          ? `its ${label} agencies (${n.agencies.map((o) => o.acronym ?? o.name).join(', ')})`
          : undefined,
      ]
        .filter(Boolean)
        .join(' and ');
      return `${n.agreement.name} (the states are parties; ${label} named by ${how})`;
    })
    .join('; ');
  switch (status) {
    case 'COVERED':
      return tieCount
        ? `${pair}: ${tieCount} ${label}-to-${label} tie${tieCount === 1 ? '' : 's'}${byStates ? `; and ${byStates}` : ''}.`
        : `${pair}: covered by ${byStates}.`;
    case 'CROSS_SECTOR':
      return `${pair}: no ${label}-to-${label} tie; the ${label} agencies are tied across the border to bodies of other sectors (${names(cross)}).`;
    case 'GAP':
      return `${pair}: no ${label}-to-${label} tie, though both sides have ${label} agencies in the data.`;
    case 'NO_COUNTERPART_KNOWN':
      return `${pair}: no ${label} agency of ${aHasAgencies ? b.name : a.name} is recorded in the data.`;
  }
}
