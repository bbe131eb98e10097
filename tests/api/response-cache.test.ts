/**
 * The response cache (server/http/response-cache.ts) answers a repeated read from memory, and only
 * when nothing it depends on moved: a write makes the next answer fresh, a viewer without clearance
 * never receives a cleared viewer's answer, and operations with fields off its allow-list, errors or
 * mutations are never answered from it. Runs on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_HEADER } from '../../server/http/response-cache.js';
import { jointCase, smallWorld, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiClient, type ApiServer } from '../fixtures/api-server.js';

const SECRET = 'Operation Kingfisher';
const AROUND_DSI = `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2) { nodes { id name } relationships { id } } }`;
const UPDATE_ORG = `mutation($id: ID!, $v: Int!, $patch: OrganizationPatch!) {
  updateOrganization(id: $id, expectedVersion: $v, patch: $patch) { id version } }`;

function world() {
  const w = smallWorld();
  w.nodes.push(jointCase('secret-op', { name: SECRET, sensitivity: 'CONFIDENTIAL', openedOn: '2024-01' }));
  w.relationships.push(tie('WORKS_ON', 'dsi', 'secret-op', { role: 'LEAD' }));
  return w;
}

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: world() });
});
afterAll(() => api.close());

async function ask(client: ApiClient, query: string, variables?: Record<string, unknown>) {
  const res = await client.post(query, variables);
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { cache: res.headers.get(CACHE_HEADER), body, text: JSON.stringify(body) };
}

describe('the response cache', () => {
  it('answers a repeated read from the cache, the same as computed', async () => {
    const first = await ask(api.anonymous, AROUND_DSI, { ids: ['rtp'] });
    const second = await ask(api.anonymous, AROUND_DSI, { ids: ['rtp'] });
    expect(first.body.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.text).toBe(first.text);
    // Other variables are another answer.
    expect((await ask(api.anonymous, AROUND_DSI, { ids: ['moj'] })).cache).toBe('miss');
  });

  it('computes an answer once for requests arriving together, and afresh when asked with no-cache', async () => {
    const query = '{ neighbourhood(ids: ["iom"], depth: 2) { nodes { id } } }';
    const together = await Promise.all(Array.from({ length: 5 }, () => ask(api.anonymous, query)));
    expect(together.map((a) => a.cache).sort()).toEqual(['hit', 'hit', 'hit', 'hit', 'miss']);
    expect(new Set(together.map((a) => a.text)).size).toBe(1);
    expect((await ask(api.anonymous, query)).cache).toBe('hit');
    const revalidated = await ask(api.client({ 'cache-control': 'no-cache' }), query);
    expect(revalidated.cache).toBe('miss');
    expect(revalidated.text).toBe(together[0]!.text);
  });

  it('answers afresh after a write', async () => {
    const query = '{ node(id: "moj") { id name version } }';
    const before = await ask(api.anonymous, query);
    expect((await ask(api.anonymous, query)).cache).toBe('hit');
    const node = before.body.data as { node: { version: number } };
    const edit = await api.gql(UPDATE_ORG, {
      id: 'moj',
      v: node.node.version,
      patch: { name: 'Ministry of Justice (renamed)' },
    });
    expect(edit.errors).toBeUndefined();
    const after = await ask(api.anonymous, query);
    expect(after.cache).toBe('miss');
    expect(after.text).toContain('Ministry of Justice (renamed)');
    expect((await ask(api.anonymous, query)).cache).toBe('hit');
  });

  it('answers afresh after a write that bypasses the API', async () => {
    const query = '{ search(text: "special investigation") { node { id name } } }';
    await ask(api.anonymous, query);
    expect((await ask(api.anonymous, query)).cache).toBe('hit');
    const [dsi] = await api.store.getNodes(['dsi']);
    await api.store.write({ upsertNodes: [{ ...dsi!, name: 'Department of Special Investigation (DSI)' }] });
    const after = await ask(api.anonymous, query);
    expect(after.cache).toBe('miss');
    expect(after.text).toContain('Department of Special Investigation (DSI)');
  });

  it('never gives a viewer without clearance what a cleared viewer was answered', async () => {
    const cleared = await api.userClient('ANALYST', 'CONFIDENTIAL');
    const publicUser = await api.userClient('VIEWER', 'PUBLIC');
    const query = '{ neighbourhood(ids: ["dsi"], depth: 1) { nodes { id name } } stats { nodes { kind count } } }';
    const seen = await ask(cleared, query);
    expect(seen.text).toContain(SECRET);
    expect((await ask(cleared, query)).cache).toBe('hit');
    for (const client of [api.anonymous, publicUser, api]) {
      for (let i = 0; i < 2; i++) {
        const answer = await ask(client, query);
        expect(answer.body.errors).toBeUndefined();
        expect(answer.text).not.toContain(SECRET);
        expect(answer.text).not.toContain('secret-op');
      }
    }
  });

  it('never answers from the cache an operation with a field off its list, a mutation or an error', async () => {
    const uncached = [
      '{ node(id: "rtp") { id } me { username } }',
      '{ node(id: "rtp") { id } recentChanges(first: 5) { entries { seq } } }',
      '{ ...Both } fragment Both on Query { node(id: "rtp") { id } me { username } }',
      '{ node(id: "no-such-node") { id } }',
      `mutation { logout }`,
    ];
    for (const query of uncached) {
      const answers = [await ask(api, query), await ask(api, query)];
      for (const answer of answers) expect(answer.cache === 'hit', query).toBe(false);
    }
    // The not-found answer is an error each time, never a cached one.
    const missing = await ask(api, '{ node(id: "no-such-node") { id } }');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
