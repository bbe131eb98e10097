/** The lines a brief lists, each with its footnotes: agreements, meetings, joint cases, dormant agreements. */
import { agreementUse, DEFAULT_QUIET_MONTHS, referenceDate } from '../analysis/gap-verdict.js';
import type { InstrumentEntry, InstrumentIndex } from '../analysis/instrument-index.js';
import type { AgreementRecord, MeetingRecord, JointCaseRecord } from '../domain/records.js';
import type { Footnotes } from './footnotes.js';

export interface BriefItem {
  title: string;
  detail: string;
  footnotes: number[];
}

export interface BriefSection {
  title: string;
  items: BriefItem[];
  /** Said when there is nothing to list. */
  empty: string;
  /** Where the rest is: "4 more in Annex A" on page 1, how many an annex leaves out. */
  more?: string;
}

/** The dormant list's default: briefs call an agreement dormant exactly when the API does. */
export const DORMANT_AFTER_MONTHS = DEFAULT_QUIET_MONTHS;

export function words(value: string): string {
  return value.replace(/_/g, ' ').toLowerCase();
}

/** "MOU", "SOP", "plan of action". */
export function kindWords(kind: string): string {
  return kind === 'MOU' || kind === 'SOP' ? kind : words(kind);
}

export function orgNames(entry: InstrumentEntry): string {
  return entry.orgs.map((o) => o.acronym ?? o.name).join(', ');
}

export function agreementItem(index: InstrumentIndex, e: InstrumentEntry, notes: Footnotes): BriefItem {
  const a = e.instrument as AgreementRecord;
  const use = agreementUse(index, a);
  return {
    title: a.name,
    detail: [
      `${kindWords(a.kind)}, ${words(a.scope)}, ${words(a.status)}`,
      a.signedOn ? `signed ${a.signedOn}` : undefined,
      a.validUntil ? `valid until ${a.validUntil}` : undefined,
      use.summary,
    ]
      .filter(Boolean)
      .join('; '),
    footnotes: notes.cite(a.sources),
  };
}

export function meetingWhen(m: MeetingRecord): string {
  if (!m.startDate) return 'undated';
  return m.endDate && m.endDate !== m.startDate ? `${m.startDate} to ${m.endDate}` : m.startDate;
}

export function meetingItem(e: InstrumentEntry, notes: Footnotes): BriefItem {
  const m = e.instrument as MeetingRecord;
  return {
    title: m.name,
    detail: [meetingWhen(m), m.city, orgNames(e)].filter(Boolean).join('; '),
    footnotes: notes.cite(m.sources),
  };
}

export function caseItem(e: InstrumentEntry, notes: Footnotes): BriefItem {
  const c = e.instrument as JointCaseRecord;
  return {
    title: c.name,
    detail: [words(c.caseType), words(c.status), c.openedOn ? `opened ${c.openedOn}` : undefined, orgNames(e)]
      .filter(Boolean)
      .join('; '),
    footnotes: notes.cite(c.sources),
  };
}

/**
 * Items a list in a brief shows at most: a brief is read on paper, and on a national network a
 * pair of states has tens of thousands of meetings. The rest are counted (the explorer has them all).
 */
export const LISTED = 200;

/** The first LISTED items of a list (only they are made, so only they cite), and how many there are. */
export interface Listing {
  items: BriefItem[];
  total: number;
}

export function listed<T>(xs: readonly T[], item: (x: T) => BriefItem): Listing {
  return { items: xs.slice(0, LISTED).map(item), total: xs.length };
}

export function itemsOf(index: InstrumentIndex, entries: readonly InstrumentEntry[], notes: Footnotes): Listing {
  return listed(entries, (e) =>
    e.instrument.nodeKind === 'AGREEMENT'
      ? agreementItem(index, e, notes)
      : e.instrument.nodeKind === 'MEETING'
        ? meetingItem(e, notes)
        : caseItem(e, notes),
  );
}

/**
 * Agreements in force with no meeting or case under them within the brief's months (the index's
 * verdict options; DORMANT_AFTER_MONTHS by default) of the data's latest date.
 */
export function dormantEntries(index: InstrumentIndex, entries: InstrumentEntry[]): InstrumentEntry[] {
  return entries.filter((e) => e.instrument.nodeKind === 'AGREEMENT' && agreementUse(index, e.instrument).dormant);
}

export function dormantItem(index: InstrumentIndex, e: InstrumentEntry, notes: Footnotes): BriefItem {
  const reference = referenceDate(index);
  const use = agreementUse(index, e.instrument as AgreementRecord);
  return {
    title: `Dormant: ${e.instrument.name}`,
    detail: !use.lastActivity
      ? 'In force, but no meeting or case is recorded under it.'
      : use.monthsSinceActivity === undefined
        ? `In force; the only activity recorded under it (${use.lastActivity.name}) is undated.`
        : `In force, but the last activity under it (${use.lastActivity.name}, ${use.lastActivityDate}) was ${use.monthsSinceActivity} months before ${reference}.`,
    footnotes: notes.cite(e.instrument.sources),
  };
}

/** Page 1 shows the first few of a list; the annex has the rest. */
export function firstFew(title: string, list: Listing, empty: string, annex: string, limit = 3): BriefSection {
  return {
    title,
    items: list.items.slice(0, limit),
    empty,
    ...(list.total > limit ? { more: `${list.total - limit} more in ${annex}` } : {}),
  };
}

/** An annex: the list, and how many it leaves out when it is longer than a brief shows. */
export function annexOf(title: string, list: Listing, empty: string): BriefSection {
  const left = list.total - list.items.length;
  return {
    title,
    items: list.items,
    empty,
    ...(left > 0 ? { more: `${left} more not listed here; the explorer shows them all` } : {}),
  };
}

export function shortName(name: string, max = 40): string {
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}
