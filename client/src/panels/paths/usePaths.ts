/** The shortest paths for the path in the URL, and the graph they form. */
import { useMemo } from 'react';
import { ShortestPathsDocument, type ShortestPathsQuery } from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import { toGraphFilter, type Filters } from '../../graph/filter.js';
import { toModel, type GraphModel } from '../../graph/model.js';
import type { PathRequest } from '../../graph/url-state.js';

export type PathResult = ShortestPathsQuery['paths'][number];

export interface Paths {
  paths: PathResult[] | undefined;
  /** Each path as a graph, to merge into the Evidence view. */
  models: GraphModel[];
  loading: boolean;
  error: string | null;
}

export const PATH_LIMIT = 10;

export function usePaths(path: PathRequest | null, filters: Filters): Paths {
  const { data, loading, error } = useQuery(
    ShortestPathsDocument,
    {
      from: path?.from ?? '',
      to: path?.to ?? '',
      maxLength: path?.maxLength ?? 4,
      filter: toGraphFilter(filters),
      limit: PATH_LIMIT,
    },
    { skip: !path },
  );
  const models = useMemo(() => (data?.paths ?? []).map((p) => toModel(p)), [data]);
  return { paths: data?.paths, models, loading, error };
}

/** The ids of the nodes and relationships on the chosen path, or on every path. */
export function pathElementIds(paths: readonly PathResult[], index: number | null): Set<string> {
  const chosen = index === null ? paths : paths.slice(index, index + 1);
  const ids = new Set<string>();
  for (const p of chosen) {
    for (const n of p.nodes) ids.add(n.id);
    for (const r of p.relationships) ids.add(r.id);
  }
  return ids;
}
