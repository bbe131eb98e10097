/**
 * Who the network depends on: brokers (betweenness centrality: how often an actor lies on the
 * shortest chains of coordination between others), articulation points (actors whose loss splits
 * the network), bridges (ties whose loss splits it), and isolated or peripheral actors. Computed
 * on the compact coordination graph (compact/fragility-core.ts): sampled betweenness with its
 * error on large networks, an iterative Hopcroft–Tarjan search, every list bounded.
 */
import type { OrganizationRecord } from '../domain/records.js';
import type { CoordinationTie } from './coordination.js';
import { graphOfTies } from './compact/from-ties.js';
import { fragilityOf, type CompactFragility, type FragilityLimits } from './compact/fragility-core.js';

export interface Broker {
  organization: OrganizationRecord;
  /** Normalised betweenness, 0 to 1 (estimated when the network is large). */
  betweenness: number;
  /** Half-width of its 95% confidence interval; 0 when computed exactly. */
  betweennessError: number;
  degree: number;
  isArticulationPoint: boolean;
}

export interface ArticulationPoint {
  organization: OrganizationRecord;
  /** Actors that would lose every chain to the largest remaining part if it went. */
  cutOff: OrganizationRecord[];
  cutOffCount: number;
}

export interface Bridge {
  tie: CoordinationTie;
  /** The actors on the smaller side of the split. */
  smallerSide: OrganizationRecord[];
  smallerSideCount: number;
}

export interface Fragility {
  brokers: Broker[];
  articulationPoints: ArticulationPoint[];
  bridges: Bridge[];
  isolated: OrganizationRecord[];
  peripheral: OrganizationRecord[];
  /** Sources sampled for betweenness, of how many actors with a tie (equal: exact). */
  betweennessSamples: number;
  betweennessPopulation: number;
  /** Whether a list was cut at its bound or betweenness was sampled. */
  truncated: boolean;
}

/** The bounds every fragility answer keeps to. */
export function fragilityLimits(limit: number): FragilityLimits {
  return { limit, listCap: 500, betweennessSamples: 256, deadline: performance.now() + 1500 };
}

export function fragility(ties: CoordinationTie[], organizations: OrganizationRecord[], limit: number): Fragility {
  const { graph, orgs } = graphOfTies(ties, organizations);
  const core = fragilityOf(graph, fragilityLimits(limit), () => true);
  const tieById = new Map<string, CoordinationTie>();
  for (const t of ties) tieById.set(t.a.id < t.b.id ? `${t.a.id}~${t.b.id}` : `${t.b.id}~${t.a.id}`, t);
  return fragilityRecords(
    core,
    (v) => orgs[v]!,
    (tie) => tieById.get(`${orgs[graph.tieA[tie]!]!.id}~${orgs[graph.tieB[tie]!]!.id}`)!,
  );
}

/** The integer answer in records: `org` names a vertex, `tie` a tie of the compact graph. */
export function fragilityRecords(
  core: CompactFragility,
  org: (v: number) => OrganizationRecord,
  tie: (t: number) => CoordinationTie,
): Fragility {
  const byName = (x: OrganizationRecord, y: OrganizationRecord) => x.name.localeCompare(y.name);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    brokers: core.brokers.map((b) => ({
      organization: org(b.v),
      betweenness: round(b.betweenness),
      betweennessError: round(b.error),
      degree: b.degree,
      isArticulationPoint: b.isArticulationPoint,
    })),
    articulationPoints: core.articulationPoints.map((a) => ({
      organization: org(a.v),
      cutOff: a.cutOff.map(org),
      cutOffCount: a.cutOffCount,
    })),
    bridges: core.bridges.map((b) => ({
      tie: tie(b.tie),
      smallerSide: b.smallerSide.map(org),
      smallerSideCount: b.smallerSideCount,
    })),
    isolated: core.isolated.map(org).sort(byName),
    peripheral: core.peripheral.map(org).sort(byName),
    betweennessSamples: core.betweennessSamples,
    betweennessPopulation: core.betweennessPopulation,
    truncated: core.truncated,
  };
}
