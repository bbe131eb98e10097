/**
 * What only a running Neo4j can show about connecting and starting: the routing scheme, wrong and
 * missing passwords, and several app instances migrating the schema at the same moment.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { openNeo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import neo4j from 'neo4j-driver';
import { neo4jTestConfig } from '../fixtures/test-store.js';

/** Drops every constraint and index, as on a brand-new database. */
async function dropSchema(config: ReturnType<typeof neo4jTestConfig>): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    const run = (q: string) => driver.executeQuery(q, {}, { database: config.database });
    for (const r of (await run('SHOW CONSTRAINTS YIELD name')).records) {
      await run(`DROP CONSTRAINT \`${r.get('name') as string}\``);
    }
    for (const r of (await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) {
      await run(`DROP INDEX \`${r.get('name') as string}\``);
    }
  } finally {
    await driver.close();
  }
}

describe('connecting to Neo4j', () => {
  it('works through a neo4j:// (routing) URI on a port other than 7687', async () => {
    const config = neo4jTestConfig();
    const routing = { ...config, uri: config.uri.replace(/^bolt:/, 'neo4j:') };
    const store = await openNeo4jStore(routing, {}, { migrate: false });
    try {
      expect(await store.stats()).toBeDefined();
    } finally {
      await store.close();
    }
  });

  it('names a wrong password as an authentication failure, not an outage, and never prints it', async () => {
    const config = { ...neo4jTestConfig(), password: 'certainly-not-the-password' };
    const error = await openNeo4jStore(config, {}, { migrate: false }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/authentication failed/i);
    expect(error?.message).toMatch(/NEO4J_USER|NEO4J_PASSWORD/);
    expect(error?.message).not.toContain('certainly-not-the-password');
  });

  it('refuses to start on Neo4j without a password, naming the variable', () => {
    const env = { STORE: 'neo4j', NEO4J_URI: neo4jTestConfig().uri, NEO4J_PASSWORD: '' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/NEO4J_PASSWORD: is required when STORE=neo4j/);
  });

  it('refuses the development password in production', () => {
    const env = {
      STORE: 'neo4j',
      NEO4J_URI: neo4jTestConfig().uri,
      NEO4J_PASSWORD: 'atlas-local-only',
      NODE_ENV: 'production',
    };
    expect(() => loadConfig(env)).toThrow(/NEO4J_PASSWORD: .*default/);
    expect(() => loadConfig({ ...env, NODE_ENV: 'development' })).not.toThrow();
  });

  it('lets several instances start at once on a database without the schema: each migrates it', async () => {
    const config = neo4jTestConfig();
    await dropSchema(config);
    const opened = await Promise.allSettled(Array.from({ length: 6 }, () => openNeo4jStore(config)));
    for (const result of opened) if (result.status === 'fulfilled') await result.value.close();
    const failures = opened.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(failures).toEqual([]);
  });
});
