/**
 * On Neo4j the graph work of a request goes to the database once: a depth-2 neighbourhood, a
 * shortest-path search and a search each make one round trip for the graph they answer with.
 * Counted at the store's one seam to the driver (every statement sent is one round trip), with a
 * real server behind it; the account checks of signing the request in go through the account
 * store and are not counted.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/store.js';
import { DriverRunner, type QueryRunner, type TransactionRunner } from '../../server/store/neo4j/transactions.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { neo4jTestConfig } from '../fixtures/test-store.js';

let statements = 0;
let api: ApiServer;
let store: Neo4jStore;

function counting(inner: TransactionRunner): TransactionRunner {
  const tx = (t: QueryRunner): QueryRunner => ({
    run(query, params) {
      statements += 1;
      return t.run(query, params);
    },
  });
  return {
    read: (work) => inner.read((t) => work(tx(t))),
    write: (work) => inner.write((t) => work(tx(t))),
    close: () => inner.close(),
  };
}

beforeAll(async () => {
  const config = neo4jTestConfig();
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const runner = new DriverRunner(driver, {
    uri: config.uri,
    database: config.database,
    transactionTimeoutMs: 15_000,
    deadlineMs: 30_000,
  });
  store = new Neo4jStore(counting(runner));
  // The seed, loaded into the test database; the server reads it through the counting store.
  // Without the response cache: it reads the revision (one statement) on every cacheable request.
  api = await startApiServer({ wrapStore: () => store, responseCacheBytes: 0 });
});
afterAll(async () => {
  await api?.close();
  await store?.close();
});

async function roundTrips(query: string, variables: Record<string, unknown>): Promise<number> {
  statements = 0;
  const res = await api.anonymous.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return statements;
}

describe('database round trips on Neo4j', () => {
  it('a depth-2 neighbourhood: one', async () => {
    const query = `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 2000) {
      truncated nodes { id name nodeKind } relationships { id type role from until start { id } end { id } } } }`;
    expect(await roundTrips(query, { ids: ['msdhs'] })).toBe(1);
  });

  // Read ahead in batches only when asked: the PART_OF ties (whose far ends the redacting store
  // reads, to hide ties to what the viewer may not see), then every cited source and parent at once.
  it('the same with every citation’s source and every organisation’s parent: three batched reads more', async () => {
    const query = `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 2000) {
      nodes { id sources { locator source { name } } ... on Organization { parent { id name } } }
      relationships { id sources { source { name } } } } }`;
    expect(await roundTrips(query, { ids: ['msdhs'] })).toBe(4);
  });

  it('a shortest-path search: one', async () => {
    const query = `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) {
      length nodes { id name } relationships { id type start { id } end { id } } instruments { id name } } }`;
    expect(await roundTrips(query, { from: 'rtp', to: 'fbi' })).toBe(1);
  });

  it('a search: one', async () => {
    const query = `query($text: String!) { search(text: $text, limit: 10) { score matched node { id name nodeKind } } }`;
    expect(await roundTrips(query, { text: 'ministry' })).toBe(1);
  });
});
