import { describe, expect, it } from 'vitest';
import {
  BILATERAL_COLOURS,
  BILATERAL_STATUSES,
  cellCounts,
  COVERAGE_COLOURS,
  COVERAGE_STATUSES,
  describeFilters,
  gapsStatusWords,
  focusOnAgreement,
  focusOnCell,
  focusOnMissingLink,
  focusOnNode,
  focusOnTie,
  matrixGrid,
  MAX_EXPAND,
  pairKey,
  parsePair,
} from './gaps.js';
import { DEFAULT_FILTERS } from './filter.js';
import { label, type NodeKind } from './vocabulary.js';

const cell = (a: string, b: string, status: (typeof BILATERAL_STATUSES)[number]) => ({
  a: { code: a },
  b: { code: b },
  status,
});

describe('the bilateral matrix grid', () => {
  it('lays the cells out symmetrically in the order asked, with an empty diagonal', () => {
    const g = matrixGrid(
      ['TH', 'MM', 'LA'],
      [cell('TH', 'MM', 'ACTIVE'), cell('TH', 'LA', 'INFORMAL'), cell('LA', 'MM', 'NO_BILATERAL_INSTRUMENT')],
    );
    expect(g.codes).toEqual(['TH', 'MM', 'LA']);
    expect(g.rows.map((r) => r.map((c) => c?.status ?? null))).toEqual([
      [null, 'ACTIVE', 'INFORMAL'],
      ['ACTIVE', null, 'NO_BILATERAL_INSTRUMENT'],
      ['INFORMAL', 'NO_BILATERAL_INSTRUMENT', null],
    ]);
    // Each pair counted once, whatever order the server gives it in.
    expect(g.counts).toEqual({ NO_BILATERAL_INSTRUMENT: 1, DORMANT: 0, INFORMAL: 1, ACTIVE: 1 });
  });

  it('leaves a pair the server did not answer empty rather than guessing', () => {
    const g = matrixGrid(['TH', 'KH'], []);
    expect(g.rows).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('keys and parses pairs whatever their order', () => {
    expect(pairKey('TH', 'LA')).toBe(pairKey('LA', 'TH'));
    expect(parsePair('TH~LA')).toEqual(['TH', 'LA']);
    expect(parsePair('TH~TH')).toBeNull();
    expect(parsePair('th~la')).toBeNull();
    expect(parsePair(null)).toBeNull();
  });
});

describe('verdict colours', () => {
  /** WCAG relative luminance contrast between two #rrggbb colours. */
  const contrast = (x: string, y: string) => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('gives every status its own colour, with readable text on it', () => {
    const backgrounds = BILATERAL_STATUSES.map((s) => BILATERAL_COLOURS[s].background);
    expect(new Set(backgrounds).size).toBe(BILATERAL_STATUSES.length);
    for (const s of BILATERAL_STATUSES)
      expect(contrast(BILATERAL_COLOURS[s].background, BILATERAL_COLOURS[s].text)).toBeGreaterThanOrEqual(4.5);
    for (const s of COVERAGE_STATUSES)
      expect(contrast(COVERAGE_COLOURS[s].background, COVERAGE_COLOURS[s].text)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('focus plans: what choosing a result shows in the graph', () => {
  const ref = (id: string, nodeKind: NodeKind = 'ORGANIZATION') => ({ id, nodeKind });

  it('a matrix cell expands its instruments, bilateral ones first, and selects them', () => {
    const plan = focusOnCell({
      bilateralAgreements: [ref('mou-th-la', 'AGREEMENT')],
      multilateralAgreements: [ref('commit-mou', 'AGREEMENT')],
      meetings: [ref('th-la-3rd', 'MEETING'), ref('th-la-3rd', 'MEETING')],
      jointCases: [ref('case-1', 'JOINT_CASE')],
    });
    expect(plan).toEqual({
      view: 'evidence',
      focus: 'mou-th-la',
      expand: ['mou-th-la', 'th-la-3rd', 'case-1', 'commit-mou'],
      select: ['mou-th-la', 'th-la-3rd', 'case-1', 'commit-mou'],
      only: [],
      kinds: ['AGREEMENT', 'MEETING', 'JOINT_CASE', 'ORGANIZATION'],
    });
  });

  it('a cell with nothing shared has nothing to show, and a large one is capped', () => {
    expect(
      focusOnCell({ bilateralAgreements: [], multilateralAgreements: [], meetings: [], jointCases: [] }),
    ).toBeNull();
    const meetings = Array.from({ length: 30 }, (_, i) => ref(`m${i}`));
    const plan = focusOnCell({ bilateralAgreements: [], multilateralAgreements: [], meetings, jointCases: [] })!;
    expect(plan.expand).toHaveLength(MAX_EXPAND);
  });

  it('an organisation, a broker or an evidence item is focused and expanded', () => {
    expect(focusOnNode(ref('asean-act'))).toEqual({
      view: 'evidence',
      focus: 'asean-act',
      expand: ['asean-act'],
      select: ['asean-act'],
      only: [],
      kinds: ['ORGANIZATION'],
    });
  });

  it('a coordination tie shows the instruments behind it with both ends selected', () => {
    expect(
      focusOnTie({
        a: ref('rtp'),
        b: ref('lao-police'),
        evidence: [ref('mou', 'AGREEMENT'), ref('meeting', 'MEETING')],
      }),
    ).toEqual({
      view: 'evidence',
      focus: 'mou',
      expand: ['mou', 'meeting'],
      select: ['rtp', 'lao-police'],
      only: [],
      kinds: ['ORGANIZATION', 'AGREEMENT', 'MEETING'],
    });
    expect(focusOnTie({ a: ref('x'), b: ref('y'), evidence: [] }).expand).toEqual(['x', 'y']);
  });

  it('a missing link shows both organisations and their partners in the coordination network', () => {
    expect(focusOnMissingLink({ a: ref('a'), b: ref('b'), sharedPartners: [ref('p'), ref('q')] })).toEqual({
      view: 'coordination',
      focus: 'a',
      expand: [],
      select: ['a', 'b', 'p', 'q'],
      only: ['a', 'b'],
      kinds: ['ORGANIZATION'],
    });
  });

  it('a dormant agreement shows the agreement and its parties', () => {
    expect(
      focusOnAgreement(ref('mou-th-cn', 'AGREEMENT'), [ref('thailand', 'COUNTRY'), ref('china', 'COUNTRY')]),
    ).toEqual({
      view: 'evidence',
      focus: 'mou-th-cn',
      expand: ['mou-th-cn'],
      select: ['mou-th-cn', 'thailand', 'china'],
      only: [],
      kinds: ['AGREEMENT', 'COUNTRY'],
    });
  });
});

describe('the filters in words', () => {
  it('says what an analysis was computed on', () => {
    expect(describeFilters(DEFAULT_FILTERS, label)).toBe('');
    expect(describeFilters({ ...DEFAULT_FILTERS, nodeKinds: ['MEETING'], from: '2024', until: '2024' }, label)).toBe(
      '2024 · kinds: Meeting',
    );
    expect(describeFilters({ ...DEFAULT_FILTERS, from: '2013', countries: ['TH', 'LA'] }, label)).toBe(
      '2013–… · countries: TH, LA',
    );
  });
});

describe('the Gaps status line', () => {
  it('names the states compared and the filters', () => {
    expect(gapsStatusWords(null, '')).toBe('Gaps between the COMMIT members · whole graph');
    expect(gapsStatusWords(['TH'], '2024')).toBe('Gaps between the COMMIT members · within 2024');
    expect(gapsStatusWords(['TH', 'LA', 'MM'], 'countries: TH, LA, MM')).toBe(
      'Gaps between 3 states in the country filter · within countries: TH, LA, MM',
    );
  });
});

describe('a matrix cell’s counts', () => {
  it('splits bilateral from multilateral agreements', () => {
    const ref = (id: string) => ({ id, nodeKind: 'AGREEMENT' as NodeKind });
    const counts = cellCounts({
      bilateralAgreements: [ref('mou-th-la'), ref('sop-th-la')],
      multilateralAgreements: [ref('commit-mou')],
      meetings: [ref('m1')],
      jointCases: [],
    });
    expect(counts).toEqual(['2 bilat. · 1 multi', '1 mtg · 0 cases']);
  });

  it('lists the most pressing verdict first: no bilateral instrument at all', () => {
    expect(BILATERAL_STATUSES[0]).toBe('NO_BILATERAL_INSTRUMENT');
  });
});
