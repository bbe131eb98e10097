/**
 * The access matrix: every query, analysis, search, export and brief, as anonymous, VIEWER,
 * ANALYST and (the positive control) an EDITOR cleared for CONFIDENTIAL, over a world holding one
 * RESTRICTED and one CONFIDENTIAL joint case. Nobody below CONFIDENTIAL sees any trace of the
 * confidential case (id, name, count); only ANALYST and up see the restricted one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointCase, smallWorld, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiClient, type ApiServer } from '../fixtures/api-server.js';

const SECRET = /secret-case|Nightjar/i;
const RESTRICTED = /restricted-case|Kestrel/i;

function world() {
  const w = smallWorld();
  w.nodes.push(
    jointCase('secret-case', { name: 'Operation Nightjar', sensitivity: 'CONFIDENTIAL', openedOn: '2024-01' }),
    jointCase('restricted-case', { name: 'Operation Kestrel', sensitivity: 'RESTRICTED', openedOn: '2024-02' }),
  );
  w.relationships.push(
    tie('WORKS_ON', 'dsi', 'secret-case', { role: 'LEAD' }),
    tie('WORKS_ON', 'iom', 'secret-case', { role: 'VICTIM_SUPPORT' }),
    tie('UNDER', 'secret-case', 'mou-th-la'),
    tie('WORKS_ON', 'dsi', 'restricted-case', { role: 'LEAD' }),
    tie('WORKS_ON', 'iom', 'restricted-case', { role: 'VICTIM_SUPPORT' }),
  );
  return w;
}

const NODE = 'id name';
const QUERIES: [string, string][] = [
  ['node', `{ node(id: "dsi") { relationships { totalCount nodes { id end { ${NODE} } start { ${NODE} } } } } }`],
  ['nodes', `{ nodes(ids: ["dsi", "secret-case", "restricted-case"]) { ${NODE} } }`],
  [
    'search',
    `{ a: search(text: "operation") { node { ${NODE} } } b: search(text: "nightjar") { node { id } } c: search(text: "kestrel", kinds: [JOINT_CASE]) { node { id } } }`,
  ],
  ['list', `{ list(kind: JOINT_CASE) { totalCount nodes { ${NODE} } } }`],
  [
    'neighbourhood',
    `{ neighbourhood(ids: ["dsi", "iom", "mou-th-la"], depth: 3) { nodes { ${NODE} } relationships { id } } }`,
  ],
  ['paths', `{ paths(from: "dsi", to: "iom") { nodes { ${NODE} } } }`],
  ['coordination', `{ coordination { ties { id sharedCount evidence { ${NODE} } } } }`],
  ['stats', '{ stats { nodes { kind count } relationships { type count } } }'],
  ['agreement', `{ agreement(id: "mou-th-la") { relationships { totalCount nodes { start { ${NODE} } } } } }`],
  [
    'bilateralMatrix',
    `{ bilateralMatrix(countries: ["TH", "LA"]) { cells { bilateralActivityCount explanation jointCases { ${NODE} } activity { note instrument { ${NODE} } } agreements { summary activities { ${NODE} } lastActivity { ${NODE} } } } } }`,
  ],
  ['counterpartCoverage', `{ counterpartCoverage(a: "TH", b: "LA") { sectors { ties { id evidence { ${NODE} } } } } }`],
  ['dormantAgreements', `{ dormantAgreements(months: 1) { summary parties { id } lastActivity { ${NODE} } } }`],
  ['missingLinks', `{ missingLinks { a { id } b { id } sharedPartners { id } } }`],
  ['fragility', '{ fragility { brokers { organization { id } } isolated { id } peripheral { id } } }'],
  ['history', '{ history(id: "dsi", first: 50) { entries { summary changes { itemId label } } } }'],
  ['recentChanges', '{ recentChanges(first: 50) { entries { summary changes { itemId label } } } }'],
];
const ROUTES = [
  '/export?format=json',
  '/export?format=csv',
  '/export?format=graphml',
  '/brief?focus=org:dsi',
  '/brief?focus=pair:TH-LA',
];

let api: ApiServer;
const as: Record<string, ApiClient> = {};
beforeAll(async () => {
  api = await startApiServer({ dataset: world() });
  // An editor cleared for CONFIDENTIAL touches both cases, so the audit trail names them too.
  const editor = await api.userClient('EDITOR', 'CONFIDENTIAL', 'cleared-editor');
  for (const id of ['secret-case', 'restricted-case']) {
    const res = await editor.gql(
      'mutation($id: ID!) { updateJointCase(id: $id, expectedVersion: 1, patch: { description: "touched" }) { id } }',
      { id },
    );
    expect(res.errors).toBeUndefined();
  }
  as.anonymous = api.anonymous;
  // A VIEWER asking for CONFIDENTIAL is clamped to PUBLIC.
  as.VIEWER = await api.userClient('VIEWER', 'CONFIDENTIAL');
  as.ANALYST = await api.userClient('ANALYST', 'RESTRICTED');
  as.EDITOR = editor;
});
afterAll(() => api.close());

const below = ['anonymous', 'VIEWER', 'ANALYST'];

describe.each(below)('as %s', (who) => {
  const sees = (text: string) => ({ secret: SECRET.test(text), restricted: RESTRICTED.test(text) });

  it.each(QUERIES)('%s shows no trace of the confidential case', async (_name, query) => {
    const res = await as[who]!.gql(query);
    expect(res.errors).toBeUndefined();
    const text = JSON.stringify(res);
    expect(sees(text).secret).toBe(false);
    if (who !== 'ANALYST') expect(sees(text).restricted).toBe(false);
  });

  it.each(ROUTES)('%s shows no trace of the confidential case', async (route) => {
    const res = await as[who]!.get(route);
    expect(res.status).toBe(200);
    const text = route.includes('csv') ? Buffer.from(await res.arrayBuffer()).toString('latin1') : await res.text();
    expect(SECRET.test(text)).toBe(false);
    if (who !== 'ANALYST') expect(RESTRICTED.test(text)).toBe(false);
  });

  it('a direct lookup of the confidential case answers as for an unknown id', async () => {
    const hidden = await as[who]!.gql('{ jointCase(id: "secret-case") { id } }');
    expect(hidden.errors![0]!.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors![0]!.message).toBe("no joint case has the id 'secret-case'");
  });
});

describe('counts by clearance', () => {
  const count = async (client: ApiClient) => {
    const res = await client.gql<{ stats: { nodes: { kind: string; count: number }[] } }>(
      '{ stats { nodes { kind count } } }',
    );
    return res.data!.stats.nodes.find((n) => n.kind === 'JOINT_CASE')!.count;
  };
  it('anonymous and VIEWER count the public case, ANALYST the restricted one too, the cleared EDITOR all', async () => {
    const base = await count(as.anonymous!);
    expect(await count(as.VIEWER!)).toBe(base);
    expect(await count(as.ANALYST!)).toBe(base + 1);
    expect(await count(as.EDITOR!)).toBe(base + 2);
  });
});

describe('positive control: an EDITOR cleared for CONFIDENTIAL', () => {
  it.each(
    QUERIES.filter(([n]) => ['search', 'list', 'neighbourhood', 'coordination', 'nodes', 'recentChanges'].includes(n)),
  )('%s shows both cases', async (_name, query) => {
    const text = JSON.stringify(await as.EDITOR!.gql(query));
    expect(text).toMatch(SECRET);
    expect(text).toMatch(RESTRICTED);
  });

  it('/export holds both cases', async () => {
    const text = await (await as.EDITOR!.get('/export?format=json')).text();
    expect(text).toMatch(SECRET);
    expect(text).toMatch(RESTRICTED);
  });

  it('the ANALYST sees the restricted case', async () => {
    const text = JSON.stringify(await as.ANALYST!.gql(QUERIES.find(([n]) => n === 'list')![1]));
    expect(text).toMatch(RESTRICTED);
  });
});
