/** Reads a node's ties of one type through the request's batch loaders. */
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { RequestContext } from '../http/context.js';
import type { RelationshipTypeValue } from '../store/port.js';
import { tiesOfType } from './ties-of-type.js';

/** The nodes at the other end of a node's ties of a type, going out from it or coming in to it. */
export async function connected<T extends NodeRecord = NodeRecord>(
  ctx: RequestContext,
  id: string,
  type: RelationshipTypeValue,
  direction: 'OUTGOING' | 'INCOMING',
): Promise<T[]> {
  // An organisation's PART_OF ties alone: reading all of a hub's ties to find its parent cost more
  // than the neighbourhood it was shown in. Other types belong to nodes with few ties.
  const rels =
    type === 'PART_OF'
      ? (await tiesOfType(ctx, id, type)).filter((r) => (direction === 'OUTGOING' ? r.start === id : r.end === id))
      : await tiesOf(ctx, id, type, direction);
  const nodes = await ctx.loaders.node.loadMany(rels.map((r) => (direction === 'OUTGOING' ? r.end : r.start)));
  return nodes.filter((n): n is T => n !== null && !(n instanceof Error));
}

export async function tiesOf(
  ctx: RequestContext,
  id: string,
  type: RelationshipTypeValue | undefined,
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH',
): Promise<RelationshipRecord[]> {
  const rels = await ctx.loaders.relationships.load(id);
  return rels.filter(
    (r) =>
      (!type || r.type === type) &&
      (direction === 'BOTH' || (direction === 'OUTGOING' ? r.start === id : r.end === id)),
  );
}
