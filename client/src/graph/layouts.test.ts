import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { computeVisibility, DEFAULT_FILTERS } from './filter.js';
import { evidenceElements } from './elements.js';
import { forceAtlasPositions } from './forceatlas.js';
import { computeLayout, FCOSE_MAX, hopDistances, resolveLayout, seededRandom, type LayoutRequest } from './layouts.js';
import { thaiNetwork } from './test-fixtures.js';

function elements(): ElementDefinition[] {
  const model = thaiNetwork();
  const v = computeVisibility({ model, filters: DEFAULT_FILTERS });
  return evidenceElements({ model, nodes: v.nodes, relationships: v.relationships });
}

function positions(layout: LayoutRequest['layout'], els = elements()) {
  return computeLayout(els, { layout, focus: 'msdhs', fixed: [], seed: 42 });
}

describe('layouts', () => {
  it('fcose gives the same picture for the same data and settings, whatever order the elements come in', () => {
    const a = positions('fcose');
    const b = positions('fcose', [...elements()].reverse());
    expect(a).toEqual(b);
    // …and it is a real layout, not everything on one spot.
    expect(new Set(Object.values(a).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(
      Object.keys(a).length,
    );
  });

  it('concentric puts the focus in the middle and its neighbours on the first ring', () => {
    const p = positions('concentric');
    const centre = p.msdhs!;
    const dist = (id: string) => Math.hypot(p[id]!.x - centre.x, p[id]!.y - centre.y);
    expect(dist('cmm-29')).toBeLessThan(dist('mm-mswrr'));
    expect(positions('concentric')).toEqual(p);
  });

  it('breadth-first and grid are deterministic too', () => {
    expect(positions('breadthfirst')).toEqual(positions('breadthfirst', [...elements()].reverse()));
    expect(positions('grid')).toEqual(positions('grid', [...elements()].reverse()));
  });

  it('keeps pinned nodes where they are', () => {
    const p = computeLayout(elements(), {
      layout: 'fcose',
      focus: null,
      fixed: [{ nodeId: 'rtp', position: { x: 500, y: -300 } }],
      seed: 1,
    });
    expect(p.rtp).toEqual({ x: 500, y: -300 });
  });

  it('lays out country boxes with their members', () => {
    const model = thaiNetwork();
    const v = computeVisibility({ model, filters: DEFAULT_FILTERS });
    const grouped = evidenceElements({ model, nodes: v.nodes, relationships: v.relationships, groupByCountry: true });
    const p = positions('fcose', grouped);
    expect(Object.keys(p).sort()).toEqual([...v.nodes].sort());
  });

  it('uses ForceAtlas2 above the fcose limit, except for country boxes', () => {
    expect(resolveLayout('force', FCOSE_MAX, false)).toBe('fcose');
    expect(resolveLayout('force', FCOSE_MAX + 1, false)).toBe('forceatlas2');
    expect(resolveLayout('force', 2000, true)).toBe('fcose');
    expect(resolveLayout('grid', 2000, false)).toBe('grid');
  });

  it('ForceAtlas2 is deterministic and keeps pinned nodes in place on 2,000 nodes', () => {
    const n = 2000;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const r = seededRandom(7);
    const edges = nodes.slice(1).map((id, i) => [id, nodes[Math.floor(r() * (i + 1))]!, 1] as const);
    const a = forceAtlasPositions({ nodes, edges, fixed: { n0: { x: 10, y: 20 } } });
    const b = forceAtlasPositions({ nodes, edges, fixed: { n0: { x: 10, y: 20 } } });
    expect(a).toEqual(b);
    expect(a.n0).toEqual({ x: 10, y: 20 });
    expect(Object.keys(a)).toHaveLength(n);
  });

  it('counts hops from the focus', () => {
    const d = hopDistances('a', [
      ['a', 'b'],
      ['b', 'c'],
      ['d', 'e'],
    ]);
    expect(Object.fromEntries(d)).toEqual({ a: 0, b: 1, c: 2 });
  });
});
