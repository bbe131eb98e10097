/** Starts the server: configuration, store, seed on first start, HTTP. */
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { createApp } from './http/app.js';
import { createLogger } from './http/logger.js';
import { SeedError } from './seed/load.js';
import { seedStore } from './seed/seed-store.js';
import { openStores } from './store/open-store.js';
import { AccountService } from './accounts/service.js';
import { SETUP_PATH } from './accounts/first-admin.js';
import { redactingStore } from './access/redacting-store.js';
import { analysisService } from './analysis/service.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { graph: store, accounts } = await openStores(config);
  if (await store.isEmpty()) {
    const loaded = await seedStore(store, config.seedDir);
    log.info(`empty store: loaded the seed dataset (${loaded.nodes} nodes, ${loaded.relationships} relationships)`);
  }
  const accountService = new AccountService(accounts, { sessionTtlMs: config.sessionTtlMs });
  const app = await createApp({
    store,
    log,
    production: config.production,
    accounts: accountService,
    anonymousAccess: config.anonymousAccess,
    trustProxy: config.trustProxy,
    rateLimitPerMinute: config.rateLimitPerMinute,
    ide: config.ide,
    responseCacheBytes: config.responseCacheBytes,
  });
  // The analyses' instrument catalogue is built in the background now and after writes, so the
  // first analysis does not wait for it (anonymous viewers see PUBLIC; other clearances once asked).
  analysisService().watch(redactingStore(store, 'PUBLIC'), 'PUBLIC');
  // First steps: with no account at all, a one-time link to create the first admin in the browser.
  // It is printed here once, whatever LOG_LEVEL says (it is what the person starting the server
  // needs), and never again: a restart prints a new one and the old one stops working.
  const setupToken =
    (await accounts.listAccounts()).length === 0 ? await accountService.openFirstAdminSetup() : undefined;
  const server: Server = app.express.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log.info(`Coordination Atlas on http://localhost:${port}/ (API /graphql, IDE /ide) using the ${store.name} store`);
    if (setupToken) {
      console.log(
        `No accounts yet. Create the first admin within 24 h, once, at:\n` +
          `  http://localhost:${port}${SETUP_PATH}#token=${setupToken}\n` +
          `(or stop the server and run \`npm run create-admin -- --username <name>\`)`,
      );
    }
  });
  // Idle keep-alive sockets outlive the clients' and proxies' own timeouts, so a client never
  // reuses a socket the server is closing at that moment ("other side closed").
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: shutting down`);
    // Whatever holds up the shutdown (a long snapshot, a busy worker), a stop request is obeyed.
    setTimeout(() => {
      log.error('shutdown took more than 30 s: exiting anyway');
      process.exit(1);
    }, 30_000).unref();
    server.close();
    await app.stop();
    await accounts.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof SeedError) console.error(e.message);
  else console.error('Failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
