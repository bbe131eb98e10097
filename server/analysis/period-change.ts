/** How coordination changed between two periods: ties that are new, lapsed, strengthened or weakened. */
import type { CoordinationTie } from './coordination.js';

export type TieChangeKind = 'NEW' | 'LAPSED' | 'STRENGTHENED' | 'WEAKENED';

export interface TieChange {
  kind: TieChangeKind;
  /** The tie as it was in period A, if it existed then. */
  before: CoordinationTie | undefined;
  /** The tie as it is in period B, if it exists then. */
  after: CoordinationTie | undefined;
  weightBefore: number;
  weightAfter: number;
}

export function compareTies(periodA: CoordinationTie[], periodB: CoordinationTie[]): TieChange[] {
  const before = new Map(periodA.map((t) => [t.id, t]));
  const after = new Map(periodB.map((t) => [t.id, t]));
  const changes: TieChange[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id);
    const b = after.get(id);
    const wa = a?.weight ?? 0;
    const wb = b?.weight ?? 0;
    const kind: TieChangeKind | undefined = !a
      ? 'NEW'
      : !b
        ? 'LAPSED'
        : wb > wa + 1e-9
          ? 'STRENGTHENED'
          : wb < wa - 1e-9
            ? 'WEAKENED'
            : undefined;
    if (kind) changes.push({ kind, before: a, after: b, weightBefore: wa, weightAfter: wb });
  }
  const order: TieChangeKind[] = ['NEW', 'STRENGTHENED', 'WEAKENED', 'LAPSED'];
  return changes.sort(
    (x, y) =>
      order.indexOf(x.kind) - order.indexOf(y.kind) ||
      Math.abs(y.weightAfter - y.weightBefore) - Math.abs(x.weightAfter - x.weightBefore) ||
      (x.after ?? x.before)!.id.localeCompare((y.after ?? y.before)!.id),
  );
}
