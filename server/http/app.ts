/**
 * Builds the HTTP application apart from listening, so tests run real requests against it:
 * /graphql (the API), /ide (a GraphQL IDE served from this server, no internet needed),
 * /healthz, and the built explorer at /.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type Express } from 'express';
import { resolvers } from '../resolvers/index.js';
import type { GraphStore } from '../store/port.js';
import type { AccountService } from '../accounts/service.js';
import { contextFor, type RequestContext, type SessionControl } from './context.js';
import {
  SESSION_COOKIE,
  requireViewer,
  resolveViewer,
  sessionCookieOptions,
  viewerOf,
  type AnonymousAccess,
} from './viewer.js';
import { anonymousAccessPlugin } from '../security/anonymous-access.js';
import { errorFormatter } from './errors.js';
import type { Logger } from './logger.js';
import { readTypeDefs } from './schema.js';
import { requestErrorHandler } from './request-errors.js';
import { briefRoutes } from '../briefing/routes.js';
import { sourceRoutes } from '../sources/routes.js';
import { exportRoutes } from './export-routes.js';
import { responseCache } from './response-cache.js';
import { apiRateLimit, securityHeaders } from '../security/http-protection.js';
import { queryProtection } from '../security/query-protection.js';
import { analysisCostRule } from '../security/analysis-cost.js';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');
const IDE_DIST = path.resolve(import.meta.dirname, '../../client/dist-ide');

export interface AppOptions {
  store: GraphStore;
  log: Logger;
  production?: boolean;
  /** Accounts, sessions and API tokens: who each request comes from, and so what it may see and do. */
  accounts: AccountService;
  /** public-read (default): anonymous requests read PUBLIC data; off: everything but login needs a user. */
  anonymousAccess?: AnonymousAccess;
  /** Express's `trust proxy` setting, for the client address and HTTPS behind a TLS proxy. */
  trustProxy?: boolean | number | string;
  /** Requests a minute one client may make to the API. */
  rateLimitPerMinute?: number;
  /** Whether introspection and the IDE are on (default: off in production). */
  ide?: boolean;
  /** Bytes of whole answers the response cache keeps (response-cache.ts); 0 turns it off. Default 64 MB. */
  responseCacheBytes?: number;
}

function sessionControl(req: express.Request, res: express.Response, production: boolean): SessionControl {
  const options = sessionCookieOptions(req, production);
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    current: () => res.locals.sessionId as string | undefined,
    start: (sessionId, expiresAt) => res.cookie(SESSION_COOKIE, sessionId, { ...options, expires: expiresAt }),
    end: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

export interface App {
  express: Express;
  stop(): Promise<void>;
}

export async function createApp({
  store,
  log,
  production = false,
  accounts,
  anonymousAccess = 'public-read',
  trustProxy = false,
  rateLimitPerMinute = 600,
  ide = !production,
  responseCacheBytes = 64 * 1024 * 1024,
}: AppOptions): Promise<App> {
  const protection = queryProtection(production);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers,
    formatError: errorFormatter(log, { hideSuggestions: production }),
    includeStacktraceInErrorResponses: false,
    introspection: ide,
    validationRules: [...protection.validationRules, analysisCostRule()],
    parseOptions: protection.parseOptions,
    // Apollo's landing page loads from the internet; the IDE is served locally at /ide instead.
    // Armor's plugins never read the context, so they serve any context type.
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<RequestContext>[]),
      anonymousAccessPlugin(anonymousAccess),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints; Apollo's default cache-control plugin still looked up every
      // resolved field in an LRU cache (a third of a depth-2 neighbourhood's CPU at M).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders());
  // GraphQL answers are POSTs no browser revalidates: an ETag hashed megabytes for nothing.
  app.set('etag', false);
  const cache = responseCache(store, { maxBytes: responseCacheBytes });
  // Before compression, so the cache keeps the bytes compression sends.
  app.use('/graphql', cache.tee);
  // A depth-2 neighbourhood is megabytes of repetitive JSON; zlib's fastest level shrinks it ~5×
  // for little CPU.
  app.use(compression({ threshold: 1024, level: 1 }));
  app.get('/healthz', async (_req, res) => {
    try {
      await store.isEmpty();
      res.json({ status: 'ok', store: store.name });
    } catch (e) {
      log.error('health check failed', e);
      res.status(503).json({ status: 'unavailable', store: store.name });
    }
  });
  const viewer = resolveViewer(accounts, production, log);
  // One budget per client for everything that reads the graph: API, briefs and exports alike.
  const rateLimit = apiRateLimit(rateLimitPerMinute);
  app.use(
    '/graphql',
    rateLimit,
    express.json({ limit: '1mb' }),
    viewer,
    cache.lookup,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextFor(store, viewerOf(res), accounts, sessionControl(req, res, production)),
    }),
  );
  // Saved data and briefs read through the same per-request viewer as the API.
  app.use(
    ['/brief', '/brief.pdf', '/brief.svg', '/export', '/sources'],
    rateLimit,
    viewer,
    requireViewer(anonymousAccess),
  );
  app.use(briefRoutes(store, log));
  app.use(sourceRoutes(store, log));
  app.use(exportRoutes(store, log));
  if (ide && existsSync(IDE_DIST)) app.use('/ide', express.static(IDE_DIST));
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html' }));
    // The explorer keeps its state in the URL: any other path is the app itself.
    app.get(/^\/(?!graphql|ide|healthz|brief|export|sources\/).*/, (_req, res) =>
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
