/**
 * Runs a typed query when its variables change, aborting the one it replaces. Answers are cached
 * by operation and variables for the page's life: the graph changes only when the server is
 * re-seeded, and going back to an earlier view should not wait.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { errorText, isAbort, request } from './client.js';

export interface QueryResult<R> {
  data: R | undefined;
  error: string | null;
  loading: boolean;
}

const cache = new Map<string, unknown>();

export function cacheKey(doc: TypedDocumentNode<unknown, unknown>, variables: unknown): string {
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
  const name = op && 'name' in op ? op.name?.value : 'anonymous';
  return `${name}:${JSON.stringify(variables)}`;
}

/** Fetches once per (operation, variables) and remembers the answer. */
export async function cachedRequest<R, V>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<R> {
  const key = cacheKey(doc as TypedDocumentNode<unknown, unknown>, variables);
  if (cache.has(key)) return cache.get(key) as R;
  const data = await request(doc, variables, { signal });
  cache.set(key, data);
  return data;
}

export function useQuery<R, V>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
  options: { skip?: boolean } = {},
): QueryResult<R> {
  const key = cacheKey(doc as TypedDocumentNode<unknown, unknown>, variables);
  const skip = options.skip ?? false;
  const [result, setResult] = useState<{ key: string; data?: R; error: string | null }>(() => ({
    key,
    data: cache.get(key) as R | undefined,
    error: null,
  }));

  useEffect(() => {
    if (skip) return;
    if (cache.has(key)) {
      setResult({ key, data: cache.get(key) as R, error: null });
      return;
    }
    const controller = new AbortController();
    cachedRequest(doc, variables, controller.signal).then(
      (data) => setResult({ key, data, error: null }),
      (e: unknown) => {
        if (!isAbort(e)) setResult({ key, error: errorText(e) });
      },
    );
    return () => controller.abort();
    // `key` stands for the document and the variables.
  }, [key, skip]);

  if (skip) return { data: undefined, error: null, loading: false };
  const current = result.key === key;
  const data = current ? result.data : (cache.get(key) as R | undefined);
  return { data, error: current ? result.error : null, loading: data === undefined && !(current && result.error) };
}
