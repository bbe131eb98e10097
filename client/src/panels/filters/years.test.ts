import { describe, expect, it } from 'vitest';
import { checkYears } from './years.js';

describe('the year fields of the time window', () => {
  it('accept a range of two years, in either order of typing', () => {
    expect(checkYears('2024', '2024')).toEqual({ from: 2024, until: 2024, problem: null });
    expect(checkYears(' 2013', '2024 ')).toEqual({ from: 2013, until: 2024, problem: null });
  });

  it('explain an impossible range instead of changing either year', () => {
    const checked = checkYears('2024', '2013');
    expect(checked.problem).toMatch(/From 2024 is after Until 2013/);
  });

  it('explain what is not a year', () => {
    expect(checkYears('20', '2024').problem).toMatch(/not a year/);
    expect(checkYears('2013', '').problem).toMatch(/Until/);
  });
});
