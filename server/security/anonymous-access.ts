/**
 * ANONYMOUS_ACCESS=off: an anonymous GraphQL request may only sign in (`login`, or the first admin's
 * `setupFirstAdmin`), sign out, or ask
 * who it is (`me`, null); anything else answers 401 UNAUTHENTICATED before any resolver runs.
 * With public-read (the default) anonymous requests read as a PUBLIC viewer; mutations still need
 * EDITOR (server/resolvers/mutation.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../http/context.js';
import type { AnonymousAccess } from '../http/viewer.js';

const OPEN_FIELDS = new Set(['login', 'logout', 'setupFirstAdmin', 'me', '__typename']);

export function anonymousAccessPlugin(access: AnonymousAccess): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      if (access !== 'off') return;
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.viewer.account) return;
          const open =
            !!operation &&
            operation.selectionSet.selections.every((s) => s.kind === 'Field' && OPEN_FIELDS.has(s.name.value));
          if (!open) {
            throw new GraphQLError('Sign in to use the API', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
