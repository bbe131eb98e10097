/**
 * Configuration from environment variables, validated at start. A bad value stops the server
 * with a message naming the variable, rather than failing later in a way that hides the cause.
 */
import path from 'node:path';
import { z } from 'zod';
import { SENSITIVITIES } from './domain/vocabulary.js';

/** Passwords shipped in docker-compose.yml, the README and Neo4j itself: never for production. */
const DEFAULT_PASSWORDS = new Set(['neo4j', 'password', 'atlas-local-only', 'ci-only-password', 'change-me']);

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    STORE: z.enum(['embedded', 'neo4j']).default('embedded'),
    DATA_DIR: z.string().min(1).default('./data'),
    SEED_DIR: z.string().min(1).optional(),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NODE_ENV: z.string().default('development'),
    LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
    /** The clearance of the command-line tools (export, brief), which run without an account. */
    VIEWER_CLEARANCE: z.enum(SENSITIVITIES).default('PUBLIC'),
    ANONYMOUS_ACCESS: z.enum(['public-read', 'off']).default('public-read'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 90)
      .default(12),
    TRUST_PROXY: z.string().optional(),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
    /** Megabytes of whole GraphQL answers the response cache keeps (server/http/response-cache.ts); 0: off. */
    RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
    GRAPHQL_IDE: z.enum(['on', 'off']).optional(),
    /** A folder of source documents' text (<documentId>.txt) the seed loader attaches to the Source records. */
    SOURCE_TEXT_DIR: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === 'neo4j' && !env.NEO4J_URI) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when STORE=neo4j' });
    }
    // Without it the driver's refusal would read as an outage at the first request.
    if (env.STORE === 'neo4j' && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when STORE=neo4j' });
    }
    if (env.STORE === 'neo4j' && env.NODE_ENV === 'production' && DEFAULT_PASSWORDS.has(env.NEO4J_PASSWORD ?? '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is a default or example password; set a password of your own in production',
      });
    }
  });

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    store: c.STORE,
    dataDir: path.resolve(c.DATA_DIR),
    seedDir: c.SEED_DIR ? path.resolve(c.SEED_DIR) : undefined,
    neo4j: { uri: c.NEO4J_URI ?? '', user: c.NEO4J_USER, password: c.NEO4J_PASSWORD ?? '', database: c.NEO4J_DATABASE },
    production: c.NODE_ENV === 'production',
    logLevel: c.LOG_LEVEL,
    /** For command-line tools only: the server's viewers get their clearance from their account. */
    clearance: c.VIEWER_CLEARANCE,
    anonymousAccess: c.ANONYMOUS_ACCESS,
    sessionTtlMs: Math.round(c.SESSION_TTL_HOURS * 3600_000),
    trustProxy: trustProxy(c.TRUST_PROXY),
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    responseCacheBytes: Math.round(c.RESPONSE_CACHE_MB * 1024 * 1024),
    ide: c.GRAPHQL_IDE ? c.GRAPHQL_IDE === 'on' : c.NODE_ENV !== 'production',
    sourceTextDir: c.SOURCE_TEXT_DIR ? path.resolve(c.SOURCE_TEXT_DIR) : undefined,
  };
}

/** TRUST_PROXY as Express takes it: a hop count, true/false, or addresses (e.g. loopback). */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
