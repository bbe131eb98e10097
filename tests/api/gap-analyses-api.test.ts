/** The gap analyses through GraphQL: shapes, evidence and bad input. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapWorld } from '../fixtures/gap-world.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: gapWorld() });
});
afterAll(() => api.close());

describe('gap analyses over GraphQL', () => {
  it('answers the matrix, coverage, dormant agreements, missing links, fragility and changes in one request', async () => {
    const res = await api.gql<{
      bilateralMatrix: {
        countries: { code: string }[];
        cells: { a: { code: string }; b: { code: string }; status: string; explanation: string }[];
      };
      counterpartCoverage: { sectors: { sector: string; status: string; ties: { evidence: { id: string }[] }[] }[] };
      dormantAgreements: { agreement: { id: string }; monthsSinceActivity: number | null }[];
      missingLinks: { a: { id: string }; b: { id: string }; score: number }[];
      fragility: { brokers: { organization: { id: string } }[]; bridges: { tie: { id: string } }[] };
      periodChanges: { kind: string }[];
    }>(`{
      bilateralMatrix(countries: ["TH", "LA", "MM"]) { countries { code } cells { a { code } b { code } status explanation } }
      counterpartCoverage(a: "th", b: "LA") { sectors { sector status ties { evidence { id } } } }
      dormantAgreements(months: 12) { agreement { id } monthsSinceActivity }
      missingLinks(pairKind: SAME_SECTOR) { a { id } b { id } score }
      fragility { brokers { organization { id } } bridges { tie { id } } }
      periodChanges(a: { until: "2022" }, b: { from: "2023" }) { kind }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.bilateralMatrix.countries.map((c) => c.code)).toEqual(['TH', 'LA', 'MM']);
    expect(d.bilateralMatrix.cells.map((c) => c.status)).toEqual(['ACTIVE', 'ACTIVE', 'NO_BILATERAL_INSTRUMENT']);
    expect(d.counterpartCoverage.sectors.find((s) => s.sector === 'PROSECUTION')!.status).toBe('GAP');
    expect(d.dormantAgreements.map((x) => x.agreement.id)).toEqual(['commit-mou', 'mou-th-la']);
    expect(d.missingLinks.map((m) => `${m.a.id}~${m.b.id}`)).toEqual(['kh-police~la-police']);
    expect(d.fragility.brokers[0]!.organization.id).toBe('kh-police');
    expect(d.fragility.bridges).toHaveLength(2);
    expect(d.periodChanges.map((c) => c.kind)).toContain('LAPSED');
  });

  it.each([
    ['{ counterpartCoverage(a: "TH", b: "XX") { a { code } } }', 'NOT_FOUND', 'b'],
    ['{ counterpartCoverage(a: "TH", b: "th") { a { code } } }', 'BAD_USER_INPUT', 'b'],
    ['{ bilateralMatrix(countries: ["TH"]) { cells { status } } }', 'BAD_USER_INPUT', 'countries'],
    ['{ bilateralMatrix(countries: ["TH", "Laos"]) { cells { status } } }', 'BAD_USER_INPUT', 'countries'],
    ['{ dormantAgreements(months: -1) { monthsSinceActivity } }', 'BAD_USER_INPUT', 'months'],
    ['{ periodChanges(a: { from: "2024" , until: "2020" }, b: {}) { kind } }', 'BAD_USER_INPUT', 'a.until'],
  ])('%s is refused with %s on %s', async (query, code, field) => {
    const res = await api.gql(query);
    expect(res.errors![0]!.extensions).toMatchObject({ code, field });
  });
});
