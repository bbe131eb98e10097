/**
 * The period comparison, as pure functions: the API's tie changes (new, lapsed, strengthened,
 * weakened) and the two periods' coordination ties become one diff-coloured picture, in which
 * ties present in both periods at the same strength are drawn as unchanged.
 */
import type { ElementDefinition } from 'cytoscape';
import type { CitationFieldsFragment, PeriodChangesQuery, TieChangeKind } from '../__generated__/graphql.js';
import type { Period } from './url-state.js';
import { truncateLabel } from './elements.js';

export type ChangeKind = TieChangeKind | 'UNCHANGED';

export const CHANGE_ORDER: readonly ChangeKind[] = ['NEW', 'STRENGTHENED', 'WEAKENED', 'LAPSED', 'UNCHANGED'];

/** Colour and line per kind of change: told apart by the line as well as the colour. */
export const CHANGE_STYLE: Record<ChangeKind, { colour: string; line: 'solid' | 'dashed' | 'dotted'; words: string }> =
  {
    NEW: { colour: '#15803d', line: 'solid', words: 'New' },
    STRENGTHENED: { colour: '#1d4ed8', line: 'solid', words: 'Strengthened' },
    WEAKENED: { colour: '#b45309', line: 'dotted', words: 'Weakened' },
    LAPSED: { colour: '#b42318', line: 'dashed', words: 'Lapsed' },
    UNCHANGED: { colour: '#94a3b8', line: 'solid', words: 'Unchanged' },
  };

export type TieChange = PeriodChangesQuery['periodChanges'][number];
type ChangeTie = NonNullable<TieChange['before']>;
type End = ChangeTie['a'];

/** One evidence item of a change: an instrument with its citations, and whether it is new in period B. */
export interface ChangeEvidence {
  id: string;
  nodeKind: string;
  name: string;
  sources: CitationFieldsFragment[];
  /** In period B only (what made the tie new or stronger). */
  added: boolean;
}

/** The tie a change is about: its id and ends, as in either period. */
export function changedTie(change: TieChange): ChangeTie {
  return (change.after ?? change.before)!;
}

/**
 * The evidence of a change: for a lapsed tie what it rested on in period A; otherwise what it
 * rests on in period B, the instruments new since A first.
 */
export function changeEvidence(change: TieChange): ChangeEvidence[] {
  if (!change.after) return (change.before?.evidence ?? []).map((e) => ({ ...e, added: false }));
  const before = new Set((change.before?.evidence ?? []).map((e) => e.id));
  const items = change.after.evidence.map((e) => ({ ...e, added: !before.has(e.id) }));
  return [...items.filter((e) => e.added), ...items.filter((e) => !e.added)];
}

export interface PictureTie {
  id: string;
  a: string;
  b: string;
  kind: ChangeKind;
  weight: number;
}

export interface Picture {
  nodes: Map<string, End>;
  ties: PictureTie[];
}

/** The ties of one period, as the coordination query answers them. */
export interface PeriodTies {
  ties: readonly { id: string; a: { id: string }; b: { id: string }; weight: number }[];
  organizations: readonly End[];
}

/**
 * One picture of both periods: every changed tie with its kind, and (when `unchanged`) the ties
 * of both periods the changes do not name, as unchanged.
 */
export function comparePicture(
  changes: readonly TieChange[],
  periods: readonly PeriodTies[],
  unchanged: boolean,
): Picture {
  const nodes = new Map<string, End>();
  const ties = new Map<string, PictureTie>();
  for (const c of changes) {
    const t = changedTie(c);
    nodes.set(t.a.id, t.a);
    nodes.set(t.b.id, t.b);
    ties.set(t.id, { id: t.id, a: t.a.id, b: t.b.id, kind: c.kind, weight: Math.max(c.weightBefore, c.weightAfter) });
  }
  if (unchanged) {
    for (const p of periods) {
      const orgs = new Map(p.organizations.map((o) => [o.id, o]));
      for (const t of p.ties) {
        if (ties.has(t.id)) continue;
        const [a, b] = [orgs.get(t.a.id), orgs.get(t.b.id)];
        if (!a || !b) continue;
        nodes.set(a.id, a);
        nodes.set(b.id, b);
        ties.set(t.id, { id: t.id, a: a.id, b: b.id, kind: 'UNCHANGED', weight: t.weight });
      }
    }
  }
  return { nodes, ties: [...ties.values()] };
}

/** How many ties of each kind the picture holds. */
export function countByKind(picture: Picture): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_ORDER.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const t of picture.ties) counts[t.kind] += 1;
  return counts;
}

/** The status bar's line for a comparison: the periods, the ties drawn and each kind of change. */
export function changesStatusWords(a: Period, b: Period, drawn: number, counts: Record<ChangeKind, number>): string {
  const kinds = CHANGE_ORDER.filter((k) => k !== 'UNCHANGED' && counts[k] > 0).map(
    (k) => `${counts[k]} ${CHANGE_STYLE[k].words.toLowerCase()}`,
  );
  return `${periodWords(a)} → ${periodWords(b)}: ${drawn} ties drawn${kinds.length ? ` · ${kinds.join(' · ')}` : ' · no change'}`;
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The picture as Cytoscape elements (sorted by id, for a reproducible layout). */
export function changeElements(picture: Picture, selected: string | null): ElementDefinition[] {
  const maxWeight = picture.ties.reduce((m, t) => Math.max(m, t.weight), 0) || 1;
  const nodes: ElementDefinition[] = [...picture.nodes.values()].sort(byId).map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      label: truncateLabel(n.acronym ?? n.name),
      nodeKind: n.nodeKind,
      ...(n.orgKind ? { orgKind: n.orgKind } : {}),
    },
    classes: n.id === selected ? 'selected' : '',
  }));
  const edges: ElementDefinition[] = [...picture.ties].sort(byId).map((t) => ({
    group: 'edges',
    data: {
      id: t.id,
      source: t.a,
      target: t.b,
      change: t.kind,
      width: Math.round((1.5 + 6 * Math.sqrt(t.weight / maxWeight)) * 10) / 10,
    },
    classes: ['change', `change-${t.kind.toLowerCase()}`, ...(t.id === selected ? ['selected'] : [])].join(' '),
  }));
  return [...nodes, ...edges];
}

/** The stylesheet rules of the picture's ties (added to the explorer's stylesheet). */
export function changeStyles(): { selector: string; style: Record<string, unknown> }[] {
  return [
    { selector: 'edge.change', style: { width: 'data(width)', 'curve-style': 'straight', opacity: 0.9 } },
    ...CHANGE_ORDER.map((k) => ({
      selector: `edge.change-${k.toLowerCase()}`,
      style: {
        'line-color': CHANGE_STYLE[k].colour,
        'line-style': CHANGE_STYLE[k].line,
        ...(k === 'UNCHANGED' ? { opacity: 0.35 } : { 'z-index': 10 }),
      },
    })),
  ];
}

/** A period in words: "2013", "2013–2024", "until 2013", "from 2024". */
export function periodWords(p: Period): string {
  if (p.from && p.until) return p.from === p.until ? p.from : `${p.from}–${p.until}`;
  if (p.until) return `until ${p.until}`;
  if (p.from) return `from ${p.from}`;
  return 'all dates';
}

/** The periods to compare when none are chosen: the data's first year against its last. */
export function defaultPeriods(earliest: string | null, latest: string | null): { a: Period; b: Period } | null {
  if (!earliest || !latest) return null;
  const [first, last] = [earliest.slice(0, 4), latest.slice(0, 4)];
  return { a: { from: first, until: first }, b: { from: last, until: last } };
}
