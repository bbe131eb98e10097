import { describe, expect, it } from 'vitest';
import {
  coordinationElements,
  coordinationVisibility,
  evidenceElements,
  GROUP_PREFIX,
  nodeSize,
  tieKind,
  tiesAlongPath,
  tieWidth,
  truncateLabel,
} from './elements.js';
import { computeVisibility, DEFAULT_FILTERS } from './filter.js';
import type { AtlasTie, CoordinationModel } from './model.js';
import { org, thaiNetwork } from './test-fixtures.js';

function evidence(extra: Parameters<typeof evidenceElements>[0] extends infer I ? Partial<I> : never = {}) {
  const model = thaiNetwork();
  const v = computeVisibility({ model, filters: DEFAULT_FILTERS });
  return evidenceElements({ model, nodes: v.nodes, relationships: v.relationships, ...extra });
}

describe('Evidence view elements', () => {
  it('draws every visible node and relationship once, nodes first, each sorted by id', () => {
    const els = evidence();
    const nodes = els.filter((e) => e.group === 'nodes').map((e) => e.data.id);
    const edges = els.filter((e) => e.group === 'edges').map((e) => e.data.id);
    expect(nodes).toEqual([...nodes].sort());
    expect(edges).toEqual([...edges].sort());
    expect(nodes).toHaveLength(9);
    expect(edges).toHaveLength(11);
    expect(els.findIndex((e) => e.group === 'edges')).toBe(nodes.length);
  });

  it('labels organisations by acronym, carries the kinds the stylesheet keys on, and sizes hubs larger', () => {
    const els = evidence();
    const msdhs = els.find((e) => e.data.id === 'msdhs')!;
    const rtp = els.find((e) => e.data.id === 'rtp')!;
    expect(msdhs.data).toMatchObject({ label: 'MSDHS', nodeKind: 'ORGANIZATION', orgKind: 'GOVERNMENT_AGENCY' });
    expect(msdhs.data.size as number).toBeGreaterThan(rtp.data.size as number);
    const edge = els.find((e) => e.data.id === 'PARTICIPATED_IN:mm-mswrr:cmm-29')!;
    expect(edge.data).toMatchObject({
      source: 'mm-mswrr',
      target: 'cmm-29',
      type: 'PARTICIPATED_IN',
      roleLabel: 'host',
    });
  });

  it('marks the focus, the selection, pinned items and a highlighted path; the rest fades', () => {
    const els = evidence({
      focus: 'msdhs',
      selected: new Set(['cmm-29']),
      pinned: new Set(['rtp']),
      highlighted: new Set(['msdhs', 'PARTICIPATED_IN:msdhs:cmm-29', 'cmm-29']),
    });
    const classes = (id: string) => String(els.find((e) => e.data.id === id)!.classes ?? '').split(' ');
    expect(classes('msdhs')).toEqual(expect.arrayContaining(['focus', 'highlighted']));
    expect(classes('cmm-29')).toEqual(expect.arrayContaining(['selected', 'highlighted']));
    expect(classes('rtp')).toEqual(expect.arrayContaining(['pinned', 'faded']));
    expect(classes('PARTICIPATED_IN:rtp:ayutthaya-2013')).toContain('faded');
  });

  it('groups organisations and countries in a box per country on request, and drops BASED_IN ties then', () => {
    const els = evidence({ groupByCountry: true });
    const groups = els.filter((e) => e.classes === 'group');
    expect(groups.map((g) => g.data.id)).toEqual([`${GROUP_PREFIX}MM`, `${GROUP_PREFIX}TH`]);
    expect(groups.find((g) => g.data.id === `${GROUP_PREFIX}MM`)!.data.label).toBe('myanmar');
    expect(els.find((e) => e.data.id === 'msdhs')!.data.parent).toBe(`${GROUP_PREFIX}TH`);
    expect(els.find((e) => e.data.id === 'iom')!.data.parent).toBeUndefined();
    expect(els.find((e) => e.data.id === 'cmm-29')!.data.parent).toBeUndefined();
    expect(els.some((e) => e.data.type === 'BASED_IN')).toBe(false);
  });

  it('cuts long labels at a word boundary', () => {
    expect(truncateLabel('Thailand Consultation Workshop on Strategic Visioning for Post-2013 Efforts')).toBe(
      'Thailand Consultation Workshop on…',
    );
    expect(truncateLabel('MSDHS')).toBe('MSDHS');
  });
});

function coordination(): CoordinationModel {
  const tie = (a: string, b: string, weight: number, kinds: AtlasTie['instrumentKinds']): AtlasTie => ({
    id: `${a}~${b}`,
    a,
    b,
    weight,
    sharedCount: kinds.length,
    instrumentKinds: kinds,
    topics: ['REPATRIATION'],
    firstDate: '2013',
    lastDate: '2024',
    undated: false,
    evidence: [],
  });
  return {
    organizations: new Map(['iom', 'mm-mswrr', 'msdhs', 'rtp'].map((id) => [id, org(id)])),
    ties: [
      tie('mm-mswrr', 'msdhs', 2, ['AGREEMENT', 'MEETING']),
      tie('iom', 'msdhs', 0.5, ['MEETING']),
      tie('msdhs', 'rtp', 0.125, ['MEETING']),
    ],
    truncated: false,
    undatedCount: 0,
  };
}

describe('Coordination view elements', () => {
  it('draws organisations and one edge per tie, width by weight relative to the strongest, colour by instrument', () => {
    const m = coordination();
    const v = coordinationVisibility(m);
    const els = coordinationElements({ model: m, nodes: v.nodes, ties: v.ties });
    const edge = (id: string) => els.find((e) => e.data.id === id)!;
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(4);
    expect(edge('mm-mswrr~msdhs').data).toMatchObject({
      width: 10,
      tieKind: 'MIXED',
      source: 'mm-mswrr',
      target: 'msdhs',
    });
    expect(edge('iom~msdhs').data).toMatchObject({ width: 5.5, tieKind: 'MEETING' });
    expect(edge('msdhs~rtp').data.width).toBe(3.3);
    expect(edge('iom~msdhs').classes).toContain('tie');
  });

  it('applies hidden organisations and "show only the selection"', () => {
    const m = coordination();
    const hidden = coordinationVisibility(m, new Set(['rtp']));
    expect([...hidden.nodes].sort()).toEqual(['iom', 'mm-mswrr', 'msdhs']);
    expect(hidden.hiddenByUser).toBe(1);
    const only = coordinationVisibility(m, new Set(), new Set(['iom']));
    expect([...only.nodes].sort()).toEqual(['iom', 'msdhs']);
    expect([...only.ties]).toEqual(['iom~msdhs']);
    expect(only.outsideSelection).toBe(2);
  });

  it('finds the ties along a path that runs through instruments', () => {
    expect(tiesAlongPath(coordination(), ['mm-mswrr', 'cmm-29', 'msdhs', 'ayutthaya', 'rtp'])).toEqual([
      'mm-mswrr~msdhs',
      'msdhs~rtp',
    ]);
  });

  it('scales sizes and widths monotonically and within bounds', () => {
    expect(tieWidth(0, 1)).toBe(1);
    expect(tieWidth(1, 1)).toBe(10);
    expect(tieWidth(1, 0)).toBe(1);
    expect(nodeSize(24, 0)).toBe(24);
    expect(nodeSize(24, 1000)).toBe(54);
    expect(tieKind({ instrumentKinds: ['JOINT_CASE'] })).toBe('JOINT_CASE');
  });
});
