/**
 * Presentation mode: saved views one after another, full screen (the Fullscreen API when the
 * browser allows it, else the explorer fills the window with its panels put away). ArrowRight and
 * PageDown step on, ArrowLeft and PageUp step back, Esc leaves.
 */
import { useEffect, useRef } from 'react';
import type { SavedView } from './ViewsMenu.js';

export interface PresentationProps {
  views: SavedView[];
  index: number;
  onStep(index: number): void;
  onExit(): void;
}

export function Presentation({ views, index, onStep, onExit }: PresentationProps) {
  const latest = useRef({ index, onStep, onExit, count: views.length });
  latest.current = { index, onStep, onExit, count: views.length };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { index: i, count, onStep: step, onExit: exit } = latest.current;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') {
        if (i < count - 1) step(i + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        if (i > 0) step(i - 1);
      } else if (e.key === 'Escape') {
        exit();
      } else return;
      e.preventDefault();
      e.stopPropagation();
    };
    // Leaving full screen (the browser takes Esc for that) ends the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) latest.current.onExit();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  const view = views[index];
  return (
    <div className="presentation-bar" role="status" aria-live="polite" data-testid="presentation">
      <span className="presentation-name" data-testid="presentation-name">
        {view?.name}
      </span>
      <span className="presentation-count" data-testid="presentation-count">
        {index + 1} / {views.length}
      </span>
      <span className="presentation-hint">← → to step · Esc to leave</span>
    </div>
  );
}

/** Asks for full screen; without it (refused, or no API) the full-window layout stands alone. */
export async function enterFullscreen(): Promise<void> {
  try {
    if (document.fullscreenEnabled && !document.fullscreenElement) await document.documentElement.requestFullscreen();
  } catch {
    // The overlay still fills the window.
  }
}

export async function leaveFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Nothing to leave.
  }
}
