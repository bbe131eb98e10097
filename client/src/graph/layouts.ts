/**
 * Layouts: force-directed (fcose) by default, concentric around the focus, breadth-first and
 * grid. Every layout is deterministic for the same data and settings: elements come sorted, and
 * the random numbers fcose draws come from a generator seeded with the layout's inputs. Above
 * FCOSE_MAX nodes the force layout is ForceAtlas2 (Barnes–Hut, via graphology), as fcose is
 * superlinear (about 3 s for 1,000 nodes, 13 s for 2,000 on a 2-core machine).
 */
import cytoscape, {
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './url-state.js';

cytoscape.use(fcose);

/** Space kept around the graph when it is fitted to the window. */
export const LAYOUT_PADDING = 56;

export const FCOSE_MAX = 300;

export type ResolvedLayout = 'fcose' | 'forceatlas2' | 'concentric' | 'breadthfirst' | 'grid';

/** What the status bar says drew the graph. */
export const ALGORITHM_WORDS: Record<ResolvedLayout, string> = {
  fcose: 'force-directed (fcose)',
  forceatlas2: 'ForceAtlas2 (Barnes–Hut)',
  concentric: 'concentric',
  breadthfirst: 'breadth-first',
  grid: 'grid',
};

export const LAYOUT_WORDS: Record<LayoutName, string> = {
  force: 'Force-directed',
  forceatlas2: 'ForceAtlas2 (large graphs)',
  concentric: 'Concentric around focus',
  breadthfirst: 'Breadth-first from focus',
  grid: 'Grid by kind',
};

/** Which algorithm draws a layout choice at this size. */
export function resolveLayout(name: LayoutName, nodeCount: number, hasCompounds: boolean): ResolvedLayout {
  if (name === 'force') return nodeCount > FCOSE_MAX && !hasCompounds ? 'forceatlas2' : 'fcose';
  // ForceAtlas2 knows nothing of country boxes; fcose lays compounds out properly.
  if (name === 'forceatlas2' && hasCompounds) return 'fcose';
  return name;
}

/** A 32-bit FNV-1a hash: the seed a layout derives from its inputs. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `fn` with Math.random drawing from a seeded generator, then restores it. fcose's spectral
 * start samples with Math.random and takes no seed; this makes its result reproducible.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** A stable starting place for a node, from its id alone. */
export function seededPosition(id: string, radius: number): { x: number; y: number } {
  const r = seededRandom(hashString(id));
  const angle = r() * 2 * Math.PI;
  const dist = Math.sqrt(r()) * radius;
  return { x: Math.cos(angle) * dist, y: Math.sin(angle) * dist };
}

/** Hops from `focus` over undirected edges; nodes it cannot reach are absent. */
export function hopDistances(focus: string, edges: readonly (readonly [string, string])[]): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const [s, t] of edges) {
    (adj.get(s) ?? adj.set(s, []).get(s)!).push(t);
    (adj.get(t) ?? adj.set(t, []).get(t)!).push(s);
  }
  const dist = new Map<string, number>([[focus, 0]]);
  const queue = [focus];
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of adj.get(id) ?? []) {
      if (!dist.has(next)) {
        dist.set(next, dist.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  return dist;
}

export interface LayoutInput {
  layout: ResolvedLayout;
  nodeCount: number;
  focus: string | null;
  /** Pinned nodes stay where the analyst left them. */
  fixed: { nodeId: string; position: { x: number; y: number } }[];
  /** For concentric: hops from the focus. */
  distances?: ReadonlyMap<string, number>;
  /** For the preset layout that applies ForceAtlas2's result. */
  positions?: Record<string, { x: number; y: number }>;
  animate: boolean;
}

type NodeLike = { id(): string; data(key: string): unknown; degree(includeLoops: boolean): number };
type EdgeLike = { data(key: string): unknown };

/** Coordination ties pull harder the stronger they are (their width, 1 to 10, says how strong). */
export function idealEdgeLength(edge: EdgeLike): number {
  const width = Number(edge.data('width'));
  return Number.isFinite(width) && width > 0 ? 150 - 9 * width : 95;
}

/** Cytoscape options for a layout. */
export function layoutOptions(input: LayoutInput): LayoutOptions {
  const common = { fit: true, padding: LAYOUT_PADDING, animate: input.animate, animationDuration: 350 };
  // A box from the graph's size, not the window's: the same graph gets the same picture on any screen.
  const side = Math.round(Math.max(600, Math.sqrt(input.nodeCount) * 110));
  const boundingBox = { x1: 0, y1: 0, w: Math.round(side * 1.5), h: side };
  switch (input.layout) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: input.nodeCount > 150 ? 'default' : 'proof',
        randomize: true,
        // Node boxes already include an estimate of their labels (see nodeBox).
        nodeDimensionsIncludeLabels: false,
        nodeRepulsion: () => 12000,
        idealEdgeLength,
        edgeElasticity: () => 0.45,
        nestingFactor: 0.1,
        gravity: 0.3,
        numIter: 2500,
        tile: true,
        nodeSeparation: 90,
        fixedNodeConstraint: input.fixed.length ? input.fixed : undefined,
      } as LayoutOptions;
    case 'concentric': {
      const d = input.distances ?? new Map<string, number>();
      const far = Math.max(0, ...d.values()) + 1;
      return {
        name: 'concentric',
        ...common,
        boundingBox,
        concentric: (node: NodeLike) => far - (d.get(node.id()) ?? far),
        levelWidth: () => 1,
        minNodeSpacing: 28,
        avoidOverlap: true,
        startAngle: (3 / 2) * Math.PI,
      } as LayoutOptions;
    }
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        boundingBox,
        directed: false,
        roots: input.focus ? [input.focus] : undefined,
        spacingFactor: 1.1,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        ...common,
        boundingBox,
        avoidOverlap: true,
        avoidOverlapPadding: 14,
        // Kinds together, then alphabetical: a grid is for reading.
        sort: (a: NodeLike, b: NodeLike) =>
          String(a.data('nodeKind')).localeCompare(String(b.data('nodeKind'))) ||
          String(a.data('orgKind') ?? '').localeCompare(String(b.data('orgKind') ?? '')) ||
          String(a.data('label')).localeCompare(String(b.data('label'))),
      } as LayoutOptions;
    case 'forceatlas2':
      return {
        name: 'preset',
        ...common,
        positions: (node: NodeLike) => input.positions?.[node.id()] ?? { x: 0, y: 0 },
      } as LayoutOptions;
  }
}

export interface LayoutRequest {
  layout: Exclude<ResolvedLayout, 'forceatlas2'>;
  focus: string | null;
  fixed: { nodeId: string; position: { x: number; y: number } }[];
  /** Seeds the random numbers the layout draws. */
  seed: number;
}

/**
 * The room a node takes with its label under it, estimated (layouts are computed without a
 * renderer to measure text): 11 px text wrapped at 130 px, as the stylesheet draws it.
 */
export function nodeBox(label: string, size: number): { width: number; height: number } {
  const textWidth = label.length * 6.2;
  const lines = Math.max(1, Math.ceil(textWidth / 130));
  return { width: Math.round(Math.max(size, Math.min(130, textWidth))), height: Math.round(size + 6 + lines * 13) };
}

const LAYOUT_STYLE: StylesheetJson = [
  { selector: 'node[boxWidth]', style: { shape: 'rectangle', width: 'data(boxWidth)', height: 'data(boxHeight)' } },
  { selector: 'node.group, node.cluster-box', style: { padding: '18px' } },
];

/** Compound boxes drawn around their members (countries, open clusters): never laid out themselves. */
export function isBox(e: ElementDefinition): boolean {
  return e.classes === 'group' || e.classes === 'cluster-box';
}

function compareIds(a: ElementDefinition, b: ElementDefinition): number {
  const x = String(a.data.id);
  const y = String(b.data.id);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Positions for the elements, computed in a headless Cytoscape built from them in id order: the
 * result depends on the elements and the request only, never on the order the canvas received
 * them in or on the window's size.
 */
export function computeLayout(
  elements: readonly ElementDefinition[],
  request: LayoutRequest,
): Record<string, { x: number; y: number }> {
  const groups = elements.filter((e) => e.group === 'nodes' && isBox(e)).sort(compareIds);
  const nodes = elements.filter((e) => e.group === 'nodes' && !isBox(e)).sort(compareIds);
  const edges = elements.filter((e) => e.group === 'edges').sort(compareIds);
  const copy = (e: ElementDefinition): ElementDefinition => {
    if (e.group !== 'nodes' || isBox(e)) return { group: e.group, data: { ...e.data }, classes: e.classes };
    const box = nodeBox(String(e.data.label ?? ''), Number(e.data.size ?? 30));
    return { group: e.group, data: { ...e.data, boxWidth: box.width, boxHeight: box.height }, classes: e.classes };
  };
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: LAYOUT_STYLE,
    elements: [...groups, ...nodes, ...edges].map(copy),
  });
  try {
    const drawn = cy.nodes().not('.group, .cluster-box').toArray() as NodeSingular[];
    const fixedIds = new Set(request.fixed.map((f) => f.nodeId));
    for (const f of request.fixed) cy.getElementById(f.nodeId).position(f.position);
    const pairs = edges.map((e) => [String(e.data.source), String(e.data.target)] as const);
    const hub = drawn.reduce<NodeSingular | undefined>(
      (best, n) => (!best || n.degree(false) > best.degree(false) ? n : best),
      undefined,
    );
    const focus = request.focus && cy.getElementById(request.focus).nonempty() ? request.focus : (hub?.id() ?? null);
    const options = layoutOptions({
      layout: request.layout,
      nodeCount: drawn.length,
      focus,
      fixed: request.fixed,
      animate: false,
      distances: request.layout === 'concentric' && focus ? hopDistances(focus, pairs) : undefined,
    });
    const layout = cy.layout({ ...options, fit: false } as LayoutOptions);
    // fcose draws random numbers and takes no seed: seeding Math.random makes it reproducible.
    withSeededRandom(request.seed, () => layout.run());
    const out: Record<string, { x: number; y: number }> = {};
    for (const n of drawn) {
      const f = fixedIds.has(n.id()) ? request.fixed.find((x) => x.nodeId === n.id())!.position : n.position();
      out[n.id()] = { x: f.x, y: f.y };
    }
    return out;
  } finally {
    cy.destroy();
  }
}
