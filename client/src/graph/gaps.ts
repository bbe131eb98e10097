/**
 * The Gaps view's pure logic: the bilateral matrix laid out as a grid, the colours and words of
 * each verdict, and what each analysis result shows in the graph when chosen ("focus plans").
 */
import type { BilateralStatus, CoverageStatus, NodeKind, PairKind } from '../__generated__/graphql.js';
import { PAIR_STATUSES, PAIR_STATUS_WORDS, pairStatusMeaning } from '../../../server/analysis/verdict-words.js';

/**
 * Verdicts, the most pressing first (the legend's order). The words come from the server's own
 * vocabulary of verdicts, so the matrix, the pair panel and the briefs say the same thing.
 */
export const BILATERAL_STATUSES: readonly BilateralStatus[] = PAIR_STATUSES;

export const BILATERAL_WORDS: Record<BilateralStatus, string> = PAIR_STATUS_WORDS;

/** What a verdict means, judged over `months` (the dormant list's threshold). */
export function bilateralMeaning(status: BilateralStatus, months: number): string {
  return pairStatusMeaning(status, months);
}

export interface Swatch {
  background: string;
  text: string;
}

/**
 * A heat scale of concern: no bilateral instrument at all is the strongest colour (deep red),
 * dormant amber, informal pale blue, active a calm pale green. Text colours keep a contrast of at
 * least 4.5:1.
 */
export const BILATERAL_COLOURS: Record<BilateralStatus, Swatch> = {
  NO_BILATERAL_INSTRUMENT: { background: '#9b1c1c', text: '#ffffff' },
  DORMANT: { background: '#f2b552', text: '#4a2c00' },
  INFORMAL: { background: '#d6e4f5', text: '#1e3a5f' },
  ACTIVE: { background: '#dcefe1', text: '#1d5a2f' },
};

export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['COVERED', 'CROSS_SECTOR', 'GAP', 'NO_COUNTERPART_KNOWN'];

export const COVERAGE_WORDS: Record<CoverageStatus, string> = {
  COVERED: 'Covered',
  CROSS_SECTOR: 'Cross-sector only',
  GAP: 'Gap',
  NO_COUNTERPART_KNOWN: 'No counterpart known',
};

export const COVERAGE_COLOURS: Record<CoverageStatus, Swatch> = {
  COVERED: { background: '#dcefe1', text: '#1d5a2f' },
  CROSS_SECTOR: { background: '#fdf0d5', text: '#6b4500' },
  GAP: { background: '#fde4e1', text: '#8f1d14' },
  NO_COUNTERPART_KNOWN: { background: '#eef0f3', text: '#4b5563' },
};

export const PAIR_KINDS: readonly PairKind[] = ['ANY', 'GOVERNMENT_NGO', 'DOMESTIC_FOREIGN', 'SAME_SECTOR'];

export const PAIR_KIND_WORDS: Record<PairKind, string> = {
  ANY: 'Any pair',
  GOVERNMENT_NGO: 'Government ↔ NGO',
  DOMESTIC_FOREIGN: 'Domestic ↔ foreign',
  SAME_SECTOR: 'Same sector',
};

export const ABSENCE_NOTE = 'Absence of evidence in the data is not proof of absence of cooperation.';

/** The pair key of two states, whichever order they come in: "LA~TH". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

export interface MatrixCellLike {
  a: { code: string };
  b: { code: string };
  status: BilateralStatus;
}

export interface MatrixGrid<C> {
  codes: string[];
  /** rows[i][j]: the cell of states i and j; null on the diagonal and for pairs the server left out. */
  rows: (C | null)[][];
  counts: Record<BilateralStatus, number>;
}

/** The symmetric grid of a matrix, in the order of the states asked (Thailand first by default). */
export function matrixGrid<C extends MatrixCellLike>(codes: readonly string[], cells: readonly C[]): MatrixGrid<C> {
  const byPair = new Map(cells.map((c) => [pairKey(c.a.code, c.b.code), c]));
  const counts = Object.fromEntries(BILATERAL_STATUSES.map((s) => [s, 0])) as Record<BilateralStatus, number>;
  for (const c of byPair.values()) counts[c.status] += 1;
  const rows = codes.map((a) => codes.map((b) => (a === b ? null : (byPair.get(pairKey(a, b)) ?? null))));
  return { codes: [...codes], rows, counts };
}

/** "TH~LA" in the URL ↔ a pair of ISO codes. */
export function parsePair(value: string | null): [string, string] | null {
  const m = /^([A-Z]{2})~([A-Z]{2})$/.exec(value ?? '');
  return m && m[1] !== m[2] ? [m[1]!, m[2]!] : null;
}

/** What choosing an analysis result shows in the graph. */
export interface FocusPlan {
  view: 'evidence' | 'coordination';
  /** The node the graph centres on. */
  focus: string | null;
  /** Nodes whose neighbourhoods are loaded (Evidence view). */
  expand: string[];
  /** Nodes selected (and so kept visible and marked). */
  select: string[];
  /** "Show only these and their ties" (Coordination view). */
  only: string[];
  /** The node kinds it names: a node-kind filter that leaves them out is widened to them. */
  kinds: NodeKind[];
  /**
   * What the picture is about, in words ("Thailand – Lao PDR: bilateral cooperation"): exports take
   * it as their title instead of whichever instrument happens to be focused.
   */
  subject?: string;
}

/** Expanding more instruments at once makes an unreadable graph: the first few tell the story. */
export const MAX_EXPAND = 12;

interface Ref {
  id: string;
  nodeKind: NodeKind;
}
interface Instrumented {
  bilateralAgreements: readonly Ref[];
  multilateralAgreements: readonly Ref[];
  meetings: readonly Ref[];
  jointCases: readonly Ref[];
}

const ids = (refs: readonly Ref[]) => refs.map((r) => r.id);
const unique = <T>(list: readonly T[]) => [...new Set(list)];
const kindsOf = (...lists: (readonly Ref[])[]) => unique(lists.flat().map((r) => r.nodeKind));

/** A node on its own: centre on it and load its neighbours. */
export function focusOnNode(node: Ref): FocusPlan {
  const id = node.id;
  return { view: 'evidence', focus: id, expand: [id], select: [id], only: [], kinds: [node.nodeKind] };
}

/**
 * A country pair: its instruments (bilateral ones first) with their parties and participants.
 * A pair with nothing shared has nothing to show.
 */
export function focusOnCell(cell: Instrumented): FocusPlan | null {
  const refs = [...cell.bilateralAgreements, ...cell.meetings, ...cell.jointCases, ...cell.multilateralAgreements];
  const all = unique(ids(refs)).slice(0, MAX_EXPAND);
  if (!all.length) return null;
  const kinds = unique([...kindsOf(refs), 'ORGANIZATION' as NodeKind]);
  return { view: 'evidence', focus: all[0]!, expand: all, select: all, only: [], kinds };
}

/** A coordination tie: the instruments behind it, with both organisations selected. */
export function focusOnTie(tie: { a: Ref; b: Ref; evidence: readonly Ref[] }): FocusPlan {
  const evidence = unique(ids(tie.evidence)).slice(0, MAX_EXPAND);
  const pair = [tie.a.id, tie.b.id];
  const kinds = kindsOf([tie.a, tie.b], tie.evidence);
  if (!evidence.length) return { view: 'evidence', focus: tie.a.id, expand: pair, select: pair, only: [], kinds };
  return { view: 'evidence', focus: evidence[0]!, expand: evidence, select: pair, only: [], kinds };
}

/** A missing link: both organisations and their partners in the coordination network. */
export function focusOnMissingLink(link: { a: Ref; b: Ref; sharedPartners: readonly Ref[] }): FocusPlan {
  const pair = [link.a.id, link.b.id];
  return {
    view: 'coordination',
    focus: link.a.id,
    expand: [],
    select: unique([...pair, ...ids(link.sharedPartners)]),
    only: pair,
    kinds: ['ORGANIZATION'],
  };
}

/** A dormant agreement: the agreement and its parties. */
export function focusOnAgreement(agreement: Ref, parties: readonly Ref[]): FocusPlan {
  return {
    view: 'evidence',
    focus: agreement.id,
    expand: [agreement.id],
    select: unique([agreement.id, ...ids(parties)]),
    only: [],
    kinds: kindsOf([agreement], parties),
  };
}

/** "2 bilateral agreements, 1 multilateral agreement, 3 meetings" counts of a cell's evidence. */
export function cellSummary(cell: Instrumented & { bilateralActivityCount: number }): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => {
    if (count) parts.push(`${count} ${count === 1 ? one : many}`);
  };
  n(cell.bilateralAgreements.length, 'bilateral agreement', 'bilateral agreements');
  n(cell.multilateralAgreements.length, 'multilateral agreement', 'multilateral agreements');
  n(cell.meetings.length, 'meeting', 'meetings');
  n(cell.jointCases.length, 'joint case', 'joint cases');
  n(cell.bilateralActivityCount, 'meeting or case of the pair’s own', 'meetings or cases of the pair’s own');
  return parts.length ? parts.join(', ') : 'nothing shared';
}

/** The two short count lines of a matrix cell: agreements split bilateral / multilateral, then activity. */
export function cellCounts(cell: Instrumented): [string, string] {
  const cases = cell.jointCases.length;
  return [
    `${cell.bilateralAgreements.length} bilat. · ${cell.multilateralAgreements.length} multi`,
    `${cell.meetings.length} mtg · ${cases} case${cases === 1 ? '' : 's'}`,
  ];
}

/** Instruments, for a list: which node kinds count as evidence a user can open. */
export function isInstrument(kind: NodeKind): boolean {
  return kind === 'AGREEMENT' || kind === 'MEETING' || kind === 'JOINT_CASE';
}

interface FilterLike {
  nodeKinds: readonly string[] | null;
  orgKinds: readonly string[] | null;
  sectors: readonly string[] | null;
  countries: readonly string[] | null;
  topics: readonly string[] | null;
  from: string | null;
  until: string | null;
}

const listWords = (values: readonly string[], word: (v: string) => string, max = 3) =>
  values.length > max ? `${values.length} ${'selected'}` : values.map(word).join(', ');

/** The explorer's filters in a few words, for saying what an analysis was computed on. */
export function describeFilters(f: FilterLike, words: (value: string) => string): string {
  const parts: string[] = [];
  if (f.from || f.until) parts.push(f.from === f.until ? f.from! : `${f.from ?? '…'}–${f.until ?? '…'}`);
  if (f.nodeKinds) parts.push(`kinds: ${listWords(f.nodeKinds, words)}`);
  if (f.orgKinds) parts.push(`organisations: ${listWords(f.orgKinds, words)}`);
  if (f.sectors) parts.push(`sectors: ${listWords(f.sectors, words)}`);
  if (f.countries) parts.push(`countries: ${listWords(f.countries, (c) => c, 6)}`);
  if (f.topics) parts.push(`topics: ${listWords(f.topics, words)}`);
  return parts.join(' · ');
}

/** The status bar's line on the Gaps tab: which states the matrix compares, within which filters. */
export function gapsStatusWords(countries: readonly string[] | null | undefined, filterWords: string): string {
  const states =
    countries && countries.length >= 2 ? `${countries.length} states in the country filter` : 'the COMMIT members';
  return `Gaps between ${states}${filterWords ? ` · within ${filterWords}` : ' · whole graph'}`;
}
