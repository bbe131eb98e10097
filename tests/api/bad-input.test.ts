/**
 * Bad input gets a GraphQL error with a code and the argument at fault, no stack trace, and
 * changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld() });
});
afterAll(() => api.close());

const cases: [string, string, Record<string, unknown>, string, string | undefined][] = [
  ['an unknown id', 'query($id: ID!) { node(id: $id) { id } }', { id: 'no-such-agency' }, 'NOT_FOUND', 'id'],
  ['an unknown id in a neighbourhood', '{ neighbourhood(ids: ["rtp", "nope"]) { truncated } }', {}, 'NOT_FOUND', 'ids'],
  ['an unknown path end', '{ paths(from: "rtp", to: "nope") { length } }', {}, 'NOT_FOUND', 'to'],
  ['depth 9', '{ neighbourhood(ids: ["rtp"], depth: 9) { truncated } }', {}, 'BAD_USER_INPUT', 'depth'],
  ['an empty search', '{ search(text: "   ") { score } }', {}, 'BAD_USER_INPUT', 'text'],
  ['a search limit of 0', '{ search(text: "rtp", limit: 0) { score } }', {}, 'BAD_USER_INPUT', 'limit'],
  [
    'a window that ends before it starts',
    '{ coordination(filter: { from: "2020", until: "2019-05" }) { truncated } }',
    {},
    'BAD_USER_INPUT',
    'filter.until',
  ],
  [
    'a country that is not an ISO code',
    '{ coordination(filter: { countries: ["Thailand"] }) { truncated } }',
    {},
    'BAD_USER_INPUT',
    'filter.countries',
  ],
  ['an organisation id asked as a meeting', '{ meeting(id: "rtp") { id } }', {}, 'NOT_FOUND', 'id'],
  [
    'a cursor the API did not issue',
    '{ list(kind: ORGANIZATION, after: "zzz") { totalCount } }',
    {},
    'BAD_USER_INPUT',
    'after',
  ],
];

describe('bad input', () => {
  it.each(cases)('%s gives a coded error naming the argument', async (_name, query, variables, code, field) => {
    const res = await api.gql(query, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z]+ \(/);
  });

  it('names the variable path of a malformed date', async () => {
    const res = await api.gql('query($f: GraphFilter) { coordination(filter: $f) { truncated } }', {
      f: { from: '2024-13-01' },
    });
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/"f\.from".*not a date: use YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('rejects a malformed date written in the query itself', async () => {
    const res = await api.gql('{ coordination(filter: { until: "31/12/2013" }) { truncated } }');
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toMatch(/PartialDate.*not a date/);
  });

  it('rejects an unknown enum value and an unknown field with GraphQL codes', async () => {
    const badEnum = await api.gql('{ search(text: "rtp", kinds: [AGENCY]) { score } }');
    expect(badEnum.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badField = await api.gql('{ stats { secrets } }');
    expect(badField.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('changes nothing', async () => {
    const before = await api.store.readGraph({});
    for (const [, query, variables] of cases) await api.gql(query, variables);
    expect(await api.store.readGraph({})).toEqual(before);
  });

  it('answers a body that is not JSON with a 400, not a crash', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/\.ts:\d+|node_modules/);
  });
});
