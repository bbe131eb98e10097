/** Runs a mutation; on success what it made stale is fetched again (see invalidation.ts). */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './client.js';
import { changeOf, invalidate } from './invalidation.js';
import { queryClient } from './query-client.js';
import { operationName } from './query-key.js';

export async function mutate<R, V>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const data = await request(doc, variables);
  // Not awaited: the form closes at once, the panels refresh as the answers arrive.
  void invalidate(queryClient, changeOf(operationName(doc as TypedDocumentNode<unknown, unknown>), variables, data));
  return data;
}

/** After an import was applied: any record may have changed. */
export function importApplied(): void {
  void invalidate(queryClient, { kind: 'import' });
}
