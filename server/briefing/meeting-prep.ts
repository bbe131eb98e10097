/**
 * The meeting-preparation brief: for a meeting series (or the latest series between two states),
 * what happened since the last meeting, the outcomes recorded there, who attended on each side,
 * the agreements in force between the two (those ending within a year and those with no recorded
 * activity called out) and the open joint cases the reader may see.
 */
import { instrumentDates } from '../analysis/coordination.js';
import { agreementUse, pairVerdict } from '../analysis/gap-verdict.js';
import type { SectorCoverage } from '../analysis/counterpart-coverage.js';
import type { InstrumentEntry, InstrumentIndex } from '../analysis/instrument-index.js';
import { isBilateral, statesOf } from '../analysis/sides.js';
import { NotFoundError } from '../domain/errors.js';
import { earliestDay, latestDay } from '../domain/partial-date.js';
import type { AgreementRecord, CountryRecord, MeetingRecord } from '../domain/records.js';
import { bilateralModel, bilateralPicture } from './bilateral.js';
import type { BriefBody, BriefContext } from './brief-data.js';
import { country } from './brief-data.js';
import { agreementItem, byDateDesc, firstFew, itemsOf, meetingWhen, type BriefItem } from './brief-items.js';
import { seriesSlug, type Focus } from './focus.js';

const CLOSED = new Set(['CLOSED', 'CONVICTED']);

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

export function prepSeries(index: InstrumentIndex, focus: Extract<Focus, { kind: 'prep' }>): PrepSeries {
  const meetings = index.entries.filter((e) => e.instrument.nodeKind === 'MEETING');
  if ('series' in focus) {
    const series = meetings.filter((e) => {
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
  // The pair's own meetings, as the matrix counts them (also those under their agreements).
  const own = new Set(
    pairVerdict(index, country(index, codes[0]), country(index, codes[1])).activity.map((x) => x.instrument.id),
  );
  const between = meetings.filter((e) => own.has(e.instrument.id)).sort(byDateDesc);
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
  const { series, codes } = prep;
  const [a, b] = [country(index, codes[0]), country(index, codes[1])];
  series.sort(byDateDesc);
  const lastEntry = series[0];
  const last = lastEntry?.instrument as MeetingRecord | undefined;
  const model = bilateralModel(index, a, b, notes, coverage);
  const picture = bilateralPicture(model);

  const pairActivity = new Set(pairVerdict(index, a, b).activity.map((x) => x.instrument.id));
  const both = (e: InstrumentEntry) =>
    (statesOf(e).has(a.code) && statesOf(e).has(b.code)) || pairActivity.has(e.instrument.id);
  const after = last?.startDate ? latestDay(last.endDate ?? last.startDate) : '';
  const since = index.entries
    .filter((e) => both(e) && e !== lastEntry && (!last || (dateKey(e) && dateKey(e) > after)))
    .sort(byDateDesc);
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
  const inForce = index.entries
    .filter((e) => {
      if (e.instrument.nodeKind !== 'AGREEMENT' || !both(e) || e.instrument.status !== 'ACTIVE') return false;
      return !e.instrument.validUntil || latestDay(e.instrument.validUntil) >= today;
    })
    .sort((x, y) => Number(isBilateral(y)) - Number(isBilateral(x)) || byDateDesc(x, y));
  const watch: BriefItem[] = inForce.flatMap((e) => {
    const ag = e.instrument as AgreementRecord;
    const reasons = [
      ag.validUntil && earliestDay(ag.validUntil) <= inAYear ? `validity ends ${ag.validUntil}` : undefined,
      // The dormant list's verdict, in its words.
      agreementUse(index, ag).dormant ? `dormant: ${agreementUse(index, ag).summary}` : undefined,
    ].filter(Boolean);
    return reasons.length ? [{ title: ag.name, detail: reasons.join('; '), footnotes: notes.cite(ag.sources) }] : [];
  });
  const openCases = index.entries
    .filter((e) => e.instrument.nodeKind === 'JOINT_CASE' && both(e) && !CLOSED.has(e.instrument.status))
    .sort(byDateDesc);
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
      firstFew('Since the last meeting', itemsOf(index, since, notes), 'Nothing recorded since.', 'Annex A'),
      firstFew('Outcomes recorded last time', outcomes, 'No outcome recorded.', 'Annex B'),
      firstFew('Who attended last time', attended, 'No participant recorded.', 'Annex B'),
      firstFew('Agreements to watch', watch, 'None ends within a year; none is dormant.', 'Annex C'),
      firstFew('Open joint cases', itemsOf(index, openCases, notes), 'No open joint case you may see.', 'Annex D'),
    ],
    annexes: [
      {
        title: 'Annex A: Everything since the last meeting',
        items: itemsOf(index, since, notes),
        empty: 'Nothing recorded.',
      },
      {
        title: 'Annex B: The last meeting: outcomes and participants',
        items: [...outcomes, ...attended],
        empty: 'Nothing recorded.',
      },
      {
        title: 'Annex C: Agreements in force between them',
        items: inForce.map((e) => agreementItem(index, e, notes)),
        empty: 'None recorded.',
      },
      {
        title: 'Annex D: Open joint cases you may see',
        items: itemsOf(index, openCases, notes),
        empty: 'None recorded.',
      },
      { title: 'Annex E: Meetings in the series', items: itemsOf(index, series, notes), empty: 'None recorded.' },
    ],
  };
}
