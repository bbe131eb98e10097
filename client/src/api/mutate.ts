/** Runs a mutation; on success every cached answer is dropped so the graph and panels show the change. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './client.js';
import { dataChanged } from './useQuery.js';

export async function mutate<R, V>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const data = await request(doc, variables);
  dataChanged();
  return data;
}
