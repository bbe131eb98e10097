/** What the worker thread computes, on projections it builds and keeps (pure functions, testable in-thread). */
import { fragilityOf } from '../compact/fragility-core.js';
import type { Membership } from '../compact/membership.js';
import { heaviestTies, project, reproject, type Projection } from '../compact/projection.js';
import { suggestLinks } from '../missing-links.js';
import type { OrganizationRecord } from '../../domain/records.js';
import type { Task, TaskResults, TieEnds, TieRow } from './protocol.js';

export interface Held {
  membership: Membership;
  projection: Projection;
}

/**
 * The projection of a membership: brought up to date from one already held when they number the
 * same organisations and few instruments changed (the same filter after a write), else built.
 */
export function hold(membership: Membership, others: Iterable<Held> = []): Held {
  for (const other of others) {
    const projection = reproject(other.membership, other.projection, membership);
    if (projection) return { membership, projection };
  }
  return { membership, projection: project(membership) };
}

function row(p: Projection, t: number): TieRow {
  return { a: p.graph.tieA[t]!, b: p.graph.tieB[t]!, weight: p.weight[t]!, sharedCount: p.sharedCount[t]! };
}

export function runTask(task: Task, held: Held[]): TaskResults[Task['kind']] {
  const [first, second] = held;
  const p = first!.projection;
  switch (task.kind) {
    case 'coordination': {
      const keep = task.ends ? tiePredicate(first!.membership, p, task.ends) : undefined;
      const { ties, total } = heaviestTies(p, task.limit, keep);
      return { ties: ties.map((t) => row(p, t)), total };
    }
    case 'fragility': {
      const deadline = performance.now() + task.budgetMs;
      const result = fragilityOf(
        p.graph,
        { limit: task.limit, listCap: 500, betweennessSamples: 256, deadline },
        () => true,
      );
      return { ...result, bridgeTies: result.bridges.map((b) => row(p, b.tie)) };
    }
    case 'missingLinks': {
      const m = first!.membership;
      // The pair kinds read only kind, country and sector.
      const org = (v: number) =>
        ({ kind: m.kinds[v], countryCode: m.countries[v], sector: m.sectors[v] }) as unknown as OrganizationRecord;
      return suggestLinks(p.graph, org, task.pairKind, task.limit);
    }
    case 'periodChanges': {
      const graphs = [p.graph, second!.projection.graph];
      const keep = task.ends ? pairTest(first!.membership, graphs, task.ends) : undefined;
      return tieChanges(p, second!.projection, task.limit, keep);
    }
    case 'hold':
      return { ties: p.weight.length };
  }
}

/** Whether tie t has the ends asked for (see TieEnds). */
export function tiePredicate(m: Membership, p: Projection, ends: TieEnds): (t: number) => boolean {
  const { tieA, tieB } = p.graph;
  const test = pairTest(m, [p.graph], ends);
  return (t) => test(tieA[t]!, tieB[t]!);
}

/**
 * Whether a pair of organisations has the ends asked for (see TieEnds); partners of a focus are
 * those it has a tie with in any of `graphs` (both periods, for a comparison).
 */
export function pairTest(
  m: Membership,
  graphs: readonly Pick<Projection['graph'], 'tieA' | 'tieB'>[],
  ends: TieEnds,
): (a: number, b: number) => boolean {
  const tests: ((a: number, b: number) => boolean)[] = [];
  if (ends.countries?.length) {
    const codes = new Set(ends.countries);
    const of = (v: number) => (m.countries[v] && codes.has(m.countries[v]) ? m.countries[v] : null);
    if (codes.size === 1) tests.push((a, b) => of(a) !== null || of(b) !== null);
    else
      tests.push((a, b) => {
        const [x, y] = [of(a), of(b)];
        return x !== null && y !== null && x !== y;
      });
  }
  if (ends.around) {
    const focus = new Set(ends.around);
    if (ends.amongPartners) {
      const partners = new Set<number>();
      for (const { tieA, tieB } of graphs) {
        for (let t = 0; t < tieA.length; t++) {
          if (focus.has(tieA[t]!)) partners.add(tieB[t]!);
          if (focus.has(tieB[t]!)) partners.add(tieA[t]!);
        }
      }
      tests.push((a, b) => focus.has(a) || focus.has(b) || (partners.has(a) && partners.has(b)));
    } else tests.push((a, b) => focus.has(a) || focus.has(b));
  }
  return (a, b) => tests.every((test) => test(a, b));
}

const ORDER = ['NEW', 'STRENGTHENED', 'WEAKENED', 'LAPSED'] as const;

/**
 * Ties new, lapsed, strengthened or weakened from projection `before` to `after`, in the order of
 * compareTies: kind, then the size of the change, then the pair. Both projections list ties grouped
 * by their first end in ascending order, so one merge pass with a scratch array pairs them up.
 */
export function tieChanges(
  before: Projection,
  after: Projection,
  limit: number,
  /** The pairs to compare (by default every one). */
  keep: (a: number, b: number) => boolean = () => true,
): TaskResults['periodChanges'] {
  const n = before.graph.n;
  const slot = new Int32Array(n).fill(-1);
  // Every change in typed arrays (a whole-network comparison can hold millions), rows made only for those kept.
  const changes = new ChangeBuffer();
  const push = (kind: number, a: number, b: number, wa: number, wb: number) => {
    if (keep(a, b)) changes.push(kind, a, b, wa, wb);
  };
  const A = before.graph;
  const B = after.graph;
  let i = 0;
  let j = 0;
  const matched = new Uint8Array(n);
  for (let a = 0; a < n; a++) {
    const startA = i;
    while (i < A.tieA.length && A.tieA[i] === a) slot[A.tieB[i]!] = i++;
    while (j < B.tieA.length && B.tieA[j] === a) {
      const b = B.tieB[j]!;
      const wb = after.weight[j]!;
      const k = slot[b]!;
      if (k === -1) push(0, a, b, 0, wb);
      else {
        matched[b] = 1;
        const wa = before.weight[k]!;
        if (wb > wa + 1e-9) push(1, a, b, wa, wb);
        else if (wb < wa - 1e-9) push(2, a, b, wa, wb);
      }
      j++;
    }
    for (let k = startA; k < i; k++) {
      const b = A.tieB[k]!;
      if (!matched[b]) push(3, a, b, before.weight[k]!, 0);
      slot[b] = -1;
      matched[b] = 0;
    }
  }
  const total = changes.size;
  const size = (c: number) => Math.abs(changes.wb[c]! - changes.wa[c]!);
  // Select before sorting: the same keys as the order below (kind first, then the size of the change).
  let kept: number[];
  if (total > limit) {
    const keys = new Float64Array(total);
    for (let c = 0; c < total; c++) keys[c] = (3 - changes.kind[c]!) * 1e6 + Math.min(size(c), 999_999);
    const threshold = Float64Array.from(keys).sort()[total - limit]!;
    kept = [];
    for (let c = 0; c < total; c++) if (keys[c]! >= threshold) kept.push(c);
  } else kept = Array.from({ length: total }, (_, c) => c);
  kept.sort(
    (x, y) =>
      changes.kind[x]! - changes.kind[y]! ||
      size(y) - size(x) ||
      changes.a[x]! - changes.a[y]! ||
      changes.b[x]! - changes.b[y]!,
  );
  return {
    changes: kept.slice(0, limit).map((c) => ({
      kind: ORDER[changes.kind[c]!]!,
      a: changes.a[c]!,
      b: changes.b[c]!,
      weightBefore: changes.wa[c]!,
      weightAfter: changes.wb[c]!,
    })),
    total,
  };
}

/** Growable typed arrays of tie changes: kind (ORDER's index), ends, weights before and after. */
class ChangeBuffer {
  kind = new Uint8Array(1024);
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  wa = new Float64Array(1024);
  wb = new Float64Array(1024);
  size = 0;

  push(kind: number, a: number, b: number, wa: number, wb: number): void {
    if (this.size === this.kind.length) {
      const grow = <T extends Uint8Array | Int32Array | Float64Array>(x: T, make: (n: number) => T) => {
        const next = make(x.length * 2);
        next.set(x);
        return next;
      };
      this.kind = grow(this.kind, (n) => new Uint8Array(n));
      this.a = grow(this.a, (n) => new Int32Array(n));
      this.b = grow(this.b, (n) => new Int32Array(n));
      this.wa = grow(this.wa, (n) => new Float64Array(n));
      this.wb = grow(this.wb, (n) => new Float64Array(n));
    }
    const s = this.size++;
    this.kind[s] = kind;
    this.a[s] = a;
    this.b[s] = b;
    this.wa[s] = wa;
    this.wb[s] = wb;
  }
}
