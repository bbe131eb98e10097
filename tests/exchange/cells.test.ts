/** The CSV cell format: lists and citations survive any text, separators included. */
import { describe, expect, it } from 'vitest';
import { readCell, writeCell } from '../../server/exchange/cells.js';

describe('CSV cells', () => {
  it('round-trip lists and citations whose text holds ; | and \\', () => {
    const list = ['a;b', 'c|d', 'e\\f', 'plain'];
    expect(readCell('list', writeCell('list', list))).toEqual({ ok: true, value: list });
    const cites = [
      { source: 'rtg-q1', locator: 'Protection §7.2', quote: 'MSDHS; the "Ministry" | said \\ that' },
      { source: 'uniap', locator: 'p. 4' },
    ];
    expect(writeCell('citations', cites)).toBe(
      'rtg-q1|Protection §7.2|MSDHS\\; the "Ministry" \\| said \\\\ that;uniap|p. 4',
    );
    expect(readCell('citations', writeCell('citations', cites))).toEqual({ ok: true, value: cites });
  });

  it('reads an empty cell as an absent field, trims items, and names what it cannot read', () => {
    expect(readCell('text', '  ')).toEqual({ ok: true, value: undefined });
    expect(readCell('list', ' PROTECTION ; NRM ;')).toEqual({ ok: true, value: ['PROTECTION', 'NRM'] });
    expect(readCell('int', '12')).toEqual({ ok: true, value: 12 });
    expect(readCell('int', 'twelve')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(readCell('citations', 'a|b|c|d')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
  });
});
