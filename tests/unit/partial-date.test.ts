import { describe, expect, it } from 'vitest';
import { earliestDay, isPartialDate, latestDay, laterOf, overlaps } from '../../server/domain/partial-date.js';

describe('partial dates', () => {
  it('accepts years, months and real days only', () => {
    expect(['2013', '2024-03', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-02-29', '2024-13', '24-03', '2024-3', '2024-03-05T00:00'].some(isPartialDate)).toBe(false);
  });

  it('covers every day of its period', () => {
    expect([earliestDay('2024'), latestDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(latestDay('2024-03-05')).toBe('2024-03-05');
  });

  it('overlaps windows with open ends and compares by the last day covered', () => {
    expect(overlaps({ start: '2013-04-18', end: '2013-04-19' }, { end: '2013-12-31' })).toBe(true);
    expect(overlaps({ start: '2024-03-01' }, { start: '2013-01-01', end: '2013-12-31' })).toBe(false);
    expect(laterOf('2024', '2024-06-01')).toBe('2024');
  });
});
