/**
 * Who the network depends on: brokers (betweenness centrality: how often an actor lies on the
 * shortest chains of coordination between others), articulation points (actors whose loss splits
 * the network), bridges (ties whose loss splits it), and isolated or peripheral actors. Computed
 * on the coordination projection with graphology-metrics and Cytoscape's Hopcroft–Tarjan.
 */
import cytoscape from 'cytoscape';
import { UndirectedGraph } from 'graphology';
import { centrality } from 'graphology-metrics';
import type { OrganizationRecord } from '../domain/records.js';
import type { CoordinationTie } from './coordination.js';

export interface Broker {
  organization: OrganizationRecord;
  /** Normalised betweenness, 0 to 1. */
  betweenness: number;
  degree: number;
  isArticulationPoint: boolean;
}

export interface ArticulationPoint {
  organization: OrganizationRecord;
  /** Actors that would lose every chain to the largest remaining part if it went. */
  cutOff: OrganizationRecord[];
}

export interface Bridge {
  tie: CoordinationTie;
  /** The actors on the smaller side of the split. */
  smallerSide: OrganizationRecord[];
}

export interface Fragility {
  brokers: Broker[];
  articulationPoints: ArticulationPoint[];
  bridges: Bridge[];
  isolated: OrganizationRecord[];
  peripheral: OrganizationRecord[];
}

export function fragility(ties: CoordinationTie[], organizations: OrganizationRecord[], limit: number): Fragility {
  const graph = new UndirectedGraph<{ org: OrganizationRecord }>();
  for (const t of ties) {
    graph.mergeNode(t.a.id, { org: t.a });
    graph.mergeNode(t.b.id, { org: t.b });
    graph.mergeEdgeWithKey(t.id, t.a.id, t.b.id);
  }
  const org = (id: string) => graph.getNodeAttributes(id).org;

  const cy = cytoscape({
    headless: true,
    // Computation only: no style system to build.
    styleEnabled: false,
    elements: [
      ...graph.mapNodes((id) => ({ data: { id } })),
      ...ties.map((t) => ({ data: { id: t.id, source: t.a.id, target: t.b.id } })),
    ],
  });
  const { cut, components } = cy.elements().hopcroftTarjanBiconnected();
  const cutIds = new Set(cut.map((n) => n.id()));
  cy.destroy();

  const betweenness = graph.order > 2 ? centrality.betweenness(graph, { normalized: true }) : {};
  const brokers = graph
    .mapNodes((id) => ({
      organization: org(id),
      betweenness: Math.round((betweenness[id] ?? 0) * 1e6) / 1e6,
      degree: graph.degree(id),
      isArticulationPoint: cutIds.has(id),
    }))
    .filter((b) => b.betweenness > 0)
    .sort((x, y) => y.betweenness - x.betweenness || x.organization.id.localeCompare(y.organization.id))
    .slice(0, limit);

  const articulationPoints = [...cutIds].sort().map((id) => {
    // The parts its component falls into without it; all but the largest are cut off.
    const parts = partsWithout(graph, [...graph.neighbors(id)], { node: id }).sort((p, q) => q.length - p.length);
    return { organization: org(id), cutOff: parts.slice(1).flat().sort().map(org) };
  });

  const tieById = new Map(ties.map((t) => [t.id, t]));
  const bridges = components
    .map((c) => c.edges())
    .filter((edges) => edges.length === 1)
    .map((edges) => {
      const tie = tieById.get(edges[0]!.id())!;
      const [sideA, sideB] = partsWithout(graph, [tie.a.id, tie.b.id], { edge: tie.id });
      const smaller = sideA!.length <= sideB!.length ? sideA! : sideB!;
      return { tie, smallerSide: smaller.sort().map(org) };
    })
    .sort((x, y) => y.smallerSide.length - x.smallerSide.length || x.tie.id.localeCompare(y.tie.id));

  return {
    brokers,
    articulationPoints,
    bridges,
    isolated: organizations.filter((o) => !graph.hasNode(o.id)).sort((x, y) => x.name.localeCompare(y.name)),
    peripheral: graph
      .filterNodes((id) => graph.degree(id) === 1)
      .map(org)
      .sort((x, y) => x.name.localeCompare(y.name)),
  };
}

/**
 * The connected parts reached from each start node when one node or one tie is taken out, by
 * breadth-first search (cheaper than copying the graph for every articulation point and bridge).
 */
function partsWithout(graph: UndirectedGraph, starts: string[], without: { node?: string; edge?: string }): string[][] {
  const seen = new Set<string>(without.node ? [without.node] : []);
  const parts: string[][] = [];
  for (const start of starts) {
    if (seen.has(start)) continue;
    const part = [start];
    seen.add(start);
    for (let i = 0; i < part.length; i++) {
      graph.forEachEdge(part[i]!, (edge, _attrs, source, target) => {
        if (edge === without.edge) return;
        const next = source === part[i] ? target : source;
        if (!seen.has(next)) {
          seen.add(next);
          part.push(next);
        }
      });
    }
    parts.push(part);
  }
  return parts;
}
