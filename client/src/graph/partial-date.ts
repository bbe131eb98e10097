/**
 * Dates at the precision the sources give them: "2013", "2024-03", "2024-03-05". A partial date
 * stands for every day it covers, so windows compare day intervals.
 */
// The parsing and interval rules are the server's own (one source of truth); this module adds
// what only the explorer needs: spans of items, years and display formats.
import { earliestDay, latestDay, type DayInterval, type PartialDate } from '../../../server/domain/partial-date.js';

export { earliestDay, isPartialDate, latestDay, overlaps } from '../../../server/domain/partial-date.js';
export type { DayInterval, PartialDate };

/** The year of a partial date. */
export function yearOf(value: PartialDate): number {
  return Number(value.slice(0, 4));
}

/** The days between two partial dates; undefined when neither is given (an undated item). */
export function span(start?: PartialDate | null, end?: PartialDate | null): DayInterval | undefined {
  if (!start && !end) return undefined;
  return { start: start ? earliestDay(start) : undefined, end: end ? latestDay(end) : undefined };
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
