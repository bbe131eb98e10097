/**
 * Dates in the source documents come at year, month or day precision ("in 2013", "March 2024",
 * "5 March 2024"). A PartialDate keeps that precision instead of inventing a day, and compares as
 * the interval of days it covers.
 */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date covers, as YYYY-MM-DD. */
export function earliestDay(value: PartialDate): string {
  // A full date is its own first day (the common case, on every filtered item of an analysis).
  if (value.length === 10) return value;
  const [y, m = '01', d = '01'] = value.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date covers, as YYYY-MM-DD. */
export function latestDay(value: PartialDate): string {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return value;
  if (m !== undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** A closed interval of days; an open end is undefined. */
export interface DayInterval {
  start?: string;
  end?: string;
}

/** Whether two day intervals share at least one day. Open ends reach to infinity. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  if (a.start !== undefined && b.end !== undefined && a.start > b.end) return false;
  if (b.start !== undefined && a.end !== undefined && b.start > a.end) return false;
  return true;
}

/** The later of two partial dates, comparing the last day each covers. */
export function laterOf(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return latestDay(a) >= latestDay(b) ? a : b;
}

/** The earlier of two partial dates, comparing the first day each covers. */
export function earlierOf(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return earliestDay(a) <= earliestDay(b) ? a : b;
}
