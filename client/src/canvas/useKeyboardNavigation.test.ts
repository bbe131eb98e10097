import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { describe as describeNode, describeTie, neighbourTowards, tiesOf } from './useKeyboardNavigation.js';

/** A hub with neighbours right, below-right, left and above, and a node to the right it is not tied to. */
function graph() {
  return cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'hub' }, position: { x: 0, y: 0 } },
      { data: { id: 'right' }, position: { x: 100, y: 5 } },
      { data: { id: 'below-right' }, position: { x: 60, y: 80 } },
      { data: { id: 'left' }, position: { x: -120, y: 0 } },
      { data: { id: 'above' }, position: { x: 10, y: -90 } },
      { data: { id: 'stranger' }, position: { x: 30, y: 0 } },
      { data: { id: 'a', source: 'hub', target: 'right' } },
      { data: { id: 'b', source: 'hub', target: 'below-right' } },
      { data: { id: 'c', source: 'left', target: 'hub' } },
      { data: { id: 'd', source: 'hub', target: 'above' } },
    ],
  });
}

describe('arrow keys between neighbours', () => {
  it('moves to the neighbour lying most nearly in the direction, never to a node it is not tied to', () => {
    const cy = graph();
    const hub = cy.getElementById('hub');
    const towards = (degrees: number) => neighbourTowards(hub as cytoscape.NodeSingular, degrees)?.id() ?? null;
    expect(towards(0)).toBe('right');
    expect(towards(90)).toBe('below-right');
    expect(towards(180)).toBe('left');
    expect(towards(270)).toBe('above');
  });

  it('finds none when no neighbour lies within 90° of the direction', () => {
    const cy = graph();
    const leaf = cy.getElementById('left') as cytoscape.NodeSingular;
    expect(neighbourTowards(leaf, 180)).toBeNull();
    expect(neighbourTowards(leaf, 0)?.id()).toBe('hub');
  });
});

describe('ties and clusters, in words', () => {
  function clustered() {
    return cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'msdhs', label: 'MSDHS', nodeKind: 'ORGANIZATION' }, position: { x: 0, y: 0 } },
        { data: { id: 'iom', label: 'IOM', nodeKind: 'ORGANIZATION' }, position: { x: 100, y: 0 } },
        { data: { id: 'dsi', label: 'DSI', nodeKind: 'ORGANIZATION' }, position: { x: 0, y: 100 } },
        {
          data: { id: 'cluster:rtp', label: 'Royal Thai Police +23', nodeKind: 'CLUSTER', members: 24 },
          classes: 'cluster',
          position: { x: -100, y: 0 },
        },
        { data: { id: 'cluster:open', label: 'UNODC +2 (open)', members: 3 }, classes: 'cluster-box' },
        { data: { id: 'm1', label: 'UNODC', parent: 'cluster:open' }, position: { x: 200, y: 200 } },
        { data: { id: 'm2', label: 'UNDP', parent: 'cluster:open' }, position: { x: 220, y: 200 } },
        { data: { id: 'r1', source: 'msdhs', target: 'iom', type: 'PARTNERS_WITH' } },
        { data: { id: 'r2', source: 'dsi', target: 'msdhs', tieKind: 'FORMAL', weight: 3 }, classes: 'tie undated' },
        { data: { id: 'r3', source: 'msdhs', target: 'cluster:rtp', count: 7 }, classes: 'cluster-tie' },
      ],
    });
  }
  const node = (cy: cytoscape.Core, id: string) => cy.getElementById(id) as cytoscape.NodeSingular;

  it("lists a node's ties clockwise from the right and names both ends of each", () => {
    const cy = clustered();
    const ties = tiesOf(node(cy, 'msdhs'));
    expect(ties.map((e) => e.id())).toEqual(['r1', 'r2', 'r3']);
    expect(describeTie(ties[0]!)).toBe('MSDHS — IOM, partners with.');
    expect(describeTie(ties[1]!)).toMatch(/^DSI — MSDHS, formal coordination, weight 3, undated\.$/);
    expect(describeTie(ties[2]!)).toBe('MSDHS — cluster Royal Thai Police and 23 others, 7 ties.');
  });

  it('announces a cluster by its lead member and the number of others, and an open one by its members', () => {
    const cy = clustered();
    expect(describeNode(node(cy, 'cluster:rtp'))).toMatch(
      /^Cluster: Royal Thai Police and 23 others, 1 neighbour\. Enter opens it\.$/,
    );
    expect(describeNode(node(cy, 'cluster:open'))).toMatch(
      /^Open cluster: UNODC and 2 others\. Enter closes it.* 2 members/,
    );
    // An open cluster's members are what the keys reach from its box.
    expect(neighbourTowards(node(cy, 'cluster:open'), 0)).not.toBeNull();
  });
});
