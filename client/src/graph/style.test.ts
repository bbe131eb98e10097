import { describe, expect, it } from 'vitest';
import type { StylesheetStyle } from 'cytoscape';
import { buildStylesheet, NODE_KIND_STYLE, ORG_KIND_COLOUR, RELATIONSHIP_STYLE, TIE_COLOUR } from './style.js';
import { shapeMarkup } from './export-svg.js';
import { INSTRUMENT_KINDS, NODE_KINDS, ORGANIZATION_KINDS, RELATIONSHIP_TYPES } from './vocabulary.js';

const sheet = buildStylesheet({ large: false }) as StylesheetStyle[];
const rule = (selector: string) =>
  sheet.find((r) => r.selector === selector)?.style as Record<string, unknown> | undefined;

describe('the stylesheet', () => {
  it('has a rule for every node kind, organisation kind, relationship type and instrument kind', () => {
    for (const k of NODE_KINDS) expect(rule(`node[nodeKind = "${k}"]`), k).toBeDefined();
    for (const k of ORGANIZATION_KINDS) expect(rule(`node[orgKind = "${k}"]`), k).toBeDefined();
    for (const t of RELATIONSHIP_TYPES) expect(rule(`edge[type = "${t}"]`), t).toBeDefined();
    for (const k of [...INSTRUMENT_KINDS, 'MIXED']) expect(rule(`edge.tie[tieKind = "${k}"]`), k).toBeDefined();
  });

  it('gives each node kind its own shape and each organisation kind its own colour', () => {
    const shapes = NODE_KINDS.map((k) => NODE_KIND_STYLE[k].shape);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
    const colours = ORGANIZATION_KINDS.map((k) => ORG_KIND_COLOUR[k].toLowerCase());
    expect(new Set(colours).size).toBe(ORGANIZATION_KINDS.length);
    expect(new Set(Object.values(TIE_COLOUR)).size).toBe(Object.keys(TIE_COLOUR).length);
    expect(Object.keys(RELATIONSHIP_STYLE).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('tells organisation kinds apart by shape as well as colour, in the canvas, the legend icons and the exports', () => {
    const drawn = ORGANIZATION_KINDS.map((k) => rule(`node[orgKind = "${k}"]`)!.shape as string);
    expect(new Set(drawn).size).toBe(ORGANIZATION_KINDS.length);
    // No organisation kind looks like an instrument or a country drawn in the graph.
    const others = NODE_KINDS.filter((k) => k !== 'ORGANIZATION' && k !== 'SOURCE').map(
      (k) => NODE_KIND_STYLE[k].shape,
    );
    for (const shape of drawn) expect(others).not.toContain(shape);
    // Every one has an outline the exports can draw (a polygon, an ellipse or a rectangle).
    for (const shape of drawn) {
      const markup = shapeMarkup(shape, 0, 0, 20, 20, 'fill="red"');
      expect(markup, shape).toMatch(/^<(polygon|ellipse|rect) /);
      if (shape !== 'ellipse' && shape !== 'rectangle') expect(markup, shape).toMatch(/^<polygon /);
    }
  });

  it('sizes coordination edges by their weight-derived width and keeps labels readable', () => {
    expect(rule('edge.tie')!.width).toBe('data(width)');
    expect(rule('node')!['min-zoomed-font-size']).toBeGreaterThan(0);
    expect(rule('node')!.label).toBe('data(label)');
  });

  it('draws cheaper edges and no edge labels for large graphs', () => {
    const large = buildStylesheet({ large: true }) as StylesheetStyle[];
    expect((large.find((r) => r.selector === 'edge')!.style as Record<string, unknown>)['curve-style']).toBe(
      'haystack',
    );
    expect(large.some((r) => r.selector === 'edge[roleLabel]')).toBe(false);
    expect(sheet.some((r) => r.selector === 'edge[roleLabel]')).toBe(true);
  });

  it('has the marks for selection, focus, path and pinned items', () => {
    for (const s of [
      'node.selected',
      'edge.selected',
      'node.focus',
      'node.highlighted',
      'edge.highlighted',
      '.faded',
      'node.pinned',
      'node.group',
    ]) {
      expect(rule(s), s).toBeDefined();
    }
  });
});
