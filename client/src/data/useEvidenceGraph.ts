/**
 * The Evidence view's data: the neighbourhood of every expanded node, one cached query each, merged.
 * Collapsing a node drops its neighbourhood from the merge; expanding it again is instant. After an
 * edit only the neighbourhoods that show a touched record are fetched again, the old ones drawn meanwhile.
 */
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { NeighbourhoodDocument, type NeighbourhoodQuery, type RelationshipType } from '../__generated__/graphql.js';
import { errorText } from '../api/client.js';
import { queryOptions } from '../api/useQuery.js';
import { mergeModels, toModel, type GraphModel } from '../graph/model.js';

/** The cap on one neighbourhood at depth 1; larger ones come back marked truncated. */
export const NEIGHBOURHOOD_LIMIT = 500;

/** Deeper expansions reach further: the cap grows with the depth (the server allows 5,000). */
export function neighbourhoodLimit(depth: number): number {
  return depth <= 1 ? NEIGHBOURHOOD_LIMIT : depth === 2 ? 2000 : 4000;
}

/** How far and along which ties an expansion reaches (the toolbar's depth and "expand along"). */
export interface Expansion {
  depth: number;
  via: readonly RelationshipType[] | null;
}

export interface EvidenceGraph {
  model: GraphModel;
  /** Ids whose neighbourhood is still on its way. */
  loading: string[];
  /** Errors by expanded id, in words. */
  errors: Map<string, string>;
}

/**
 * One expanded node's neighbourhood as a graph model, converted once per answer, with a number
 * naming it. A refetch that brings the same answer keeps the answer object (the query cache shares
 * unchanged data), so the model and its number stay the same and nothing is redrawn.
 */
const models = new WeakMap<NeighbourhoodQuery, { model: GraphModel; serial: number }>();
let serials = 0;
function modelOf(data: NeighbourhoodQuery): { model: GraphModel; serial: number } {
  let m = models.get(data);
  if (!m) {
    m = { model: toModel(data.neighbourhood), serial: ++serials };
    models.set(data, m);
  }
  return m;
}

export function useEvidenceGraph(
  expanded: readonly string[],
  extra: readonly GraphModel[],
  expansion: Expansion = { depth: 1, via: null },
): EvidenceGraph {
  const { depth, via } = expansion;
  const filter = via ? { relationshipTypes: [...via] } : null;
  const answers = useQueries({
    queries: expanded.map((id) =>
      queryOptions(NeighbourhoodDocument, { ids: [id], depth, limit: neighbourhoodLimit(depth), filter }),
    ),
  });
  const loaded = answers.map((a) => (a.data ? modelOf(a.data) : undefined));
  const loadedKey = loaded.map((m) => m?.serial ?? '-').join(',');

  const model = useMemo(
    () => mergeModels([...loaded.flatMap((m) => (m ? [m.model] : [])), ...extra]),
    // `loadedKey` names the loaded models: the merge follows them, not the array holding them.
    [loadedKey, extra],
  );
  const loading = expanded.filter((_, i) => !answers[i]!.data && !answers[i]!.error);
  const errors = new Map<string, string>();
  expanded.forEach((id, i) => {
    const e = answers[i]!.error;
    if (e) errors.set(id, errorText(e));
  });
  return { model, loading, errors };
}
