import { describe, expect, it } from 'vitest';
import {
  changeElements,
  changeEvidence,
  changesStatusWords,
  comparePicture,
  countByKind,
  defaultPeriods,
  periodWords,
  type TieChange,
} from './changes.js';

const end = (id: string) => ({
  id,
  nodeKind: 'ORGANIZATION' as const,
  name: id.toUpperCase(),
  acronym: null,
  countryCode: 'TH',
  orgKind: 'GOVERNMENT_AGENCY' as const,
});
const cite = {
  locator: '§1',
  quote: 'q',
  source: { id: 's', name: 'S', publisher: 'P', publishedOn: '2024', url: null },
};
const instrument = (id: string) => ({ id, nodeKind: 'MEETING' as const, name: id, sources: [cite] });
const tie = (a: string, b: string, evidence: string[]) => ({
  id: `${a}~${b}`,
  a: end(a),
  b: end(b),
  weight: evidence.length,
  sharedCount: evidence.length,
  firstDate: null,
  lastDate: null,
  evidence: evidence.map(instrument),
});
const change = (
  kind: TieChange['kind'],
  before: ReturnType<typeof tie> | null,
  after: ReturnType<typeof tie> | null,
): TieChange => ({
  kind,
  before,
  after,
  weightBefore: before?.weight ?? 0,
  weightAfter: after?.weight ?? 0,
});

const changes: TieChange[] = [
  change('NEW', null, tie('a', 'b', ['m-2024'])),
  change('STRENGTHENED', tie('a', 'c', ['m-2013']), tie('a', 'c', ['m-2013', 'm-2024'])),
  change('LAPSED', tie('b', 'c', ['m-2013']), null),
];
const period = (ties: ReturnType<typeof tie>[]) => ({
  ties,
  organizations: [...new Map(ties.flatMap((t) => [t.a, t.b]).map((o) => [o.id, o])).values()],
});
const before = period([tie('a', 'c', ['m-2013']), tie('b', 'c', ['m-2013']), tie('c', 'd', ['mou'])]);
const after = period([tie('a', 'b', ['m-2024']), tie('a', 'c', ['m-2013', 'm-2024']), tie('c', 'd', ['mou'])]);

describe('the period comparison picture', () => {
  it('colours each changed tie by its change and the rest of both periods as unchanged', () => {
    const picture = comparePicture(changes, [before, after], true);
    const kinds = Object.fromEntries(picture.ties.map((t) => [t.id, t.kind]));
    expect(kinds).toEqual({ 'a~b': 'NEW', 'a~c': 'STRENGTHENED', 'b~c': 'LAPSED', 'c~d': 'UNCHANGED' });
    expect(countByKind(picture)).toMatchObject({ NEW: 1, STRENGTHENED: 1, LAPSED: 1, UNCHANGED: 1, WEAKENED: 0 });
  });

  it('can leave the unchanged ties out', () => {
    const picture = comparePicture(changes, [before, after], false);
    expect(picture.ties.map((t) => t.id).sort()).toEqual(['a~b', 'a~c', 'b~c']);
    expect([...picture.nodes.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('draws ties with a class per change, the selected one marked', () => {
    const els = changeElements(comparePicture(changes, [before, after], true), 'a~b');
    const edge = (id: string) => els.find((e) => e.data.id === id)!;
    expect(String(edge('a~b').classes).split(' ')).toEqual(['change', 'change-new', 'selected']);
    expect(String(edge('c~d').classes).split(' ')).toContain('change-unchanged');
  });
});

describe('the evidence of a change', () => {
  it('is what a lapsed tie rested on, and what a new or stronger tie rests on, the new instruments first', () => {
    expect(changeEvidence(changes[2]!).map((e) => e.id)).toEqual(['m-2013']);
    const stronger = changeEvidence(changes[1]!);
    expect(stronger.map((e) => [e.id, e.added])).toEqual([
      ['m-2024', true],
      ['m-2013', false],
    ]);
    expect(stronger[0]!.sources[0]!.locator).toBe('§1');
  });
});

describe('periods', () => {
  it('are said in words', () => {
    expect(periodWords({ from: '2013', until: '2013' })).toBe('2013');
    expect(periodWords({ from: '2013', until: '2024' })).toBe('2013–2024');
    expect(periodWords({ from: null, until: '2013' })).toBe('until 2013');
  });

  it('are said with what changed in the status bar, the kinds with none left out', () => {
    const counts = { NEW: 3, STRENGTHENED: 0, WEAKENED: 1, LAPSED: 2, UNCHANGED: 7 };
    expect(changesStatusWords({ from: '2013', until: '2013' }, { from: '2024', until: '2024' }, 13, counts)).toBe(
      '2013 → 2024: 13 ties drawn · 3 new · 1 weakened · 2 lapsed',
    );
    const none = { NEW: 0, STRENGTHENED: 0, WEAKENED: 0, LAPSED: 0, UNCHANGED: 4 };
    expect(changesStatusWords({ from: null, until: '2013' }, { from: '2024', until: null }, 4, none)).toBe(
      'until 2013 → from 2024: 4 ties drawn · no change',
    );
  });

  it('default to the first year of the data against its last', () => {
    expect(defaultPeriods('2004-05', '2024-03-26')).toEqual({
      a: { from: '2004', until: '2004' },
      b: { from: '2024', until: '2024' },
    });
    expect(defaultPeriods(null, '2024')).toBeNull();
  });
});
