/**
 * The coordination projection in typed arrays: one tie per pair of organisations sharing an
 * instrument, weighted 1/(n−1) per shared instrument of n organisations (Newman). Built with a
 * sparse accumulator, organisation by organisation, so no map of pairs is ever held: 20 bytes a
 * tie, where the object projection took 735.
 */
import { compactGraph, type CompactGraph } from './compact-graph.js';
import { instrumentsByOrg, type Membership } from './membership.js';

export interface Projection {
  graph: CompactGraph;
  weight: Float64Array;
  sharedCount: Int32Array;
}

export function project(m: Membership): Projection {
  const n = m.orgIds.length;
  const rows = new RowBuilder(m);
  const out = new TieBuffer();
  for (let a = 0; a < n; a++) rows.row(a, out);
  return out.projection(n);
}

/**
 * The projection of `next` from `before`, the projection of `previous`, when both number the same
 * organisations: only the rows (ties by their first end) of organisations on an instrument whose
 * members changed are recomputed, the others copied, so a write that touches a few instruments
 * costs a few rows and one pass over the arrays instead of the whole projection. The answer is
 * the one project(next) gives, tie for tie, in the same order and to the bit (each recomputed row
 * sums in project's order). Undefined when the organisations differ or so much changed that
 * project(next) is as cheap: the caller builds afresh then.
 */
export function reproject(previous: Membership, before: Projection, next: Membership): Projection | undefined {
  const n = next.orgIds.length;
  if (previous.orgIds.length !== n || previous.orgIds.some((id, v) => id !== next.orgIds[v])) return undefined;
  const dirty = new Uint8Array(n);
  let dirtyCount = 0;
  const mark = (m: Membership, i: number) => {
    for (let j = m.instOffsets[i]!; j < m.instOffsets[i + 1]!; j++) {
      const v = m.instOrgs[j]!;
      if (!dirty[v]) {
        dirty[v] = 1;
        dirtyCount++;
      }
    }
  };
  const instruments = Math.max(previous.instOffsets.length, next.instOffsets.length) - 1;
  for (let i = 0; i < instruments; i++) {
    if (sameMembers(previous, next, i)) continue;
    if (i + 1 < previous.instOffsets.length) mark(previous, i);
    if (i + 1 < next.instOffsets.length) mark(next, i);
    if (dirtyCount > n / 4) return undefined;
  }
  const rows = new RowBuilder(next);
  const out = new TieBuffer();
  const { tieA } = before.graph;
  let t = 0;
  for (let a = 0; a < n; a++) {
    const start = t;
    while (t < tieA.length && tieA[t] === a) t++;
    if (dirty[a]) rows.row(a, out);
    else out.copy(before, start, t);
  }
  return out.projection(n);
}

function sameMembers(x: Membership, y: Membership, i: number): boolean {
  if (i + 1 >= x.instOffsets.length || i + 1 >= y.instOffsets.length) return false;
  const [xs, xe, ys, ye] = [x.instOffsets[i]!, x.instOffsets[i + 1]!, y.instOffsets[i]!, y.instOffsets[i + 1]!];
  if (xe - xs !== ye - ys) return false;
  for (let k = 0; k < xe - xs; k++) if (x.instOrgs[xs + k] !== y.instOrgs[ys + k]) return false;
  return true;
}

/** One row of the projection at a time, with a sparse accumulator (project's inner loop). */
class RowBuilder {
  private readonly byOrg: { offsets: Int32Array; instOf: Int32Array };
  private readonly acc: Float64Array;
  private readonly count: Int32Array;
  private readonly touched: Int32Array;

  constructor(private readonly m: Membership) {
    const n = m.orgIds.length;
    this.byOrg = instrumentsByOrg(m);
    this.acc = new Float64Array(n);
    this.count = new Int32Array(n);
    this.touched = new Int32Array(n);
  }

  /** Appends the ties (a, b > a), in the order their second ends are first met. */
  row(a: number, out: TieBuffer): void {
    const { m, acc, count, touched } = this;
    const { offsets, instOf } = this.byOrg;
    let t = 0;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      const i = instOf[k]!;
      const from = m.instOffsets[i]!;
      const to = m.instOffsets[i + 1]!;
      if (to - from < 2) continue;
      const share = 1 / (to - from - 1);
      for (let j = from; j < to; j++) {
        const b = m.instOrgs[j]!;
        if (b <= a) continue;
        if (count[b] === 0) touched[t++] = b;
        acc[b]! += share;
        count[b]!++;
      }
    }
    out.reserve(t);
    for (let x = 0; x < t; x++) {
      const b = touched[x]!;
      out.push(a, b, acc[b]!, count[b]!);
      acc[b] = 0;
      count[b] = 0;
    }
  }
}

/** Growable typed arrays of ties. */
class TieBuffer {
  private tieA: Int32Array = new Int32Array(1024);
  private tieB: Int32Array = new Int32Array(1024);
  private weight = new Float64Array(1024);
  private shared: Int32Array = new Int32Array(1024);
  private size = 0;

  reserve(more: number): void {
    if (this.size + more <= this.tieA.length) return;
    const size = Math.max(this.tieA.length * 2, this.size + more);
    this.tieA = grow(this.tieA, size);
    this.tieB = grow(this.tieB, size);
    this.shared = grow(this.shared, size);
    const w = new Float64Array(size);
    w.set(this.weight);
    this.weight = w;
  }

  push(a: number, b: number, weight: number, shared: number): void {
    this.tieA[this.size] = a;
    this.tieB[this.size] = b;
    this.weight[this.size] = weight;
    this.shared[this.size++] = shared;
  }

  /** Appends ties [from, to) of a projection as they are. */
  copy(p: Projection, from: number, to: number): void {
    this.reserve(to - from);
    this.tieA.set(p.graph.tieA.subarray(from, to), this.size);
    this.tieB.set(p.graph.tieB.subarray(from, to), this.size);
    this.weight.set(p.weight.subarray(from, to), this.size);
    this.shared.set(p.sharedCount.subarray(from, to), this.size);
    this.size += to - from;
  }

  projection(n: number): Projection {
    const m = this.size;
    return {
      graph: compactGraph(n, this.tieA.slice(0, m), this.tieB.slice(0, m)),
      weight: this.weight.slice(0, m),
      sharedCount: this.shared.slice(0, m),
    };
  }
}

function grow(array: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

/**
 * The `limit` heaviest ties (ties at the threshold weight in pair order), heaviest first, of those
 * `keep` lets through (all by default); `total` counts every tie it lets through.
 */
export function heaviestTies(
  p: Projection,
  limit: number,
  keep?: (t: number) => boolean,
): { ties: number[]; total: number } {
  // Typed arrays throughout: the whole network's projection has millions of ties.
  const m = p.weight.length;
  let candidates: Int32Array;
  if (keep) {
    const kept = new Int32Array(m);
    let size = 0;
    for (let t = 0; t < m; t++) if (keep(t)) kept[size++] = t;
    candidates = kept.subarray(0, size);
  } else {
    candidates = new Int32Array(m);
    for (let t = 0; t < m; t++) candidates[t] = t;
  }
  const total = candidates.length;
  if (total <= limit) return { ties: sortTies(p, Array.from(candidates)), total };
  const weights = new Float64Array(total);
  for (let k = 0; k < total; k++) weights[k] = statedWeight(p.weight[candidates[k]!]!);
  const threshold = weights.sort()[total - limit]!;
  const above: number[] = [];
  const at: number[] = [];
  for (const t of candidates) {
    const w = statedWeight(p.weight[t]!);
    if (w > threshold) above.push(t);
    else if (w === threshold) at.push(t);
  }
  // Of the ties at the threshold, those first in sortTies's order (by their ends): any limit then
  // cuts one ordered list, and a short list is the head of a longer one.
  const { n, tieA, tieB } = p.graph;
  const room = limit - above.length;
  const key = (t: number) => tieA[t]! * n + tieB[t]!;
  const last = Float64Array.from(at, key).sort()[room - 1]!;
  return { ties: sortTies(p, [...above, ...at.filter((t) => key(t) <= last)]), total };
}

/**
 * A tie's weight as the API states it (to the millionth): ties equal there are ordered by their
 * ends, not by the last bits of sums taken in different orders.
 */
function statedWeight(w: number): number {
  return Math.round(w * 1e6) / 1e6;
}

/** Strongest first, then by their ends (organisation numbers follow ids: coordination.ts strongestFirst). */
function sortTies(p: Projection, ties: number[]): number[] {
  const { tieA, tieB } = p.graph;
  const w = (t: number) => statedWeight(p.weight[t]!);
  return ties.sort((x, y) => w(y) - w(x) || tieA[x]! - tieA[y]! || tieB[x]! - tieB[y]!);
}
