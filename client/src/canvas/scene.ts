/**
 * Reads what Cytoscape draws — positions, sizes, shapes, colours, labels — into the plain Scene the
 * SVG export writes (graph/export-svg.ts), so the export is the view on screen, layout included.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Scene, SceneEdge, SceneNode } from '../graph/export-svg.js';

function num(ele: NodeSingular | EdgeSingular, prop: string, fallback: number): number {
  const v = ele.numericStyle(prop) as unknown;
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function lineStyle(value: unknown): SceneEdge['line'] {
  return value === 'dashed' || value === 'dotted' ? value : 'solid';
}

export function readScene(cy: Core): Scene {
  const nodes: SceneNode[] = (cy.nodes().toArray() as NodeSingular[])
    .filter((n) => n.visible())
    .map((n) => {
      const group = n.isParent();
      const box = group ? n.boundingBox({ includeLabels: false, includeOverlays: false }) : null;
      const p = n.position();
      return {
        id: n.id(),
        x: box ? (box.x1 + box.x2) / 2 : p.x,
        y: box ? (box.y1 + box.y2) / 2 : p.y,
        width: box ? box.w : n.width(),
        height: box ? box.h : n.height(),
        shape: String(n.style('shape')),
        fill: String(n.style('background-color')),
        stroke: String(n.style('border-color')),
        borderWidth: num(n, 'border-width', 1),
        group,
        undated: n.hasClass('undated'),
        opacity: n.effectiveOpacity(),
        label: String(n.data('label') ?? ''),
        fontSize: num(n, 'font-size', 11),
      };
    });
  const edges: SceneEdge[] = (cy.edges().toArray() as EdgeSingular[])
    .filter((e) => e.visible())
    .map((e) => {
      const s = e.sourceEndpoint() ?? e.source().position();
      const t = e.targetEndpoint() ?? e.target().position();
      return {
        id: e.id(),
        x1: s.x,
        y1: s.y,
        x2: t.x,
        y2: t.y,
        colour: String(e.style('line-color')),
        width: num(e, 'width', 1.5),
        line: lineStyle(e.style('line-style')),
        arrow: String(e.style('target-arrow-shape')) !== 'none',
        opacity: e.effectiveOpacity(),
        refs: [],
      };
    });
  return { nodes, edges };
}
