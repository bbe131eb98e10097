/**
 * `periodChanges` compares two windows over dated evidence only. In the world below, a and b share
 * an agreement with no date at all and meet in 2024; c and d met in 2013 only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreement, meeting, org, source, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

interface Change {
  kind: string;
  before: { id: string; evidence: { id: string }[] } | null;
  after: { id: string; evidence: { id: string }[] } | null;
}

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({
    dataset: {
      nodes: [
        source(),
        ...['a', 'b', 'c', 'd'].map((id) => org(id)),
        agreement('sop-undated', { kind: 'SOP' }),
        meeting('meet-2024', { startDate: '2024-03' }),
        meeting('meet-2013', { startDate: '2013-05' }),
      ],
      relationships: [
        tie('PARTY_TO', 'a', 'sop-undated'),
        tie('PARTY_TO', 'b', 'sop-undated'),
        tie('PARTICIPATED_IN', 'a', 'meet-2024'),
        tie('PARTICIPATED_IN', 'b', 'meet-2024'),
        tie('PARTICIPATED_IN', 'c', 'meet-2013'),
        tie('PARTICIPATED_IN', 'd', 'meet-2013'),
      ],
    },
  });
});
afterAll(() => api.close());

async function changes(): Promise<Change[]> {
  const res = await api.gql<{ periodChanges: Change[] }>(`{
    periodChanges(a: { from: "2013", until: "2013" }, b: { from: "2024", until: "2024" }) {
      kind
      before { id evidence { id } }
      after { id evidence { id } }
    }
  }`);
  expect(res.errors).toBeUndefined();
  return res.data!.periodChanges;
}

describe('period changes over dated evidence', () => {
  it('calls a tie new when its only earlier evidence has no date, citing the dated evidence', async () => {
    const ab = (await changes()).find((c) => (c.after ?? c.before)!.id.includes('a') && !c.before);
    expect(ab).toMatchObject({ kind: 'NEW', before: null });
    expect(ab!.after!.evidence.map((e) => e.id)).toEqual(['meet-2024']);
  });

  it('still finds a tie that lapsed', async () => {
    const lapsed = (await changes()).filter((c) => c.kind === 'LAPSED');
    expect(lapsed.map((c) => c.before!.evidence.map((e) => e.id))).toEqual([['meet-2013']]);
  });

  it('lists no change that rests on undated evidence alone', async () => {
    for (const c of await changes()) {
      for (const t of [c.before, c.after]) expect(t?.evidence.map((e) => e.id) ?? []).not.toContain('sop-undated');
    }
  });
});
