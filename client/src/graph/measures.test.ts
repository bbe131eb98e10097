import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyMeasure, labelBox, labelSizeForRank, placeLabels } from './measures.js';

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id, label: id, nodeKind: 'ORGANIZATION' } });
const edge = (s: string, t: string, weight?: number): ElementDefinition => ({
  group: 'edges',
  data: { id: `${s}-${t}`, source: s, target: t, ...(weight ? { weight } : {}) },
});

/** Two stars (h1 with four leaves, h2 with two) joined through a broker b. */
function bowtie(): ElementDefinition[] {
  return [
    ...['h1', 'h2', 'b', 'l1', 'l2', 'l3', 'l4', 'm1', 'm2'].map(node),
    edge('h1', 'l1'),
    edge('h1', 'l2'),
    edge('h1', 'l3'),
    edge('h1', 'l4'),
    edge('h2', 'm1', 9),
    edge('h2', 'm2', 9),
    edge('h1', 'b'),
    edge('b', 'h2'),
  ];
}

const data = (els: ElementDefinition[], id: string) => els.find((e) => e.data.id === id)!.data;

describe('node measures', () => {
  it('sizes by ties: the node with most ties is the largest and ranks first', () => {
    const els = applyMeasure(bowtie(), 'degree');
    expect(data(els, 'h1').size).toBeGreaterThan(data(els, 'h2').size);
    expect(data(els, 'h1').rank).toBeGreaterThan(data(els, 'h2').rank);
    expect(data(els, 'l1').size).toBeLessThan(data(els, 'b').size);
  });

  it('sizes by weight: heavy ties outweigh many light ones', () => {
    const els = applyMeasure(bowtie(), 'weight');
    expect(data(els, 'h2').size).toBeGreaterThan(data(els, 'h1').size);
  });

  it('sizes by brokerage: the node every path between the stars crosses is among the largest', () => {
    const els = applyMeasure(bowtie(), 'brokerage');
    expect(data(els, 'b').size).toBeGreaterThan(data(els, 'h2').size);
    expect(data(els, 'l1').measure).toBe(0);
  });

  it('gives the top-ranked nodes the largest labels', () => {
    expect(labelSizeForRank(0, 200)).toBeGreaterThan(labelSizeForRank(20, 200));
    expect(labelSizeForRank(20, 200)).toBeGreaterThan(labelSizeForRank(150, 200));
  });

  it('keeps the more important of two overlapping labels, and both when they do not overlap', () => {
    const a = { id: 'a', rank: 2, box: labelBox(0, 0, 30, 'Ministry of Social Development', 11) };
    const b = { id: 'b', rank: 1, box: labelBox(10, 5, 30, 'Royal Thai Police', 11) };
    const c = { id: 'c', rank: 0, box: labelBox(600, 0, 30, 'IOM', 11) };
    expect([...placeLabels([b, c, a])].sort()).toEqual(['a', 'c']);
  });
});
