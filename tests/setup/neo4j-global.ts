/**
 * Once per Neo4j run: migrate the schema (constraints, full-text and date indexes) and empty the
 * database, so each test file only connects.
 */
import { openNeo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { neo4jTestConfig } from '../fixtures/test-store.js';

export default async function setup(): Promise<void> {
  const config = neo4jTestConfig();
  const store = await openNeo4jStore(config);
  try {
    if (!(await store.isEmpty()) && process.env.NEO4J_TEST_WIPE !== '1') {
      throw new Error(
        `Refusing to run tests on ${config.uri}: it holds data and the tests replace the whole graph. ` +
          'Point NEO4J_URI at a scratch database, or set NEO4J_TEST_WIPE=1.',
      );
    }
    await store.replaceAll({ nodes: [], relationships: [] });
    await store.accountStore().clear();
  } finally {
    await store.close();
  }
  // Test files run after this in workers that inherit the environment.
  process.env.NEO4J_TEST_MIGRATED = '1';
  process.env.NEO4J_TEST_WIPE = '1';
}
