/**
 * Opening a saved view: its state, and the positions to draw while the explorer still shows that
 * view. Selecting, pinning or switching tabs keeps the arrangement; anything that changes what is
 * drawn or how it is laid out ends it.
 */
import { DEFAULT_GAPS, encodeState, type ViewState } from '../graph/url-state.js';

export type Positions = Record<string, { x: number; y: number }>;

/** The parts of a state that decide what is drawn and how it is laid out. */
export function arrangementKey(state: ViewState): string {
  return encodeState({ ...state, selected: [], pinned: [], tab: 'graph', gaps: DEFAULT_GAPS });
}

export function positionsOf(list: readonly { id: string; x: number; y: number }[]): Positions {
  return Object.fromEntries(list.map((p) => [p.id, { x: p.x, y: p.y }]));
}

export function positionList(positions: Positions): { id: string; x: number; y: number }[] {
  return Object.entries(positions).map(([id, p]) => ({ id, x: p.x, y: p.y }));
}
