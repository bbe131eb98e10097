/**
 * Articulation points and bridges by Hopcroft–Tarjan, with an explicit stack instead of recursion:
 * Cytoscape's `hopcroftTarjanBiconnected` recurses once per vertex of a chain and overflowed the
 * stack on a 14,000-organisation graph, taking the request (and, under load, the server) down.
 * The depth-first numbering also gives, for free, who each cut would separate: a subtree of the
 * search is a contiguous run of the preorder.
 */
import type { CompactGraph } from './compact-graph.js';

export interface DepthFirstForest {
  /** Preorder number of each vertex; −1 for vertices with no tie. */
  disc: Int32Array;
  low: Int32Array;
  /** Parent in the search tree; −1 for roots. */
  parent: Int32Array;
  /** Vertices in preorder: the subtree of v is order[disc[v] .. disc[v] + size[v]). */
  order: Int32Array;
  size: Int32Array;
  /** The root of each vertex's component (its component is the root's subtree). */
  root: Int32Array;
  isArticulation: Uint8Array;
  /** Ties whose loss splits their component, as tree edges (parent[child], child): the child. */
  bridgeChildren: number[];
  /** The tie index of each bridge, in the same order. */
  bridgeTies: number[];
}

export function depthFirstForest(g: CompactGraph): DepthFirstForest {
  const { n, offsets, targets, tieAt } = g;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const parentTie = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const size = new Int32Array(n);
  const root = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const children = new Int32Array(n);
  const isArticulation = new Uint8Array(n);
  const stack = new Int32Array(n);
  const bridgeChildren: number[] = [];
  const bridgeTies: number[] = [];
  let time = 0;

  for (let r = 0; r < n; r++) {
    if (disc[r] !== -1 || offsets[r] === offsets[r + 1]) continue;
    let top = 0;
    stack[0] = r;
    disc[r] = low[r] = time;
    order[time++] = r;
    root[r] = r;
    next[r] = offsets[r]!;
    while (top >= 0) {
      const v = stack[top]!;
      if (next[v]! < offsets[v + 1]!) {
        const slot = next[v]!++;
        const w = targets[slot]!;
        if (tieAt[slot] === parentTie[v]) continue;
        if (disc[w] === -1) {
          parent[w] = v;
          parentTie[w] = tieAt[slot]!;
          root[w] = root[v]!;
          disc[w] = low[w] = time;
          order[time++] = w;
          next[w] = offsets[w]!;
          children[v]!++;
          stack[++top] = w;
        } else if (disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      // v is finished: its subtree is every vertex numbered since it.
      size[v] = time - disc[v]!;
      top--;
      const p = parent[v]!;
      if (p === -1) {
        if (children[v]! > 1) isArticulation[v] = 1;
        continue;
      }
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! >= disc[p]! && parent[p] !== -1) isArticulation[p] = 1;
      if (low[v]! > disc[p]!) {
        bridgeChildren.push(v);
        bridgeTies.push(parentTie[v]!);
      }
    }
  }
  return { disc, low, parent, order, size, root, isArticulation, bridgeChildren, bridgeTies };
}

/** A part of a component: a run of the preorder, or everything in the component outside some runs. */
export interface Part {
  size: number;
  /** Runs [start, end) of the preorder making up the part. */
  runs: [number, number][];
}

function componentRun(f: DepthFirstForest, v: number): [number, number] {
  const r = f.root[v]!;
  return [f.disc[r]!, f.disc[r]! + f.size[r]!];
}

/** Runs of `outer` minus the (disjoint, in any order) runs `holes`. */
function without(outer: [number, number], holes: [number, number][]): [number, number][] {
  const sorted = [...holes].sort((x, y) => x[0] - y[0]);
  const runs: [number, number][] = [];
  let at = outer[0];
  for (const [s, e] of sorted) {
    if (s > at) runs.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < outer[1]) runs.push([at, outer[1]]);
  return runs;
}

/**
 * The parts a component falls into without articulation point v: each child subtree it separates,
 * and the rest. Sorted largest first.
 */
export function partsWithout(g: CompactGraph, f: DepthFirstForest, v: number): Part[] {
  const parts: Part[] = [];
  const holes: [number, number][] = [[f.disc[v]!, f.disc[v]! + 1]];
  for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
    const c = g.targets[s]!;
    if (f.parent[c] !== v || f.low[c]! < f.disc[v]!) continue;
    const run: [number, number] = [f.disc[c]!, f.disc[c]! + f.size[c]!];
    if (holes.some((h) => h[0] === run[0])) continue;
    holes.push(run);
    parts.push({ size: f.size[c]!, runs: [run] });
  }
  const rest = without(componentRun(f, v), holes);
  const restSize = rest.reduce((sum, [s, e]) => sum + e - s, 0);
  if (restSize > 0) parts.push({ size: restSize, runs: rest });
  return parts.sort((x, y) => y.size - x.size);
}

/** How many vertices lose the largest part of their component without v (no lists built). */
export function cutOffCount(g: CompactGraph, f: DepthFirstForest, v: number): number {
  const r = f.root[v]!;
  const component = f.size[r]!;
  let separated = 0;
  let largest = 0;
  for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
    const c = g.targets[s]!;
    if (f.parent[c] !== v || f.low[c]! < f.disc[v]!) continue;
    separated += f.size[c]!;
    largest = Math.max(largest, f.size[c]!);
  }
  largest = Math.max(largest, component - 1 - separated);
  return component - 1 - largest;
}

/** The two sides of bridge `child` (tree edge parent[child]–child): the child's subtree, and the rest. */
export function sidesOfBridge(f: DepthFirstForest, child: number): { subtree: Part; rest: Part } {
  const run: [number, number] = [f.disc[child]!, f.disc[child]! + f.size[child]!];
  const rest = without(componentRun(f, child), [run]);
  return {
    subtree: { size: f.size[child]!, runs: [run] },
    rest: { size: rest.reduce((sum, [s, e]) => sum + e - s, 0), runs: rest },
  };
}

/** The vertices of some parts, at most `cap` of them. */
export function membersOf(f: DepthFirstForest, parts: Part[], cap: number): number[] {
  const out: number[] = [];
  for (const part of parts) {
    for (const [s, e] of part.runs) {
      for (let i = s; i < e; i++) {
        if (out.length >= cap) return out;
        out.push(f.order[i]!);
      }
    }
  }
  return out;
}
