/**
 * The big-picture stage between the view's elements and the canvas: nodes sized and ranked by
 * the chosen measure, then (when clustering is on, or past CLUSTER_MIN_NODES in the Evidence view)
 * communities folded into cluster meta-nodes. Which clusters are open is the canvas's own
 * passing state, not the URL's: cluster ids follow the data.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import { clusterElements, clusteringActive, detectClusters, type Cluster } from '../graph/clusters.js';
import { applyMeasure } from '../graph/measures.js';
import type { PictureState, ViewName } from '../graph/url-state.js';

export interface PictureInput {
  elements: ElementDefinition[];
  view: ViewName;
  picture: PictureState;
  /** Never folded: the focus, the selection, pinned nodes, a highlighted path. */
  keep: ReadonlySet<string>;
  groupByCountry: boolean;
}

export interface Picture {
  elements: ElementDefinition[];
  clusters: Cluster[];
  /** Whether clusters are drawn. */
  active: boolean;
  open: ReadonlySet<string>;
  toggle(id: string): void;
  openAll(): void;
  closeAll(): void;
}

/** Node and tie ids and ends, without classes: what clustering and measures depend on. */
function structureOf(elements: readonly ElementDefinition[]): string {
  return elements
    .map((e) => (e.group === 'edges' ? `${String(e.data.source)}>${String(e.data.target)}` : String(e.data.id)))
    .join('|');
}

export function usePicture({ elements, view, picture, keep, groupByCountry }: PictureInput): Picture {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const structure = useMemo(() => structureOf(elements), [elements]);
  const nodeCount = useMemo(() => elements.filter((e) => e.group === 'nodes').length, [structure]);
  // Clustering is automatic in the Evidence view, where expansions build hairballs; the
  // Coordination view is grouped when asked.
  const active = clusteringActive(
    view === 'evidence' || picture.clusters !== 'auto' ? picture.clusters : 'off',
    nodeCount,
  );

  // Measures and communities follow the structure only, not selection or highlight classes.
  const measured = useMemo(() => {
    const sized = applyMeasure(elements, picture.sizeBy);
    return new Map(sized.map((e) => [String(e.data.id), e.data]));
  }, [structure, picture.sizeBy]);
  const clusters = useMemo(() => (active ? detectClusters(elements) : []), [structure, active]);

  const sized = useMemo(
    () =>
      elements.map((e) => {
        const m = measured.get(String(e.data.id));
        return m && e.group === 'nodes'
          ? { ...e, data: { ...e.data, size: m.size, rank: m.rank, labelSize: m.labelSize, measure: m.measure } }
          : e;
      }),
    [elements, measured],
  );
  const out = useMemo(
    () => (active ? clusterElements(sized, clusters, { open, keep, boxes: !groupByCountry }) : sized),
    [sized, clusters, open, keep, active, groupByCountry],
  );
  const toggle = useCallback((id: string) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const openAll = useCallback(() => setOpen(new Set(clusters.map((c) => c.id))), [clusters]);
  const closeAll = useCallback(() => setOpen(new Set()), []);
  return { elements: out, clusters, active, open, toggle, openAll, closeAll };
}
