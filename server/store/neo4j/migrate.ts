/**
 * Brings the database schema up to what the store needs. Every statement is idempotent, so this
 * runs on every open; schema statements go one per transaction (Neo4j does not mix them with
 * data writes), then it waits for indexes to come online, since a full-text index still
 * populating cannot answer a search.
 */
import { toNeo4jInt } from './values.js';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './schema-statements.js';
import type { TransactionRunner } from './transactions.js';

export async function migrate(runner: TransactionRunner, awaitSeconds: number): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await runner.write((tx) => tx.run(statement));
  }
  await runner.write((tx) => tx.run(AWAIT_INDEXES, { seconds: toNeo4jInt(awaitSeconds) }));
}
