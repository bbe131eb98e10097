/**
 * What every export of the current view carries besides the picture: a title, a subtitle saying
 * the filters and the time window in words, the legend of the kinds actually drawn, the date, and
 * numbered source footnotes for the ties drawn. Pure, shared by the PNG, SVG and PDF exports.
 */
import type { Filters } from './filter.js';
import { shortLabel, type AtlasNode, type AtlasRelationship, type AtlasTie, type Citation } from './model.js';
import {
  NODE_KIND_STYLE,
  ORG_KIND_COLOUR,
  ORG_KIND_SHAPE,
  RELATIONSHIP_STYLE,
  TIE_COLOUR,
  type NodeShape,
  type TieKind,
} from './style.js';
import type { ViewName } from './url-state.js';
import {
  label,
  type NodeKind,
  type OrganizationKind,
  type RelationshipType,
  GRAPH_NODE_KINDS,
  ORGANIZATION_KINDS,
  RELATIONSHIP_TYPES,
} from './vocabulary.js';

/**
 * The default title: what an analysis opened the picture for ("Thailand – Lao PDR: bilateral
 * cooperation"), else the focus ("MSDHS: coordination network"), never an incidental selection.
 */
export function defaultTitle(view: ViewName, focus: AtlasNode | undefined, subject?: string | null): string {
  if (subject) return subject;
  if (focus) return `${shortLabel(focus)}: coordination network`;
  return view === 'coordination' ? 'Who coordinates with whom' : 'Coordination network';
}

/** "in 2013", "from 2013 to 2015", "from 2013 onwards", "up to 2015", "all dates". */
export function windowWords(from: string | null, until: string | null): string {
  if (from && until) return from === until ? `in ${from}` : `from ${from} to ${until}`;
  if (from) return `from ${from} onwards`;
  if (until) return `up to ${until}`;
  return 'all dates';
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The filters and the date window in words, for an export's subtitle:
 * "Evidence view · ties dated from 2013 to 2015 · only NGOs and Thai government agencies · countries: Thailand".
 */
export function describeView(
  view: ViewName,
  filters: Filters,
  countryName: (code: string) => string = (c) => c,
): string {
  const parts: string[] = [view === 'coordination' ? 'Coordination view' : 'Evidence view'];
  parts.push(filters.from || filters.until ? `ties dated ${windowWords(filters.from, filters.until)}` : 'all dates');
  const criteria: string[] = [];
  const words = (values: readonly string[] | null, what: string, word: (v: string) => string = label) => {
    if (values) criteria.push(`${what}: ${values.length ? listInWords(values.map(word)) : 'none'}`);
  };
  words(filters.nodeKinds, 'node kinds');
  words(filters.orgKinds, 'organisation kinds');
  words(filters.sectors, 'sectors');
  words(filters.countries, 'countries', countryName);
  words(filters.topics, 'topics');
  words(filters.relTypes, 'relationship types');
  parts.push(...(criteria.length ? criteria : ['no other filters']));
  return parts.join(' · ');
}

/** "Exported 3 March 2025", in English whatever the machine's locale. */
export function exportDateWords(now: Date): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `Exported ${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`;
}

export type LegendSwatch =
  | { type: 'node'; shape: NodeShape; fill: string; stroke: string; undated?: boolean }
  | { type: 'line'; colour: string; line: 'solid' | 'dashed' | 'dotted'; arrow: boolean; width: number };

export interface LegendEntry {
  key: string;
  label: string;
  swatch: LegendSwatch;
}

export interface LegendGroup {
  heading: string;
  entries: LegendEntry[];
}

export interface Present {
  nodeKinds: ReadonlySet<string>;
  orgKinds: ReadonlySet<string>;
  relTypes: ReadonlySet<string>;
  tieKinds: ReadonlySet<string>;
  /** Undated items are drawn (hollow, dashed): the legend must say what that means. */
  undated?: boolean;
  /** Folded clusters are drawn: a box stands for many organisations. */
  clusters?: boolean;
}

/** As on screen (Legend.tsx): the picture must not pass an undated item off as dated. */
export const UNDATED_LABEL = 'Undated: no date in the sources';
export const CLUSTER_LABEL = 'Cluster: a group of closely tied actors (+N: members folded in)';

const TIE_WORDS: Record<TieKind, string> = {
  AGREEMENT: 'Share an agreement',
  MEETING: 'Met at a meeting',
  JOINT_CASE: 'Work a joint case',
  MIXED: 'Several kinds',
};

/** The legend of what is drawn, and nothing else (an export has no room for kinds not shown). */
export function legendEntries(view: ViewName, present: Present): LegendGroup[] {
  const groups: LegendGroup[] = [];
  const org = NODE_KIND_STYLE.ORGANIZATION;
  const orgs = ORGANIZATION_KINDS.filter((k) => present.orgKinds.has(k)).map((k: OrganizationKind) => ({
    key: k,
    label: label(k),
    swatch: { type: 'node' as const, shape: ORG_KIND_SHAPE[k], fill: ORG_KIND_COLOUR[k], stroke: org.colour },
  }));
  if (orgs.length) groups.push({ heading: 'Organisations', entries: orgs });
  if (view === 'evidence') {
    const kinds = GRAPH_NODE_KINDS.filter((k) => k !== 'ORGANIZATION' && present.nodeKinds.has(k)).map(
      (k: NodeKind) => {
        const s = NODE_KIND_STYLE[k];
        return {
          key: k,
          label: label(k),
          swatch: { type: 'node' as const, shape: s.shape, fill: s.fill, stroke: s.colour },
        };
      },
    );
    if (kinds.length) groups.push({ heading: 'Instruments & places', entries: kinds });
    const ties = RELATIONSHIP_TYPES.filter((t) => present.relTypes.has(t)).map((t: RelationshipType) => {
      const s = RELATIONSHIP_STYLE[t];
      return {
        key: t,
        label: label(t),
        swatch: { type: 'line' as const, colour: s.colour, line: s.line, arrow: s.arrow, width: 2.5 },
      };
    });
    if (ties.length) groups.push({ heading: 'Ties', entries: ties });
  } else {
    const ties = (Object.keys(TIE_COLOUR) as TieKind[])
      .filter((t) => present.tieKinds.has(t))
      .map((t) => ({
        key: t,
        label: TIE_WORDS[t],
        swatch: { type: 'line' as const, colour: TIE_COLOUR[t], line: 'solid' as const, arrow: false, width: 3 },
      }));
    if (ties.length)
      groups.push({
        heading: 'Coordination ties (width: strength)',
        entries: ties,
      });
  }
  const marks: LegendEntry[] = [];
  if (present.clusters) {
    marks.push({
      key: 'cluster',
      label: CLUSTER_LABEL,
      swatch: { type: 'node', shape: 'round-rectangle', fill: '#e0e7ff', stroke: '#4338ca' },
    });
  }
  if (present.undated) {
    marks.push({
      key: 'undated',
      label: UNDATED_LABEL,
      // Undated nodes are hollow and dashed; undated coordination ties are dashed lines.
      swatch:
        view === 'evidence'
          ? { type: 'node', shape: 'ellipse', fill: '#ffffff', stroke: '#334155', undated: true }
          : { type: 'line', colour: '#334155', line: 'dashed', arrow: false, width: 3 },
    });
  }
  if (marks.length) groups.push({ heading: 'Marks', entries: marks });
  return groups;
}

export interface Footnote {
  n: number;
  text: string;
}

export interface Footnotes {
  notes: Footnote[];
  /** The footnote numbers of each tie drawn, by tie id. */
  refs: Map<string, number[]>;
}

/** "Royal Thai Government's Progress Report…, Protection §7.2": the document and where in it. */
export function citationText(c: Citation): string {
  return c.locator ? `${c.source.name}, ${c.locator}` : c.source.name;
}

/**
 * Numbered footnotes for the ties drawn, in the order given: the same document and locator cited
 * by several ties is one footnote.
 */
export function footnotesFor(ties: readonly { id: string; sources: readonly Citation[] }[]): Footnotes {
  const byKey = new Map<string, number>();
  const notes: Footnote[] = [];
  const refs = new Map<string, number[]>();
  for (const tie of ties) {
    const mine: number[] = [];
    for (const c of tie.sources) {
      const key = `${c.source.id}\u0000${c.locator.trim()}`;
      let n = byKey.get(key);
      if (n === undefined) {
        n = notes.length + 1;
        byKey.set(key, n);
        notes.push({ n, text: citationText(c) });
      }
      if (!mine.includes(n)) mine.push(n);
    }
    refs.set(tie.id, mine);
  }
  return { notes, refs };
}

/** Evidence view: the relationships drawn carry their citations. */
export function evidenceFootnotes(relationships: readonly AtlasRelationship[]): Footnotes {
  return footnotesFor([...relationships].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/**
 * Coordination view: a tie is evidenced by the instruments the two share; each instrument is
 * cited with its own sources when they are loaded, else by its name.
 */
export function coordinationFootnotes(ties: readonly AtlasTie[], nodes: ReadonlyMap<string, AtlasNode>): Footnotes {
  const sorted = [...ties].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return footnotesFor(
    sorted.map((t) => ({
      id: t.id,
      sources: t.evidence.flatMap((e): Citation[] => {
        const known = nodes.get(e.id)?.sources ?? [];
        if (known.length) return known;
        return [
          {
            locator: label(e.nodeKind),
            quote: null,
            source: { id: `instrument:${e.id}`, name: e.name, publisher: '' },
          },
        ];
      }),
    })),
  );
}

export interface ExportMeta {
  title: string;
  subtitle: string;
  date: string;
  legend: LegendGroup[];
  footnotes: Footnote[];
}

/** A file name from the title: "msdhs-coordination-network.svg"; Thai and other scripts kept as letters. */
export function fileName(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
  return `${base || 'coordination-atlas'}.${ext}`;
}
