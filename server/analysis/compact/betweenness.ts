/**
 * Betweenness centrality by Brandes' algorithm on the compact graph, exact on small graphs and
 * estimated from a sample of source vertices on large ones (Brandes & Pich 2007): every source
 * adds its dependencies, and the mean over sampled sources, scaled, estimates the total. The
 * error is stated per vertex: 1.96 standard errors of that mean (with the finite-population
 * correction, so it is 0 when every source was used). graphology-metrics computes the exact
 * value only, from every source: O(n·m), minutes at 50,000 organisations.
 */
import { seededRandom, type CompactGraph } from './compact-graph.js';

export interface BetweennessEstimate {
  /** Normalised betweenness (0–1) of each vertex, as for an undirected graph: ÷ (N−1)(N−2)/2. */
  value: Float64Array;
  /** Half-width of a 95% confidence interval around each value (0 when exact). */
  error: Float64Array;
  /** Sources used, and how many vertices with a tie there are (N). */
  samples: number;
  population: number;
}

export interface BetweennessOptions {
  /** At most this many sources (all of them when the graph has fewer). */
  maxSamples: number;
  /** Stop sampling at this time (performance.now()), keeping what was computed. */
  deadline?: number;
  seed?: number;
}

export function betweenness(g: CompactGraph, options: BetweennessOptions): BetweennessEstimate {
  const { n, offsets, targets } = g;
  const vertices: number[] = [];
  for (let v = 0; v < n; v++) if (offsets[v + 1]! > offsets[v]!) vertices.push(v);
  const N = vertices.length;
  const value = new Float64Array(n);
  const error = new Float64Array(n);
  if (N <= 2) return { value, error, samples: N, population: N };

  // Sources without replacement, in a seeded order (partial Fisher–Yates).
  const random = seededRandom(options.seed ?? 1);
  const k = Math.min(N, options.maxSamples);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (N - i));
    [vertices[i], vertices[j]] = [vertices[j]!, vertices[i]!];
  }

  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  // Each source's dependency on v, scaled so that its mean over sources is the normalised value.
  const scale = N / ((N - 1) * (N - 2));
  let used = 0;
  for (; used < k; used++) {
    if (options.deadline !== undefined && used > 0 && performance.now() > options.deadline) break;
    const s = vertices[used]!;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Back-propagate dependencies, farthest first; predecessors are the neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = targets[e]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * coefficient;
      }
      const x = delta[w]! * scale;
      sum[w]! += x;
      sumSq[w]! += x * x;
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const correction = used >= N ? 0 : Math.sqrt((N - used) / (N - 1));
  for (const v of vertices) {
    const mean = sum[v]! / used;
    value[v] = mean;
    if (correction > 0 && used > 1) {
      const variance = Math.max(0, (sumSq[v]! - used * mean * mean) / (used - 1));
      error[v] = 1.96 * Math.sqrt(variance / used) * correction;
    }
  }
  return { value, error, samples: used, population: N };
}
