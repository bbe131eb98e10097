/**
 * Dates at the precision the sources give them: "2013", "2024-03", "2024-03-05". A partial date
 * stands for every day it covers, so windows compare day intervals.
 */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date covers, as YYYY-MM-DD. */
export function earliestDay(value: PartialDate): string {
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

/** The year of a partial date. */
export function yearOf(value: PartialDate): number {
  return Number(value.slice(0, 4));
}

/** A closed interval of days (YYYY-MM-DD); an open end is undefined. */
export interface DayInterval {
  start?: string;
  end?: string;
}

/** The days between two partial dates; undefined when neither is given (an undated item). */
export function span(start?: PartialDate | null, end?: PartialDate | null): DayInterval | undefined {
  if (!start && !end) return undefined;
  return { start: start ? earliestDay(start) : undefined, end: end ? latestDay(end) : undefined };
}

/** Whether two intervals share at least one day; open ends reach to infinity. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  if (a.start !== undefined && b.end !== undefined && a.start > b.end) return false;
  if (b.start !== undefined && a.end !== undefined && b.start > a.end) return false;
  return true;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024", "Mar 2024", "5 Mar 2024": as precise as the source, no more. */
export function formatDate(value: PartialDate | null | undefined): string {
  if (!value) return '';
  const [y, m, d] = value.split('-');
  if (m === undefined) return y ?? value;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** "27–29 Feb 2024", "2009 – ", "– 2020", or "" when undated. */
export function formatRange(start: PartialDate | null | undefined, end: PartialDate | null | undefined): string {
  if (!start && !end) return '';
  if (start && (!end || end === start)) return end ? formatDate(start) : `${formatDate(start)} –`;
  if (!start) return `– ${formatDate(end)}`;
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = (end ?? '').split('-');
  if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
