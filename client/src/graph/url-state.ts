/**
 * The explorer's state in the URL: the focus, what was expanded, hidden, pinned and selected, the
 * filters, the view and the layout. A view can be bookmarked and shared, and the back button
 * works. Defaults are left out, so a fresh explorer has a bare URL; unknown values are dropped.
 */
import { DEFAULT_FILTERS, type Filters } from './filter.js';
import { PAIR_KINDS, parsePair } from './gaps.js';
import { isPartialDate } from './partial-date.js';
import type { PairKind } from '../__generated__/graphql.js';
import { GRAPH_NODE_KINDS, ORGANIZATION_KINDS, RELATIONSHIP_TYPES, SECTORS, TOPICS } from './vocabulary.js';

export const VIEWS = ['evidence', 'coordination'] as const;
export type ViewName = (typeof VIEWS)[number];
export const LAYOUTS = ['force', 'forceatlas2', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const TABS = ['graph', 'table', 'gaps', 'changes'] as const;
export type TabName = (typeof TABS)[number];

export interface PathRequest {
  from: string;
  to: string;
  /** The longest path looked for, in ties (1 to 6). */
  maxLength: number;
}

export const DEFAULT_PATH_LENGTH = 4;

/** How big pictures are drawn: expansion depth and ties, node size, clusters (see graph/clusters.ts). */
export const SIZE_BY = ['degree', 'weight', 'brokerage'] as const;
export const CLUSTER_MODES = ['auto', 'on', 'off'] as const;
export interface PictureState {
  /** Hops an expansion reaches (1 to 3). */
  depth: number;
  /** Expand along these relationship types only; null: every type. */
  via: (typeof RELATIONSHIP_TYPES)[number][] | null;
  sizeBy: (typeof SIZE_BY)[number];
  clusters: (typeof CLUSTER_MODES)[number];
}
export const DEFAULT_PICTURE: PictureState = { depth: 1, via: null, sizeBy: 'degree', clusters: 'auto' };

/** The Gaps view's own settings: the country pair opened, and the analyses' parameters. */
export interface GapsState {
  /** The matrix cell opened, as two ISO codes. */
  pair: [string, string] | null;
  /** Dormant agreements: no activity for this many months. */
  months: number;
  /** Missing links: which pairs to suggest. */
  pairKind: PairKind;
}

export const DEFAULT_GAPS: GapsState = { pair: null, months: 24, pairKind: 'ANY' };

/** A period of the comparison: years, either end open. */
export interface Period {
  from: string | null;
  until: string | null;
}

/** The period comparison's two windows; null until chosen (the view then offers the data's first and last years). */
export interface ChangesState {
  a: Period | null;
  b: Period | null;
}

export const DEFAULT_CHANGES: ChangesState = { a: null, b: null };

export interface ViewState {
  view: ViewName;
  layout: LayoutName;
  tab: TabName;
  /** The node the exploration centres on. */
  focus: string | null;
  /** Nodes whose neighbourhood is loaded. */
  expanded: string[];
  hidden: string[];
  pinned: string[];
  /** "Show only the selection and its ties": these and their neighbours. */
  only: string[];
  selected: string[];
  groupByCountry: boolean;
  filters: Filters;
  path: PathRequest | null;
  gaps: GapsState;
  /** The period comparison (the Changes tab). */
  changes: ChangesState;
  /** Coordination around a focus: also draw the ties among its partners (not only those touching it). */
  partnerTies: boolean;
  /** What the picture shows, when an analysis opened it (a Gaps pair): the exports' default title. */
  subject: string | null;
  picture: PictureState;
}

/** A subject is a title: one line of readable text. */
const SUBJECT_MAX = 120;

function subject(value: string | null): string | null {
  // Control characters (C0, DEL, C1) never belong in a title.
  const text = value
    ?.replace(/\p{Cc}/gu, ' ')
    .trim()
    .slice(0, SUBJECT_MAX);
  return text ? text : null;
}

export const DEFAULT_STATE: ViewState = {
  view: 'evidence',
  layout: 'force',
  tab: 'graph',
  focus: null,
  expanded: [],
  hidden: [],
  pinned: [],
  only: [],
  selected: [],
  groupByCountry: false,
  filters: DEFAULT_FILTERS,
  path: null,
  gaps: DEFAULT_GAPS,
  changes: DEFAULT_CHANGES,
  partnerTies: false,
  subject: null,
  picture: DEFAULT_PICTURE,
};

const ID = /^[A-Za-z0-9_.:~-]+$/;

function ids(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((v) => ID.test(v)))];
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A list filter: absent means "every value"; values outside the vocabulary are dropped. */
function enumList<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null;
  if (value === '') return [];
  return value.split(',').filter((v): v is T => allowed.includes(v as T));
}

/** `2013~2013`, `~2013` or `2024~`: a period; anything else is dropped. */
export function parsePeriod(value: string | null): Period | null {
  const m = /^(\d{4})?~(\d{4})?$/.exec(value ?? '');
  if (!m || (!m[1] && !m[2])) return null;
  if (m[1] && m[2] && m[1] > m[2]) return null;
  return { from: m[1] ?? null, until: m[2] ?? null };
}

function date(value: string | null): string | null {
  return value && isPartialDate(value) ? value : null;
}

export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  const list = (key: string, values: readonly string[] | null) => {
    if (values !== null) p.set(key, values.join(','));
  };
  const nonEmpty = (key: string, values: readonly string[]) => {
    if (values.length) p.set(key, values.join(','));
  };
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.layout !== DEFAULT_STATE.layout) p.set('layout', state.layout);
  if (state.tab !== DEFAULT_STATE.tab) p.set('tab', state.tab);
  if (state.focus) p.set('focus', state.focus);
  if (state.subject) p.set('subject', state.subject);
  nonEmpty('x', state.expanded);
  nonEmpty('hide', state.hidden);
  nonEmpty('pin', state.pinned);
  nonEmpty('only', state.only);
  nonEmpty('sel', state.selected);
  if (state.groupByCountry) p.set('group', 'country');
  const f = state.filters;
  list('kinds', f.nodeKinds);
  list('orgKinds', f.orgKinds);
  list('sectors', f.sectors);
  list('countries', f.countries);
  list('topics', f.topics);
  list('rels', f.relTypes);
  if (f.from) p.set('from', f.from);
  if (f.until) p.set('until', f.until);
  if (f.showIsolated) p.set('isolated', 'show');
  if (!f.undated) p.set('undated', 'hide');
  if (state.partnerTies) p.set('partners', 'show');
  const period = (key: string, v: Period | null) => {
    if (v) p.set(key, `${v.from ?? ''}~${v.until ?? ''}`);
  };
  period('periodA', state.changes.a);
  period('periodB', state.changes.b);
  if (state.path) {
    const { from, to, maxLength } = state.path;
    p.set('path', maxLength === DEFAULT_PATH_LENGTH ? `${from}~${to}` : `${from}~${to}~${maxLength}`);
  }
  const g = state.gaps;
  if (g.pair) p.set('pair', g.pair.join('~'));
  if (g.months !== DEFAULT_GAPS.months) p.set('months', String(g.months));
  if (g.pairKind !== DEFAULT_GAPS.pairKind) p.set('pairKind', g.pairKind);
  const pic = state.picture;
  if (pic.depth !== DEFAULT_PICTURE.depth) p.set('depth', String(pic.depth));
  if (pic.via) p.set('via', pic.via.join(','));
  if (pic.sizeBy !== DEFAULT_PICTURE.sizeBy) p.set('size', pic.sizeBy);
  if (pic.clusters !== DEFAULT_PICTURE.clusters) p.set('clusters', pic.clusters);
  const s = p.toString();
  // Commas and colons are safe in a query string and keep the URL readable.
  return s ? `?${s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~')}` : '';
}

export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const [from, to, max] = (p.get('path') ?? '').split('~');
  const maxLength = max && /^[1-6]$/.test(max) ? Number(max) : DEFAULT_PATH_LENGTH;
  const path = from && to && ID.test(from) && ID.test(to) ? { from, to, maxLength } : null;
  const countries = p.get('countries');
  return {
    view: oneOf(p.get('view'), VIEWS, DEFAULT_STATE.view),
    layout: oneOf(p.get('layout'), LAYOUTS, DEFAULT_STATE.layout),
    tab: oneOf(p.get('tab'), TABS, DEFAULT_STATE.tab),
    focus: ids(p.get('focus'))[0] ?? null,
    subject: subject(p.get('subject')),
    expanded: ids(p.get('x')),
    hidden: ids(p.get('hide')),
    pinned: ids(p.get('pin')),
    only: ids(p.get('only')),
    selected: ids(p.get('sel')),
    groupByCountry: p.get('group') === 'country',
    filters: {
      nodeKinds: enumList(p.get('kinds'), GRAPH_NODE_KINDS),
      orgKinds: enumList(p.get('orgKinds'), ORGANIZATION_KINDS),
      sectors: enumList(p.get('sectors'), SECTORS),
      countries: countries === null ? null : countries.split(',').filter((c) => /^[A-Z]{2}$/.test(c)),
      topics: enumList(p.get('topics'), TOPICS),
      relTypes: enumList(p.get('rels'), RELATIONSHIP_TYPES),
      from: date(p.get('from')),
      until: date(p.get('until')),
      showIsolated: p.get('isolated') === 'show',
      undated: p.get('undated') !== 'hide',
    },
    partnerTies: p.get('partners') === 'show',
    changes: { a: parsePeriod(p.get('periodA')), b: parsePeriod(p.get('periodB')) },
    path,
    gaps: {
      pair: parsePair(p.get('pair')),
      months: /^\d{1,3}$/.test(p.get('months') ?? '') ? Number(p.get('months')) : DEFAULT_GAPS.months,
      pairKind: oneOf(p.get('pairKind'), PAIR_KINDS, DEFAULT_GAPS.pairKind),
    },
    picture: {
      depth: /^[1-3]$/.test(p.get('depth') ?? '') ? Number(p.get('depth')) : DEFAULT_PICTURE.depth,
      via: (() => {
        const via = enumList(p.get('via'), RELATIONSHIP_TYPES);
        return via && via.length ? via : null;
      })(),
      sizeBy: oneOf(p.get('size'), SIZE_BY, DEFAULT_PICTURE.sizeBy),
      clusters: oneOf(p.get('clusters'), CLUSTER_MODES, DEFAULT_PICTURE.clusters),
    },
  };
}
