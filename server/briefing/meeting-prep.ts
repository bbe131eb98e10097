/**
 * The meeting-preparation brief: for a meeting series (or the latest series between two states),
 * what happened since the last meeting, the outcomes recorded there, who attended on each side,
 * the agreements in force between the two (those ending within a year and those with no recorded
 * activity called out) and the open joint cases the reader may see.
 */
import { instrumentDates } from '../analysis/coordination.js';
import {
  agreementUse,
  involvingPair,
  pairVerdict,
  prepareInvolvingPair,
  preparePairVerdict,
  newestEntriesFirst,
} from '../analysis/gap-verdict.js';
import type { SectorCoverage } from '../analysis/counterpart-coverage.js';
import type { InstrumentEntry, InstrumentIndex } from '../analysis/instrument-index.js';
import { isBilateral, statesOf } from '../analysis/sides.js';
import { NotFoundError } from '../domain/errors.js';
import { earliestDay, latestDay } from '../domain/partial-date.js';
import type { AgreementRecord, CountryRecord, MeetingRecord } from '../domain/records.js';
import { bilateralModel, bilateralPicture } from './bilateral.js';
import type { BriefBody, BriefContext } from './brief-data.js';
import { country } from './brief-data.js';
import { agreementItem, annexOf, firstFew, itemsOf, listed, meetingWhen, type BriefItem } from './brief-items.js';
import { seriesSlug, type Focus } from './focus.js';

const CLOSED = new Set(['CLOSED', 'CONVICTED']);
const same = (item: BriefItem) => item;

function ordinal(n: number): string {
  const suffix =
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function dateKey(e: InstrumentEntry): string {
  const d = instrumentDates(e.instrument)[0];
  return d ? latestDay(d) : '';
}

/** Thailand first when it is one of the two (the briefs are read in Thailand), else by code. */
function orderStates(codes: string[]): [string, string] {
  const sorted = [...codes].sort((x, y) => (x === 'TH' ? -1 : y === 'TH' ? 1 : x.localeCompare(y)));
  return [sorted[0]!, sorted[1]!];
}

/** The meetings a preparation brief is about (a series, or the latest between two states) and the two states. */
export interface PrepSeries {
  series: InstrumentEntry[];
  codes: [string, string];
}

export async function prepSeries(index: InstrumentIndex, focus: Extract<Focus, { kind: 'prep' }>): Promise<PrepSeries> {
  if ('series' in focus) {
    const series = index.entries.filter((e) => {
      if (e.instrument.nodeKind !== 'MEETING') return false;
      const m = e.instrument as MeetingRecord;
      return m.series !== undefined && seriesSlug(m.series) === focus.series;
    });
    if (!series.length) throw new NotFoundError(`no meeting series is written '${focus.series}'`, 'focus');
    const states = [...new Set(series.flatMap((e) => [...statesOf(e)]))];
    if (states.length !== 2)
      throw new NotFoundError(`the series '${focus.series}' does not bring together exactly two states`, 'focus');
    return { series, codes: orderStates(states) };
  }
  const codes = orderStates([focus.pair.a, focus.pair.b]);
  // The pair's own meetings, as the matrix counts them (also those under their agreements), worked
  // out in steps and kept for the rest of the brief.
  const [a, b] = [country(index, codes[0]), country(index, codes[1])];
  const verdict = await preparePairVerdict(index, a, b);
  await prepareInvolvingPair(index, a, b);
  const own = new Set(verdict.activity.map((x) => x.instrument.id));
  // Newest first already (involvingPair), and it holds all of the pair's own activity.
  const between = involvingPair(index, a, b).filter(
    (e) => e.instrument.nodeKind === 'MEETING' && own.has(e.instrument.id),
  );
  const named = between.find((e) => (e.instrument as MeetingRecord).series);
  const name = named && (named.instrument as MeetingRecord).series;
  return {
    series: name ? between.filter((e) => (e.instrument as MeetingRecord).series === name) : between.slice(0, 1),
    codes,
  };
}

/** `coverage`: the two states' counterpart coverage (what the picture's gap lanes read). */
export function meetingPrepBrief(ctx: BriefContext, prep: PrepSeries, coverage: SectorCoverage[]): BriefBody {
  const { index, notes } = ctx;
  const { codes } = prep;
  const [a, b] = [country(index, codes[0]), country(index, codes[1])];
  const series = newestEntriesFirst(index, prep.series);
  const lastEntry = series[0];
  const last = lastEntry?.instrument as MeetingRecord | undefined;
  const model = bilateralModel(index, a, b, notes, coverage);
  const picture = bilateralPicture(model);

  // What names both states or is the pair's own activity (gap-verdict.ts), read once.
  const involving = involvingPair(index, a, b);
  const after = last?.startDate ? latestDay(last.endDate ?? last.startDate) : '';
  // involvingPair comes newest first: the lists filtered from it keep that order.
  const since = involving.filter((e) => e !== lastEntry && (!last || (dateKey(e) && dateKey(e) > after)));
  const outcomes: BriefItem[] = last
    ? last.outcomes.map((o) => ({ title: o, detail: '', footnotes: notes.cite(last.sources) }))
    : [];
  const attended: BriefItem[] = lastEntry
    ? [a, b, undefined].flatMap((side: CountryRecord | undefined) => {
        const orgs = lastEntry.orgs.filter((o) =>
          side ? o.countryCode === side.code : o.countryCode !== a.code && o.countryCode !== b.code,
        );
        if (!orgs.length) return [];
        return [
          {
            title: side ? side.name : 'Others',
            detail: orgs.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join('; '),
            footnotes: notes.cite(last!.sources),
          },
        ];
      })
    : [];

  const today = ctx.today.toISOString().slice(0, 10);
  const inAYear = new Date(ctx.today.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  const inForceEntries = involving.filter((e) => {
    if (e.instrument.nodeKind !== 'AGREEMENT' || e.instrument.status !== 'ACTIVE') return false;
    return !e.instrument.validUntil || latestDay(e.instrument.validUntil) >= today;
  });
  // Bilateral agreements first, each group newest first.
  const inForce = [...inForceEntries.filter((e) => isBilateral(e)), ...inForceEntries.filter((e) => !isBilateral(e))];
  // The verdict judged the pair's bilateral agreements already; the others are judged here, once each.
  const judged = new Map(pairVerdict(index, a, b).agreements.map((u) => [u.agreement.id, u]));
  const toWatch = inForce.flatMap((e) => {
    const ag = e.instrument as AgreementRecord;
    const use = judged.get(ag.id) ?? agreementUse(index, ag);
    const reasons = [
      ag.validUntil && earliestDay(ag.validUntil) <= inAYear ? `validity ends ${ag.validUntil}` : undefined,
      // The dormant list's verdict, in its words.
      use.dormant ? `dormant: ${use.summary}` : undefined,
    ].filter(Boolean);
    return reasons.length ? [{ ag, reasons }] : [];
  });
  const watch = listed(toWatch, ({ ag, reasons }) => ({
    title: ag.name,
    detail: reasons.join('; '),
    footnotes: notes.cite(ag.sources),
  }));
  const openCases = involving.filter((e) => e.instrument.nodeKind === 'JOINT_CASE' && !CLOSED.has(e.instrument.status));
  const sinceItems = itemsOf(index, since, notes);
  const caseItems = itemsOf(index, openCases, notes);
  const seriesName = last?.series ?? `${a.name}–${b.name} meeting`;
  const next = last?.sequence ? `${ordinal(last.sequence + 1)} ` : 'next ';
  return {
    title: `Preparing the ${next}${seriesName}`,
    statusLine: last
      ? `Last meeting: ${last.name}, ${meetingWhen(last)}${last.city ? `, ${last.city}` : ''}.`
      : `No meeting between ${a.name} and ${b.name} is recorded.`,
    figures: [
      { label: 'Last meeting', value: last?.startDate ?? '—' },
      { label: 'Since then', value: String(since.length) },
      { label: 'Agreements in force', value: String(inForce.length) },
      { label: 'Open joint cases', value: String(openCases.length) },
    ],
    picture,
    sections: [
      firstFew('Since the last meeting', sinceItems, 'Nothing recorded since.', 'Annex A'),
      firstFew('Outcomes recorded last time', listed(outcomes, same), 'No outcome recorded.', 'Annex B'),
      firstFew('Who attended last time', listed(attended, same), 'No participant recorded.', 'Annex B'),
      firstFew('Agreements to watch', watch, 'None ends within a year; none is dormant.', 'Annex C'),
      firstFew('Open joint cases', caseItems, 'No open joint case you may see.', 'Annex D'),
    ],
    annexes: [
      annexOf('Annex A: Everything since the last meeting', sinceItems, 'Nothing recorded.'),
      annexOf(
        'Annex B: The last meeting: outcomes and participants',
        listed([...outcomes, ...attended], same),
        'Nothing recorded.',
      ),
      annexOf(
        'Annex C: Agreements in force between them',
        listed(inForce, (e) => agreementItem(index, e, notes)),
        'None recorded.',
      ),
      annexOf('Annex D: Open joint cases you may see', caseItems, 'None recorded.'),
      annexOf('Annex E: Meetings in the series', itemsOf(index, series, notes), 'None recorded.'),
    ],
  };
}
