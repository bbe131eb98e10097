/**
 * ForceAtlas2 (Barnes–Hut, via graphology) for graphs too large for fcose. Kept apart from the
 * other layouts so that only the web worker that runs it loads graphology.
 */
import { UndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import { seededPosition } from './layouts.js';

// graphology-layout-forceatlas2 is CommonJS (module.exports = the layout function) with types
// written as an ES module: take the function from wherever the interop put it.
type ForceAtlas2 = typeof fa2Module.default.default;
const fa2Default: unknown = fa2Module.default;
const forceAtlas2 = (typeof fa2Default === 'function' ? fa2Default : fa2Module.default.default) as ForceAtlas2;

export interface ForceAtlasInput {
  nodes: readonly string[];
  edges: readonly (readonly [string, string, number])[];
  /** Pinned nodes: start there and stay there. */
  fixed?: Readonly<Record<string, { x: number; y: number }>>;
  iterations?: number;
}

/**
 * ForceAtlas2 positions, in Cytoscape's coordinate scale. Deterministic: the start positions come
 * from the node ids and the iteration count is fixed.
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
  for (const id of nodes) {
    const pin = fixed[id];
    const p = pin ? { x: pin.x / scale, y: pin.y / scale } : seededPosition(id, spread);
    graph.addNode(id, { x: p.x, y: p.y, fixed: !!pin });
  }
  for (const [s, t, w] of edges) {
    if (s !== t && graph.hasNode(s) && graph.hasNode(t) && !graph.hasEdge(s, t)) graph.addEdge(s, t, { weight: w });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 250, adjustSizes: false };
  const positions = forceAtlas2(graph, {
    iterations: iterations ?? (nodes.length > 1000 ? 120 : 250),
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
