/**
 * Everything a brief says about its focus, gathered through the store port and the gap analyses.
 * Page 1 holds the title, the status line, the diagram, the key figures and at most three items a
 * section; the annexes hold the full lists. Footnotes are numbered in the order the brief shows
 * them (diagram first), and only what is printed is cited.
 */
import type { Clearance } from '../access/clearance.js';
import { redactingStore } from '../access/redacting-store.js';
import type { CoordinationTie } from '../analysis/coordination.js';
import type { SectorCoverage } from '../analysis/counterpart-coverage.js';
import {
  agreementUse,
  entriesUnder,
  involvingPair,
  pairStatusLine,
  prepareInvolvingPair,
  preparePairVerdict,
  pairVerdict,
  prepareVerdicts,
  withVerdictOptions,
  type VerdictOptions,
  newestEntriesFirst,
} from '../analysis/gap-verdict.js';
import type { InstrumentEntry, InstrumentIndex } from '../analysis/instrument-index.js';
import type { MissingLink } from '../analysis/missing-links.js';
import { analysisService, type AnalysisService } from '../analysis/service.js';
import { NotFoundError } from '../domain/errors.js';
import type { AgreementRecord, CountryRecord, OrganizationRecord, SourceRecord } from '../domain/records.js';
import type { GraphFilter } from '../graph/filter.js';
import { yieldToLoop } from '../scheduling/time-slices.js';
import type { GraphStore } from '../store/port.js';
import { bilateralModel, bilateralPicture, preparePairParts, sectorWords } from './bilateral.js';
import {
  annexOf,
  DORMANT_AFTER_MONTHS,
  dormantEntries,
  dormantItem,
  firstFew,
  itemsOf,
  kindWords,
  listed,
  LISTED,
  shortName,
  words,
  type BriefItem,
  type BriefSection,
  type Listing,
} from './brief-items.js';
import type { Focus } from './focus.js';
import { Footnotes, type Footnote } from './footnotes.js';
import { meetingPrepBrief, prepSeries } from './meeting-prep.js';
import type { Picture } from './picture.js';
import { starPicture, type Spoke } from './star.js';

export type { BriefItem, BriefSection } from './brief-items.js';
export { LISTED } from './brief-items.js';

export interface BriefData {
  title: string;
  /** One line under the title: the state of things in words. */
  statusLine: string;
  generatedOn: string;
  figures: { label: string; value: string }[];
  picture: Picture;
  /** Page 1: each section at most three items. */
  sections: BriefSection[];
  /** The annex pages: the full lists, each under its own title. */
  annexes: BriefSection[];
  footnotes: Footnote[];
}

export type BriefBody = Omit<BriefData, 'footnotes' | 'generatedOn'>;

/** Partners drawn on an organisation's brief; the rest are listed in the annex. */
export const PARTNERS_DRAWN = 12;
const MAX_GAPS = 3;

export interface BriefContext {
  index: InstrumentIndex;
  notes: Footnotes;
  period: string;
  today: Date;
}

/** The network's leading missing links an organisation brief picks its own from (the Gaps view's list). */
const LINKS_READ = 500;

/**
 * The brief on `focus` as a viewer of `clearance` may read it: through their redacted store, from
 * the analysis service's index of this revision, clearance and period (built once, shared with the
 * Gaps view), with the ties and missing links computed on the analysis worker thread, so a brief
 * never holds the event loop for a whole-network projection.
 */
export async function composeBrief(
  store: GraphStore,
  clearance: Clearance,
  focus: Focus,
  filter: GraphFilter = {},
  today = new Date(),
  verdicts: VerdictOptions = { months: DORMANT_AFTER_MONTHS },
  service: AnalysisService = analysisService(),
): Promise<BriefData> {
  const viewer = redactingStore(store, clearance);
  const p = await service.prepare(viewer, clearance, filter);
  // What every verdict reads, worked out in steps (once per index) before the sync work below.
  const records = await p.records();
  await prepareVerdicts(records);
  // Every verdict the brief states is judged over the same months, as the Gaps view asked.
  const index = withVerdictOptions(records, verdicts);
  const sources = new Map(
    (await viewer.listNodes('SOURCE', { first: 1000 })).items.map((s) => [s.id, s as SourceRecord] as const),
  );
  const ctx: BriefContext = {
    index,
    notes: new Footnotes(sources),
    period: filter.from || filter.until ? ` (${filter.from ?? 'start'} to ${filter.until ?? 'latest'})` : '',
    today,
  };
  const coverage = async (a: CountryRecord, b: CountryRecord) => (await service.coverage(p, a, b)).sectors;
  let body: BriefBody;
  if (focus.kind === 'pair') {
    const [a, b] = [country(index, focus.a), country(index, focus.b)];
    const sectors = await coverage(a, b);
    await readPair(index, a, b);
    body = pairBrief(ctx, a, b, sectors);
  } else if (focus.kind === 'org') {
    const org = index.organizations.find((o) => o.id === focus.id);
    if (!org) throw new NotFoundError(`no organisation has the id '${focus.id}'`, 'focus');
    const [own, links] = await Promise.all([
      service.coordination(p, LISTED, { around: [org.id] }),
      service.answer(p, `missingLinks|ANY|${LINKS_READ}`, () => service.missingLinks(p, 'ANY', LINKS_READ)),
    ]);
    body = orgBrief(ctx, org, own, links.links);
  } else if (focus.kind === 'agreement') {
    body = agreementBrief(ctx, focus.id);
  } else {
    const prep = await prepSeries(index, focus);
    const [a, b] = [country(index, prep.codes[0]), country(index, prep.codes[1])];
    await readPair(index, a, b);
    body = meetingPrepBrief(ctx, prep, await coverage(a, b));
  }
  return { ...body, generatedOn: today.toISOString().slice(0, 10), footnotes: ctx.notes.list() };
}

/**
 * What a pair's brief reads, worked out a step at a time with other requests let in between (the
 * verdict, then what involves the pair; both kept): on a national graph a pair of neighbouring
 * states has tens of thousands of instruments.
 */
async function readPair(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): Promise<void> {
  await preparePairVerdict(index, a, b);
  await prepareInvolvingPair(index, a, b);
  await preparePairParts(index, a, b);
  await yieldToLoop();
}

export function country(index: InstrumentIndex, code: string): CountryRecord {
  const c = index.countries.find((k) => k.code === code);
  if (!c) throw new NotFoundError(`no country has the code '${code}'`, 'focus');
  return c;
}

/** The gaps worth raising for a pair, most pressing first: unused agreements, then uncovered sectors. */
export function pairGaps(
  ctx: BriefContext,
  a: CountryRecord,
  b: CountryRecord,
  joining: InstrumentEntry[],
  coverage: readonly SectorCoverage[],
): Listing {
  // The verdict judged every bilateral agreement of the pair already (the joining agreements).
  const uses = new Map(pairVerdict(ctx.index, a, b).agreements.map((u) => [u.agreement.id, u]));
  const dormant = joining.filter((e) => uses.get(e.instrument.id)?.dormant);
  // Made only if listed: an item cites its sources when it is made.
  const others: (() => BriefItem)[] = [
    ...coverage
      .filter((row) => row.status === 'GAP')
      .map((row) => () => ({
        title: `No ${sectorWords(row.sector).toLowerCase()} tie across the border`,
        detail: row.explanation,
        footnotes: [],
      })),
    ...coverage
      .filter((row) => row.status === 'CROSS_SECTOR')
      .map((row) => () => ({
        title: `${sectorWords(row.sector)}: only through other sectors`,
        detail: row.explanation,
        footnotes: ctx.notes.cite(row.crossSectorTies.flatMap((t) => t.evidence.flatMap((e) => e.sources))),
      })),
    ...[a, b].flatMap((side) => {
      const sectors = coverage
        .filter((row) => row.status === 'NO_COUNTERPART_KNOWN' && !(side === a ? row.agenciesA : row.agenciesB).length)
        .map((row) => sectorWords(row.sector).toLowerCase());
      return sectors.length
        ? [
            () => ({
              title: `No ${side.name} counterpart recorded`,
              detail: `In: ${sectors.join(', ')}.`,
              footnotes: [],
            }),
          ]
        : [];
    }),
  ];
  return listed<InstrumentEntry | (() => BriefItem)>([...dormant, ...others], (x) =>
    typeof x === 'function' ? x() : dormantItem(ctx.index, x, ctx.notes),
  );
}

function pairBrief(
  ctx: BriefContext,
  a: CountryRecord,
  b: CountryRecord,
  coverage: readonly SectorCoverage[],
): BriefBody {
  const { index, notes } = ctx;
  const cell = pairVerdict(index, a, b);
  const model = bilateralModel(index, a, b, notes, coverage);
  const picture = bilateralPicture(model);
  // Joining and shared part what involves the pair, newest first (involvingPair): filtering keeps that order.
  const all = involvingPair(index, a, b);
  const of = (list: InstrumentEntry[], kind: string) => list.filter((e) => e.instrument.nodeKind === kind);
  const gaps = pairGaps(ctx, a, b, model.joining, coverage);
  const meetings = itemsOf(index, of(model.joining, 'MEETING'), notes);
  const agreements = itemsOf(index, of(model.joining, 'AGREEMENT'), notes);
  const cases = itemsOf(index, of(model.joining, 'JOINT_CASE'), notes);
  return {
    title: `${a.name}–${b.name}: coordination brief`,
    statusLine: `${pairStatusLine(cell)}${ctx.period}`,
    figures: [
      { label: 'Bilateral agreements', value: String(cell.bilateralAgreements.length) },
      { label: 'Bilateral meetings and cases', value: String(cell.bilateralActivityCount) },
      { label: 'Shared with other states', value: String(model.shared.length) },
      { label: 'Latest activity', value: cell.lastActivity ?? '—' },
    ],
    picture,
    sections: [
      firstFew('Gaps to raise', gaps, 'No gap found in the data.', 'Annex D', MAX_GAPS),
      firstFew('Latest meetings', meetings, 'No bilateral meeting recorded.', 'Annex B'),
      firstFew('Agreements between them', agreements, 'No bilateral agreement recorded.', 'Annex A'),
      ...(cases.total ? [firstFew('Joint cases', cases, '', 'Annex C')] : []),
    ],
    annexes: [
      annexOf('Annex A: Agreements', itemsOf(index, of(all, 'AGREEMENT'), notes), 'None recorded.'),
      annexOf('Annex B: Meetings', itemsOf(index, of(all, 'MEETING'), notes), 'None recorded.'),
      annexOf('Annex C: Joint cases you may see', itemsOf(index, of(all, 'JOINT_CASE'), notes), 'None recorded.'),
      annexOf('Annex D: All gaps and observations', gaps, 'None found.'),
    ],
  };
}

function tieKind(t: CoordinationTie): Spoke['tieKind'] {
  const kinds = [...new Set(t.instrumentKinds)];
  return kinds.length === 1 ? kinds[0]! : 'MIXED';
}

/**
 * `own`: the organisation's ties, strongest first (at most LISTED, `total` counting
 * them all); `links`: the network's leading missing links, of which the brief raises its own.
 */
function orgBrief(
  ctx: BriefContext,
  org: OrganizationRecord,
  own: { ties: CoordinationTie[]; total: number },
  links: readonly MissingLink[],
): BriefBody {
  const { index, notes } = ctx;
  const { id } = org;
  const entries = index.entries.filter((e) => e.orgs.some((o) => o.id === id));
  const partnerCount = own.total;
  const drawn = own.ties.slice(0, PARTNERS_DRAWN);
  const other = (t: CoordinationTie) => (t.a.id === id ? t.b : t.a);
  const spokes: Spoke[] = drawn.map((t) => {
    const o = other(t);
    return {
      id: o.id,
      label: o.acronym ?? shortName(o.name, 36),
      nodeKind: 'ORGANIZATION',
      organizationKind: o.kind,
      refs: notes.cite(t.evidence.flatMap((e) => e.sources)),
      weight: t.weight,
      tieKind: tieKind(t),
    };
  });
  const caption =
    partnerCount === drawn.length
      ? `${partnerCount} partner${partnerCount === 1 ? '' : 's'}, all drawn. Numbers on the lines refer to the sources.`
      : `${partnerCount} partners; the ${drawn.length} strongest drawn (${partnerCount > LISTED ? `the ${LISTED} strongest` : 'all'} in Annex A). Numbers on the lines refer to the sources.`;
  const picture = starPicture(
    { id, label: org.acronym ?? shortName(org.name, 36), nodeKind: 'ORGANIZATION', organizationKind: org.kind },
    spokes,
    caption,
  );
  const suggestions = links
    .filter((m) => m.a.id === id || m.b.id === id)
    .slice(0, 5)
    .map((m) => () => {
      const o = m.a.id === id ? m.b : m.a;
      return {
        title: `No direct tie with ${o.acronym ?? o.name}`,
        detail: `Both work with ${m.sharedPartners.map((p) => p.acronym ?? p.name).join(', ')}.`,
        footnotes: [],
      };
    });
  const gaps = listed<InstrumentEntry | (() => BriefItem)>([...dormantEntries(index, entries), ...suggestions], (x) =>
    typeof x === 'function' ? x() : dormantItem(index, x, notes),
  );
  const of = (kind: string) =>
    newestEntriesFirst(
      index,
      entries.filter((e) => e.instrument.nodeKind === kind),
    );
  const [meetingEntries, agreementEntries, caseEntries] = [of('MEETING'), of('AGREEMENT'), of('JOINT_CASE')];
  const meetings = itemsOf(index, meetingEntries, notes);
  const agreements = itemsOf(index, agreementEntries, notes);
  const partners: Listing = {
    items: own.ties.slice(0, LISTED).map((t) => ({
      title: other(t).acronym ? `${other(t).name} (${other(t).acronym})` : other(t).name,
      detail: `${t.sharedCount} shared instrument${t.sharedCount === 1 ? '' : 's'}: ${t.evidence.map((e) => e.name).join('; ')}`,
      footnotes: notes.cite(t.evidence.flatMap((e) => e.sources)),
    })),
    total: partnerCount,
  };
  return {
    title: `${org.name}${org.acronym ? ` (${org.acronym})` : ''}: coordination brief`,
    statusLine: `${org.kind === 'GOVERNMENT_AGENCY' ? 'Thai government agency' : words(org.kind)}${org.sector ? `, ${sectorWords(org.sector).toLowerCase()}` : ''}: ${partnerCount} partners through ${entries.length} agreements, meetings and cases${ctx.period}`,
    figures: [
      {
        label: 'Partners',
        value: partnerCount === drawn.length ? String(partnerCount) : `${partnerCount} (${drawn.length} drawn)`,
      },
      { label: 'Agreements', value: String(agreementEntries.length) },
      { label: 'Meetings', value: String(meetingEntries.length) },
      { label: 'Joint cases', value: String(caseEntries.length) },
    ],
    picture,
    sections: [
      firstFew('Gaps to raise', gaps, 'No gap found in the data.', 'Annex E', MAX_GAPS),
      firstFew('Latest meetings', meetings, 'No meeting recorded.', 'Annex C'),
      firstFew('Agreements', agreements, 'No agreement recorded.', 'Annex B'),
    ],
    annexes: [
      annexOf('Annex A: Partners, strongest first', partners, 'None recorded.'),
      annexOf('Annex B: Agreements', agreements, 'None recorded.'),
      annexOf('Annex C: Meetings', meetings, 'None recorded.'),
      annexOf('Annex D: Joint cases you may see', itemsOf(index, caseEntries, notes), 'None recorded.'),
      annexOf('Annex E: All gaps and observations', gaps, 'None found.'),
    ],
  };
}

function agreementBrief(ctx: BriefContext, id: string): BriefBody {
  const { index, notes } = ctx;
  const entry = index.entries.find((e) => e.instrument.id === id && e.instrument.nodeKind === 'AGREEMENT');
  if (!entry) throw new NotFoundError(`no agreement has the id '${id}'`, 'focus');
  const agreement = entry.instrument as AgreementRecord;
  // The same verdict as the dormant list and the matrix.
  const use = agreementUse(index, agreement);
  const activities = entriesUnder(index, id);
  const parties = [...entry.orgs, ...entry.countries].sort((x, y) => x.id.localeCompare(y.id));
  const partyRefs = notes.cite(agreement.sources);
  const spokes: Spoke[] = [
    ...parties.map((p) => ({
      id: p.id,
      label: p.nodeKind === 'ORGANIZATION' ? (p.acronym ?? shortName(p.name, 36)) : p.name,
      nodeKind: p.nodeKind,
      organizationKind: p.nodeKind === 'ORGANIZATION' ? p.kind : undefined,
      refs: partyRefs,
      weight: 1,
      tieKind: 'AGREEMENT' as const,
    })),
    ...activities.map((e) => ({
      id: e.instrument.id,
      label: shortName(e.instrument.name, 36),
      nodeKind: e.instrument.nodeKind,
      refs: notes.cite(e.instrument.sources),
      weight: 1,
      tieKind: e.instrument.nodeKind,
    })),
  ];
  const drawn = spokes.slice(0, PARTNERS_DRAWN);
  const caption =
    drawn.length === spokes.length
      ? `${parties.length} parties and ${activities.length} meetings or cases under it, all drawn. Numbers on the lines refer to the sources.`
      : `${parties.length} parties and ${activities.length} meetings or cases under it; ${drawn.length} drawn (all in the annexes). Numbers on the lines refer to the sources.`;
  const picture = starPicture({ id, label: shortName(agreement.name, 48), nodeKind: 'AGREEMENT' }, drawn, caption);
  const attended = new Set(activities.flatMap((e) => e.orgs.map((o) => o.id)));
  const gaps = listed(
    [
      ...dormantEntries(index, [entry]).map((e) => dormantItem(index, e, notes)),
      ...entry.orgs
        .filter((o) => activities.length && !attended.has(o.id))
        .map((o) => ({
          title: `${o.acronym ?? o.name}: no recorded activity under it`,
          detail: 'A party with no meeting or case recorded under this agreement.',
          footnotes: [],
        })),
    ],
    (item) => item,
  );
  const partyItems = listed(parties, (p) => ({
    title: p.nodeKind === 'ORGANIZATION' && p.acronym ? `${p.name} (${p.acronym})` : p.name,
    detail: p.nodeKind === 'COUNTRY' ? 'State party' : words(p.kind),
    footnotes: partyRefs,
  }));
  const activityItems = itemsOf(index, activities, notes);
  return {
    title: `${agreement.name}: brief`,
    statusLine: `${kindWords(agreement.kind)}, ${words(agreement.scope)}, ${words(agreement.status)}${agreement.signedOn ? `, signed ${agreement.signedOn}` : ''}${agreement.validUntil ? `, valid until ${agreement.validUntil}` : ''}; ${use.dormant ? 'dormant: ' : ''}${use.summary}${ctx.period}`,
    figures: [
      { label: 'Status', value: words(agreement.status) },
      { label: 'Signed', value: agreement.signedOn ?? '—' },
      { label: 'Parties', value: String(parties.length) },
      { label: 'Meetings and cases under it', value: String(activities.length) },
    ],
    picture,
    sections: [
      firstFew('Gaps to raise', gaps, 'No gap found in the data.', 'Annex C', MAX_GAPS),
      firstFew('Latest activity under it', activityItems, 'No meeting or case recorded under it.', 'Annex B'),
      firstFew('Parties', partyItems, 'No party recorded.', 'Annex A'),
    ],
    annexes: [
      annexOf('Annex A: Parties', partyItems, 'None recorded.'),
      annexOf('Annex B: Meetings and cases under it', activityItems, 'None recorded.'),
      annexOf('Annex C: All gaps and observations', gaps, 'None found.'),
    ],
  };
}
