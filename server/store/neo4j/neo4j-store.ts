/**
 * Opens the Neo4j store: connects, proves the database answers, brings the schema up to date,
 * and hands back the GraphStore. An unreachable database fails here within seconds, with a
 * message naming the URI and the cause, rather than at the first request.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors.js';
import { migrate } from './migrate.js';
import { Neo4jStore } from './store.js';
import { DriverRunner, printableUri, withDeadline } from './transactions.js';

export { Neo4jStore } from './store.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Limits that keep an outage from turning into a hang. All in milliseconds unless named. */
export interface Neo4jTimeouts {
  /** Establishing one connection, TCP and Bolt handshake. */
  connectionTimeoutMs: number;
  /** Waiting for a connection from the pool. */
  acquisitionTimeoutMs: number;
  /** How long a managed transaction keeps retrying transient errors. */
  maxRetryTimeMs: number;
  /** Server-side limit of one read transaction. */
  transactionTimeoutMs: number;
  /** Server-side limit of one write transaction (a whole-graph load or large import is one) and of a whole-graph read. */
  writeTransactionTimeoutMs: number;
  /** The whole connectivity check on open. */
  openDeadlineMs: number;
  /** How long open waits for indexes to come online. */
  indexAwaitSeconds: number;
}

export const DEFAULT_TIMEOUTS: Neo4jTimeouts = {
  connectionTimeoutMs: 5_000,
  acquisitionTimeoutMs: 10_000,
  maxRetryTimeMs: 5_000,
  transactionTimeoutMs: 15_000,
  writeTransactionTimeoutMs: 300_000,
  openDeadlineMs: 10_000,
  indexAwaitSeconds: 300,
};

/** A refused sign-in is the operator's to fix, not an outage to wait out: say which it is. */
function isAuthenticationFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Security.') && !code.endsWith('Forbidden');
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function closeQuietly(driver: Driver): Promise<void> {
  await withDeadline(driver.close(), 2_000, () => new Error('close timed out')).catch(() => undefined);
}

export interface Neo4jOpenOptions {
  /**
   * Bring the schema up to date on open (the default). Tests sharing one database migrate once in
   * their global set-up and skip it per file.
   */
  migrate?: boolean;
}

export async function openNeo4jStore(
  config: Neo4jConfig,
  overrides: Partial<Neo4jTimeouts> = {},
  options: Neo4jOpenOptions = {},
): Promise<Neo4jStore> {
  const t = { ...DEFAULT_TIMEOUTS, ...overrides };
  const uri = printableUri(config.uri);
  const where = `Neo4j at ${uri} (database '${config.database}')`;

  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: t.connectionTimeoutMs,
      connectionAcquisitionTimeout: t.acquisitionTimeoutMs,
      maxTransactionRetryTime: t.maxRetryTimeMs,
      userAgent: 'coordination-atlas',
    });
  } catch (e) {
    throw new StoreUnavailableError(`Cannot use ${where}: ${reason(e)}`);
  }

  try {
    await withDeadline(
      driver.verifyConnectivity({ database: config.database }),
      t.openDeadlineMs,
      () => new Error(`no answer within ${t.openDeadlineMs} ms`),
    );
  } catch (e) {
    await closeQuietly(driver);
    if (isAuthenticationFailure(e)) {
      throw new StoreUnavailableError(
        `Cannot sign in to ${where}: authentication failed for user '${config.user}' (check NEO4J_USER and NEO4J_PASSWORD)`,
      );
    }
    throw new StoreUnavailableError(`Cannot connect to ${where}: ${reason(e)}`);
  }

  if (options.migrate !== false) {
    try {
      // Index population can take a while on a large graph: schema work gets its own, longer limits.
      const schemaMs = (t.indexAwaitSeconds + 30) * 1000;
      await migrate(
        new DriverRunner(driver, {
          uri,
          database: config.database,
          transactionTimeoutMs: schemaMs,
          deadlineMs: schemaMs,
        }),
        t.indexAwaitSeconds,
      );
    } catch (e) {
      await closeQuietly(driver);
      throw new StoreUnavailableError(`Cannot prepare the schema of ${where}: ${reason(e)}`);
    }
  }

  const runner = new DriverRunner(driver, {
    uri,
    database: config.database,
    transactionTimeoutMs: t.transactionTimeoutMs,
    // Retries, pool waits and the transaction itself, with a little slack: past this, give up.
    deadlineMs: t.transactionTimeoutMs + t.maxRetryTimeMs + t.acquisitionTimeoutMs,
    writeTransactionTimeoutMs: Math.max(t.writeTransactionTimeoutMs, t.transactionTimeoutMs),
    writeDeadlineMs:
      Math.max(t.writeTransactionTimeoutMs, t.transactionTimeoutMs) + t.maxRetryTimeMs + t.acquisitionTimeoutMs,
  });
  return new Neo4jStore(runner);
}
