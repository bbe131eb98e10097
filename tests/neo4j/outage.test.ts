/**
 * What the store does when Neo4j is not there, with the real driver: opening fails within seconds
 * naming the URI and the cause, and work on a database that went away fails with a
 * StoreUnavailableError instead of hanging. No Neo4j is needed: these are the cases without one.
 */
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, StoreUnavailableError } from '../../server/domain/errors.js';
import { openNeo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { IS_EMPTY } from '../../server/store/neo4j/queries.js';
import { DriverRunner, printableUri, translateError } from '../../server/store/neo4j/transactions.js';

const config = { user: 'neo4j', password: 'not-the-password', database: 'neo4j' };

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A server that accepts connections and never says a word: a database that hangs. */
let silent: net.Server;
let silentPort: number;
const sockets = new Set<net.Socket>();
beforeAll(async () => {
  silent = net.createServer((socket) => sockets.add(socket)).listen(0, '127.0.0.1');
  await new Promise((resolve) => silent.once('listening', resolve));
  silentPort = (silent.address() as net.AddressInfo).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('opening the Neo4j store without a database', () => {
  it('fails at once when nothing listens, naming the URI and the cause, never the password', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    const error = await openNeo4jStore({ ...config, uri }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(`Neo4j at ${uri} (database 'neo4j')`);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).not.toContain(config.password);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on a server that never answers within its deadline', async () => {
    const uri = `neo4j://127.0.0.1:${silentPort}`;
    const started = Date.now();
    const error = await openNeo4jStore({ ...config, uri }, { connectionTimeoutMs: 500, openDeadlineMs: 1_500 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(uri);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('refuses a URI it cannot use, saying why', async () => {
    await expect(openNeo4jStore({ ...config, uri: 'http://localhost:7474' })).rejects.toThrow(
      /http:\/\/localhost:7474.*scheme/i,
    );
  });

  it('prints URIs without credentials', () => {
    expect(printableUri('neo4j+s://admin:secret@db.example.org:7687')).toBe('neo4j+s://db.example.org:7687');
  });
});

describe('work on a database that went away', () => {
  function runnerTo(uri: string, deadlineMs: number) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: 300,
      maxTransactionRetryTime: 300,
    });
    return new DriverRunner(driver, { uri, database: 'neo4j', transactionTimeoutMs: 1_000, deadlineMs });
  }

  it('fails with StoreUnavailableError when the server refuses connections', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const runner = runnerTo(uri, 5_000);
    try {
      const error = await runner.read((tx) => tx.run(IS_EMPTY)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).code).toBe('STORE_UNAVAILABLE');
      expect((error as Error).message).toContain(uri);
    } finally {
      await runner.close();
    }
  });

  it('fails with StoreUnavailableError, not a hang, when the server stops answering', async () => {
    const uri = `bolt://127.0.0.1:${silentPort}`;
    const runner = runnerTo(uri, 1_500);
    const started = Date.now();
    try {
      const error = await runner.write((tx) => tx.run(IS_EMPTY)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      void runner.close();
    }
  });
});

describe('driver errors leave the store as domain errors', () => {
  const uri = 'bolt://db:7687';
  const driverError = (code: string) => new neo4j.Neo4jError(`failed: ${code}`, code, '50N42', 'error');

  it('unavailable, expired, transient or timed out: StoreUnavailableError naming the URI', () => {
    for (const code of [
      neo4j.error.SERVICE_UNAVAILABLE,
      neo4j.error.SESSION_EXPIRED,
      'Neo.TransientError.General.DatabaseUnavailable',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Security.Unauthorized',
    ]) {
      const translated = translateError(driverError(code), uri);
      expect(translated, code).toBeInstanceOf(StoreUnavailableError);
      expect((translated as Error).message).toContain(uri);
    }
  });

  it('a broken uniqueness constraint: ConflictError', () => {
    expect(translateError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'), uri)).toBeInstanceOf(
      ConflictError,
    );
  });

  it('domain errors from the store pass unchanged; anything else stays an internal error', () => {
    const notFound = new NotFoundError('no node');
    expect(translateError(notFound, uri)).toBe(notFound);
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateError(syntax, uri)).toBe(syntax);
  });
});
