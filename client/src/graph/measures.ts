/**
 * How important each drawn node is, by a measure the analyst picks — degree (ties drawn), weight
 * (the summed weight of its ties) or brokerage (betweenness, via graphology-metrics, on the graph
 * as drawn) — and what follows from it: the node's size, its rank, and the size of its label, so
 * that at low zoom only the most important labels are drawn. Pure, for Node tests.
 */
import type { ElementDefinition } from 'cytoscape';
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { interop } from './interop.js';
import { isBox } from './layouts.js';

const betweenness = interop<typeof betweennessModule.default>(betweennessModule);

export type SizeMeasure = 'degree' | 'weight' | 'brokerage';
export const SIZE_MEASURES: readonly SizeMeasure[] = ['degree', 'weight', 'brokerage'];
export const SIZE_WORDS: Record<SizeMeasure, string> = {
  degree: 'Size by ties',
  weight: 'Size by weight',
  brokerage: 'Size by brokerage',
};

/** Betweenness is exact (all pairs): past this many nodes degree stands in for it. */
export const BROKERAGE_MAX_NODES = 2500;

/** The drawn graph (boxes left out; parallel ties merged, their weights added). */
export function graphOfElements(elements: readonly ElementDefinition[]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const e of elements) if (e.group === 'nodes' && !isBox(e)) g.addNode(String(e.data.id));
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const s = String(e.data.source);
    const t = String(e.data.target);
    if (s === t || !g.hasNode(s) || !g.hasNode(t)) continue;
    const w = Number(e.data.weight ?? e.data.count ?? 1) || 1;
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (x: number | undefined) => (x ?? 0) + w);
    else g.addEdge(s, t, { weight: w });
  }
  return g;
}

/** Each node's value by the measure. */
export function measureValues(g: UndirectedGraph, measure: SizeMeasure): Map<string, number> {
  const out = new Map<string, number>();
  if (measure === 'brokerage' && g.order <= BROKERAGE_MAX_NODES && g.size > 0) {
    const b = betweenness(g, { normalized: false, getEdgeWeight: null });
    g.forEachNode((id) => out.set(id, b[id] ?? 0));
    return out;
  }
  g.forEachNode((id) => {
    if (measure === 'weight') {
      let sum = 0;
      g.forEachEdge(id, (_e, attr: { weight?: number }) => (sum += attr.weight ?? 1));
      out.set(id, sum);
    } else out.set(id, g.degree(id));
  });
  return out;
}

/** Label sizes by rank: the top few at 20 px, the next at 15, the rest at 11 (the stylesheet's base). */
export function labelSizeForRank(index: number, count: number): number {
  if (index < Math.max(3, Math.ceil(count * 0.03))) return 20;
  if (index < Math.max(8, Math.ceil(count * 0.12))) return 15;
  return 11;
}

/**
 * Nodes sized by the measure (a diameter from base to base + 30, by the square root of the value
 * relative to the largest), ranked (higher is more important; ties broken by id), and given a
 * label size by rank. Other elements are returned as they are.
 */
export function applyMeasure(elements: readonly ElementDefinition[], measure: SizeMeasure): ElementDefinition[] {
  const g = graphOfElements(elements);
  const values = measureValues(g, measure);
  const max = Math.max(0, ...values.values());
  const order = [...values.keys()].sort((a, b) => values.get(b)! - values.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(order.map((id, i) => [id, i]));
  return elements.map((e) => {
    if (e.group !== 'nodes' || isBox(e)) return e;
    const id = String(e.data.id);
    const v = values.get(id) ?? 0;
    const i = rank.get(id) ?? order.length;
    const base = e.data.nodeKind === 'ORGANIZATION' ? 24 : 20;
    return {
      ...e,
      data: {
        ...e.data,
        size: Math.round(base + (max > 0 ? 30 * Math.sqrt(v / max) : 0)),
        measure: Math.round(v * 100) / 100,
        rank: order.length - i,
        labelSize: labelSizeForRank(i, order.length),
      },
    };
  });
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where a node's label is drawn, in graph units: centred under the node, wrapped at 130 units
 * as the stylesheet wraps it, about 0.58 em a character.
 */
export function labelBox(x: number, y: number, nodeSize: number, label: string, fontSize: number): Box {
  const full = label.length * fontSize * 0.58;
  const lines = Math.max(1, Math.ceil(full / 130));
  const width = Math.min(full, 130);
  const top = y + nodeSize / 2 + 4;
  return { x1: x - width / 2, y1: top, x2: x + width / 2, y2: top + lines * fontSize * 1.2 };
}

export interface LabelCandidate {
  id: string;
  rank: number;
  box: Box;
}

const CELL = 140;

/** The labels to draw: most important first, none overlapping one already kept. */
export function placeLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const sorted = [...candidates].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new Map<string, Box[]>();
  const kept = new Set<string>();
  const cells = (b: Box) => {
    const out: string[] = [];
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++)
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) out.push(`${cx},${cy}`);
    return out;
  };
  const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  for (const c of sorted) {
    const keys = cells(c.box);
    if (keys.some((k) => grid.get(k)?.some((b) => overlaps(b, c.box)))) continue;
    kept.add(c.id);
    for (const k of keys) (grid.get(k) ?? grid.set(k, []).get(k)!).push(c.box);
  }
  return kept;
}
