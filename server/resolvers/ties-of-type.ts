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

export function tiesOfType(
  ctx: RequestContext,
  id: string,
  type: RelationshipTypeValue,
): Promise<RelationshipRecord[]> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(type);
  if (!loader) {
    loader = new DataLoader((ids) => ctx.store.relationshipsOf(ids, [type]));
    loaders.set(type, loader);
  }
  return loader.load(id);
}
