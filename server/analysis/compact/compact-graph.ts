/**
 * An undirected simple graph held in typed arrays (compressed sparse rows): vertices are integers
 * 0..n−1, each tie is stored once (tieA < tieB) and appears in both ends' adjacency. At 50,000
 * organisations and millions of ties this takes about 20 bytes a tie, where an object per tie
 * took over 700.
 */
export interface CompactGraph {
  n: number;
  /** The ties: ends and their index in the adjacency. */
  tieA: Int32Array;
  tieB: Int32Array;
  /** Adjacency of vertex v: targets[offsets[v] .. offsets[v + 1]). */
  offsets: Int32Array;
  targets: Int32Array;
  /** The tie each adjacency slot belongs to. */
  tieAt: Int32Array;
}

export function compactGraph(n: number, tieA: Int32Array, tieB: Int32Array): CompactGraph {
  const m = tieA.length;
  const offsets = new Int32Array(n + 1);
  for (let t = 0; t < m; t++) {
    offsets[tieA[t]! + 1]!++;
    offsets[tieB[t]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const tieAt = new Int32Array(2 * m);
  for (let t = 0; t < m; t++) {
    const a = tieA[t]!;
    const b = tieB[t]!;
    targets[fill[a]!] = b;
    tieAt[fill[a]!++] = t;
    targets[fill[b]!] = a;
    tieAt[fill[b]!++] = t;
  }
  return { n, tieA, tieB, offsets, targets, tieAt };
}

export function degreeOf(g: CompactGraph, v: number): number {
  return g.offsets[v + 1]! - g.offsets[v]!;
}

/** A small deterministic generator (LCG), so a sampled analysis gives the same answer each run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
