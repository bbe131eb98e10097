/**
 * What an edit makes stale. A query that shows one node or its surroundings (its neighbourhood,
 * its form, its history, a tie's evidence, a path's ends) is refetched only when it mentions a
 * record the edit touched; a query that sums up the whole graph (search, stats, coordination,
 * paths, the gap analyses, lists, the changes feed) is refetched after any edit of the data,
 * since a change anywhere can change its answer. Saved views and the session have their own.
 */
import type { Query, QueryClient } from '@tanstack/react-query';
import type { QueryKey } from './query-key.js';

export type Change =
  /** Records were created, changed or deleted; `touched` holds every id or code the edit named. */
  | { kind: 'data'; touched: ReadonlySet<string> }
  /** A file was imported: any record may have changed. */
  | { kind: 'import' }
  /** A saved view was saved, renamed or deleted. */
  | { kind: 'views' }
  /** Signed in or out: the clearance, and so what exists for the viewer, changed. */
  | { kind: 'session'; signedOut: boolean };

/** Queries that show particular records: stale only when they mention a touched one. */
const PER_RECORD = new Set(['Neighbourhood', 'EditableNode', 'NodeHistory', 'TieEvidence', 'PathEnds']);
/** Queries that do not depend on the graph's data. */
const NOT_DATA = new Set(['Me', 'SavedViews']);

/** Every string under `value` (ids and codes in variables and answers), at most 12 levels deep. */
function collectStrings(value: unknown, into: Set<string>, depth = 0): Set<string> {
  if (depth > 12) return into;
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into, depth + 1);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, into, depth + 1);
  return into;
}

/** Whether an answer shows a record with one of the ids (or country codes). */
function mentions(data: unknown, touched: ReadonlySet<string>, depth = 0): boolean {
  if (depth > 12 || !data || typeof data !== 'object') return false;
  if (Array.isArray(data)) return data.some((d) => mentions(d, touched, depth + 1));
  const record = data as Record<string, unknown>;
  for (const field of ['id', 'code']) {
    const v = record[field];
    if (typeof v === 'string' && touched.has(v)) return true;
  }
  return Object.values(record).some((v) => mentions(v, touched, depth + 1));
}

/** Whether a cached query is stale after the change. */
export function staleAfter(change: Change, query: Query): boolean {
  const [operation, variables] = query.queryKey as unknown as QueryKey;
  switch (change.kind) {
    case 'session':
      return true;
    case 'views':
      return operation === 'SavedViews';
    case 'import':
      return !NOT_DATA.has(operation);
    case 'data':
      if (NOT_DATA.has(operation)) return false;
      if (!PER_RECORD.has(operation)) return true;
      return (
        [...collectStrings(variables, new Set())].some((s) => change.touched.has(s)) ||
        mentions(query.state.data, change.touched)
      );
  }
}

/**
 * Refreshes what the change made stale. An answer on screen is fetched again and stays shown
 * until the new one arrives (so the drawing keeps its arrangement); an answer nothing shows is
 * dropped, so a panel opened later never shows it, even for a moment. After signing out nothing
 * old stays on screen: answers read at the higher clearance are dropped, not just refreshed.
 */
export function invalidate(client: QueryClient, change: Change): Promise<void> {
  if (change.kind === 'session' && change.signedOut) return client.resetQueries();
  const cache = client.getQueryCache();
  for (const q of cache.findAll({ predicate: (q) => staleAfter(change, q) }))
    if (q.getObserversCount() === 0) cache.remove(q);
  return client.invalidateQueries({ predicate: (q) => staleAfter(change, q) });
}

/** The change a successful mutation made, from its name, its variables and its answer. */
export function changeOf(operation: string, variables: unknown, answer: unknown): Change {
  if (operation === 'Login' || operation === 'Logout' || operation === 'SetupFirstAdmin')
    return { kind: 'session', signedOut: operation === 'Logout' };
  if (/View$/.test(operation)) return { kind: 'views' };
  if (operation === 'ImportGraph') return { kind: 'import' };
  return { kind: 'data', touched: collectStrings(answer, collectStrings(variables, new Set())) };
}
