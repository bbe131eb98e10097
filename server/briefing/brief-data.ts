/**
 * Everything a one-page brief says about its focus, gathered through the store port and the gap
 * analyses, with every listed item and every drawn tie carrying numbered source footnotes.
 */
import { cellFor } from '../analysis/bilateral-matrix.js';
import { instrumentDates, projectCoordination, type CoordinationTie } from '../analysis/coordination.js';
import { counterpartCoverage } from '../analysis/counterpart-coverage.js';
import { lastActivityUnder, monthsBetween, latestDateIn } from '../analysis/dormant-agreements.js';
import { loadInstrumentIndex, type InstrumentEntry, type InstrumentIndex } from '../analysis/instrument-index.js';
import { missingLinks } from '../analysis/missing-links.js';
import { NotFoundError } from '../domain/errors.js';
import { latestDay, type PartialDate } from '../domain/partial-date.js';
import type { AgreementRecord, OrganizationRecord, SourceRecord } from '../domain/records.js';
import type { GraphFilter } from '../graph/filter.js';
import type { GraphStore } from '../store/port.js';
import type { Diagram, DiagramNode } from './diagram.js';
import { Footnotes, type Footnote } from './footnotes.js';
import type { Focus } from './focus.js';

export interface BriefItem {
  title: string;
  detail: string;
  footnotes: number[];
}

export interface BriefData {
  title: string;
  subtitle: string;
  generatedOn: string;
  figures: { label: string; value: string }[];
  diagram: Diagram;
  agreements: BriefItem[];
  meetings: BriefItem[];
  jointCases: BriefItem[];
  /** Hidden cases are not named; the count says how many the reader may not see, where allowed. */
  gaps: BriefItem[];
  footnotes: Footnote[];
}

const RECENT_MEETINGS = 12;
const DORMANT_AFTER_MONTHS = 24;

export async function composeBrief(
  store: GraphStore,
  focus: Focus,
  filter: GraphFilter = {},
  today = new Date(),
): Promise<BriefData> {
  const index = await loadInstrumentIndex(store, filter);
  const sources = new Map(
    (await store.listNodes('SOURCE', { first: 1000 })).items.map((s) => [s.id, s as SourceRecord] as const),
  );
  const notes = new Footnotes(sources);
  const ties = projectCoordination(index, Number.MAX_SAFE_INTEGER).ties;
  const period = filter.from || filter.until ? `, ${filter.from ?? 'start'} to ${filter.until ?? 'latest'}` : '';
  const generatedOn = today.toISOString().slice(0, 10);

  const base = { generatedOn, footnotes: [] as Footnote[] };
  let brief: Omit<BriefData, 'footnotes' | 'generatedOn'>;
  if (focus.kind === 'pair') brief = pairBrief(index, ties, notes, focus.a, focus.b, period);
  else if (focus.kind === 'org') brief = orgBrief(index, ties, notes, focus.id, period);
  else brief = agreementBrief(index, notes, focus.id, period);
  return { ...base, ...brief, footnotes: notes.list() };
}

function pairBrief(
  index: InstrumentIndex,
  ties: CoordinationTie[],
  notes: Footnotes,
  codeA: string,
  codeB: string,
  period: string,
) {
  const country = (code: string, field: string) => {
    const c = index.countries.find((k) => k.code === code);
    if (!c) throw new NotFoundError(`no country has the code '${code}'`, field);
    return c;
  };
  const a = country(codeA, 'focus');
  const b = country(codeB, 'focus');
  const cell = cellFor(index, a, b);
  const involved = (e: InstrumentEntry) =>
    [cell.bilateralAgreements, cell.multilateralAgreements, cell.meetings, cell.jointCases].some((l) =>
      l.some((i) => i.id === e.instrument.id),
    );
  const entries = index.entries.filter(involved);
  const side = (o: OrganizationRecord) => o.countryCode === a.code || o.countryCode === b.code;
  const crossBorder = ties.filter((t) => side(t.a) && side(t.b) && t.a.countryCode !== t.b.countryCode);
  const coverage = counterpartCoverage(index, a, b);
  const gaps: BriefItem[] = [
    { title: `Status: ${cell.status.replace(/_/g, ' ').toLowerCase()}`, detail: cell.explanation, footnotes: [] },
    ...coverage
      .filter((row) => row.status === 'GAP' || row.status === 'CROSS_SECTOR')
      .map((row) => ({
        title: `${label(row.sector)}: ${label(row.status)}`,
        detail: row.explanation,
        footnotes: notes.cite(row.crossSectorTies.flatMap((t) => t.evidence.flatMap((e) => e.sources))),
      })),
    ...[a, b].flatMap((missingSide) => {
      const sectors = coverage
        .filter(
          (row) => row.status === 'NO_COUNTERPART_KNOWN' && !(missingSide === a ? row.agenciesA : row.agenciesB).length,
        )
        .map((row) => label(row.sector));
      return sectors.length
        ? [
            {
              title: `No ${missingSide.name} counterpart recorded`,
              detail: `In: ${sectors.join(', ')}.`,
              footnotes: [],
            },
          ]
        : [];
    }),
    ...dormantAmong(index, entries, notes),
  ];
  return {
    title: `${a.name}–${b.name}: coordination brief`,
    subtitle: `Bilateral cooperation between ${a.name} and ${b.name}${period}`,
    figures: [
      { label: 'Status', value: cell.status.replace(/_/g, ' ') },
      { label: 'Bilateral agreements', value: String(cell.bilateralAgreements.length) },
      { label: 'Multilateral agreements', value: String(cell.multilateralAgreements.length) },
      { label: 'Meetings', value: String(cell.meetings.length) },
      { label: 'Joint cases', value: String(cell.jointCases.length) },
      { label: 'Latest activity', value: cell.lastActivity ?? '—' },
    ],
    diagram: tieDiagram(crossBorder, notes, new Set()),
    ...instrumentSections(index, entries, notes),
    gaps,
  };
}

function orgBrief(index: InstrumentIndex, ties: CoordinationTie[], notes: Footnotes, id: string, period: string) {
  const org = index.organizations.find((o) => o.id === id);
  if (!org) throw new NotFoundError(`no organisation has the id '${id}'`, 'focus');
  const entries = index.entries.filter((e) => e.orgs.some((o) => o.id === id));
  const own = ties.filter((t) => t.a.id === id || t.b.id === id).slice(0, 18);
  const suggestions = missingLinks(ties, 'ANY', 500)
    .filter((m) => m.a.id === id || m.b.id === id)
    .slice(0, 5)
    .map((m) => {
      const other = m.a.id === id ? m.b : m.a;
      return {
        title: `No direct tie with ${other.acronym ?? other.name}`,
        detail: `Both work with ${m.sharedPartners.map((p) => p.acronym ?? p.name).join(', ')} (Adamic–Adar ${m.score.toFixed(2)}).`,
        footnotes: [],
      };
    });
  return {
    title: `${org.name}${org.acronym ? ` (${org.acronym})` : ''}: coordination brief`,
    subtitle: `Its partners, instruments and gaps${period}`,
    figures: [
      { label: 'Partners', value: String(ties.filter((t) => t.a.id === id || t.b.id === id).length) },
      { label: 'Agreements', value: String(entries.filter((e) => e.instrument.nodeKind === 'AGREEMENT').length) },
      { label: 'Meetings', value: String(entries.filter((e) => e.instrument.nodeKind === 'MEETING').length) },
      { label: 'Joint cases', value: String(entries.filter((e) => e.instrument.nodeKind === 'JOINT_CASE').length) },
    ],
    diagram: tieDiagram(own, notes, new Set([id])),
    ...instrumentSections(index, entries, notes),
    gaps: [...suggestions, ...dormantAmong(index, entries, notes)],
  };
}

function agreementBrief(index: InstrumentIndex, notes: Footnotes, id: string, period: string) {
  const entry = index.entries.find((e) => e.instrument.id === id && e.instrument.nodeKind === 'AGREEMENT');
  if (!entry) throw new NotFoundError(`no agreement has the id '${id}'`, 'focus');
  const agreement = entry.instrument as AgreementRecord;
  const activities = index.entries.filter((e) => e.under.some((u) => u.id === id));
  const parties = [...entry.orgs, ...entry.countries];
  const nodes: DiagramNode[] = [
    { id, label: short(agreement.name), kind: 'AGREEMENT', focus: true },
    ...parties.map((p) => ({
      id: p.id,
      label: p.nodeKind === 'ORGANIZATION' ? (p.acronym ?? short(p.name)) : p.name,
      kind: p.nodeKind,
      organizationKind: p.nodeKind === 'ORGANIZATION' ? p.kind : undefined,
    })),
    ...activities.map((e) => ({ id: e.instrument.id, label: short(e.instrument.name), kind: e.instrument.nodeKind })),
  ];
  const edges = [
    ...parties.map((p) => ({
      id: `${p.id}>${id}`,
      source: p.id,
      target: id,
      weight: 1,
      footnotes: notes.cite(agreement.sources),
    })),
    ...activities.map((e) => ({
      id: `${e.instrument.id}>${id}`,
      source: e.instrument.id,
      target: id,
      weight: 1,
      footnotes: notes.cite(e.instrument.sources),
    })),
  ];
  const attended = new Set(activities.flatMap((e) => e.orgs.map((o) => o.id)));
  const gaps: BriefItem[] = [
    ...dormantAmong(index, [entry], notes),
    ...entry.orgs
      .filter((o) => activities.length && !attended.has(o.id))
      .map((o) => ({
        title: `${o.acronym ?? o.name}: no recorded activity under it`,
        detail: 'A party with no meeting or case recorded under this agreement.',
        footnotes: [],
      })),
  ];
  return {
    title: `${agreement.name}: brief`,
    subtitle: `${agreement.kind.replace(/_/g, ' ')}, ${agreement.scope.toLowerCase()}, ${agreement.status.toLowerCase()}${period}`,
    figures: [
      { label: 'Status', value: agreement.status },
      { label: 'Signed', value: agreement.signedOn ?? '—' },
      { label: 'Parties', value: String(parties.length) },
      { label: 'Meetings and cases under it', value: String(activities.length) },
    ],
    diagram: { nodes, edges },
    ...instrumentSections(index, [entry, ...activities], notes),
    gaps,
  };
}

/** The agreements (with status and last activity), recent meetings and joint cases among the entries. */
function instrumentSections(index: InstrumentIndex, entries: InstrumentEntry[], notes: Footnotes) {
  const of = (kind: string) => entries.filter((e) => e.instrument.nodeKind === kind);
  const byDateDesc = (x: InstrumentEntry, y: InstrumentEntry) =>
    dateKey(instrumentDates(y.instrument)[0]).localeCompare(dateKey(instrumentDates(x.instrument)[0]));
  const agreements = of('AGREEMENT').map((e) => {
    const a = e.instrument as AgreementRecord;
    const { last, lastDate } = lastActivityUnder(index, a.id);
    return {
      title: a.name,
      detail: [
        `${a.kind.replace(/_/g, ' ')}, ${a.scope.toLowerCase()}, ${a.status.toLowerCase()}`,
        a.signedOn ? `signed ${a.signedOn}` : undefined,
        last ? `last activity ${lastDate ?? 'undated'}: ${last.name}` : 'no meeting or case recorded under it',
      ]
        .filter(Boolean)
        .join('; '),
      footnotes: notes.cite(a.sources),
    };
  });
  const meetings = of('MEETING')
    .sort(byDateDesc)
    .slice(0, RECENT_MEETINGS)
    .map((e) => {
      const m = e.instrument;
      if (m.nodeKind !== 'MEETING') throw new Error('unreachable');
      const when = m.startDate
        ? m.endDate && m.endDate !== m.startDate
          ? `${m.startDate} to ${m.endDate}`
          : m.startDate
        : 'undated';
      return {
        title: m.name,
        detail: [when, m.city, e.orgs.map((o) => o.acronym ?? o.name).join(', ')].filter(Boolean).join('; '),
        footnotes: notes.cite(m.sources),
      };
    });
  const jointCases = of('JOINT_CASE')
    .sort(byDateDesc)
    .map((e) => {
      const c = e.instrument;
      if (c.nodeKind !== 'JOINT_CASE') throw new Error('unreachable');
      return {
        title: c.name,
        detail: [
          c.caseType.replace(/_/g, ' ').toLowerCase(),
          c.status.toLowerCase(),
          c.openedOn ? `opened ${c.openedOn}` : undefined,
          e.orgs.map((o) => o.acronym ?? o.name).join(', '),
        ]
          .filter(Boolean)
          .join('; '),
        footnotes: notes.cite(c.sources),
      };
    });
  return { agreements, meetings, jointCases };
}

function dormantAmong(index: InstrumentIndex, entries: InstrumentEntry[], notes: Footnotes): BriefItem[] {
  const reference = latestDateIn(index);
  return entries
    .filter((e) => e.instrument.nodeKind === 'AGREEMENT' && e.instrument.status === 'ACTIVE')
    .flatMap((e) => {
      const { last, lastDate } = lastActivityUnder(index, e.instrument.id);
      const months = lastDate && reference ? monthsBetween(lastDate, reference) : undefined;
      if (last && months !== undefined && months <= DORMANT_AFTER_MONTHS) return [];
      return [
        {
          title: `Dormant: ${e.instrument.name}`,
          detail: last
            ? `Last activity under it ${months} months before ${reference}.`
            : 'No meeting or case is recorded under it.',
          footnotes: notes.cite(e.instrument.sources),
        },
      ];
    });
}

function tieDiagram(ties: CoordinationTie[], notes: Footnotes, focus: Set<string>): Diagram {
  const nodes = new Map<string, DiagramNode>();
  for (const t of ties) {
    for (const o of [t.a, t.b]) {
      nodes.set(o.id, {
        id: o.id,
        label: o.acronym ?? short(o.name),
        kind: 'ORGANIZATION',
        organizationKind: o.kind,
        focus: focus.has(o.id),
      });
    }
  }
  return {
    nodes: [...nodes.values()],
    edges: ties.map((t) => ({
      id: t.id,
      source: t.a.id,
      target: t.b.id,
      weight: t.weight,
      footnotes: notes.cite(t.evidence.flatMap((e) => e.sources)),
    })),
  };
}

function label(value: string): string {
  return value.replace(/_/g, ' ').toLowerCase();
}

function short(name: string): string {
  return name.length > 34 ? `${name.slice(0, 32)}…` : name;
}

function dateKey(date: PartialDate | undefined): string {
  return date ? latestDay(date) : '';
}
