/**
 * What the canvas, the table and the panels show, derived from the view state and the loaded
 * data by the pure functions in graph/: visibility, hidden counts, elements and highlights.
 */
import { useMemo } from 'react';
import type { ElementDefinition } from 'cytoscape';
import { coordinationElements, coordinationVisibility, evidenceElements, tiesAlongPath } from '../graph/elements.js';
import {
  computeVisibility,
  facets as computeFacets,
  type Facets,
  type HiddenSummary,
  type NodeHideReason,
} from '../graph/filter.js';
import {
  activeInterval,
  isUndatedInstrument,
  type AtlasNode,
  type AtlasRelationship,
  type AtlasTie,
  type CoordinationModel,
  type GraphModel,
} from '../graph/model.js';
import type { ViewState } from '../graph/url-state.js';
import { pathElementIds, type PathResult } from '../panels/paths/usePaths.js';

export interface GraphView {
  elements: ElementDefinition[];
  nodes: AtlasNode[];
  relationships: AtlasRelationship[];
  ties: AtlasTie[];
  /** Every node known to either view, for names and details. */
  nodeIndex: Map<string, AtlasNode>;
  relationshipIndex: Map<string, AtlasRelationship>;
  tieIndex: Map<string, AtlasTie>;
  hiddenNodes: Map<string, NodeHideReason>;
  summary: HiddenSummary | null;
  coordinationHidden: { organizations: number; ties: number } | null;
  degree: Map<string, number>;
  highlighted: Set<string> | null;
  facets: Facets;
  histogram: Map<number, number>;
  /** Undated agreements, meetings and cases (Evidence) or ties (Coordination): shown, and left out by the window. */
  undated: { kept: number; leftOut: number };
}

export interface GraphViewInput {
  state: ViewState;
  evidence: GraphModel;
  coordination: CoordinationModel | undefined;
  coordinationTotals: { organizations: number; ties: number } | undefined;
  paths: PathResult[] | undefined;
  pathIndex: number | null;
  countryNames: ReadonlyMap<string, string>;
}

/** Organisation facets from the organisations; topics from the ties, which is where they apply. */
function coordinationFacets(model: CoordinationModel | undefined): Facets {
  const f = computeFacets(model?.organizations.values() ?? [], []);
  for (const t of model?.ties ?? []) for (const topic of t.topics) f.topics.set(topic, (f.topics.get(topic) ?? 0) + 1);
  return f;
}

function yearsHistogram(dates: Iterable<string | undefined | null>): Map<number, number> {
  const h = new Map<number, number>();
  for (const d of dates) if (d) h.set(Number(d.slice(0, 4)), (h.get(Number(d.slice(0, 4))) ?? 0) + 1);
  return h;
}

export function useGraphView(input: GraphViewInput): GraphView {
  const { state, evidence, coordination, paths, pathIndex, countryNames, coordinationTotals } = input;
  const pathIds = useMemo(() => (paths && paths.length ? pathElementIds(paths, pathIndex) : null), [paths, pathIndex]);

  const evidenceView = useMemo(() => {
    if (state.view !== 'evidence') return null;
    const keep = new Set([
      ...(state.focus ? [state.focus] : []),
      ...state.selected,
      ...state.pinned,
      ...(pathIds ?? []),
    ]);
    const visibility = computeVisibility({
      model: evidence,
      filters: state.filters,
      hidden: new Set(state.hidden),
      only: new Set(state.only),
      keep,
    });
    const elements = evidenceElements({
      model: evidence,
      nodes: visibility.nodes,
      relationships: visibility.relationships,
      focus: state.focus,
      selected: new Set(state.selected),
      pinned: new Set(state.pinned),
      highlighted: pathIds,
      groupByCountry: state.groupByCountry,
    });
    return { visibility, elements };
  }, [state, evidence, pathIds]);

  const coordinationView = useMemo(() => {
    if (state.view !== 'coordination' || !coordination) return null;
    const visibility = coordinationVisibility(coordination, new Set(state.hidden), new Set(state.only));
    let highlighted: Set<string> | null = null;
    if (paths && paths.length) {
      highlighted = new Set();
      const chosen = pathIndex === null ? paths : paths.slice(pathIndex, pathIndex + 1);
      for (const p of chosen) {
        const ids = p.nodes.map((n) => n.id);
        for (const id of ids) if (coordination.organizations.has(id)) highlighted.add(id);
        for (const t of tiesAlongPath(coordination, ids)) highlighted.add(t);
      }
    }
    const elements = coordinationElements({
      model: coordination,
      nodes: visibility.nodes,
      ties: visibility.ties,
      focus: state.focus,
      selected: new Set(state.selected),
      pinned: new Set(state.pinned),
      highlighted,
      groupByCountry: state.groupByCountry,
      countryNames,
    });
    return { visibility, elements, highlighted };
  }, [state, coordination, paths, pathIndex, countryNames]);

  return useMemo(() => {
    const nodeIndex = new Map<string, AtlasNode>(evidence.nodes);
    for (const [id, n] of coordination?.organizations ?? []) if (!nodeIndex.has(id)) nodeIndex.set(id, n);
    const tieIndex = new Map((coordination?.ties ?? []).map((t) => [t.id, t]));
    const degree = new Map<string, number>();
    const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
    if (evidenceView) {
      const { visibility } = evidenceView;
      const nodes = [...visibility.nodes].map((id) => evidence.nodes.get(id)!);
      const relationships = [...visibility.relationships].map((id) => evidence.relationships.get(id)!);
      for (const r of relationships) {
        bump(r.start);
        bump(r.end);
      }
      return {
        elements: evidenceView.elements,
        nodes,
        relationships,
        ties: [],
        nodeIndex,
        relationshipIndex: evidence.relationships,
        tieIndex,
        hiddenNodes: visibility.hiddenNodes,
        summary: visibility.summary,
        coordinationHidden: null,
        degree,
        highlighted: pathIds,
        facets: computeFacets(evidence.nodes.values(), evidence.relationships.values()),
        histogram: yearsHistogram([...evidence.nodes.values()].map((n) => activeInterval(n)?.start)),
        undated: {
          kept: nodes.filter(isUndatedInstrument).length,
          leftOut: visibility.summary.nodesByReason.undated ?? 0,
        },
      };
    }
    const cv = coordinationView;
    const windowed = state.filters.from !== null || state.filters.until !== null;
    const nodes = cv ? [...cv.visibility.nodes].map((id) => coordination!.organizations.get(id)!).filter(Boolean) : [];
    const ties = cv ? coordination!.ties.filter((t) => cv.visibility.ties.has(t.id)) : [];
    for (const t of ties) {
      bump(t.a);
      bump(t.b);
    }
    const shown = coordination
      ? { organizations: coordination.organizations.size, ties: coordination.ties.length }
      : null;
    return {
      elements: cv?.elements ?? [],
      nodes,
      relationships: [],
      ties,
      nodeIndex,
      relationshipIndex: evidence.relationships,
      tieIndex,
      hiddenNodes: new Map(),
      summary: null,
      coordinationHidden:
        shown && coordinationTotals
          ? {
              organizations:
                Math.max(0, coordinationTotals.organizations - shown.organizations) +
                (cv?.visibility.hiddenByUser ?? 0),
              ties: Math.max(0, coordinationTotals.ties - shown.ties),
            }
          : null,
      degree,
      highlighted: cv?.highlighted ?? null,
      facets: coordinationFacets(coordination),
      histogram: yearsHistogram((coordination?.ties ?? []).map((t) => t.firstDate)),
      undated: {
        kept: ties.filter((t) => t.undated).length,
        leftOut: windowed && !state.filters.undated ? (coordination?.undatedCount ?? 0) : 0,
      },
    };
  }, [evidence, coordination, evidenceView, coordinationView, pathIds, coordinationTotals, state.filters]);
}
