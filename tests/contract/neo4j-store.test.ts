/**
 * The store contract on a real Neo4j: runs in the Neo4j run of the test command, which starts
 * Neo4j 5.26 Community (tests/setup/run-tests.sh); never skipped. Each test starts from an empty
 * database on the file's shared driver; "reopening" connects a new driver to the same database,
 * as a restarted server would.
 */
import { describe } from 'vitest';
import { openNeo4jStore, type Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../server/store/port.js';
import { neo4jTestConfig, sharedNeo4jStore, wipeNeo4j } from '../fixtures/test-store.js';
import { describeAccountContract } from './account-contract.js';
import { describeEditingContract } from './editing-contract.js';
import { describeStoreContract } from './store-contract.js';

/** Stores opened by "reopen", closed when the test is done. */
const reopened: Neo4jStore[] = [];

async function open(): Promise<Neo4jStore> {
  const store = await sharedNeo4jStore();
  await wipeNeo4j(store);
  return store;
}

async function reopen(store: { close(): Promise<void> }): Promise<Neo4jStore> {
  await store.close();
  const fresh = await openNeo4jStore(neo4jTestConfig(), {}, { migrate: false });
  reopened.push(fresh);
  return fresh;
}

async function dispose(): Promise<void> {
  for (const store of reopened.splice(0)) await store.close();
}

describe(`Neo4j store at ${process.env.NEO4J_URI ?? '(NEO4J_URI not set)'}`, () => {
  const harness = { open: (): Promise<GraphStore> => open(), reopen, dispose };
  describeStoreContract('neo4j', harness);
  describeEditingContract('neo4j', harness);
  describeAccountContract('neo4j', {
    open: async () => (await open()).accountStore(),
    async reopen(accounts) {
      return (await reopen(accounts)).accountStore();
    },
    dispose,
  });
});
