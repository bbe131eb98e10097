/**
 * Adamic–Adar link prediction over candidate pairs two steps apart, bounded per vertex: scoring
 * every pair of every vertex's partners costs the sum of squared degrees (a hub in 5,000 ties
 * alone makes 12.5 million pairs) and ran the server out of memory. Here each vertex walks at most
 * `stepsPerVertex` two-step paths — through its least-connected partners first, since they say the
 * most — keeps its best `perVertex` candidates, and the chosen pairs are then scored exactly over
 * all their shared partners.
 */
import { degreeOf, type CompactGraph } from './compact-graph.js';

export interface LinkSuggestion {
  a: number;
  b: number;
  score: number;
  /** Shared partners, fewest ties first. */
  shared: number[];
}

export interface LinkOptions {
  limit: number;
  stepsPerVertex: number;
  perVertex: number;
  /** Whether a pair may be suggested (its kind of pair); a < b. */
  allowed: (a: number, b: number) => boolean;
}

/** Partners with at most this many ties are walked first. */
const FEW_TIES = 64;

export function adamicAdar(g: CompactGraph, options: LinkOptions): { links: LinkSuggestion[]; truncated: boolean } {
  const { n, offsets, targets } = g;
  const weight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const d = degreeOf(g, v);
    weight[v] = d > 1 ? 1 / Math.log(d) : 0;
  }
  const score = new Float64Array(n);
  const neighbourOf = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  // Each vertex's best few, in typed arrays (50,000 vertices keep up to 500,000), in order of a, then best first.
  const cand = new CandidateBuffer();
  let truncated = false;

  for (let x = 0; x < n; x++) {
    if (offsets[x] === offsets[x + 1]) continue;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) neighbourOf[targets[e]!] = x;
    let steps = 0;
    // Two passes: partners with few ties (telling, cheap), then the hubs, while the budget lasts.
    for (let pass = 0; pass < 2 && steps < options.stepsPerVertex; pass++) {
      for (let e = offsets[x]!; e < offsets[x + 1]! && steps < options.stepsPerVertex; e++) {
        const z = targets[e]!;
        const dz = degreeOf(g, z);
        if ((pass === 0) !== dz <= FEW_TIES) continue;
        for (let f = offsets[z]!; f < offsets[z + 1]!; f++) {
          if (++steps > options.stepsPerVertex) {
            truncated = true;
            break;
          }
          const y = targets[f]!;
          if (y <= x || neighbourOf[y] === x || !options.allowed(x, y)) continue;
          if (score[y] === 0) touched.push(y);
          score[y]! += weight[z]!;
        }
      }
    }
    // Keep this vertex's best few (a short insertion list: sorting every touched vertex cost seconds).
    const best: number[] = [];
    const better = (p: number, q: number) => score[p]! > score[q]! || (score[p] === score[q] && p < q);
    for (const y of touched) {
      if (best.length === options.perVertex && !better(y, best[best.length - 1]!)) continue;
      let i = Math.min(best.length, options.perVertex - 1);
      best[i] = y;
      while (i > 0 && better(best[i]!, best[i - 1]!)) {
        [best[i], best[i - 1]] = [best[i - 1]!, best[i]!];
        i--;
      }
    }
    for (const y of best) cand.push(x, y, score[y]!);
    if (touched.length > options.perVertex) truncated = true;
    for (const y of touched) score[y] = 0;
    touched.length = 0;
  }

  // Score the leading candidates exactly (a capped walk may have missed some shared partners).
  const mark = new Int32Array(n).fill(-1);
  const exact = cand.leading(options.limit * 4).map(({ a, b }) => {
    for (let e = offsets[a]!; e < offsets[a + 1]!; e++) mark[targets[e]!] = a;
    const shared: number[] = [];
    let s = 0;
    for (let e = offsets[b]!; e < offsets[b + 1]!; e++) {
      const z = targets[e]!;
      if (mark[z] === a) {
        shared.push(z);
        s += weight[z]!;
      }
    }
    shared.sort((p, q) => degreeOf(g, p) - degreeOf(g, q) || p - q);
    return { a, b, score: s, shared };
  });
  exact.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  return { links: exact.slice(0, options.limit), truncated };
}

/** Growable typed arrays of candidate pairs. */
class CandidateBuffer {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private score = new Float64Array(1024);
  private size = 0;

  push(a: number, b: number, score: number): void {
    if (this.size === this.a.length) {
      const [a2, b2, s2] = [
        new Int32Array(this.size * 2),
        new Int32Array(this.size * 2),
        new Float64Array(this.size * 2),
      ];
      a2.set(this.a);
      b2.set(this.b);
      s2.set(this.score);
      [this.a, this.b, this.score] = [a2, b2, s2];
    }
    this.a[this.size] = a;
    this.b[this.size] = b;
    this.score[this.size++] = score;
  }

  /**
   * The first `count` by score, highest first, then by a and b: the head of a sort of them all,
   * found by selecting the threshold score first and sorting only those at or above it.
   */
  leading(count: number): { a: number; b: number; score: number }[] {
    const { size } = this;
    const scores = this.score.subarray(0, size);
    const threshold = size > count ? Float64Array.from(scores).sort()[size - count]! : -Infinity;
    const kept: { a: number; b: number; score: number }[] = [];
    const at: number[] = [];
    for (let c = 0; c < size; c++) {
      if (scores[c]! > threshold) kept.push({ a: this.a[c]!, b: this.b[c]!, score: scores[c]! });
      else if (scores[c] === threshold) at.push(c);
    }
    for (const c of at) kept.push({ a: this.a[c]!, b: this.b[c]!, score: scores[c]! });
    kept.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
    return kept.slice(0, count);
  }
}
