import { describe, expect, it } from 'vitest';
import {
  countOf,
  encodingOf,
  fileKind,
  importFormat,
  problemWords,
  reportRows,
  summarise,
  toBase64,
} from './importing.js';
import { refusalWords } from './manage.js';

const row = (outcome: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'REJECT', n: number, fields: string[] = []) => ({
  file: 'organizations.csv',
  row: n,
  kind: 'ORGANIZATION',
  id: `o-${n}`,
  outcome,
  problems: fields.map((field) => ({ field, code: 'INVALID_VALUE', message: `bad ${field}` })),
});

describe('import in the explorer', () => {
  it('tells a file’s kind by its name or type', () => {
    expect(fileKind('organizations.CSV')).toBe('csv');
    expect(fileKind('export.zip')).toBe('zip');
    expect(fileKind('atlas.json')).toBe('json');
    expect(fileKind('data', 'text/csv')).toBe('csv');
    expect(fileKind('report.xlsx')).toBeNull();
    expect(encodingOf('zip')).toBe('BASE64');
    expect(encodingOf('csv')).toBe('TEXT');
  });

  it('picks the format of the chosen files, or says why they do not go together', () => {
    expect(importFormat(['csv', 'zip'])).toEqual({ format: 'CSV' });
    expect(importFormat(['json'])).toEqual({ format: 'JSON' });
    expect(importFormat(['json', 'csv'])).toHaveProperty('error');
    expect(importFormat(['csv', null])).toHaveProperty('error');
    expect(importFormat([])).toHaveProperty('error');
  });

  it('sends bytes in base64', () => {
    expect(toBase64(new Uint8Array([80, 75, 3, 4]))).toBe('UEsDBA==');
    expect(atob(toBase64(new Uint8Array(70_000).fill(65)))).toHaveLength(70_000);
  });

  it('summarises a report by outcome, and allows Apply only when no row is rejected', () => {
    const bad = summarise({
      counts: { create: 1, update: 0, unchanged: 2, reject: 1 },
      rejected: [row('REJECT', 5, ['kind'])],
    });
    expect(bad.canApply).toBe(false);
    expect(bad.words).toMatch(/^4 rows: 1 new, 2 unchanged, 1 rejected\. Fix the rejected row/);
    expect(bad.rejected.map((r) => r.row)).toEqual([5]);
    expect(problemWords(bad.rejected[0]!)).toBe('kind: bad kind');

    const good = summarise({ counts: { create: 1, update: 1, unchanged: 0, reject: 0 }, rejected: [] });
    expect(good).toMatchObject({ canApply: true, words: '2 rows: 1 new, 1 changed.' });
    const same = summarise({ counts: { create: 0, update: 0, unchanged: 3, reject: 0 }, rejected: [] });
    expect(same.canApply).toBe(false);
    expect(same.words).toContain('Nothing would change');
  });

  it('lists the rejected rows first, each once', () => {
    const listed = reportRows({
      rejected: [row('REJECT', 5, ['kind'])],
      rows: [row('CREATE', 2), row('REJECT', 5, ['kind']), row('UNCHANGED', 3)],
    });
    expect(listed.map((r) => r.row)).toEqual([5, 2, 3]);
    expect(countOf({ counts: { create: 1, update: 0, unchanged: 2, reject: 1 } }, 'UNCHANGED')).toBe(2);
  });

  it('says a deletion refused because the record is in use', () => {
    expect(refusalWords([{ field: 'id', code: 'IN_USE', message: 'cited by MSDHS' }])).toBe(
      'It cannot be deleted while it is in use: cited by MSDHS.',
    );
    expect(refusalWords([{ field: 'name', code: 'REQUIRED', message: 'x' }])).toBeNull();
  });
});
