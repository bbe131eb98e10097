import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { neighbourTowards } from './useKeyboardNavigation.js';

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
