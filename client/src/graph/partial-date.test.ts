import { describe, expect, it } from 'vitest';
import { earliestDay, formatDate, formatRange, isPartialDate, latestDay, overlaps, span } from './partial-date.js';

describe('partial dates', () => {
  it('accepts years, months and days, and rejects impossible dates', () => {
    expect(['2013', '2024-03', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-02-29', '2024-13', '24', '2024-3'].some(isPartialDate)).toBe(false);
  });

  it('covers every day of its precision', () => {
    expect([earliestDay('2013'), latestDay('2013')]).toEqual(['2013-01-01', '2013-12-31']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(latestDay('2024-03-05')).toBe('2024-03-05');
  });

  it('overlaps when the intervals share a day; open ends reach to infinity', () => {
    const y2013 = span('2013', '2013')!;
    expect(overlaps(span('2013-04-18', '2013-04-19')!, y2013)).toBe(true);
    expect(overlaps(span('2024-02-27', '2024-02-29')!, y2013)).toBe(false);
    expect(overlaps(span('2009', null)!, y2013)).toBe(true);
    expect(overlaps(span(null, '2012-12-31')!, y2013)).toBe(false);
    expect(span(null, null)).toBeUndefined();
  });

  it('formats as precisely as the source, no more', () => {
    expect(formatDate('2013')).toBe('2013');
    expect(formatDate('2024-03')).toBe('Mar 2024');
    expect(formatDate('2024-03-05')).toBe('5 Mar 2024');
    expect(formatRange('2024-02-27', '2024-02-29')).toBe('27–29 Feb 2024');
    expect(formatRange('2009', null)).toBe('2009 –');
    expect(formatRange('2013-04-18', '2013-04-18')).toBe('18 Apr 2013');
  });
});
