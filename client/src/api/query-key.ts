/** Cache keys for typed documents: the operation's name, then its variables. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export type QueryKey = readonly [operation: string, variables: unknown];

export function operationName(doc: TypedDocumentNode<unknown, unknown>): string {
  for (const d of doc.definitions) if (d.kind === 'OperationDefinition') return d.name?.value ?? 'anonymous';
  return 'anonymous';
}

export function queryKeyOf<R, V>(doc: TypedDocumentNode<R, V>, variables: V): QueryKey {
  return [operationName(doc as TypedDocumentNode<unknown, unknown>), variables];
}
