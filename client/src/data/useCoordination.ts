/**
 * The Coordination view's data: the organisation-to-organisation projection, filtered by the
 * server (it decides which shared instruments count), and the same without the filters for
 * counting what they hide. Around an organisation in focus, both are its ego network.
 */
import { useMemo } from 'react';
import { CoordinationDocument, type CoordinationQuery } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { toGraphFilter, type Filters } from '../graph/filter.js';
import { toAtlasNode, type CoordinationModel } from '../graph/model.js';

/** Enough for a view of ten thousand elements, which the explorer draws fluently (WebGL). */
export const TIE_LIMIT = 12000;

export interface CoordinationData {
  model: CoordinationModel | undefined;
  /** Organisations and ties without any filter, when known. */
  totals: { organizations: number; ties: number } | undefined;
  loading: boolean;
  error: string | null;
}

/** Whose ego network to draw: organisations (1 to 20), and whether to add the ties among their partners. */
export interface CoordinationFocus {
  ids: string[];
  partnerTies: boolean;
}

/** The API's most organisations an ego network may be drawn around. */
export const MAX_AROUND = 20;

export function toCoordinationModel(data: CoordinationQuery['coordination']): CoordinationModel {
  return {
    organizations: new Map(data.organizations.map((o) => [o.id, toAtlasNode(o)])),
    ties: data.ties.map((t) => ({
      id: t.id,
      a: t.a.id,
      b: t.b.id,
      weight: t.weight,
      sharedCount: t.sharedCount,
      instrumentKinds: [...t.instrumentKinds],
      topics: [...t.topics],
      firstDate: t.firstDate,
      lastDate: t.lastDate,
      undated: t.undated,
      evidence: t.evidence.map((e) => ({ id: e.id, nodeKind: e.nodeKind, name: e.name })),
    })),
    truncated: data.truncated,
    undatedCount: data.undatedCount,
  };
}

export function useCoordination(filters: Filters, enabled: boolean, focus: CoordinationFocus | null): CoordinationData {
  const filter = toGraphFilter(filters);
  const ego = focus ? { around: focus.ids, amongPartners: focus.partnerTies } : {};
  const filtered = useQuery(
    CoordinationDocument,
    { filter, limit: TIE_LIMIT, includeUndated: filters.undated, ...ego },
    { skip: !enabled },
  );
  const all = useQuery(
    CoordinationDocument,
    { filter: null, limit: TIE_LIMIT, ...ego },
    { skip: !enabled || filter === null },
  );
  const model = useMemo(() => (filtered.data ? toCoordinationModel(filtered.data.coordination) : undefined), [filtered.data]);
  const base = filter === null ? filtered.data : all.data;
  const totals = base
    ? { organizations: base.coordination.organizations.length, ties: base.coordination.ties.length }
    : undefined;
  return { model, totals, loading: filtered.loading, error: filtered.error };
}
