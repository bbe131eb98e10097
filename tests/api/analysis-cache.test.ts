/**
 * Analyses are kept per store revision and viewer clearance: a viewer without clearance asking
 * right after a cleared one gets no trace of what only the cleared one may see, and a write is in
 * the next answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointCase, meeting, smallWorld, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiClient, type ApiServer } from '../fixtures/api-server.js';

const SECRET = 'Operation Nightjar';
function worldWithSecret() {
  const world = smallWorld();
  world.nodes.push(jointCase('secret-case', { name: SECRET, sensitivity: 'CONFIDENTIAL', openedOn: '2024-01' }));
  world.relationships.push(
    tie('WORKS_ON', 'msdhs', 'secret-case', { role: 'LEAD' }),
    tie('WORKS_ON', 'lao-police', 'secret-case', { role: 'FOREIGN_COUNTERPART' }),
    tie('UNDER', 'secret-case', 'mou-th-la'),
  );
  return world;
}

/** Every analysis whose answer the server keeps, asked with the same arguments by everyone. */
const ANALYSES = `{
  bilateralMatrix(countries: ["TH", "LA"]) { cells { status lastActivity jointCases { id name } meetings { id } activity { instrument { id } } } }
  counterpartCoverage(a: "TH", b: "LA") { sectors { sector ties { evidence { id name } } crossSectorTies { evidence { id name } } } }
  dormantAgreements(months: 0, asOf: "2030") { agreement { id } parties { id } lastActivity { id } }
  coordination { ties { id evidence { id name } } }
  fragility { bridges { tie { evidence { id } } } }
  missingLinkReport { links { a { id } b { id } } }
}`;

describe('analyses kept per revision and clearance', () => {
  let api: ApiServer;
  let cleared: ApiClient;
  beforeAll(async () => {
    api = await startApiServer({ dataset: worldWithSecret() });
    cleared = await api.userClient('EDITOR', 'CONFIDENTIAL', 'cleared-editor');
  });
  afterAll(() => api.close());

  it('never gives a viewer without clearance the answer computed for a cleared one', async () => {
    // The cleared viewer asks first, so an answer kept without its clearance would be served next.
    const seen = await cleared.gql(ANALYSES);
    expect(seen.errors).toBeUndefined();
    expect(JSON.stringify(seen.data)).toContain('secret-case');
    for (const viewer of [api, api.anonymous]) {
      const res = await viewer.gql(ANALYSES);
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res)).not.toMatch(/secret-case|Nightjar/);
    }
    // And the cleared viewer still gets its own answer afterwards.
    expect(JSON.stringify((await cleared.gql(ANALYSES)).data)).toContain('secret-case');
  });

  it('answers a write in the next request', async () => {
    const query = `{
      bilateralMatrix(countries: ["TH", "LA"]) { cells { lastActivity meetings { id } } }
      dormantAgreements(months: 0, asOf: "2030") { agreement { id } lastActivity { id } }
      coordination { ties { a { id } b { id } evidence { id } } }
    }`;
    type Answer = {
      bilateralMatrix: { cells: { lastActivity: string | null; meetings: { id: string }[] }[] };
      dormantAgreements: { agreement: { id: string }; lastActivity: { id: string } | null }[];
      coordination: { ties: { a: { id: string }; b: { id: string }; evidence: { id: string }[] }[] };
    };
    const ask = async () => {
      const res = await api.gql<Answer>(query);
      expect(res.errors).toBeUndefined();
      const data = res.data!;
      const pair = data.coordination.ties.find((t) => [t.a.id, t.b.id].sort().join() === 'lao-police,msdhs');
      return {
        meetings: data.bilateralMatrix.cells[0]!.meetings.map((m) => m.id),
        lastActivity: data.bilateralMatrix.cells[0]!.lastActivity,
        lastUnderMou: data.dormantAgreements.find((d) => d.agreement.id === 'mou-th-la')?.lastActivity?.id,
        evidence: pair?.evidence.map((e) => e.id),
      };
    };
    const before = await ask();
    expect(before.meetings).not.toContain('m-2025');
    await api.store.write({
      upsertNodes: [meeting('m-2025', { name: 'Border talks 2025', startDate: '2025-02-10' })],
      upsertRelationships: [
        tie('PARTICIPATED_IN', 'msdhs', 'm-2025', { role: 'HOST' }),
        tie('PARTICIPATED_IN', 'lao-police', 'm-2025', { role: 'PARTICIPANT' }),
        tie('UNDER', 'm-2025', 'mou-th-la'),
      ],
    });
    const after = await ask();
    expect(after.meetings).toEqual(['m-2025', ...before.meetings]);
    expect(after.lastActivity).toBe('2025-02-10');
    expect(before.lastUnderMou).toBe('m-2024');
    expect(after.lastUnderMou).toBe('m-2025');
    expect(after.evidence).toEqual(expect.arrayContaining(['m-2025', ...(before.evidence ?? [])]));
  });
});
