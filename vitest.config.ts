import { defineConfig } from 'vitest/config';

/**
 * Two runs share this file. By default every suite runs on the embedded store. With STORE=neo4j
 * (the test command starts a real Neo4j for it: tests/setup/run-tests.sh) the suites that go
 * through the store port run again on Neo4j: the store contract, the API, analysis, editing,
 * accounts, views, audit, import/export and brief suites, and the Neo4j-only ones.
 */
const onNeo4j = process.env.STORE === 'neo4j';

/** Suites that need a running Neo4j: they run only in the Neo4j run (never skipped). */
export const NEO4J_ONLY = ['tests/contract/neo4j-store.test.ts', 'tests/neo4j-live/**/*.test.ts'];

/** Suites that run in both runs. */
const BOTH_STORES = [
  'tests/api/**/*.test.ts',
  'tests/analysis/**/*.test.ts',
  'tests/briefing/**/*.test.ts',
  'tests/exchange/**/*.test.ts',
  'tests/security/**/*.test.ts',
  'tests/reading/**/*.test.ts',
  'tests/unit/gap-analyses.test.ts',
  'tests/unit/graph-queries.test.ts',
  'tests/durability/concurrent-writes.test.ts',
  // The explorer served from Neo4j: search, expand, paths, Gaps, an edit, exports and a brief.
  'tests/e2e/explorer.test.ts',
  'tests/e2e/gaps.test.ts',
  'tests/e2e/editing.test.ts',
  'tests/e2e/export.test.ts',
  'tests/e2e/time-and-focus.test.ts',
];

/** What only the embedded store has: its files on disk, its process lock, its kill -9 tests. */
const EMBEDDED_ONLY = ['tests/exchange/kill-import.test.ts'];

export default defineConfig({
  test: {
    include: onNeo4j ? [...NEO4J_ONLY, ...BOTH_STORES] : ['tests/**/*.test.ts', 'client/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(onNeo4j ? EMBEDDED_ONLY : NEO4J_ONLY)],
    testTimeout: 30_000,
    // expect.poll waits for a condition; a busy machine (or a database) may take more than the
    // default second to reach it.
    expect: { poll: { timeout: 20_000, interval: 50 } },
    hookTimeout: 60_000,
    // Two cores: keep parallel files to what the machine can run without starving child servers.
    // Neo4j Community has one user database: its run takes the files one at a time.
    maxWorkers: onNeo4j ? 1 : 2,
    fileParallelism: !onNeo4j,
    ...(onNeo4j ? { globalSetup: ['tests/setup/neo4j-global.ts'], setupFiles: ['tests/setup/neo4j-file.ts'] } : {}),
  },
});
