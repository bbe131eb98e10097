/** What keyboard navigation shows and says: the ring around the focused node and a live region. */
import type { KeyboardNavigation } from './useKeyboardNavigation.js';

export function KeyboardFocus({ navigation }: { navigation: KeyboardNavigation }) {
  const { ring, current, tie, announcement } = navigation;
  return (
    <>
      {ring && current && (
        <div
          className="kbd-focus-ring"
          data-testid="keyboard-focus"
          data-node-id={current}
          data-edge-id={tie ?? undefined}
          aria-hidden="true"
          style={{ left: ring.x - ring.size / 2, top: ring.y - ring.size / 2, width: ring.size, height: ring.size }}
        />
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="graph-announcer">
        {announcement}
      </div>
    </>
  );
}
