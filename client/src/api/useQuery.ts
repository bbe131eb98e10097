/**
 * A typed query through the page's query cache (TanStack Query): one request per operation and
 * variables however many components ask, aborted when nothing shows it any more, refetched when
 * an edit makes it stale (the answer from before stays on screen until the new one arrives).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery as useCachedQuery } from '@tanstack/react-query';
import { errorText, request } from './client.js';
import { queryKeyOf } from './query-key.js';

export interface QueryResult<R> {
  data: R | undefined;
  /** Why the last request failed, in words. */
  error: string | null;
  loading: boolean;
}

/** The query options for a typed document, for `useQuery`, `useQueries` and `queryClient.fetchQuery`. */
export function queryOptions<R, V>(doc: TypedDocumentNode<R, V>, variables: V) {
  return {
    queryKey: queryKeyOf(doc, variables),
    queryFn: ({ signal }: { signal: AbortSignal }) => request(doc, variables, { signal }),
  };
}

export function useQuery<R, V>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
  options: { skip?: boolean } = {},
): QueryResult<R> {
  const skip = options.skip ?? false;
  const q = useCachedQuery({ ...queryOptions(doc, variables), enabled: !skip });
  if (skip) return { data: undefined, error: null, loading: false };
  const error = q.error ? errorText(q.error) : null;
  return { data: q.data, error, loading: q.data === undefined && error === null };
}
