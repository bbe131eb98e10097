/** The compact graph of a list of coordination ties, organisations numbered in id order. */
import type { OrganizationRecord } from '../../domain/records.js';
import type { CoordinationTie } from '../coordination.js';
import { compactGraph, type CompactGraph } from './compact-graph.js';

export interface TieGraph {
  graph: CompactGraph;
  orgs: OrganizationRecord[];
  indexOf: Map<string, number>;
}

export function graphOfTies(ties: readonly CoordinationTie[], extra: readonly OrganizationRecord[] = []): TieGraph {
  const byId = new Map<string, OrganizationRecord>();
  for (const o of extra) byId.set(o.id, o);
  for (const t of ties) {
    byId.set(t.a.id, t.a);
    byId.set(t.b.id, t.b);
  }
  const orgs = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const indexOf = new Map(orgs.map((o, i) => [o.id, i]));
  const tieA = new Int32Array(ties.length);
  const tieB = new Int32Array(ties.length);
  ties.forEach((t, i) => {
    const [a, b] = [indexOf.get(t.a.id)!, indexOf.get(t.b.id)!];
    tieA[i] = Math.min(a, b);
    tieB[i] = Math.max(a, b);
  });
  return { graph: compactGraph(orgs.length, tieA, tieB), orgs, indexOf };
}
