/**
 * Dates, counts and places written in running text, the way reports write them: "27 – 29
 * February 2024", "30 January – 1 February", "February 13, 2024", "March 2024", "in 2023";
 * "over 100 participants"; a city or province the graph knows. Dates come out as partial dates
 * at the precision written; a day and month without a year take the year the text gives nearby.
 */
export interface DateSpan {
  start: number;
  end: number;
  /** Partial dates: YYYY, YYYY-MM or YYYY-MM-DD (the month-day only, "--MM-DD", without a year). */
  from: string;
  until?: string;
}

export interface CountSpan {
  start: number;
  end: number;
  value: number;
  what: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const DASH = '\\s*[–—-]\\s*';
const YEAR = '((?:19|20)\\d{2})';

const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => { from: string; until?: string } }[] = [
  // 30 January – 1 February 2024
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}${DASH}(\\d{1,2})\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'g'),
    make: (m) => ({ from: day(m[5], m[2]!, m[1]!), until: day(m[5], m[4]!, m[3]!) }),
  },
  // 27 – 29 February 2024
  {
    re: new RegExp(`\\b(\\d{1,2})${DASH}(\\d{1,2})\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'g'),
    make: (m) => ({ from: day(m[4], m[3]!, m[1]!), until: day(m[4], m[3]!, m[2]!) }),
  },
  // 13 February 2024
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'g'),
    make: (m) => ({ from: day(m[3], m[2]!, m[1]!) }),
  },
  // February 13, 2024
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b`, 'g'),
    make: (m) => ({ from: day(m[3], m[1]!, m[2]!) }),
  },
  // March 2024
  { re: new RegExp(`\\b${MONTH}\\s+${YEAR}`, 'g'), make: (m) => ({ from: `${m[2]}-${monthNumber(m[1]!)}` }) },
  // in 2023
  { re: new RegExp(`\\b${YEAR}\\b`, 'g'), make: (m) => ({ from: m[1]! }) },
];

function monthNumber(name: string): string {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
  return String(i + 1).padStart(2, '0');
}

function day(year: string | undefined, month: string, d: string): string {
  return `${year ?? '-'}-${monthNumber(month)}-${d.padStart(2, '0')}`;
}

/** Dates in text[start, end), longest reading first, non-overlapping. */
export function findDates(text: string, start: number, end: number): DateSpan[] {
  const slice = text.slice(start, end);
  const taken: [number, number][] = [];
  const out: DateSpan[] = [];
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const d = Number(m[1]);
      if (/^\d/.test(m[0]) && m[0].length <= 2 && (d < 1 || d > 31)) continue;
      taken.push([s, e]);
      out.push({ start: start + s, end: start + e, ...make(m) });
    }
  }
  const year = out.find((d) => /^\d{4}/.test(d.from))?.from.slice(0, 4);
  return out
    .map((d) =>
      year ? { ...d, from: withYear(d.from, year), ...(d.until ? { until: withYear(d.until, year) } : {}) } : d,
    )
    .sort((a, b) => a.start - b.start);
}

function withYear(date: string, year: string): string {
  return date.startsWith('--') ? `${year}${date.slice(1)}` : date;
}

const COUNT =
  /\b(?:(over|more than|about|around|some|nearly|almost|a total of)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z][a-z-]+)/gi;

/** Counts of people or things: "645 personnel", "over 100 participants". */
export function findCounts(text: string, start: number, end: number): CountSpan[] {
  const out: CountSpan[] = [];
  const slice = text.slice(start, end);
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(slice); m; m = COUNT.exec(slice)) {
    const value = Number(m[2]!.replace(/,/g, ''));
    if (/^(19|20)\d{2}$/.test(m[2]!) || MONTHS.includes(m[3]!.toLowerCase())) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, value, what: m[3]!.toLowerCase() });
  }
  return out;
}
