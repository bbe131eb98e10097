/**
 * The explorer's one query cache (TanStack Query). Answers stay fresh until an edit says
 * otherwise (see invalidation.ts), so going back to an earlier view does not wait. The cache is
 * bounded twice: an answer nothing on screen shows is dropped after a few minutes, and past
 * MAX_CACHED_ANSWERS the least recently fetched unshown answers go first.
 */
import { QueryCache, QueryClient, type Query } from '@tanstack/react-query';

/** How long an answer no component shows stays cached. */
export const UNUSED_ANSWER_MS = 5 * 60_000;
/** The most answers kept at once; answers on screen are never dropped for it. */
export const MAX_CACHED_ANSWERS = 200;

function droppable(q: Query, added: Query): boolean {
  return q !== added && q.getObserversCount() === 0 && q.state.fetchStatus !== 'fetching';
}

/** Drops the oldest unshown answers while the cache holds more than `max`. */
export function trimCache(cache: QueryCache, added: Query, max: number): void {
  const all = cache.getAll();
  if (all.length <= max) return;
  const oldestFirst = all
    .filter((q) => droppable(q, added))
    .sort((a, b) => a.state.dataUpdatedAt - b.state.dataUpdatedAt);
  for (const q of oldestFirst.slice(0, all.length - max)) cache.remove(q);
}

export function createQueryClient(max = MAX_CACHED_ANSWERS): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        // Only edits make an answer stale: the data changes through this explorer or an import.
        staleTime: Infinity,
        gcTime: UNUSED_ANSWER_MS,
        // Failures are said in words on screen at once; retrying would only delay them.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
  const cache = client.getQueryCache();
  cache.subscribe((event) => {
    if (event.type === 'added') trimCache(cache, event.query, max);
  });
  return client;
}

/** The page's cache, shared by the hooks (through QueryClientProvider) and by `mutate`. */
export const queryClient = createQueryClient();
