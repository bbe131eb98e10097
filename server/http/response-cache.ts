/**
 * A cache of whole GraphQL answers, as the bytes sent (gzip-compressed when they were), for
 * read-only operations whose root fields are all on an allow-list. A key holds everything an
 * answer depends on: the store's revision (it moves with every write that lands), the viewer (the
 * account, its role and clearance, or anonymous), the day (statuses such as "expired" follow the
 * date), the operation text, its name and variables. Never cached: mutations, any operation with a
 * root field off the list (accounts, sessions, audit, readings, saved views, analyses) or a field
 * anywhere that reads what the revision does not follow, answers with errors, answers that set a
 * cookie, answers whose revision moved while they were computed. Bounded in bytes (least recently
 * used first out); a new revision empties it.
 *
 * Two middlewares: `tee`, mounted before compression, copies the bytes compression writes; `lookup`,
 * mounted after the viewer is known, answers a hit or marks a miss for `tee` to keep.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { GraphStore } from '../store/port.js';
import { QUERY_LIMITS } from '../security/query-protection.js';
import { viewerOf } from './viewer.js';

/** Root fields whose answers depend only on the graph at a revision, the viewer and the day. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'search',
  'node',
  'nodes',
  'organization',
  'country',
  'agreement',
  'meeting',
  'jointCase',
  'list',
  'neighbourhood',
  'paths',
  'stats',
  '__typename',
]);

/** Fields that read what the store's revision does not follow (audit notes, accounts, readings): never cached anywhere in a query. */
const NEVER_CACHED_FIELDS: ReadonlySet<string> = new Set([
  'history',
  'recentChanges',
  'me',
  'users',
  'apiTokens',
  'readings',
  'reading',
  'savedViews',
  'savedView',
  '__schema',
  '__type',
]);

/** The header that says whether an answer came from the cache (`hit`) or was computed and may be kept (`miss`). */
export const CACHE_HEADER = 'x-atlas-cache';

export interface ResponseCacheOptions {
  /** Bytes of answers (and their keys) kept at most; 0 turns the cache off. */
  maxBytes: number;
  /** The largest single answer kept (default an eighth of maxBytes). */
  maxEntryBytes?: number;
}

interface Entry {
  body: Buffer;
  encoding: string | undefined;
  size: number;
}

interface Pending {
  key: string;
  revision: string;
  chunks: Buffer[];
  bytes: number;
  /** The uncompressed answer carried no errors. */
  clean: boolean;
}

const PENDING = Symbol('responseCachePending');
type WithPending = Response & { [PENDING]?: Pending };

export interface ResponseCache {
  tee: RequestHandler;
  lookup: RequestHandler;
  /** Bytes held now (for tests and the benchmark). */
  size(): number;
}

export function responseCache(store: GraphStore, options: ResponseCacheOptions): ResponseCache {
  const maxBytes = options.maxBytes;
  const maxEntry = options.maxEntryBytes ?? Math.floor(maxBytes / 8);
  const entries = new Map<string, Entry>();
  let held = 0;
  let revisionHeld: string | undefined;
  /** Answers being computed, by key: a request for the same answer waits for the first. */
  const inFlight = new Map<string, Promise<void>>();
  const settled = new WeakMap<Response, boolean>();
  /** The keeping of each finished answer (settle), so waiters look only once it is kept. */
  const keeping = new WeakMap<Response, Promise<void>>();
  const whenKept = (res: Response) => keeping.get(res) ?? Promise.resolve();
  /** Whether a query text (with its operation name) may be cached: parsing each time would cost more than a hit. */
  const verdicts = new Map<string, boolean>();

  const evict = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    held -= entry.size;
  };
  const atRevision = (revision: string) => {
    if (revision === revisionHeld) return;
    entries.clear();
    held = 0;
    revisionHeld = revision;
  };
  const keep = (key: string, revision: string, entry: Entry) => {
    if (entry.size > maxEntry) return;
    atRevision(revision);
    evict(key);
    entries.set(key, entry);
    held += entry.size;
    for (const oldest of entries.keys()) {
      if (held <= maxBytes) break;
      evict(oldest);
    }
  };
  const cacheable = (query: string, operationName: string | undefined): boolean => {
    const verdictKey = `${operationName ?? ''}\u0000${query}`;
    let verdict = verdicts.get(verdictKey);
    if (verdict === undefined) {
      verdict = isCacheableOperation(query, operationName);
      if (verdicts.size >= 1000) verdicts.delete(verdicts.keys().next().value!);
      verdicts.set(verdictKey, verdict);
    }
    return verdict;
  };

  const tee: RequestHandler = (_req, res, next) => {
    if (maxBytes <= 0) return next();
    const r = res as WithPending;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => Response;
    const copy = (chunk: unknown, encoding: unknown) => {
      const pending = r[PENDING];
      if (!pending || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      pending.bytes += buffer.length;
      if (pending.bytes > maxEntry) r[PENDING] = undefined;
      else pending.chunks.push(Buffer.from(buffer));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      copy(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      copy(chunk, rest[0]);
      const pending = r[PENDING];
      r[PENDING] = undefined;
      if (pending) keeping.set(res, settle(res, pending));
      return end(chunk, ...rest);
    }) as Response['end'];
    next();
  };

  /** Keeps a finished answer if it may be kept and nothing was written meanwhile. */
  const settle = async (res: Response, pending: Pending) => {
    if (!pending.clean || res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) return;
    const encoding = res.getHeader('content-encoding');
    if (encoding !== undefined && encoding !== 'gzip') return;
    try {
      if ((await store.revision()) !== pending.revision) return;
    } catch {
      return;
    }
    const body = Buffer.concat(pending.chunks);
    keep(pending.key, pending.revision, { body, encoding, size: body.length + pending.key.length * 2 });
  };

  const lookup: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (maxBytes <= 0 || req.method !== 'POST') return next();
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    const query = body?.query;
    const operationName = typeof body?.operationName === 'string' ? body.operationName : undefined;
    if (typeof query !== 'string' || !cacheable(query, operationName)) return next();
    // Cached answers are gzip bytes: a client that does not take gzip is answered afresh.
    if (!req.acceptsEncodings('gzip')) return next();
    void (async () => {
      const revision = await store.revision();
      const viewer = viewerOf(res);
      const who = viewer.account ? `${viewer.account.id}:${viewer.account.role}` : 'anonymous';
      const key = [
        revision,
        who,
        viewer.clearance,
        new Date().toISOString().slice(0, 10),
        operationName ?? '',
        JSON.stringify(body?.variables ?? null),
        query,
      ].join('\u0000');
      atRevision(revision);
      // `Cache-Control: no-cache` asks for a fresh answer (the benchmark measures the computation so).
      const fresh = /no-cache/i.test(req.headers['cache-control'] ?? '');
      // The same answer being computed for another request: wait for it rather than compute it twice.
      const computing = fresh ? undefined : inFlight.get(key);
      if (computing) await computing;
      const hit = fresh ? undefined : entries.get(key);
      if (hit) {
        // Most recently used last.
        entries.delete(key);
        entries.set(key, hit);
        res.status(200);
        res.setHeader('content-type', 'application/json; charset=utf-8');
        if (hit.encoding) res.setHeader('content-encoding', hit.encoding);
        res.setHeader('vary', 'Accept-Encoding');
        res.setHeader('content-length', hit.body.length);
        res.setHeader(CACHE_HEADER, 'hit');
        res.end(hit.body);
        return;
      }
      if (!inFlight.has(key)) {
        let done!: () => void;
        inFlight.set(key, new Promise<void>((resolve) => (done = resolve)));
        // Settled however the request ends (answered, failed, or the client went away).
        const release = () => {
          if (inFlight.get(key) && settled.get(res) !== true) {
            settled.set(res, true);
            void whenKept(res).then(() => {
              inFlight.delete(key);
              done();
            });
          }
        };
        res.once('finish', release);
        res.once('close', release);
      }
      res.setHeader(CACHE_HEADER, 'miss');
      const pending: Pending = { key, revision, chunks: [], bytes: 0, clean: false };
      (res as WithPending)[PENDING] = pending;
      // The answer as Apollo sends it, before compression: errors come first when there are any.
      const send = res.send.bind(res);
      res.send = ((payload: unknown) => {
        pending.clean = typeof payload === 'string' && payload.startsWith('{"data":');
        return send(payload);
      }) as Response['send'];
      next();
    })().catch(next);
  };

  return { tee, lookup, size: () => held };
}

/**
 * One query operation (the one named, or the only one) whose root fields, through fragments, are
 * all cacheable, and no field anywhere on the never-cached list. A text that does not parse is not
 * cached (Apollo answers it with its error).
 */
export function isCacheableOperation(query: string, operationName: string | undefined): boolean {
  let document: DocumentNode;
  try {
    // The same token limit as Apollo's own parse: a huge text costs no more here than there.
    document = parse(query, { noLocation: true, maxTokens: QUERY_LIMITS.maxTokens });
  } catch {
    return false;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operationName === undefined
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (!operation || operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !everyField(definition.selectionSet, fragments, allowedBelow))
      return false;
  }
  return everyField(operation.selectionSet, fragments, (name) => CACHEABLE_ROOT_FIELDS.has(name), true);
}

const allowedBelow = (name: string) => !NEVER_CACHED_FIELDS.has(name);

/**
 * Whether every field of a selection passes `allowed` (the root level) and every field below it is
 * not on the never-cached list, through inline fragments and named fragments.
 */
function everyField(
  set: SelectionSetNode,
  fragments: ReadonlyMap<string, { selectionSet: SelectionSetNode }>,
  allowed: (name: string) => boolean,
  root = false,
  seen = new Set<string>(),
): boolean {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!allowed(selection.name.value)) return false;
      if (selection.selectionSet && !everyField(selection.selectionSet, fragments, allowedBelow, false, seen))
        return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!everyField(selection.selectionSet, fragments, allowed, root, seen)) return false;
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment) return false;
      // Below the root a fragment was checked once with the document; at the root its fields must be allowed.
      if (root && !seen.has(name)) {
        seen.add(name);
        if (!everyField(fragment.selectionSet, fragments, allowed, true, seen)) return false;
      }
    }
  }
  return true;
}
