/**
 * Brings the database schema up to what the store needs. Every statement is idempotent, so this
 * runs on every open; schema statements go one per transaction (Neo4j does not mix them with
 * data writes), then it waits for indexes to come online, since a full-text index still
 * populating cannot answer a search.
 */
import { toNeo4jInt } from './values.js';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './schema-statements.js';
import type { TransactionRunner } from './transactions.js';

/**
 * Another instance starting at the same moment may create the same object between our IF NOT
 * EXISTS check and our create: Neo4j then reports an equivalent object, which is what we wanted.
 */
const ALREADY_THERE =
  /Neo\.ClientError\.Schema\.(EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists)|equivalent (index|constraint) already exists/i;

function alreadyThere(error: unknown): boolean {
  const codes = [error, (error as { cause?: unknown } | undefined)?.cause].map((e) =>
    e instanceof Error ? `${(e as { code?: string }).code ?? ''} ${e.message}` : '',
  );
  return codes.some((text) => ALREADY_THERE.test(text));
}

export async function migrate(runner: TransactionRunner, awaitSeconds: number): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    try {
      await runner.write((tx) => tx.run(statement));
    } catch (e) {
      if (!alreadyThere(e)) throw e;
    }
  }
  await runner.write((tx) => tx.run(AWAIT_INDEXES, { seconds: toNeo4jInt(awaitSeconds) }));
}
