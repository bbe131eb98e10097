/**
 * Nodes a request has already read, for fields that can then answer synchronously: a tie's start
 * and end, a citation's source. A depth-2 neighbourhood resolves thousands of them, and a promise
 * per field (even one DataLoader answers from its cache) cost more than the neighbourhood itself.
 */
import type { NodeRecord } from '../domain/records.js';
import type { RequestContext } from '../http/context.js';

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
