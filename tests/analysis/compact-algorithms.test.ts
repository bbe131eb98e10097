/**
 * The bounded graph algorithms behind fragility and missing links, checked against plain
 * definitions on small graphs (graphology's exact betweenness, cut sets by removing each vertex)
 * and run on shapes that broke the recursive versions (a chain of 200,000 organisations).
 */
import { UndirectedGraph } from 'graphology';
import { centrality } from 'graphology-metrics';
import { describe, expect, it } from 'vitest';
import { adamicAdar } from '../../server/analysis/compact/adamic-adar.js';
import { betweenness } from '../../server/analysis/compact/betweenness.js';
import { depthFirstForest } from '../../server/analysis/compact/biconnected.js';
import { compactGraph, seededRandom, type CompactGraph } from '../../server/analysis/compact/compact-graph.js';
import { fragilityOf } from '../../server/analysis/compact/fragility-core.js';

function randomGraph(n: number, m: number, seed: number): CompactGraph {
  const random = seededRandom(seed);
  const seen = new Set<number>();
  const a: number[] = [];
  const b: number[] = [];
  while (a.length < m) {
    const x = Math.floor(random() * n);
    const y = Math.floor(random() * n);
    if (x === y || seen.has(Math.min(x, y) * n + Math.max(x, y))) continue;
    seen.add(Math.min(x, y) * n + Math.max(x, y));
    a.push(Math.min(x, y));
    b.push(Math.max(x, y));
  }
  return compactGraph(n, Int32Array.from(a), Int32Array.from(b));
}

function componentsWithout(g: CompactGraph, skipVertex: number, skipTie: number): number {
  const seen = new Uint8Array(g.n);
  let parts = 0;
  for (let s = 0; s < g.n; s++) {
    if (seen[s] || s === skipVertex || g.offsets[s] === g.offsets[s + 1]) continue;
    parts++;
    const stack = [s];
    seen[s] = 1;
    while (stack.length) {
      const v = stack.pop()!;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
        const w = g.targets[e]!;
        if (g.tieAt[e] === skipTie || w === skipVertex || seen[w]) continue;
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return parts;
}

describe('compact graph algorithms', () => {
  it('finds exactly the articulation points and bridges that removal shows', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const g = randomGraph(60, 70, seed);
      const f = depthFirstForest(g);
      const base = componentsWithout(g, -1, -1);
      for (let v = 0; v < g.n; v++) {
        const isolatedBy = g.offsets[v + 1]! - g.offsets[v]! === 0;
        const splits = !isolatedBy && componentsWithout(g, v, -1) > base;
        expect(f.isArticulation[v] === 1, `vertex ${v}, seed ${seed}`).toBe(splits);
      }
      const bridges = new Set(f.bridgeTies);
      for (let t = 0; t < g.tieA.length; t++) {
        expect(bridges.has(t), `tie ${t}, seed ${seed}`).toBe(componentsWithout(g, -1, t) > base);
      }
    }
  });

  it('searches a chain of 200,000 without running out of stack', () => {
    const n = 200_000;
    const a = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const b = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const g = compactGraph(n, a, b);
    const result = fragilityOf(g, { limit: 5, listCap: 10, betweennessSamples: 4 }, () => true);
    expect(depthFirstForest(g).bridgeTies).toHaveLength(n - 1);
    expect(result.articulationPoints).toHaveLength(5);
    expect(result.articulationPoints[0]!.cutOffCount).toBe(Math.floor((n - 1) / 2));
    expect(result.truncated).toBe(true);
  });

  it('computes exact betweenness when every source is used, and states the error of a sample', () => {
    const g = randomGraph(80, 160, 9);
    const graph = new UndirectedGraph();
    for (let t = 0; t < g.tieA.length; t++) graph.mergeEdge(String(g.tieA[t]), String(g.tieB[t]));
    const expected = centrality.betweenness(graph, { normalized: true });
    const exact = betweenness(g, { maxSamples: 1000 });
    expect(exact.samples).toBe(graph.order);
    for (const id of graph.nodes()) {
      expect(exact.value[Number(id)]).toBeCloseTo(expected[id]!, 9);
      expect(exact.error[Number(id)]).toBe(0);
    }
    const sampled = betweenness(g, { maxSamples: 40 });
    expect(sampled.samples).toBe(40);
    let covered = 0;
    for (const id of graph.nodes()) {
      const v = Number(id);
      if (Math.abs(sampled.value[v]! - expected[id]!) <= sampled.error[v]! + 1e-12) covered++;
    }
    // A 95% interval: most vertices' true value lies within the stated error.
    expect(covered / graph.order).toBeGreaterThan(0.8);
  });

  it('suggests the same links as scoring every pair of partners, when the walk is not cut', () => {
    const g = randomGraph(50, 120, 4);
    const { links, truncated } = adamicAdar(g, { limit: 15, stepsPerVertex: 1e9, perVertex: 1e9, allowed: () => true });
    expect(truncated).toBe(false);
    // Brute force: every non-adjacent pair with a shared partner.
    const adj = Array.from({ length: g.n }, (_, v) => new Set(g.targets.subarray(g.offsets[v], g.offsets[v + 1])));
    const all: { a: number; b: number; score: number }[] = [];
    for (let x = 0; x < g.n; x++) {
      for (let y = x + 1; y < g.n; y++) {
        if (adj[x]!.has(y)) continue;
        let score = 0;
        for (const z of adj[x]!) if (adj[y]!.has(z)) score += 1 / Math.log(adj[z]!.size);
        if (score > 0) all.push({ a: x, b: y, score });
      }
    }
    all.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
    expect(links.map((l) => [l.a, l.b])).toEqual(all.slice(0, 15).map((l) => [l.a, l.b]));
    links.forEach((l, i) => expect(l.score).toBeCloseTo(all[i]!.score, 9));
  });

  it('bounds the walk around a hub and says so', () => {
    // A star of 3,000 around vertex 0: every pair of leaves is a candidate.
    const n = 3001;
    const g = compactGraph(
      n,
      new Int32Array(n - 1),
      Int32Array.from({ length: n - 1 }, (_, i) => i + 1),
    );
    const { links, truncated } = adamicAdar(g, { limit: 10, stepsPerVertex: 500, perVertex: 5, allowed: () => true });
    expect(truncated).toBe(true);
    expect(links).toHaveLength(10);
    expect(links[0]!.shared).toEqual([0]);
  });
});
