/**
 * Builds the HTTP application apart from listening, so tests run real requests against it:
 * /graphql (the API), /ide (a GraphQL IDE served from this server, no internet needed),
 * /healthz, and the built explorer at /.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { resolvers } from '../resolvers/index.js';
import type { GraphStore } from '../store/port.js';
import type { Clearance } from '../access/clearance.js';
import { createContext, type RequestContext } from './context.js';
import { errorFormatter } from './errors.js';
import type { Logger } from './logger.js';
import { readTypeDefs } from './schema.js';
import { requestErrorHandler } from './request-errors.js';
import { briefRoutes } from '../briefing/routes.js';
import { exportRoutes } from './export-routes.js';
import { apiRateLimit, securityHeaders } from '../security/http-protection.js';
import { queryProtection } from '../security/query-protection.js';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');
const IDE_DIST = path.resolve(import.meta.dirname, '../../client/dist-ide');

export interface AppOptions {
  store: GraphStore;
  log: Logger;
  production?: boolean;
  /** What every viewer is cleared to see until accounts exist: sensitive cases above it are invisible. */
  clearance?: Clearance;
  /** Requests a minute one client may make to the API. */
  rateLimitPerMinute?: number;
  /** Whether introspection and the IDE are on (default: off in production). */
  ide?: boolean;
}

export interface App {
  express: Express;
  stop(): Promise<void>;
}

export async function createApp({
  store,
  log,
  production = false,
  clearance = 'PUBLIC',
  rateLimitPerMinute = 600,
  ide = !production,
}: AppOptions): Promise<App> {
  const protection = queryProtection(production);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers,
    formatError: errorFormatter(log),
    includeStacktraceInErrorResponses: false,
    introspection: ide,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    // Apollo's landing page loads from the internet; the IDE is served locally at /ide instead.
    // Armor's plugins never read the context, so they serve any context type.
    plugins: [...(protection.plugins as ApolloServerPlugin<RequestContext>[]), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.get('/healthz', async (_req, res) => {
    try {
      await store.isEmpty();
      res.json({ status: 'ok', store: store.name });
    } catch (e) {
      log.error('health check failed', e);
      res.status(503).json({ status: 'unavailable', store: store.name });
    }
  });
  app.use(
    '/graphql',
    apiRateLimit(rateLimitPerMinute),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(store, clearance) }),
  );
  app.use(briefRoutes(store, clearance, log));
  app.use(exportRoutes(store, clearance, log));
  if (ide && existsSync(IDE_DIST)) app.use('/ide', express.static(IDE_DIST));
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html' }));
    // The explorer keeps its state in the URL: any other path is the app itself.
    app.get(/^\/(?!graphql|ide|healthz|brief|export).*/, (_req, res) =>
      res.sendFile(path.join(CLIENT_DIST, 'index.html')),
    );
  } else {
    app.get('/', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><title>Coordination Atlas</title><p>The API is at <a href="/graphql">/graphql</a>. ' +
            'The explorer is not built: run <code>npm run build</code>.</p>',
        );
    });
  }
  app.use(requestErrorHandler(log));
  if (production) log.info('running in production mode');

  return {
    express: app,
    stop: () => apollo.stop(),
  };
}
