/**
 * The explorer's actions on its view state, with undo of the last actions. Pure: the React hook
 * (useExplorer) keeps the result in the URL.
 */
import { DEFAULT_FILTERS, type Filters } from '../graph/filter.js';
import {
  DEFAULT_STATE,
  type LayoutName,
  type PathRequest,
  type TabName,
  type ViewName,
  type GapsState,
  type ChangesState,
  type PictureState,
  type ViewState,
} from '../graph/url-state.js';
import type { FocusPlan } from '../graph/gaps.js';

export type Action =
  | { type: 'restore'; state: ViewState }
  /** A whole state from elsewhere (a saved view): a new history entry, undoable. */
  | { type: 'open'; state: ViewState }
  | { type: 'focus'; id: string }
  | { type: 'expand'; ids: string[] }
  | { type: 'collapse'; ids: string[] }
  | { type: 'hide'; ids: string[] }
  | { type: 'unhideAll' }
  | { type: 'showOnly'; ids: string[] }
  | { type: 'showAll' }
  | { type: 'togglePin'; ids: string[] }
  | { type: 'select'; ids: string[]; additive?: boolean }
  | { type: 'setView'; view: ViewName }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setTab'; tab: TabName }
  | { type: 'setFilters'; filters: Partial<Filters> }
  | { type: 'resetFilters' }
  | { type: 'toggleGroup' }
  | { type: 'setPath'; path: PathRequest | null }
  | { type: 'clear' }
  | { type: 'setGaps'; gaps: Partial<GapsState> }
  | { type: 'setChanges'; changes: Partial<ChangesState> }
  /** Leave the focus: the Coordination view shows the whole network again. */
  | { type: 'unfocus' }
  | { type: 'togglePartnerTies' }
  /** Expansion depth and ties, node size and clusters. */
  | { type: 'setPicture'; picture: Partial<PictureState> }
  /** Show an analysis result's evidence in the graph (see graph/gaps.ts). */
  | { type: 'focusOn'; plan: FocusPlan }
  | { type: 'undo' };

export interface ExplorerState {
  current: ViewState;
  /** Earlier states, most recent last, for undo. */
  past: ViewState[];
  /**
   * How the URL should follow: 'push' a history entry, 'replace' the current one (selection
   * changes, which the back button should not step through), or 'none' (the URL is the source).
   */
  url: 'push' | 'replace' | 'none';
}

const MAX_UNDO = 50;

export function initialExplorerState(current: ViewState): ExplorerState {
  return { current, past: [], url: 'none' };
}

const without = (list: readonly string[], ids: readonly string[]) => list.filter((x) => !ids.includes(x));
const union = <T extends string>(list: readonly T[], ids: readonly T[]): T[] => [
  ...list,
  ...ids.filter((x) => !list.includes(x)),
];

/** The next view state, or the same object when the action changes nothing. */
export function applyAction(
  s: ViewState,
  action: Exclude<Action, { type: 'undo' } | { type: 'restore' } | { type: 'open' }>,
): ViewState {
  switch (action.type) {
    case 'focus': {
      const id = action.id;
      return {
        ...s,
        focus: id,
        // Focusing a node of one's own makes the picture about it, not about what opened it.
        subject: null,
        selected: [id],
        expanded: union(s.expanded, [id]),
        hidden: without(s.hidden, [id]),
        only: s.only.length ? union(s.only, [id]) : s.only,
      };
    }
    case 'expand':
      if (!action.ids.length) return s;
      return {
        ...s,
        expanded: union(s.expanded, action.ids),
        hidden: without(s.hidden, action.ids),
        only: s.only.length ? union(s.only, action.ids) : s.only,
      };
    case 'collapse':
      return { ...s, expanded: without(s.expanded, action.ids) };
    case 'hide':
      if (!action.ids.length) return s;
      return {
        ...s,
        hidden: union(s.hidden, action.ids),
        selected: without(s.selected, action.ids),
        pinned: without(s.pinned, action.ids),
      };
    case 'unhideAll':
      return s.hidden.length ? { ...s, hidden: [] } : s;
    case 'showOnly':
      return action.ids.length ? { ...s, only: [...action.ids] } : s;
    case 'showAll':
      return s.only.length ? { ...s, only: [] } : s;
    case 'togglePin': {
      const allPinned = action.ids.every((id) => s.pinned.includes(id));
      return { ...s, pinned: allPinned ? without(s.pinned, action.ids) : union(s.pinned, action.ids) };
    }
    case 'select': {
      if (!action.additive) return { ...s, selected: [...action.ids] };
      const [id] = action.ids;
      if (id === undefined) return s;
      return { ...s, selected: s.selected.includes(id) ? without(s.selected, [id]) : [...s.selected, id] };
    }
    case 'setView':
      return s.view === action.view ? s : { ...s, view: action.view, only: [] };
    case 'setLayout':
      return s.layout === action.layout ? s : { ...s, layout: action.layout };
    case 'setTab':
      return s.tab === action.tab ? s : { ...s, tab: action.tab };
    case 'setFilters':
      return { ...s, filters: { ...s.filters, ...action.filters } };
    case 'resetFilters':
      return { ...s, filters: DEFAULT_FILTERS };
    case 'toggleGroup':
      return { ...s, groupByCountry: !s.groupByCountry };
    case 'setPath':
      return { ...s, path: action.path };
    case 'clear':
      return {
        ...DEFAULT_STATE,
        view: s.view,
        layout: s.layout,
        tab: s.tab,
        filters: s.filters,
        gaps: s.gaps,
        changes: s.changes,
        picture: s.picture,
      };
    case 'setGaps':
      return { ...s, gaps: { ...s.gaps, ...action.gaps } };
    case 'setChanges':
      return { ...s, changes: { ...s.changes, ...action.changes } };
    case 'unfocus':
      return s.focus || s.only.length ? { ...s, focus: null, only: [] } : s;
    case 'togglePartnerTies':
      return { ...s, partnerTies: !s.partnerTies };
    case 'setPicture':
      return { ...s, picture: { ...s.picture, ...action.picture } };
    case 'focusOn': {
      const { plan } = action;
      return {
        ...s,
        view: plan.view,
        tab: 'graph',
        focus: plan.focus,
        subject: plan.subject ?? null,
        expanded: plan.view === 'evidence' ? [...plan.expand] : s.expanded,
        selected: [...plan.select],
        only: [...plan.only],
        hidden: without(s.hidden, [...plan.expand, ...plan.select, ...plan.only]),
        path: null,
        // A node-kind filter that would hide what the plan names is widened to it.
        filters:
          s.filters.nodeKinds && plan.kinds.some((k) => !s.filters.nodeKinds!.includes(k))
            ? { ...s.filters, nodeKinds: union(s.filters.nodeKinds, plan.kinds) }
            : s.filters,
      };
    }
  }
}

/** Actions the analyst may want to take back; selecting and switching tabs are not among them. */
const UNDOABLE = new Set<Action['type']>([
  'focus',
  'expand',
  'collapse',
  'hide',
  'unhideAll',
  'showOnly',
  'showAll',
  'togglePin',
  'setView',
  'setLayout',
  'setFilters',
  'resetFilters',
  'toggleGroup',
  'setPicture',
  'setPath',
  'clear',
  'focusOn',
  'unfocus',
  'togglePartnerTies',
]);

export function explorerReducer(state: ExplorerState, action: Action): ExplorerState {
  if (action.type === 'restore') return { current: action.state, past: state.past, url: 'none' };
  if (action.type === 'open') {
    return { current: action.state, past: [...state.past, state.current].slice(-MAX_UNDO), url: 'push' };
  }
  if (action.type === 'undo') {
    const previous = state.past[state.past.length - 1];
    if (!previous) return state;
    return { current: previous, past: state.past.slice(0, -1), url: 'push' };
  }
  const next = applyAction(state.current, action);
  if (next === state.current) return state;
  const past = UNDOABLE.has(action.type) ? [...state.past, state.current].slice(-MAX_UNDO) : state.past;
  return { current: next, past, url: action.type === 'select' ? 'replace' : 'push' };
}
