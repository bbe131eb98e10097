/**
 * Agreements that have gone quiet: in force, but with no meeting or case under them for more than
 * a number of months before a reference date (by default the latest date in the data, so that an
 * archive of past reports is judged against its own time, not today's).
 */
import type { AgreementRecord, NodeRecord } from '../domain/records.js';
import { latestDay, laterOf, type PartialDate } from '../domain/partial-date.js';
import { instrumentDates } from './coordination.js';
import type { Instrument, InstrumentIndex } from './instrument-index.js';

export interface DormantAgreement {
  agreement: AgreementRecord;
  parties: NodeRecord[];
  lastActivity: Instrument | undefined;
  lastActivityDate: PartialDate | undefined;
  /** Whole months from the last activity to the reference date; undefined when there was none. */
  monthsSinceActivity: number | undefined;
}

/** The latest date any instrument in the index records. */
export function latestDateIn(index: InstrumentIndex): PartialDate | undefined {
  let latest: PartialDate | undefined;
  for (const e of index.entries) latest = laterOf(latest, instrumentDates(e.instrument)[1]);
  return latest;
}

export function dormantAgreements(
  index: InstrumentIndex,
  months: number,
  asOf: PartialDate | undefined,
): DormantAgreement[] {
  const reference = asOf ?? latestDateIn(index);
  const result: DormantAgreement[] = [];
  for (const entry of index.entries) {
    if (entry.instrument.nodeKind !== 'AGREEMENT' || entry.instrument.status !== 'ACTIVE') continue;
    const agreement = entry.instrument;
    const { last, lastDate } = lastActivityUnder(index, agreement.id);
    const since = lastDate && reference ? monthsBetween(lastDate, reference) : undefined;
    if (last && since !== undefined && since <= months) continue;
    result.push({
      agreement,
      parties: [...entry.orgs, ...entry.countries],
      lastActivity: last,
      lastActivityDate: lastDate,
      monthsSinceActivity: since,
    });
  }
  // Never-used agreements first, then the longest quiet.
  return result.sort(
    (x, y) =>
      (y.monthsSinceActivity ?? Infinity) - (x.monthsSinceActivity ?? Infinity) ||
      x.agreement.name.localeCompare(y.agreement.name),
  );
}

/** Whole months from the last day of `from` to the last day of `to`. */
export function monthsBetween(from: PartialDate, to: PartialDate): number {
  const [fy, fm] = latestDay(from).split('-').map(Number) as [number, number];
  const [ty, tm] = latestDay(to).split('-').map(Number) as [number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm));
}

/** The latest meeting or case recorded as implementing an agreement, and its date. */
export function lastActivityUnder(
  index: InstrumentIndex,
  agreementId: string,
): { last: Instrument | undefined; lastDate: PartialDate | undefined } {
  let last: Instrument | undefined;
  let lastDate: PartialDate | undefined;
  for (const activity of index.entries) {
    if (!activity.under.some((u) => u.id === agreementId)) continue;
    const date = instrumentDates(activity.instrument)[1];
    const isLater = date !== undefined && (lastDate === undefined || latestDay(date) > latestDay(lastDate));
    if (!last || isLater) {
      last = activity.instrument;
      lastDate = isLater ? date : lastDate;
    }
  }
  return { last, lastDate };
}
