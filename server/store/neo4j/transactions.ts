/**
 * The one place that owns sessions and transactions. The store describes units of work against
 * the small `TransactionRunner` interface; `DriverRunner` runs them as Neo4j managed transactions
 * (`executeRead` / `executeWrite`), which retry transient errors (leader switch, deadlock, lost
 * connection) until `maxTransactionRetryTime`. Each transaction carries a server-side timeout,
 * and a client-side deadline covers what the server cannot: a database that stops answering.
 * Failures leave as domain errors: unreachable or timed out → StoreUnavailableError, a broken
 * uniqueness constraint → ConflictError.
 *
 * Tests put a recording runner at this seam to pin which statements each method sends.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Neo4jError,
  type Record as Neo4jRecord,
  type Session,
} from 'neo4j-driver';
import { ConflictError, DomainError, StoreUnavailableError } from '../../domain/errors.js';
import { checkParams, type CypherQuery, type Params } from './cypher.js';

export interface QueryRunner {
  run(query: CypherQuery, params?: Params): Promise<Neo4jRecord[]>;
}

/**
 * A read of the whole graph (the analyses' instrument graph, an export) takes the write limits:
 * at 500,000 ties it rightly takes longer than the 15 s any other read gets.
 */
export type ReadSize = 'bounded' | 'whole-graph';

export interface TransactionRunner {
  read<T>(work: (tx: QueryRunner) => Promise<T>, size?: ReadSize): Promise<T>;
  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** For messages only, without credentials. */
  uri: string;
  database: string;
  /** Server-side limit of one transaction. */
  transactionTimeoutMs: number;
  /** Client-side limit of one unit of work, retries included. */
  deadlineMs: number;
  /**
   * The same two limits for write transactions and whole-graph reads, when they differ: a
   * whole-graph load, a large import or the read of the whole graph is one transaction and may
   * rightly take minutes, while any other read never should.
   */
  writeTransactionTimeoutMs?: number;
  writeDeadlineMs?: number;
}

export class DriverRunner implements TransactionRunner {
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly options: RunnerOptions,
  ) {}

  read<T>(work: (tx: QueryRunner) => Promise<T>, size: ReadSize = 'bounded'): Promise<T> {
    return this.execute('READ', work, size === 'whole-graph');
  }

  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.execute('WRITE', work);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private async execute<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>, long = false): Promise<T> {
    if (this.closed) throw new Error('the Neo4j store is closed');
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const unit = (tx: ManagedTransaction) => work(wrap(tx));
    const write = mode === 'WRITE';
    const slow = write || long;
    const timeout = (slow && this.options.writeTransactionTimeoutMs) || this.options.transactionTimeoutMs;
    const deadline = (slow && this.options.writeDeadlineMs) || this.options.deadlineMs;
    const config = { timeout };
    try {
      const running = write ? session.executeWrite(unit, config) : session.executeRead(unit, config);
      return await withDeadline(running, deadline, () =>
        unavailable(this.options.uri, `no answer within ${deadline} ms`),
      );
    } catch (e) {
      throw translateError(e, this.options.uri);
    } finally {
      closeInBackground(session);
    }
  }
}

function wrap(tx: ManagedTransaction): QueryRunner {
  return {
    async run(query, params = {}) {
      checkParams(query, params);
      const result = await tx.run(query.text, params);
      return result.records;
    },
  };
}

/** Closing waits for the server; after a deadline it may never answer, so nobody waits on it. */
function closeInBackground(session: Session): void {
  session.close().catch(() => undefined);
}

export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function unavailable(uri: string, cause: string, error?: unknown): StoreUnavailableError {
  const e = new StoreUnavailableError(`Neo4j at ${uri} is unavailable: ${cause}`);
  if (error !== undefined) e.cause = error;
  return e;
}

/** Driver error codes that mean "the database cannot serve this now; try again later". */
function isUnavailable(error: Neo4jError): boolean {
  return (
    error.code === neo4j.error.SERVICE_UNAVAILABLE ||
    error.code === neo4j.error.SESSION_EXPIRED ||
    error.code.startsWith('Neo.TransientError.') ||
    error.code.includes('TransactionTimedOut') ||
    error.code.startsWith('Neo.ClientError.Security.') ||
    error.code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    neo4j.isRetryableError(error)
  );
}

export function translateError(error: unknown, uri: string): unknown {
  if (error instanceof DomainError) return error;
  if (error instanceof neo4j.Neo4jError) {
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      const conflict = new ConflictError(error.message);
      conflict.cause = error;
      return conflict;
    }
    if (isUnavailable(error)) return unavailable(uri, `${error.message} (${error.code})`, error);
  }
  return error;
}

/** The URI as it may be printed: without any user or password written into it. */
export function printableUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
