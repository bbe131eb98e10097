/**
 * Moves nodes to their laid-out positions. The animation is stepped here rather than with
 * Cytoscape's element animations: those are pooled by element id, and an element removed and
 * added again (undo, regrouping) while one runs would never be stepped.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Positions = Record<string, { x: number; y: number }>;

const ease = (t: number) => (t < 0.5 ? 2 * t * t : -1 + (4 - 2 * t) * t);

/** The box the nodes will occupy, with room for their labels below them. */
function targetBox(cy: Core, positions: Positions) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((n: NodeSingular) => {
    if (n.isParent()) return;
    const p = positions[n.id()] ?? n.position();
    const r = Math.max(n.width(), n.height()) / 2;
    x1 = Math.min(x1, p.x - r - 40);
    x2 = Math.max(x2, p.x + r + 40);
    y1 = Math.min(y1, p.y - r);
    y2 = Math.max(y2, p.y + r + 30);
  });
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : null;
}

/**
 * Moves the unlocked nodes to `positions` (over `duration` ms, or at once when 0) while fitting
 * the view to where they are going. Returns a function that cancels the move.
 */
export function moveNodes(
  cy: Core,
  positions: Positions,
  options: { duration: number; padding: number; onDone(): void },
): () => void {
  const nodes = cy.nodes().filter((n: NodeSingular) => !n.isParent() && !n.locked() && positions[n.id()] !== undefined);
  const box = targetBox(cy, positions);
  cy.stop(true, false);
  if (options.duration <= 0) {
    cy.batch(() => nodes.forEach((n: NodeSingular) => void n.position(positions[n.id()]!)));
    if (box) cy.fit(cy.elements(), options.padding);
    options.onDone();
    return () => undefined;
  }
  const from = new Map(nodes.map((n: NodeSingular) => [n.id(), { ...n.position() }] as const));
  if (box)
    cy.animate({
      fit: { boundingBox: box, padding: options.padding } as never,
      duration: options.duration,
      easing: 'ease-in-out-quad',
    });
  const start = performance.now();
  let frame = 0;
  let cancelled = false;
  const step = (now: number) => {
    if (cancelled || cy.destroyed()) return;
    const t = Math.min(1, (now - start) / options.duration);
    const k = ease(t);
    cy.batch(() =>
      nodes.forEach((n: NodeSingular) => {
        if (n.removed()) return;
        const a = from.get(n.id())!;
        const b = positions[n.id()]!;
        n.position({ x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k });
      }),
    );
    if (t < 1) frame = requestAnimationFrame(step);
    else options.onDone();
  };
  frame = requestAnimationFrame(step);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
