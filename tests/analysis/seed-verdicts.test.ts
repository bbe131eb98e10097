/**
 * Gap-analysis verdicts on the seeded graph that the source documents support. Each test names
 * the document and section; ids are found through search, not assumed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

interface Tie {
  a: { id: string; acronym: string | null; name: string };
  b: { id: string; acronym: string | null; name: string };
  evidence: { id: string; name: string }[];
}

describe('gap analyses on the seed data', () => {
  it('Thailand–Myanmar is ACTIVE through the 29th case management meeting under their MOU (RTG Q1 2024, Protection §7.2)', async () => {
    const res = await api.gql<{
      bilateralMatrix: {
        cells: {
          a: { code: string };
          b: { code: string };
          status: string;
          bilateralAgreements: { id: string }[];
          meetings: {
            name: string;
            sequence: number | null;
            relationships: { nodes: { type: string; end: { id: string } }[] };
          }[];
        }[];
      };
    }>(`{ bilateralMatrix { cells { a { code } b { code } status bilateralAgreements { id }
          meetings { name sequence relationships(types: [UNDER]) { nodes { type end { id } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const cell = res.data!.bilateralMatrix.cells.find((c) => c.a.code === 'TH' && c.b.code === 'MM')!;
    expect(cell.status).toBe('ACTIVE');
    const cmm = cell.meetings.find((m) => m.sequence === 29)!;
    expect(cmm.name).toMatch(/Case Management Meeting/);
    const under = cmm.relationships.nodes.map((r) => r.end.id);
    expect(under.some((id) => cell.bilateralAgreements.some((a) => a.id === id))).toBe(true);
  });

  it('Thailand–Lao PDR coverage shows a police-to-police tie and MSDHS tied to the Lao National Committee (RTG Q1 2024, Prosecution §9.1(3), Protection §7.3)', async () => {
    const res = await api.gql<{
      counterpartCoverage: {
        sectors: { sector: string; status: string; ties: Tie[]; crossSectorTies: Tie[]; explanation: string }[];
      };
    }>(`{ counterpartCoverage(a: "TH", b: "LA") { sectors { sector status explanation
          ties { a { id acronym name } b { id acronym name } evidence { id name } }
          crossSectorTies { a { id acronym name } b { id acronym name } evidence { id name } } } } }`);
    expect(res.errors).toBeUndefined();
    const row = (sector: string) => res.data!.counterpartCoverage.sectors.find((s) => s.sector === sector)!;
    const police = row('LAW_ENFORCEMENT');
    expect(police.status).toBe('COVERED');
    expect(police.ties.flatMap((t) => [t.a.name, t.b.name])).toContain('Lao Police Force');
    const welfare = row('SOCIAL_WELFARE');
    expect(welfare.status).toBe('CROSS_SECTOR');
    const msdhsTie = welfare.crossSectorTies.find((t) => [t.a.acronym, t.b.acronym].includes('MSDHS'))!;
    expect([msdhsTie.a.name, msdhsTie.b.name].join(' ')).toMatch(/National Committee/);
    expect(msdhsTie.evidence.some((e) => /3rd Thailand–Laos Bilateral Meeting/.test(e.name))).toBe(true);
  });

  it('ASEAN-ACT ranks among the top five brokers of the 2024 meetings (RTG Q1 2024, Prosecution §9.1–9.2)', async () => {
    const res = await api.gql<{ fragility: { brokers: { organization: { acronym: string | null } }[] } }>(
      `{ fragility(filter: { nodeKinds: [MEETING], from: "2024", until: "2024" }, limit: 5) { brokers { organization { acronym } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.fragility.brokers.map((b) => b.organization.acronym)).toContain('ASEAN-ACT');
  });

  it('Thailand–China is active through the plan-of-action meeting held under their MOU, which names the Thai side only (RTG Q1 2024, Protection §7.5)', async () => {
    const res = await api.gql<{
      bilateralMatrix: {
        cells: {
          status: string;
          explanation: string;
          bilateralAgreements: { id: string; relationships: { nodes: { start: { id: string } }[] } }[];
          activity: { instrument: { id: string }; note: string }[];
        }[];
      };
    }>(`{ bilateralMatrix(countries: ["TH", "CN"]) { cells { status explanation
          bilateralAgreements { id relationships(types: [UNDER]) { nodes { start { id } } } }
          activity { instrument { id } note } } } }`);
    expect(res.errors).toBeUndefined();
    const cell = res.data!.bilateralMatrix.cells[0]!;
    // Whatever the data records under the two states' agreements is the pair's activity.
    const under = cell.bilateralAgreements.flatMap((a) => a.relationships.nodes.map((r) => r.start.id));
    expect(under.length).toBeGreaterThan(0);
    for (const id of under) expect(cell.activity.map((x) => x.instrument.id)).toContain(id);
    expect(cell.status).toBe('ACTIVE');
    expect(cell.activity.some((x) => /only Thailand’s side named/.test(x.note))).toBe(true);
  });
});
