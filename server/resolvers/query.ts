/** The read API: thin resolvers that check arguments and hand over to the store or a graph query. */
import type { CoordinationGraphResolvers, CoordinationTieResolvers, QueryResolvers } from '../__generated__/graphql.js';
import { isUndated } from '../analysis/coordination.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { NodeRecord } from '../domain/records.js';
import { INSTRUMENT_KINDS } from '../domain/vocabulary.js';
import { analysisService } from '../analysis/service.js';
import { activeInterval } from '../graph/filter.js';
import { neighbourhood } from '../graph/neighbourhood.js';
import { shortestPaths } from '../graph/paths.js';
import { rankNodes } from '../graph/search-ranking.js';
import type { RequestContext } from '../http/context.js';
import { checkedFilter, intInRange, nonEmptyIds, nonEmptyText } from './arguments.js';
import { prefetchAround, rememberNodes } from './known-nodes.js';
import { selectedFieldNames } from './selection.js';
import { cachedPerRevision } from './stats-cache.js';

async function lookup<K extends NodeRecord['nodeKind']>(
  ctx: RequestContext,
  id: string,
  kind?: K,
): Promise<Extract<NodeRecord, { nodeKind: K }>> {
  const node = await ctx.loaders.node.load(id);
  if (!node || (kind && node.nodeKind !== kind)) {
    throw new NotFoundError(`no ${kind ? kind.toLowerCase().replace('_', ' ') : 'node'} has the id '${id}'`, 'id');
  }
  return node as Extract<NodeRecord, { nodeKind: K }>;
}

export const Query: QueryResolvers = {
  async search(_root, args, ctx) {
    const text = nonEmptyText('text', args.text);
    const limit = intInRange('limit', args.limit, 1, 50, 10);
    // Ask the store for more than needed: its candidates are re-ranked here, the same for every store.
    const candidates = await ctx.store.searchCandidates(text, args.kinds ?? undefined, limit * 3);
    for (const node of candidates) ctx.loaders.node.prime(node.id, node);
    return rankNodes(text, candidates, limit);
  },

  node: (_root, args, ctx) => lookup(ctx, args.id),
  async nodes(_root, args, ctx) {
    const ids = nonEmptyIds('ids', args.ids, 500);
    const found = await ctx.loaders.node.loadMany(ids);
    return found.map((n) => (n instanceof Error ? null : n));
  },
  organization: (_root, args, ctx) => lookup(ctx, args.id, 'ORGANIZATION'),
  async country(_root, args, ctx) {
    if (/^[A-Za-z]{2}$/.test(args.id)) {
      const byCode = await ctx.loaders.countryByCode.load(args.id.toUpperCase());
      if (byCode) return byCode;
    }
    return lookup(ctx, args.id, 'COUNTRY');
  },
  agreement: (_root, args, ctx) => lookup(ctx, args.id, 'AGREEMENT'),
  meeting: (_root, args, ctx) => lookup(ctx, args.id, 'MEETING'),
  jointCase: (_root, args, ctx) => lookup(ctx, args.id, 'JOINT_CASE'),

  async list(_root, args, ctx) {
    const first = intInRange('first', args.first, 1, 1000, 100);
    const page = await ctx.store.listNodes(args.kind, { first, after: args.after ?? undefined });
    return {
      nodes: page.items,
      totalCount: page.totalCount,
      endCursor: page.endCursor ?? null,
      hasNextPage: !!page.endCursor,
    };
  },

  async neighbourhood(_root, args, ctx, info) {
    const ids = nonEmptyIds('ids', args.ids, 100);
    const depth = intInRange('depth', args.depth, 1, 3, 1);
    const limit = intInRange('limit', args.limit, 1, 5000, 500);
    const subgraph = await neighbourhood(ctx.store, ids, depth, checkedFilter(args.filter), limit);
    // The ends of every tie are in hand: resolving them must not read them again.
    rememberNodes(ctx, subgraph.nodes);
    const asked = selectedFieldNames(info);
    await prefetchAround(ctx, subgraph.nodes, subgraph.relationships, {
      parents: asked.has('parent') || asked.has('units'),
      sources: asked.has('sources'),
    });
    return subgraph;
  },

  async coordination(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 20000, 1000);
    const filter = checkedFilter(args.filter);
    const around = args.around ? nonEmptyIds('around', args.around, 20) : undefined;
    if (args.amongPartners && !around) throw new ValidationError('amongPartners needs around', 'amongPartners');
    const ends = { countries: filter.countries ?? undefined, around, amongPartners: !!args.amongPartners };
    // Countries select ties by their ends; the instruments count wherever they took place.
    const instruments = { ...filter, countries: null };
    const service = analysisService();
    const prepare = (f: typeof filter) => service.prepare(ctx.store, ctx.viewer.clearance, f);
    const dated = () => prepare({ ...instruments, datedOnly: true });
    // Undated instruments are left out only of a window, and only unless asked for.
    const keepUndated = !(filter.from || filter.until) || !!args.includeUndated;
    const shown = await service.coordination(keepUndated ? await prepare(instruments) : await dated(), limit, ends);
    // Ties resting only on undated instruments (those the undated ones alone account for), when asked for.
    const countUndated = async () => {
      const [withUndated, datedOnly] = await Promise.all([
        keepUndated ? shown.total : prepare(instruments).then((p) => service.coordinationCount(p, ends)),
        keepUndated ? dated().then((p) => service.coordinationCount(p, ends)) : shown.total,
      ]);
      return Math.max(0, withUndated - datedOnly);
    };
    return { ...shown, countUndated };
  },

  async paths(_root, args, ctx) {
    const maxLength = intInRange('maxLength', args.maxLength, 1, 6, 4);
    const limit = intInRange('limit', args.limit, 1, 50, 10);
    const paths = await shortestPaths(ctx.store, args.from, args.to, maxLength, checkedFilter(args.filter), limit);
    for (const node of paths.flatMap((p) => p.nodes)) ctx.loaders.node.prime(node.id, node);
    return paths.map((p) => ({
      ...p,
      length: p.relationships.length,
      instruments: p.nodes.filter((n) => (INSTRUMENT_KINDS as readonly string[]).includes(n.nodeKind)),
    }));
  },

  stats: (_root, _args, ctx) => cachedPerRevision(ctx, 'stats', () => statsOf(ctx)),
};

export const CoordinationTie: CoordinationTieResolvers = {
  undated: (tie) => isUndated(tie),
};

export const CoordinationGraph: CoordinationGraphResolvers = {
  undatedCount: (graph) => graph.countUndated?.() ?? 0,
};

async function statsOf(ctx: RequestContext) {
  const [counts, dated, sources] = await Promise.all([
    ctx.store.stats(),
    ctx.store.readGraph({ nodeKinds: INSTRUMENT_KINDS, relationshipTypes: [] }),
    ctx.store.listNodes('SOURCE', { first: 1000 }),
  ]);
  let earliest: string | undefined;
  let latest: string | undefined;
  for (const node of dated.nodes) {
    const span = activeInterval(node);
    if (span?.start && (!earliest || span.start < earliest)) earliest = span.start;
    const last = span?.end ?? span?.start;
    if (last && (!latest || last > latest)) latest = last;
  }
  return {
    nodes: Object.entries(counts.nodes).map(([kind, count]) => ({
      kind: kind as NodeRecord['nodeKind'],
      count: count ?? 0,
    })),
    relationships: Object.entries(counts.relationships).map(([type, count]) => ({
      type: type as keyof typeof counts.relationships,
      count: count ?? 0,
    })),
    earliestDate: earliest ?? null,
    latestDate: latest ?? null,
    sources: sources.items as Extract<NodeRecord, { nodeKind: 'SOURCE' }>[],
  };
}
