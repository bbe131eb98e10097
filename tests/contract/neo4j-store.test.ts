/**
 * The store contract on a real Neo4j, whenever NEO4J_URI is set (CI runs a Neo4j service
 * container for it). Without it the suite is reported as skipped, never as passed.
 *
 * The contract replaces the whole graph before every test, and Neo4j Community has one user
 * database, so the harness refuses to touch a database that already holds nodes of the store
 * (unless NEO4J_TEST_WIPE=1): running `npm test` in a shell configured for a real deployment must
 * not erase it. It leaves the database empty when done.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { openNeo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../server/store/port.js';
import type { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { describeAccountContract } from './account-contract.js';
import { describeEditingContract } from './editing-contract.js';
import { describeStoreContract } from './store-contract.js';

const uri = process.env.NEO4J_URI;
const config = {
  uri: uri ?? '',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
};

const open = (): Promise<GraphStore> => openNeo4jStore(config);

(uri ? describe : describe.skip)(`Neo4j store${uri ? ` at ${uri}` : ' (skipped: NEO4J_URI is not set)'}`, () => {
  beforeAll(async () => {
    const store = await open();
    try {
      if (!(await store.isEmpty()) && process.env.NEO4J_TEST_WIPE !== '1') {
        throw new Error(
          `Refusing to run the store contract on ${uri} (database '${config.database}'): it holds data, and the ` +
            'contract replaces the whole graph. Point NEO4J_URI at a scratch database, or set NEO4J_TEST_WIPE=1.',
        );
      }
    } finally {
      await store.close();
    }
  });

  afterAll(async () => {
    const store = await open();
    await store.replaceAll({ nodes: [], relationships: [] });
    await store.close();
  });

  const harness = {
    open,
    async reopen(store: GraphStore) {
      await store.close();
      return open();
    },
  };
  describeStoreContract('neo4j', harness);
  describeEditingContract('neo4j', harness);

  // Accounts live beside the graph: each test starts from none.
  let graph: Neo4jStore | undefined;
  describeAccountContract('neo4j', {
    async open() {
      graph = await openNeo4jStore(config);
      const accounts = graph.accountStore();
      await accounts.clear();
      return accounts;
    },
    async reopen() {
      await graph?.close();
      graph = await openNeo4jStore(config);
      return graph.accountStore();
    },
    async dispose() {
      if (graph) await graph.accountStore().clear();
      await graph?.close();
      graph = undefined;
    },
  });
});
