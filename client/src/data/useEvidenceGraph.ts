/**
 * The Evidence view's data: the neighbourhood of every expanded node, fetched once each and
 * merged. Collapsing a node drops its neighbourhood from the merge; expanding it again is instant.
 */
import { useEffect, useMemo, useState } from 'react';
import { NeighbourhoodDocument } from '../__generated__/graphql.js';
import { cachedRequest, useDataVersion } from '../api/useQuery.js';
import { errorText, isAbort } from '../api/client.js';
import { mergeModels, toModel, type GraphModel } from '../graph/model.js';

/** The server's cap on one neighbourhood; larger ones come back marked truncated. */
export const NEIGHBOURHOOD_LIMIT = 500;

export interface EvidenceGraph {
  model: GraphModel;
  /** Ids whose neighbourhood is still on its way. */
  loading: string[];
  /** Errors by expanded id, in words. */
  errors: Map<string, string>;
}

export function useEvidenceGraph(expanded: readonly string[], extra: readonly GraphModel[]): EvidenceGraph {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, GraphModel>>(new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const key = expanded.join(',');
  // After an edit every expanded neighbourhood is fetched again; the old ones stay drawn meanwhile.
  const version = useDataVersion();
  const [loadedAt, setLoadedAt] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    const controller = new AbortController();
    for (const id of key ? key.split(',') : []) {
      if (loaded.has(id) && loadedAt.get(id) === version) continue;
      cachedRequest(NeighbourhoodDocument, { ids: [id], depth: 1, limit: NEIGHBOURHOOD_LIMIT }, controller.signal).then(
        (data) => {
          setLoaded((m) => new Map(m).set(id, toModel(data.neighbourhood)));
          setLoadedAt((m) => new Map(m).set(id, version));
          setErrors((m) => {
            if (!m.has(id)) return m;
            const next = new Map(m);
            next.delete(id);
            return next;
          });
        },
        (e: unknown) => {
          if (!isAbort(e)) setErrors((m) => new Map(m).set(id, errorText(e)));
        },
      );
    }
    return () => controller.abort();
    // `loaded` changes as answers arrive; only a change of the expanded ids or an edit starts requests.
  }, [key, version]);

  const model = useMemo(
    () =>
      mergeModels([
        ...expanded.map((id) => loaded.get(id)).filter((m): m is GraphModel => m !== undefined),
        ...extra,
      ]),
    [expanded, loaded, extra],
  );
  const loading = expanded.filter((id) => !loaded.has(id) && !errors.has(id));
  const relevantErrors = new Map([...errors].filter(([id]) => expanded.includes(id)));
  return { model, loading, errors: relevantErrors };
}
