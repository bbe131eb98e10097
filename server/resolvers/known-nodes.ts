/**
 * Nodes a request has already read, for fields that can then answer synchronously: a tie's start
 * and end, a citation's source. A depth-2 neighbourhood resolves thousands of them, and a promise
 * per field (even one DataLoader answers from its cache) cost more than the neighbourhood itself.
 */
import type { NodeRecord } from '../domain/records.js';
import type { RequestContext } from '../http/context.js';
import { primeTiesOfType } from './ties-of-type.js';

const perRequest = new WeakMap<RequestContext, Map<string, NodeRecord>>();

export function rememberNodes(ctx: RequestContext, nodes: Iterable<NodeRecord>): void {
  let known = perRequest.get(ctx);
  if (!known) perRequest.set(ctx, (known = new Map()));
  for (const node of nodes) {
    known.set(node.id, node);
    ctx.loaders.node.prime(node.id, node);
  }
}

export function knownNode(ctx: RequestContext, id: string): NodeRecord | undefined {
  return perRequest.get(ctx)?.get(id);
}

const parents = new WeakMap<RequestContext, Map<string, NodeRecord | null>>();

/**
 * Reads, in two batched calls, what the explorer asks of every node of a neighbourhood beyond the
 * neighbourhood itself — the Source each citation names, and each organisation's parent — so
 * that those fields answer synchronously too (a promise per citation or organisation made
 * graphql-js wait on a promise per object of the answer). Only what the query asks for is read:
 * on Neo4j each read is a round trip.
 */
export async function prefetchAround(
  ctx: RequestContext,
  nodes: readonly NodeRecord[],
  rels: readonly { sources: { source: string }[] }[],
  asked: { parents: boolean; sources: boolean },
): Promise<void> {
  if (!asked.parents && !asked.sources) return;
  const orgs = asked.parents ? nodes.filter((n) => n.nodeKind === 'ORGANIZATION').map((n) => n.id) : [];
  const ties = orgs.length ? await ctx.store.relationshipsOf(orgs, ['PART_OF']) : [];
  // Every PART_OF tie of each organisation: its units too, if asked, are read from these.
  primeTiesOfType(ctx, 'PART_OF', orgs, ties);
  // The parent is the end of the first PART_OF going out (as the parent field reads it).
  const parentIdOf = new Map<string, string | undefined>();
  orgs.forEach((id, i) => parentIdOf.set(id, ties[i]?.find((r) => r.start === id)?.end));
  const wanted = new Set<string>();
  if (asked.sources) for (const item of [...nodes, ...rels]) for (const c of item.sources) wanted.add(c.source);
  for (const id of parentIdOf.values()) if (id !== undefined) wanted.add(id);
  const ids = [...wanted].filter((id) => !knownNode(ctx, id));
  const found = await ctx.loaders.node.loadMany(ids);
  rememberNodes(
    ctx,
    found.filter((n): n is NodeRecord => n !== null && !(n instanceof Error)),
  );
  let known = parents.get(ctx);
  if (!known) parents.set(ctx, (known = new Map()));
  for (const [id, parentId] of parentIdOf) {
    const parent = parentId === undefined ? null : knownNode(ctx, parentId);
    // A parent the viewer may not read stays for the field's own path to decide.
    if (parent !== undefined) known.set(id, parent);
  }
}

/** The organisation's parent when prefetchAround read it (null: it has none); undefined otherwise. */
export function knownParent(ctx: RequestContext, id: string): NodeRecord | null | undefined {
  return parents.get(ctx)?.get(id);
}
