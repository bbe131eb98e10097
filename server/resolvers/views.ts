/** Saved views: thin over server/views/service.ts; hidden ids are taken out as the view leaves. */
import type { MutationResolvers, QueryResolvers, SavedViewResolvers } from '../__generated__/graphql.js';
import { accountsOf, type RequestContext } from '../http/context.js';
import type { SavedViewRecord } from '../views/records.js';
import { deleteView, idsOfView, redactView, renameView, saveView } from '../views/service.js';

function viewStore(ctx: RequestContext) {
  return accountsOf(ctx).store;
}

/** The view without what this reader may not see (the redacting store answers null for hidden nodes). */
async function forReader(view: SavedViewRecord, ctx: RequestContext): Promise<SavedViewRecord> {
  const ids = idsOfView(view);
  const nodes = await ctx.loaders.node.loadMany(ids);
  const visible = new Set(
    ids.filter((_id, i) => {
      const n = nodes[i];
      return n !== null && n !== undefined && !(n instanceof Error);
    }),
  );
  return redactView(view, visible);
}

export const viewQueries: QueryResolvers = {
  async savedViews(_root, _args, ctx) {
    const views = await viewStore(ctx).listViews();
    return Promise.all(views.map((v) => forReader(v, ctx)));
  },
  async savedView(_root, args, ctx) {
    const view = await viewStore(ctx).getView(args.id);
    return view ? forReader(view, ctx) : null;
  },
};

export const viewMutations: MutationResolvers = {
  async saveView(_root, args, ctx) {
    const view = await saveView(viewStore(ctx), ctx.viewer, {
      name: args.name,
      state: args.state,
      positions: args.positions,
    });
    return forReader(view, ctx);
  },
  async renameView(_root, args, ctx) {
    const view = await renameView(viewStore(ctx), ctx.viewer, args.id, args.name, args.expectedVersion);
    return forReader(view, ctx);
  },
  async deleteView(_root, args, ctx) {
    await deleteView(viewStore(ctx), ctx.viewer, args.id, args.expectedVersion);
    return true;
  },
};

export const SavedView: SavedViewResolvers = {
  positions: (view) => Object.entries(view.positions).map(([id, p]) => ({ id, x: p.x, y: p.y })),
};
