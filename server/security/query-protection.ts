/**
 * Limits on what one GraphQL document may ask, enforced before execution (GraphQL Armor): depth,
 * aliases, tokens, directives and an estimated cost. The deepest query the explorer sends is 8
 * levels; introspection (the IDE) is exempt from the depth limit. A refused document gets a
 * GRAPHQL_VALIDATION_FAILED error saying which limit it broke.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 3000,
  maxDirectives: 20,
  maxCost: 20000,
};

export function queryProtection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Armor's token limit re-parses inside an Apollo hook, which turns every syntax error into an
    // HTTP 500; graphql-js enforces the same limit while parsing (see parseOptions).
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // "Did you mean …?" hints help developers and map the schema for attackers: off in production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
