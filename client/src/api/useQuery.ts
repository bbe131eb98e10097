/**
 * Runs a typed query when its variables change, aborting the one it replaces. Answers are cached
 * by operation and variables, so going back to an earlier view does not wait; an edit made in the
 * explorer clears the cache (dataChanged) and every mounted query fetches again.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { errorText, isAbort, request } from './client.js';

let dataVersion = 0;
const listeners = new Set<() => void>();

/** After a change to the graph: forget every cached answer, and tell mounted queries to fetch again. */
export function dataChanged(): void {
  cache.clear();
  dataVersion += 1;
  for (const l of listeners) l();
}

/** A number that grows with every edit made in this page: a dependency for data that must follow edits. */
export function useDataVersion(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => dataVersion,
  );
}

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
  const version = useDataVersion();
  const id = cacheKey(doc as TypedDocumentNode<unknown, unknown>, variables);
  // The effect runs again for new variables, and after an edit for the same ones.
  const key = `${version}|${id}`;
  const skip = options.skip ?? false;
  const [result, setResult] = useState<{ key: string; id: string; data?: R; error: string | null }>(() => ({
    key,
    id,
    data: cache.get(id) as R | undefined,
    error: null,
  }));

  useEffect(() => {
    if (skip) return;
    if (cache.has(id)) {
      setResult({ key, id, data: cache.get(id) as R, error: null });
      return;
    }
    const controller = new AbortController();
    cachedRequest(doc, variables, controller.signal).then(
      (data) => setResult({ key, id, data, error: null }),
      (e: unknown) => {
        if (!isAbort(e)) setResult({ key, id, error: errorText(e) });
      },
    );
    return () => controller.abort();
    // `key` stands for the document, the variables and the data version.
  }, [key, skip]);

  if (skip) return { data: undefined, error: null, loading: false };
  const current = result.key === key;
  // After an edit, the answer from before stays on screen until the new one arrives.
  const data = current
    ? result.data
    : ((cache.get(id) as R | undefined) ?? (result.id === id ? result.data : undefined));
  return { data, error: current ? result.error : null, loading: data === undefined && !(current && result.error) };
}
