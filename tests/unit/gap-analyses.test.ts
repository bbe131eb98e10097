/**
 * The gap analyses on the hand-built world of tests/fixtures/gap-world.ts. Every expected value is
 * worked out by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateralMatrix } from '../../server/analysis/bilateral-matrix.js';
import { projectCoordination } from '../../server/analysis/coordination.js';
import { counterpartCoverage, counterpartCoverageReport } from '../../server/analysis/counterpart-coverage.js';
import { dormantAgreements, monthsBetween } from '../../server/analysis/dormant-agreements.js';
import { fragility } from '../../server/analysis/fragility.js';
import { loadInstrumentIndex, type InstrumentIndex } from '../../server/analysis/instrument-index.js';
import { missingLinks } from '../../server/analysis/missing-links.js';
import { compareTies } from '../../server/analysis/period-change.js';
import type { GraphFilter } from '../../server/graph/filter.js';
import type { GraphStore } from '../../server/store/port.js';
import { gapWorld } from '../fixtures/gap-world.js';
import { tempStore } from '../fixtures/temp-store.js';

let store: GraphStore;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore(gapWorld()));
});
afterAll(() => dispose());

const index = (filter: GraphFilter = {}): Promise<InstrumentIndex> => loadInstrumentIndex(store, filter);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('bilateral matrix', () => {
  it('gives each pair of states a verdict', async () => {
    // Latest date in the data: cmm, 2024-02; recent = within 24 months of it.
    // TH–LA: MOU + police-meet (2023-06, bilateral) → ACTIVE.  TH–MM: MOU + cmm (iom has no state)
    // → ACTIVE.  TH–KH: case-1 but no agreement → INFORMAL.  LA–MM, LA–KH, MM–KH: only the COMMIT
    // MOU and the COMMIT SOM, TH–VN nothing at all → NO_BILATERAL_INSTRUMENT.
    const { cells } = await bilateralMatrix(await index(), ['TH', 'LA', 'MM', 'KH', 'VN']);
    const verdict = (a: string, b: string) => cells.find((c) => c.a.code === a && c.b.code === b)!.status;
    expect([verdict('TH', 'LA'), verdict('TH', 'MM'), verdict('TH', 'KH')]).toEqual(['ACTIVE', 'ACTIVE', 'INFORMAL']);
    expect([verdict('LA', 'MM'), verdict('LA', 'KH'), verdict('MM', 'KH'), verdict('TH', 'VN')]).toEqual(
      Array(4).fill('NO_BILATERAL_INSTRUMENT'),
    );
    const thMm = cells.find((c) => c.b.code === 'MM' && c.a.code === 'TH')!;
    expect(ids(thMm.bilateralAgreements)).toEqual(['mou-th-mm']);
    expect(ids(thMm.multilateralAgreements)).toEqual(['commit-mou']);
    expect(ids(thMm.meetings).sort()).toEqual(['cmm', 'commit-som']);
    expect(thMm.lastActivity).toBe('2024-02');
    // The SOM brings four states together: shared, but not the pair's own activity.
    expect(thMm.activity.map((x) => x.instrument.id)).toEqual(['cmm']);
    const thVn = cells.find((c) => c.b.code === 'VN')!;
    expect(thVn.explanation).toMatch(/no shared instrument of any kind/);
    expect(cells.find((c) => c.a.code === 'LA' && c.b.code === 'MM')!.explanation).toMatch(/only multi-country/);
  });

  it('counts activity under a bilateral agreement for the pair, saying only one side was named', async () => {
    // plan-meet (2023-09) names th-welfare only, but is recorded UNDER mou-th-cn, which the two states signed.
    const { cells } = await bilateralMatrix(await index(), ['TH', 'CN']);
    const cell = cells[0]!;
    expect(cell.status).toBe('ACTIVE');
    expect(cell.activity.map((x) => [x.instrument.id, ids(x.under), x.namedStates.map((c) => c.code)])).toEqual([
      ['plan-meet', ['mou-th-cn'], ['TH']],
    ]);
    expect(cell.explanation).toContain('only Thailand’s side named');
    expect(ids(cell.meetings)).toEqual(['plan-meet']);
    // The agreement's own verdict says the same, and it is not on the dormant list.
    expect(cell.agreements[0]!.summary).toBe('last activity 2023-09: plan-meet (only Thailand’s side named)');
    expect(dormantAgreements(await index(), 24, undefined).map((d) => d.agreement.id)).not.toContain('mou-th-cn');
  });

  it('calls a pair dormant when nothing of the pair falls in the months before the reference date', async () => {
    // Until 2022 (latest date 2022-12): cmm (2024) and the 2023 meetings fall out. TH–MM keeps its
    // MOU only → DORMANT; TH–LA keeps old-meet (2021-01, 23 months) → ACTIVE; TH–KH keeps case-1 → INFORMAL.
    const { cells } = await bilateralMatrix(await index({ until: '2022' }), ['TH', 'LA', 'MM', 'KH']);
    expect(cells.slice(0, 3).map((c) => [c.b.code, c.status])).toEqual([
      ['LA', 'ACTIVE'],
      ['MM', 'DORMANT'],
      ['KH', 'INFORMAL'],
    ]);
    expect(cells[1]!.explanation).toMatch(/no meeting or case of the pair in the 24 months before 2022-12/);
    // With 12 months old-meet is too old: TH–LA is dormant too, and its MOU on the dormant list.
    const strict = await bilateralMatrix(await index({ until: '2022' }), ['TH', 'LA'], { months: 12 });
    expect(strict.cells[0]!.status).toBe('DORMANT');
    expect(strict.cells[0]!.agreements.map((u) => [u.agreement.id, u.dormant])).toEqual([['mou-th-la', true]]);
  });
});

describe('counterpart coverage', () => {
  it('finds the covered sectors, the gaps and the sectors with no known counterpart', async () => {
    // TH–LA: police↔police (police-meet) and welfare↔welfare (MOU, old-meet, SOM) are covered;
    // both have prosecutors but no tie → GAP; only TH has an OTHER-sector body (th-ngo), with no
    // tie across the border and outside the core sectors → left out.
    const idx = await index();
    const th = idx.countries.find((c) => c.code === 'TH')!;
    const la = idx.countries.find((c) => c.code === 'LA')!;
    const report = await counterpartCoverageReport(idx, th, la);
    const rows = report.sectors;
    expect(rows.map((r) => [r.sector, r.status])).toEqual([
      ['LAW_ENFORCEMENT', 'COVERED'],
      ['PROSECUTION', 'GAP'],
      ['SOCIAL_WELFARE', 'COVERED'],
    ]);
    expect(report.omittedSectors).toEqual(['OTHER']);
    expect(rows[1]!.explanation).toBe(
      'Thailand–Lao PDR: no prosecution-to-prosecution tie, though both sides have prosecution agencies in the data.',
    );
    expect(rows.map((r) => r.label)).toEqual(['Law enforcement', 'Prosecution', 'Social welfare']);
    expect(ids(rows[2]!.ties[0]!.evidence).sort()).toEqual(['commit-som', 'mou-th-la', 'old-meet']);
  });

  it('counts an agreement the states signed toward the sectors its topics name', async () => {
    // mou-th-cn: the states TH and CN are parties, topic LABOUR_TRAFFICKING → labour covered by it.
    const idx = await index();
    const th = idx.countries.find((c) => c.code === 'TH')!;
    const cn = idx.countries.find((c) => c.code === 'CN')!;
    const labour = (await counterpartCoverage(idx, th, cn)).find((r) => r.sector === 'LABOUR')!;
    expect(labour.status).toBe('COVERED');
    expect(ids(labour.stateAgreements)).toEqual(['mou-th-cn']);
    expect(labour.explanation).toContain('MOU Thailand–China');
  });
});

describe('dormant agreements', () => {
  it('lists agreements never used, then those quiet longest, against the latest date in the data', async () => {
    // Latest date in the data: cmm, 2024-02. commit-mou: nothing under it. mou-th-la: old-meet,
    // 2021-01 → 37 months before 2024-02. mou-th-mm: cmm, 0 months → not dormant.
    const dormant = dormantAgreements(await index(), 12, undefined);
    expect(dormant.map((d) => [d.agreement.id, d.monthsSinceActivity, d.lastActivity?.id])).toEqual([
      ['commit-mou', undefined, undefined],
      ['mou-th-la', 37, 'old-meet'],
    ]);
    expect(ids(dormant[0]!.parties).sort()).toEqual(['cambodia', 'lao-pdr', 'myanmar', 'thailand']);
    expect(monthsBetween('2021-01', '2024-02')).toBe(37);
  });

  it('uses the reference date and threshold asked for', async () => {
    // As of 2021-06, old-meet (2021-01) is 5 months old: within 12, so mou-th-la is not dormant.
    const dormant = dormantAgreements(await index(), 12, '2021-06');
    expect(ids(dormant.map((d) => d.agreement))).not.toContain('mou-th-la');
  });
});

describe('network of coordination', () => {
  // With no window the coordination network is the clique {th-welfare, la-welfare, mm-welfare,
  // kh-police, iom} (the COMMIT SOM) plus kh-police–th-police (case-1) and th-police–la-police.
  it('finds brokers, articulation points, bridges, isolated and peripheral actors', async () => {
    const idx = await index();
    const f = fragility(projectCoordination(idx, 1e9).ties, idx.organizations, 10);
    // Betweenness, 7 nodes, normalised by (n−1)(n−2)/2 = 15: kh-police lies on all 8 shortest paths
    // between {th-police, la-police} and the other 4 clique members → 8/15; th-police on the 5
    // paths from la-police to everyone but itself → 5/15. Clique members are never between.
    expect(f.brokers.map((b) => [b.organization.id, b.betweenness, b.isArticulationPoint])).toEqual([
      ['kh-police', 0.533333, true],
      ['th-police', 0.333333, true],
    ]);
    expect(f.articulationPoints.map((a) => [a.organization.id, ids(a.cutOff)])).toEqual([
      ['kh-police', ['la-police', 'th-police']],
      ['th-police', ['la-police']],
    ]);
    expect(f.bridges.map((b) => [b.tie.id, ids(b.smallerSide)])).toEqual([
      ['kh-police~th-police', ['la-police', 'th-police']],
      ['la-police~th-police', ['la-police']],
    ]);
    expect(ids(f.isolated).sort()).toEqual(['la-prosecutor', 'th-ngo', 'th-prosecutor']);
    expect(ids(f.peripheral)).toEqual(['la-police']);
  });

  it('suggests missing links by Adamic–Adar and filters them by kind of pair', async () => {
    // la-police and kh-police share th-police (2 ties): 1/ln 2 = 1.442695. th-police and each of
    // iom, la-welfare, mm-welfare, th-welfare share kh-police (5 ties): 1/ln 5 = 0.621335.
    const ties = projectCoordination(await index(), 1e9).ties;
    expect(missingLinks(ties, 'ANY', 10).map((m) => [m.a.id, m.b.id, m.score, ids(m.sharedPartners)])).toEqual([
      ['kh-police', 'la-police', 1.442695, ['th-police']],
      ['iom', 'th-police', 0.621335, ['kh-police']],
      ['la-welfare', 'th-police', 0.621335, ['kh-police']],
      ['mm-welfare', 'th-police', 0.621335, ['kh-police']],
      ['th-police', 'th-welfare', 0.621335, ['kh-police']],
    ]);
    expect(missingLinks(ties, 'SAME_SECTOR', 10).map((m) => `${m.a.id}~${m.b.id}`)).toEqual(['kh-police~la-police']);
    expect(missingLinks(ties, 'DOMESTIC_FOREIGN', 10).map((m) => `${m.a.id}~${m.b.id}`)).toEqual([
      'kh-police~la-police',
      'la-welfare~th-police',
      'mm-welfare~th-police',
    ]);
    expect(missingLinks(ties, 'GOVERNMENT_NGO', 10)).toEqual([]);
  });

  it('tells what changed between two periods', async () => {
    // Until 2022: welfare TH–LA = MOU 1 + old-meet 1 = 2; TH–MM = MOU 1; police TH–KH = case-1 1.
    // From 2023: TH–LA = MOU 1 + SOM ¼ = 1.25 (weakened); TH–MM = 1 + cmm ½ + SOM ¼ = 1.75
    // (strengthened); case-1 closed in 2022 (lapsed); police-meet (1), iom with th-/mm-welfare
    // (½ + ¼) and the other SOM pairs (¼) are new.
    const before = projectCoordination(await index({ until: '2022' }), 1e9).ties;
    const after = projectCoordination(await index({ from: '2023' }), 1e9).ties;
    const changes = compareTies(before, after);
    const summary = changes.map((c) => [c.kind, (c.after ?? c.before)!.id, c.weightBefore, c.weightAfter]);
    expect(summary.slice(0, 3)).toEqual([
      ['NEW', 'la-police~th-police', 0, 1],
      ['NEW', 'iom~mm-welfare', 0, 0.75],
      ['NEW', 'iom~th-welfare', 0, 0.75],
    ]);
    expect(summary.filter(([k]) => k === 'NEW')).toHaveLength(9);
    expect(summary.slice(-3)).toEqual([
      ['STRENGTHENED', 'mm-welfare~th-welfare', 1, 1.75],
      ['WEAKENED', 'la-welfare~th-welfare', 2, 1.25],
      ['LAPSED', 'kh-police~th-police', 1, 0],
    ]);
  });
});
