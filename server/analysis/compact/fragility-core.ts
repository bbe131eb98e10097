/**
 * Fragility on the compact graph, in integers: brokers by (sampled) betweenness, articulation
 * points and bridges by an iterative depth-first search, peripheral and isolated vertices. Every
 * list is cut at a bound and says so, so no network is too large to answer.
 */
import { betweenness } from './betweenness.js';
import { cutOffCount, depthFirstForest, membersOf, partsWithout, sidesOfBridge } from './biconnected.js';
import { degreeOf, type CompactGraph } from './compact-graph.js';

export interface FragilityLimits {
  /** Brokers, articulation points and bridges listed. */
  limit: number;
  /** Members listed per cut-off set, and isolated or peripheral vertices. */
  listCap: number;
  /** Betweenness sources sampled (exact when the graph has no more vertices with ties). */
  betweennessSamples: number;
  /** performance.now() after which sampling stops. */
  deadline?: number;
}

export interface CompactFragility {
  brokers: { v: number; betweenness: number; error: number; degree: number; isArticulationPoint: boolean }[];
  articulationPoints: { v: number; cutOffCount: number; cutOff: number[] }[];
  bridges: { tie: number; smallerSideCount: number; smallerSide: number[] }[];
  isolated: number[];
  peripheral: number[];
  betweennessSamples: number;
  betweennessPopulation: number;
  truncated: boolean;
}

export function fragilityOf(
  g: CompactGraph,
  limits: FragilityLimits,
  isVertex: (v: number) => boolean,
): CompactFragility {
  const forest = depthFirstForest(g);
  const estimate = betweenness(g, { maxSamples: limits.betweennessSamples, deadline: limits.deadline });
  let truncated = estimate.samples < estimate.population;
  const cut = <T>(list: T[], max: number): T[] => {
    if (list.length > max) truncated = true;
    return list.slice(0, max);
  };

  const ranked: number[] = [];
  for (let v = 0; v < g.n; v++) if (estimate.value[v]! > 0) ranked.push(v);
  ranked.sort((x, y) => estimate.value[y]! - estimate.value[x]! || x - y);
  const brokers = cut(ranked, limits.limit).map((v) => ({
    v,
    betweenness: estimate.value[v]!,
    error: estimate.error[v]!,
    degree: degreeOf(g, v),
    isArticulationPoint: forest.isArticulation[v] === 1,
  }));

  const points: { v: number; cutOffCount: number }[] = [];
  for (let v = 0; v < g.n; v++) {
    if (forest.isArticulation[v]) points.push({ v, cutOffCount: cutOffCount(g, forest, v) });
  }
  points.sort((x, y) => y.cutOffCount - x.cutOffCount || x.v - y.v);
  const articulationPoints = cut(points, limits.limit).map(({ v, cutOffCount }) => {
    if (cutOffCount > limits.listCap) truncated = true;
    const parts = partsWithout(g, forest, v);
    return { v, cutOffCount, cutOff: membersOf(forest, parts.slice(1), limits.listCap).sort((x, y) => x - y) };
  });

  const splits = forest.bridgeChildren.map((child, i) => {
    const tie = forest.bridgeTies[i]!;
    const subtree = forest.size[child]!;
    const rest = forest.size[forest.root[child]!]! - subtree;
    // As before: the side of the tie's first end when both are the same size.
    const subtreeSmaller = subtree < rest || (subtree === rest && g.tieA[tie] === child);
    return { tie, child, subtreeSmaller, size: subtreeSmaller ? subtree : rest };
  });
  splits.sort((x, y) => y.size - x.size || x.tie - y.tie);
  const bridges = cut(splits, limits.limit).map(({ tie, child, subtreeSmaller, size }) => {
    if (size > limits.listCap) truncated = true;
    const sides = sidesOfBridge(forest, child);
    const smaller = subtreeSmaller ? sides.subtree : sides.rest;
    return {
      tie,
      smallerSideCount: size,
      smallerSide: membersOf(forest, [smaller], limits.listCap).sort((x, y) => x - y),
    };
  });

  const isolated: number[] = [];
  const peripheral: number[] = [];
  for (let v = 0; v < g.n; v++) {
    const d = degreeOf(g, v);
    if (d === 0 && isVertex(v)) isolated.push(v);
    else if (d === 1) peripheral.push(v);
  }
  return {
    brokers,
    articulationPoints,
    bridges,
    isolated: cut(isolated, limits.listCap),
    peripheral: cut(peripheral, limits.listCap),
    betweennessSamples: estimate.samples,
    betweennessPopulation: estimate.population,
    truncated,
  };
}
