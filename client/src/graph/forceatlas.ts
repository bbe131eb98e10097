/**
 * ForceAtlas2 (Barnes–Hut, via graphology) for graphs too large for fcose. Kept apart from the
 * other layouts so that only the web worker that runs it loads graphology.
 *
 * Large graphs start from a cheap placement rather than from scattered points: Louvain
 * communities (seeded) are put on a spiral, each community's nodes on a small disc around its
 * place. The force iterations then only have to settle the picture, not untangle it, so far
 * fewer of them are run past a thousand nodes: the cost is bounded by the iteration count.
 */
import { UndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import louvainModule from 'graphology-communities-louvain';
import { interop } from './interop.js';
import { seededPosition, seededRandom } from './layouts.js';

// graphology-layout-forceatlas2 is CommonJS (module.exports = the layout function) with types
// written as an ES module: take the function from wherever the interop put it.
type ForceAtlas2 = typeof fa2Module.default.default;
const fa2Default: unknown = fa2Module.default;
const forceAtlas2 = (typeof fa2Default === 'function' ? fa2Default : fa2Module.default.default) as ForceAtlas2;
type Louvain = typeof louvainModule.default;
const louvain = interop<Louvain>(louvainModule);

export interface ForceAtlasInput {
  nodes: readonly string[];
  edges: readonly (readonly [string, string, number])[];
  /** Pinned nodes: start there and stay there. */
  fixed?: Readonly<Record<string, { x: number; y: number }>>;
  iterations?: number;
}

/** Above this many nodes the layout starts from communities and runs fewer iterations. */
export const QUICK_START_MIN = 400;

/** Iterations by size: enough to settle, bounded so a big graph lays out in a second or two. */
export function forceAtlasIterations(nodeCount: number): number {
  if (nodeCount <= QUICK_START_MIN) return 250;
  if (nodeCount <= 1000) return 120;
  if (nodeCount <= 2500) return 50;
  return 35;
}

/**
 * Start positions from Louvain communities: the largest community at the centre, the others on a
 * spiral outwards, each node on a disc whose area follows its community's size.
 */
export function communityPlacement(graph: UndirectedGraph, spread: number): Map<string, { x: number; y: number }> {
  const community = louvain(graph, { rng: seededRandom(0x5eed), getEdgeWeight: 'weight' });
  const members = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const c = community[id] ?? -1;
    (members.get(c) ?? members.set(c, []).get(c)!).push(id);
  });
  const groups = [...members.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const out = new Map<string, { x: number; y: number }>();
  const unit = spread / Math.sqrt(graph.order + 1);
  let angle = 0;
  let radius = 0;
  for (const group of groups) {
    const disc = unit * Math.sqrt(group.length) * 1.2;
    if (radius > 0) {
      radius += disc * 0.6;
      angle += (disc * 2) / radius;
    }
    const cx = Math.cos(angle) * radius;
    const cy = Math.sin(angle) * radius;
    for (const id of group) {
      const p = seededPosition(id, disc);
      out.set(id, { x: cx + p.x, y: cy + p.y });
    }
    radius += disc * 0.6;
  }
  return out;
}

/**
 * ForceAtlas2 positions, in Cytoscape's coordinate scale. Deterministic: the start positions come
 * from the node ids (and seeded communities) and the iteration count is fixed.
 */
export function forceAtlasPositions({
  nodes,
  edges,
  fixed = {},
  iterations,
}: ForceAtlasInput): Record<string, { x: number; y: number }> {
  const graph = new UndirectedGraph();
  const spread = 10 * Math.sqrt(nodes.length + 1);
  const scale = 12;
  for (const id of nodes) graph.addNode(id, { x: 0, y: 0, fixed: !!fixed[id] });
  for (const [s, t, w] of edges) {
    if (s !== t && graph.hasNode(s) && graph.hasNode(t) && !graph.hasEdge(s, t)) graph.addEdge(s, t, { weight: w });
  }
  const start = nodes.length > QUICK_START_MIN && graph.size > 0 ? communityPlacement(graph, spread) : null;
  for (const id of nodes) {
    const pin = fixed[id];
    const p = pin ? { x: pin.x / scale, y: pin.y / scale } : (start?.get(id) ?? seededPosition(id, spread));
    graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: nodes.length > 250,
    // A coarser Barnes–Hut approximation past a few thousand nodes: the picture barely changes.
    barnesHutTheta: nodes.length > 2500 ? 1 : 0.5,
    adjustSizes: false,
  };
  const positions = forceAtlas2(graph, {
    iterations: iterations ?? forceAtlasIterations(nodes.length),
    settings,
    getEdgeWeight: 'weight',
  });
  const out: Record<string, { x: number; y: number }> = {};
  for (const id of nodes) {
    const pin = fixed[id];
    const p = positions[id]!;
    out[id] = pin ? { ...pin } : { x: p.x * scale, y: p.y * scale };
  }
  return out;
}
