/**
 * Clusters: the drawn graph grouped into communities (Louvain, from graphology-communities-louvain,
 * with a seeded generator so the same graph always gives the same groups), each drawn as one
 * meta-node until the analyst opens it. A cluster is named after its most central members (by
 * ties inside it) and its size; ties between clusters, or between a cluster and a node drawn on
 * its own, are drawn once with their count. An open cluster draws its members inside a box that
 * closes it again. Pure, for Node tests.
 */
import type { ElementDefinition } from 'cytoscape';
import louvainModule from 'graphology-communities-louvain';
import { truncateLabel } from './elements.js';
import { interop } from './interop.js';
import { isBox } from './layouts.js';
import { graphOfElements } from './measures.js';
import { seededRandom } from './layouts.js';

const louvain = interop<typeof louvainModule.default>(louvainModule);

export const CLUSTER_PREFIX = 'cluster:';
export const CLUSTER_TIE_PREFIX = 'clusterTie:';
/** Views with more nodes than this are grouped into clusters by default. */
export const CLUSTER_MIN_NODES = 120;
/** Communities smaller than this are not worth a meta-node: their members are drawn as they are. */
export const MIN_CLUSTER_SIZE = 4;

export type ClusterMode = 'auto' | 'on' | 'off';

export interface Cluster {
  /** CLUSTER_PREFIX + the id of its most central member: stable while that member leads it. */
  id: string;
  /** Member ids, most central first. */
  members: string[];
  /** The name of its most central member and how many more it holds, e.g. "MSDHS +21". */
  label: string;
}

/** Whether to group a view of this many nodes: always, never, or (auto) past CLUSTER_MIN_NODES. */
export function clusteringActive(mode: ClusterMode, nodeCount: number): boolean {
  return mode === 'on' || (mode === 'auto' && nodeCount > CLUSTER_MIN_NODES);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The communities of the drawn graph worth a meta-node, largest first. */
export function detectClusters(elements: readonly ElementDefinition[]): Cluster[] {
  const g = graphOfElements(elements);
  if (g.size === 0) return [];
  const community = louvain(g, { rng: seededRandom(0xc1a5), getEdgeWeight: null });
  const groups = new Map<number, string[]>();
  g.forEachNode((id) => {
    const c = community[id]!;
    (groups.get(c) ?? groups.set(c, []).get(c)!).push(id);
  });
  const labels = new Map<string, string>();
  for (const e of elements) if (e.group === 'nodes') labels.set(String(e.data.id), String(e.data.label ?? e.data.id));
  const clusters: Cluster[] = [];
  for (const members of groups.values()) {
    if (members.length < MIN_CLUSTER_SIZE) continue;
    const inside = new Set(members);
    const internal = new Map<string, number>();
    for (const id of members) {
      let d = 0;
      g.forEachNeighbor(id, (other) => {
        if (inside.has(other)) d += 1;
      });
      internal.set(id, d);
    }
    members.sort((a, b) => internal.get(b)! - internal.get(a)! || g.degree(b) - g.degree(a) || compare(a, b));
    // One name keeps the label on a line or two, so that cluster labels rarely collide.
    const lead = truncateLabel(labels.get(members[0]!) ?? members[0]!, 26);
    clusters.push({
      id: CLUSTER_PREFIX + members[0]!,
      members,
      label: `${lead} +${members.length - 1}`,
    });
  }
  return clusters.sort((a, b) => b.members.length - a.members.length || compare(a.id, b.id));
}

export interface ClusterOptions {
  /** Clusters drawn open (their members shown, in a box). */
  open: ReadonlySet<string>;
  /** Nodes never folded into a meta-node (the focus, the selection, pinned nodes, a path). */
  keep?: ReadonlySet<string>;
  /** Draw open clusters as boxes around their members (not when nodes sit in country boxes). */
  boxes?: boolean;
}

/**
 * The elements with closed clusters folded into meta-nodes and the ties to and between them
 * aggregated (their count in `count`, their weights added). Nodes kept out of a cluster, and
 * clusters left with fewer than two members to fold, are drawn as they are.
 */
export function clusterElements(
  elements: readonly ElementDefinition[],
  clusters: readonly Cluster[],
  options: ClusterOptions,
): ElementDefinition[] {
  const keep = options.keep ?? new Set<string>();
  const folded = new Map<string, string>();
  const boxOf = new Map<string, string>();
  const metas: ElementDefinition[] = [];
  const boxes: ElementDefinition[] = [];
  for (const c of clusters) {
    if (options.open.has(c.id)) {
      if (options.boxes !== false) {
        for (const id of c.members) boxOf.set(id, c.id);
        boxes.push({
          group: 'nodes',
          data: { id: c.id, label: `${c.label} (open)`, members: c.members.length, memberIds: c.members },
          classes: 'cluster-box',
        });
      }
      continue;
    }
    const fold = c.members.filter((id) => !keep.has(id));
    if (fold.length < 2) continue;
    for (const id of fold) folded.set(id, c.id);
    metas.push({
      group: 'nodes',
      data: {
        id: c.id,
        label: c.label,
        nodeKind: 'CLUSTER',
        members: fold.length,
        memberIds: fold,
        size: Math.round(34 + Math.min(46, 6 * Math.sqrt(fold.length))),
        // Above every node: clusters are labelled first.
        rank: 1e6 + fold.length,
        labelSize: 16,
      },
      classes: 'cluster',
    });
  }
  const out: ElementDefinition[] = [];
  for (const e of elements) {
    if (e.group === 'nodes') {
      const id = String(e.data.id);
      if (folded.has(id)) continue;
      const box = boxOf.get(id);
      out.push(box && !isBox(e) && !e.data.parent ? { ...e, data: { ...e.data, parent: box } } : e);
    }
  }
  out.unshift(...boxes);
  out.push(...metas);
  const aggregated = new Map<string, ElementDefinition>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const s = String(e.data.source);
    const t = String(e.data.target);
    const a = folded.get(s) ?? s;
    const b = folded.get(t) ?? t;
    if (a === s && b === t) {
      out.push(e);
      continue;
    }
    if (a === b) continue;
    const [x, y] = compare(a, b) <= 0 ? [a, b] : [b, a];
    const id = `${CLUSTER_TIE_PREFIX}${x}~${y}`;
    const agg = aggregated.get(id);
    const w = Number(e.data.weight ?? 1) || 1;
    if (agg) {
      agg.data.count = Number(agg.data.count) + 1;
      agg.data.weight = Number(agg.data.weight) + w;
      agg.data.label = String(agg.data.count);
    } else {
      aggregated.set(id, {
        group: 'edges',
        data: { id, source: x, target: y, count: 1, weight: w, label: '1' },
        classes: 'cluster-tie',
      });
    }
  }
  const ties = [...aggregated.values()].sort((p, q) => compare(String(p.data.id), String(q.data.id)));
  const maxCount = Math.max(1, ...ties.map((t) => Number(t.data.count)));
  for (const t of ties) t.data.width = Math.round((1.5 + 8 * Math.sqrt(Number(t.data.count) / maxCount)) * 10) / 10;
  out.push(...ties);
  return out;
}

/** The nodes one tie away from any of `ids` in the elements (the ids themselves left out). */
export function neighboursOf(elements: readonly ElementDefinition[], ids: readonly string[]): string[] {
  const from = new Set(ids);
  const out = new Set<string>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const s = String(e.data.source);
    const t = String(e.data.target);
    if (from.has(s) && !from.has(t)) out.add(t);
    if (from.has(t) && !from.has(s)) out.add(s);
  }
  return [...out].sort(compare);
}
