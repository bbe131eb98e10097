/** Sign-in, the signed-in user, API tokens and user administration: thin over the account service. */
import type { ApiTokenResolvers, MutationResolvers, QueryResolvers, UserResolvers } from '../__generated__/graphql.js';
import { clampClearance } from '../accounts/roles.js';
import { accountsOf, type RequestContext } from '../http/context.js';

function session(ctx: RequestContext) {
  if (!ctx.session) throw new Error('no session control in this context');
  return ctx.session;
}

export const accountQueries: QueryResolvers = {
  me: (_root, _args, ctx) => ctx.viewer.account ?? null,
  users: (_root, _args, ctx) => accountsOf(ctx).listUsers(ctx.viewer),
  apiTokens: (_root, args, ctx) => accountsOf(ctx).listApiTokens(ctx.viewer, args.userId),
};

export const accountMutations: MutationResolvers = {
  async login(_root, args, ctx) {
    const s = session(ctx);
    const { account, sessionId, expiresAt } = await accountsOf(ctx).login(args.username, args.password, s.ip);
    // A session id the browser held before signing in is never reused.
    const previous = s.current();
    if (previous) await accountsOf(ctx).logout(previous);
    s.start(sessionId, expiresAt);
    return account;
  },
  async setupFirstAdmin(_root, args, ctx) {
    const s = session(ctx);
    const { account, sessionId, expiresAt } = await accountsOf(ctx).createFirstAdmin(
      { token: args.token, username: args.username, password: args.password, displayName: args.displayName },
      s.ip,
    );
    const previous = s.current();
    if (previous) await accountsOf(ctx).logout(previous);
    s.start(sessionId, expiresAt);
    return account;
  },
  async logout(_root, _args, ctx) {
    const s = session(ctx);
    const current = s.current();
    if (current) await accountsOf(ctx).logout(current);
    s.end();
    return true;
  },
  createApiToken: (_root, args, ctx) => accountsOf(ctx).createApiToken(ctx.viewer, args.name, args.userId),
  async revokeApiToken(_root, args, ctx) {
    await accountsOf(ctx).revokeApiToken(ctx.viewer, args.id);
    return true;
  },
  createUser: (_root, args, ctx) => accountsOf(ctx).createUser(ctx.viewer, { ...args.input }),
  updateUser: (_root, args, ctx) =>
    accountsOf(ctx).updateUser(ctx.viewer, args.id, {
      role: args.role,
      clearance: args.clearance,
      disabled: args.disabled,
      displayName: args.displayName,
    }),
  async resetPassword(_root, args, ctx) {
    await accountsOf(ctx).resetPassword(ctx.viewer, args.id, args.password);
    return true;
  },
};

export const User: UserResolvers = {
  clearance: (account) => clampClearance(account.role, account.clearance),
};

export const ApiToken: ApiTokenResolvers = {
  userId: (token) => token.accountId,
};
