import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  CLUSTER_MIN_NODES,
  CLUSTER_PREFIX,
  clusterElements,
  clusteringActive,
  detectClusters,
  MIN_CLUSTER_SIZE,
  neighboursOf,
} from './clusters.js';

const node = (id: string, label = id.toUpperCase()): ElementDefinition => ({
  group: 'nodes',
  data: { id, label, nodeKind: 'ORGANIZATION' },
  classes: '',
});
const edge = (s: string, t: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${s}-${t}`, source: s, target: t },
  classes: '',
});

/**
 * Two dense groups of six (each all tied together but for 1–2 and 3–4, so 0 and 5 are the most
 * central and 0 comes first) joined by two ties, and a pair apart.
 */
function twoCommunities(): ElementDefinition[] {
  const els: ElementDefinition[] = [];
  for (const g of ['a', 'b']) {
    for (let i = 0; i < 6; i++) els.push(node(`${g}${i}`));
    for (let i = 0; i < 6; i++)
      for (let j = i + 1; j < 6; j++)
        if (!((i === 1 && j === 2) || (i === 3 && j === 4))) els.push(edge(`${g}${i}`, `${g}${j}`));
  }
  els.push(edge('a1', 'b1'), edge('a2', 'b2'));
  els.push(node('x'), node('y'), edge('x', 'y'));
  return els;
}

const ids = (els: ElementDefinition[], group: 'nodes' | 'edges') =>
  els.filter((e) => e.group === group).map((e) => String(e.data.id));

describe('clusters', () => {
  it('finds the communities, named after their most central member and their size', () => {
    const clusters = detectClusters(twoCommunities());
    expect(clusters.map((c) => c.id).sort()).toEqual([`${CLUSTER_PREFIX}a0`, `${CLUSTER_PREFIX}b0`]);
    const a = clusters.find((c) => c.id === `${CLUSTER_PREFIX}a0`)!;
    expect([...a.members].sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    expect(a.members[0]).toBe('a0');
    expect(a.label).toBe('A0 +5');
    // The pair is smaller than a cluster is worth.
    expect(clusters.flatMap((c) => c.members)).not.toContain('x');
    expect(MIN_CLUSTER_SIZE).toBeGreaterThan(2);
  });

  it('gives the same clusters for the same graph, whatever the order of its elements', () => {
    const els = twoCommunities();
    expect(detectClusters([...els].reverse())).toEqual(detectClusters(els));
  });

  it('folds closed clusters into meta-nodes and draws the ties between them once, with their count', () => {
    const els = twoCommunities();
    const clusters = detectClusters(els);
    const out = clusterElements(els, clusters, { open: new Set() });
    expect(ids(out, 'nodes').sort()).toEqual([`${CLUSTER_PREFIX}a0`, `${CLUSTER_PREFIX}b0`, 'x', 'y']);
    const between = out.filter((e) => e.classes === 'cluster-tie');
    expect(between).toHaveLength(1);
    expect(between[0]!.data).toMatchObject({ source: `${CLUSTER_PREFIX}a0`, target: `${CLUSTER_PREFIX}b0`, count: 2 });
    // Ties inside a cluster disappear with it; ties outside any stay as they are.
    expect(ids(out, 'edges')).toContain('x-y');
    expect(ids(out, 'edges').filter((id) => id.startsWith('a0-'))).toEqual([]);
    const meta = out.find((e) => e.data.id === `${CLUSTER_PREFIX}a0`)!;
    expect(meta.data).toMatchObject({ members: 6, nodeKind: 'CLUSTER' });
    expect(meta.classes).toBe('cluster');
  });

  it('draws an open cluster as its members inside a box, tied to the closed one by their own ties', () => {
    const els = twoCommunities();
    const clusters = detectClusters(els);
    const out = clusterElements(els, clusters, { open: new Set([`${CLUSTER_PREFIX}a0`]) });
    const box = out.find((e) => e.data.id === `${CLUSTER_PREFIX}a0`)!;
    expect(box.classes).toBe('cluster-box');
    expect(out.find((e) => e.data.id === 'a3')!.data.parent).toBe(`${CLUSTER_PREFIX}a0`);
    const ties = out
      .filter((e) => e.classes === 'cluster-tie')
      .map((e) => [e.data.source, e.data.target, e.data.count]);
    expect(ties).toEqual([
      ['a1', `${CLUSTER_PREFIX}b0`, 1],
      ['a2', `${CLUSTER_PREFIX}b0`, 1],
    ]);
    // Every element's ends exist: nothing dangles.
    const nodes = new Set(ids(out, 'nodes'));
    for (const e of out.filter((x) => x.group === 'edges')) {
      expect(nodes.has(String(e.data.source))).toBe(true);
      expect(nodes.has(String(e.data.target))).toBe(true);
    }
  });

  it('keeps the focus and the selection out of a folded cluster', () => {
    const els = twoCommunities();
    const out = clusterElements(els, detectClusters(els), { open: new Set(), keep: new Set(['a0']) });
    expect(ids(out, 'nodes')).toContain('a0');
    const meta = out.find((e) => e.classes === 'cluster' && (e.data.memberIds as string[]).includes('a1'))!;
    expect(meta.data.members).toBe(5);
    expect(out.some((e) => e.classes === 'cluster-tie' && e.data.source === 'a0')).toBe(true);
  });

  it('groups by default only past the size threshold, unless asked', () => {
    expect(clusteringActive('auto', CLUSTER_MIN_NODES)).toBe(false);
    expect(clusteringActive('auto', CLUSTER_MIN_NODES + 1)).toBe(true);
    expect(clusteringActive('on', 3)).toBe(true);
    expect(clusteringActive('off', 10_000)).toBe(false);
  });

  it('finds the neighbours of a selection', () => {
    expect(neighboursOf(twoCommunities(), ['x', 'a1'])).toEqual(['a0', 'a3', 'a4', 'a5', 'b1', 'y']);
  });
});
