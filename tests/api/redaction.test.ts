/**
 * A confidential joint case is invisible to a viewer without clearance through every query: no
 * id, name or count of it comes back. With clearance, the same queries show it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointCase, smallWorld, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

const SECRET = 'Operation Nightjar';
function worldWithSecret() {
  const world = smallWorld();
  world.nodes.push(jointCase('secret-case', { name: SECRET, sensitivity: 'CONFIDENTIAL', openedOn: '2024-01' }));
  world.relationships.push(
    tie('WORKS_ON', 'dsi', 'secret-case', { role: 'LEAD' }),
    tie('WORKS_ON', 'iom', 'secret-case', { role: 'VICTIM_SUPPORT' }),
    tie('UNDER', 'secret-case', 'mou-th-la'),
  );
  return world;
}

const QUERIES: [string, string][] = [
  ['node', '{ node(id: "dsi") { relationships { totalCount nodes { id end { id } } } } }'],
  [
    'search',
    '{ search(text: "nightjar") { node { id name } } byKind: search(text: "operation", kinds: [JOINT_CASE]) { node { id } } }',
  ],
  ['list', '{ list(kind: JOINT_CASE) { totalCount nodes { id name } } }'],
  [
    'neighbourhood',
    '{ neighbourhood(ids: ["dsi", "iom", "mou-th-la"], depth: 3) { nodes { id name } relationships { id } } }',
  ],
  ['paths', '{ paths(from: "dsi", to: "iom") { nodes { id name } } }'],
  ['coordination', '{ coordination { ties { id evidence { id name } } } }'],
  ['stats', '{ stats { nodes { kind count } relationships { type count } } }'],
  ['agreement', '{ agreement(id: "mou-th-la") { relationships { totalCount nodes { start { id name } } } } }'],
];

describe('redaction of sensitive joint cases', () => {
  let publicApi: ApiServer;
  let clearedApi: ApiServer;
  beforeAll(async () => {
    publicApi = await startApiServer({ dataset: worldWithSecret() });
    clearedApi = await startApiServer({ dataset: worldWithSecret(), clearance: 'CONFIDENTIAL' });
  });
  afterAll(async () => {
    await publicApi.close();
    await clearedApi.close();
  });

  it.each(QUERIES)('%s shows no trace of the case without clearance', async (_name, query) => {
    const res = await publicApi.gql(query);
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res)).not.toMatch(/secret-case|Nightjar/);
  });

  it('a direct lookup of the hidden case answers as for an unknown id', async () => {
    const hidden = await publicApi.gql('{ jointCase(id: "secret-case") { id } }');
    const unknown = await publicApi.gql('{ jointCase(id: "never-existed") { id } }');
    expect(hidden.errors![0]!.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors![0]!.message.replace('secret-case', 'X')).toBe(
      unknown.errors![0]!.message.replace('never-existed', 'X'),
    );
  });

  it('counts only what the viewer may see', async () => {
    const count = async (api: ApiServer) => {
      const res = await api.gql<{
        stats: { nodes: { kind: string; count: number }[]; relationships: { type: string; count: number }[] };
      }>('{ stats { nodes { kind count } relationships { type count } } }');
      const s = res.data!.stats;
      return [
        s.nodes.find((n) => n.kind === 'JOINT_CASE')!.count,
        s.relationships.find((r) => r.type === 'WORKS_ON')!.count,
      ];
    };
    expect(await count(publicApi)).toEqual([1, 2]);
    expect(await count(clearedApi)).toEqual([2, 4]);
  });

  it.each(QUERIES.filter(([n]) => ['search', 'list', 'neighbourhood', 'coordination'].includes(n)))(
    '%s shows the case to a cleared viewer',
    async (_name, query) => {
      const res = await clearedApi.gql(query);
      expect(JSON.stringify(res)).toMatch(/secret-case/);
    },
  );
});
