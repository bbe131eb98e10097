/**
 * The price of the fields that compute over the whole graph. GraphQL Armor's cost limit prices
 * every field alike, so twenty aliased `fragility` fields cost no more than twenty names; this rule
 * prices each analysis (and, less, each graph-wide traversal) by its work, counts every alias and
 * every fragment spread, and refuses an operation over the budget before anything runs.
 */
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Root fields and what one of them costs; everything else costs nothing here (Armor prices it). */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  bilateralMatrix: 3000,
  counterpartCoverage: 3000,
  dormantAgreements: 3000,
  missingLinks: 3000,
  fragility: 3000,
  periodChanges: 3000,
  coordination: 500,
  paths: 500,
  neighbourhood: 500,
};

/** Six analyses (one of each) and a few traversals fit; a seventh analysis does not. */
export const MAX_ANALYSIS_COST = 20_000;

export function analysisCostRule(maxCost = MAX_ANALYSIS_COST) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'query') return;
      const cost = costOf(context, operation.selectionSet, new Set(), new Map());
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(
            `Query cost limit of ${maxCost} exceeded: this request costs ${cost}. Each analysis ` +
              `(${Object.keys(FIELD_COSTS)
                .filter((f) => FIELD_COSTS[f]! >= 3000)
                .join(', ')}) costs 3000: ask for at most ${Math.floor(maxCost / 3000)} in one request.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  });
}

/**
 * The cost of the root fields in a selection, following fragments (each spread counts; a
 * fragment's cost is computed once, so nested spreads cannot make this rule itself slow).
 */
function costOf(
  context: ValidationContext,
  set: SelectionSetNode,
  inside: Set<string>,
  known: Map<string, number>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) cost += FIELD_COSTS[selection.name.value] ?? 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT) cost += costOf(context, selection.selectionSet, inside, known);
    else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A cycle is another rule's error; leaving it out keeps this one finite.
      if (!fragment || inside.has(name)) continue;
      if (!known.has(name)) known.set(name, costOf(context, fragment.selectionSet, new Set([...inside, name]), known));
      cost += known.get(name)!;
    }
  }
  return cost;
}
