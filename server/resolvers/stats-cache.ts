/**
 * The stats answer, computed once per store revision and clearance: the counts are kept by the
 * store, but the dates covered come from every dated node, too costly to read on every request
 * of a graph of 150,000 nodes.
 */
import type { RequestContext } from '../http/context.js';

const KEEP = 8;
const cache = new Map<string, Promise<unknown>>();

export async function cachedPerRevision<T>(ctx: RequestContext, name: string, compute: () => Promise<T>): Promise<T> {
  const key = `${name}|${await ctx.store.revision()}|${ctx.viewer.clearance}`;
  let entry = cache.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = compute();
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
    while (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  }
  return entry;
}
