/**
 * Per-request batch loaders of a node's ties of one type. A field such as an organisation's
 * `parent` needs its PART_OF tie only: loading every tie of a hub (thousands, at 50,000
 * organisations) to find it made a neighbourhood's fields cost many times the neighbourhood.
 */
import DataLoader from 'dataloader';
import type { RelationshipRecord } from '../domain/records.js';
import type { RequestContext } from '../http/context.js';
import type { RelationshipTypeValue } from '../store/port.js';

const perRequest = new WeakMap<RequestContext, Map<RelationshipTypeValue, DataLoader<string, RelationshipRecord[]>>>();

/** Hands the loader ties already read (every tie of this type at each id), so fields reuse them. */
export function primeTiesOfType(
  ctx: RequestContext,
  type: RelationshipTypeValue,
  ids: readonly string[],
  ties: readonly RelationshipRecord[][],
): void {
  ids.forEach((id, i) => loaderOf(ctx, type).prime(id, ties[i] ?? []));
}

function loaderOf(ctx: RequestContext, type: RelationshipTypeValue): DataLoader<string, RelationshipRecord[]> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(type);
  if (!loader) {
    loader = new DataLoader((ids) => ctx.store.relationshipsOf(ids, [type]));
    loaders.set(type, loader);
  }
  return loader;
}

export function tiesOfType(
  ctx: RequestContext,
  id: string,
  type: RelationshipTypeValue,
): Promise<RelationshipRecord[]> {
  return loaderOf(ctx, type).load(id);
}
