/**
 * Labels by importance, without overlaps. Every node carries a rank (its importance by the
 * chosen measure, see graph/measures.ts) and a label size that grows with it, so at low zoom only
 * the important labels are large enough to pass the stylesheet's `min-zoomed-font-size` (level of
 * detail). Of the labels big enough to draw, the most important are kept and any label that would
 * overlap one already kept is hidden (greedy, over a grid of cells: linear in the nodes).
 *
 * Label sizes shrink (in graph units) as the view zooms in past 1, so labels keep a readable
 * size on screen while they move apart, and labels hidden for overlap come back.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { labelBox, placeLabels, type LabelCandidate } from '../graph/measures.js';

/** Screen size (px) below which the stylesheet does not draw a label (min-zoomed-font-size). */
export const MIN_LABEL_PX = 7;
/** Above this many nodes labels keep their size when zooming (re-sizing them all costs a frame). */
const RESIZE_MAX_NODES = 3000;

/** How much labels shrink in graph units at a zoom level: none up to 1, then by √zoom. */
export function labelScale(zoom: number): number {
  if (zoom <= 1) return 1;
  // In steps, so that small zoom changes do not restyle every node.
  return Math.round((1 / Math.sqrt(zoom)) * 8) / 8;
}

export function cullLabels(cy: Core): void {
  const zoom = cy.zoom();
  const nodes = cy.nodes().not('.group, .cluster-box').toArray() as NodeSingular[];
  const scale = nodes.length <= RESIZE_MAX_NODES ? labelScale(zoom) : 1;
  const candidates: LabelCandidate[] = [];
  for (const n of nodes) {
    const label = String(n.data('label') ?? '');
    const base = Number(n.data('labelSize') ?? 11);
    const size = base * scale;
    if (!label || size * zoom < MIN_LABEL_PX) continue;
    const p = n.position();
    candidates.push({
      id: n.id(),
      rank: Number(n.data('rank') ?? 0),
      box: labelBox(p.x, p.y, Number(n.data('size') ?? n.height()), label, size),
    });
  }
  const kept = placeLabels(candidates);
  cy.batch(() => {
    for (const n of nodes) {
      const fs = Math.round(Number(n.data('labelSize') ?? 11) * scale * 10) / 10;
      if (n.data('fs') !== fs) n.data('fs', fs);
      const show = kept.has(n.id());
      if (show && n.hasClass('nolabel')) n.removeClass('nolabel');
      else if (!show && !n.hasClass('nolabel')) n.addClass('nolabel');
    }
  });
}
