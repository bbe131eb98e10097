import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter.js';
import { decodeState, DEFAULT_STATE, encodeState, parsePeriod, type ViewState } from './url-state.js';

describe('URL state', () => {
  it('leaves the URL bare for the default state', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips focus, expansions, hidden, pinned, selection, filters, view, layout and path', () => {
    const state: ViewState = {
      view: 'coordination',
      layout: 'concentric',
      tab: 'table',
      focus: 'msdhs',
      expanded: ['msdhs', 'th-mm-cmm-29-2024'],
      hidden: ['thailand'],
      pinned: ['rtp'],
      only: ['msdhs'],
      selected: ['PARTICIPATED_IN:msdhs:th-mm-cmm-29-2024'],
      groupByCountry: true,
      filters: {
        nodeKinds: ['ORGANIZATION', 'MEETING'],
        orgKinds: ['NGO', 'GOVERNMENT_AGENCY'],
        sectors: [],
        countries: ['TH', 'MM'],
        topics: ['REPATRIATION'],
        relTypes: ['PARTICIPATED_IN'],
        from: '2013',
        until: '2013-12',
        showIsolated: true,
        undated: false,
      },
      path: { from: 'ticac', to: 'unodc', maxLength: 5 },
      gaps: { pair: null, months: 24, pairKind: 'ANY' },
      changes: { a: { from: '2013', until: '2013' }, b: { from: '2024', until: null } },
      partnerTies: true,
      subject: 'Thailand – Lao PDR: bilateral cooperation',
      picture: { depth: 3, via: ['PARTY_TO', 'PARTICIPATED_IN'], sizeBy: 'brokerage', clusters: 'off' },
    };
    const search = encodeState(state);
    expect(decodeState(search)).toEqual(state);
    expect(search).toContain('focus=msdhs');
    expect(search).toContain('from=2013');
    // Readable: lists stay comma-separated.
    expect(search).toContain('x=msdhs,th-mm-cmm-29-2024');
  });

  it('tells "no value chosen" (an empty list) from "every value" (absent)', () => {
    const none = { ...DEFAULT_STATE, filters: { ...DEFAULT_FILTERS, topics: [] } };
    expect(decodeState(encodeState(none)).filters.topics).toEqual([]);
    expect(decodeState(encodeState(DEFAULT_STATE)).filters.topics).toBeNull();
  });

  it('drops what it does not know rather than failing', () => {
    const s = decodeState(
      '?view=map&layout=spiral&kinds=MEETING,SPACESHIP&from=2013-13&countries=TH,xx&focus=<script>&path=a',
    );
    expect(s.view).toBe('evidence');
    expect(s.layout).toBe('force');
    expect(s.filters.nodeKinds).toEqual(['MEETING']);
    expect(s.filters.from).toBeNull();
    expect(s.filters.countries).toEqual(['TH']);
    expect(s.focus).toBeNull();
    expect(s.path).toBeNull();
  });

  it('keeps the Gaps view bookmarkable: the tab, the pair opened and the analyses’ parameters', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      tab: 'gaps',
      filters: { ...DEFAULT_FILTERS, nodeKinds: ['MEETING'], from: '2024', until: '2024' },
      gaps: { pair: ['TH', 'LA'], months: 12, pairKind: 'GOVERNMENT_NGO' },
    };
    const search = encodeState(state);
    expect(search).toBe('?tab=gaps&kinds=MEETING&from=2024&until=2024&pair=TH~LA&months=12&pairKind=GOVERNMENT_NGO');
    expect(decodeState(search)).toEqual(state);
    // Nonsense is dropped, not trusted.
    expect(decodeState('?tab=gaps&pair=TH~TH&months=-3&pairKind=EVERYONE').gaps).toEqual(DEFAULT_STATE.gaps);
  });

  it('keeps a subject as one line of text, within bounds', () => {
    expect(decodeState('?subject=' + encodeURIComponent('A\u0007B\nC')).subject).toBe('A B C');
    expect(decodeState('?subject=' + 'x'.repeat(500)).subject).toHaveLength(120);
    expect(decodeState('?subject=%20%20').subject).toBeNull();
  });
});

describe('periods of the comparison in the URL', () => {
  it('reads a closed or half-open period and drops an impossible one', () => {
    expect(parsePeriod('2013~2013')).toEqual({ from: '2013', until: '2013' });
    expect(parsePeriod('~2013')).toEqual({ from: null, until: '2013' });
    expect(parsePeriod('2024~2013')).toBeNull();
    expect(parsePeriod('~')).toBeNull();
    expect(parsePeriod('13~2013')).toBeNull();
  });
});
