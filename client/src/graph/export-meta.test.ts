import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter.js';
import {
  coordinationFootnotes,
  defaultTitle,
  describeView,
  evidenceFootnotes,
  exportDateWords,
  fileName,
  footnotesFor,
  legendEntries,
  UNDATED_LABEL,
  windowWords,
} from './export-meta.js';
import type { Citation } from './model.js';
import { CITE, org, rel } from './test-fixtures.js';

const cite = (id: string, name: string, locator: string): Citation => ({
  locator,
  quote: null,
  source: { id, name, publisher: 'P' },
});

describe('export titles and subtitles', () => {
  it('titles the export after the focus', () => {
    expect(defaultTitle('evidence', org('msdhs', { acronym: 'MSDHS' }))).toBe('MSDHS: coordination network');
    expect(defaultTitle('coordination', undefined)).toBe('Who coordinates with whom');
  });

  it('titles a picture an analysis opened after what it shows, not after the focused instrument', () => {
    const mou = org('th-la-mou', { name: 'MOU on labour cooperation' });
    expect(defaultTitle('evidence', mou, 'Thailand – Lao PDR: bilateral cooperation')).toBe(
      'Thailand – Lao PDR: bilateral cooperation',
    );
    expect(defaultTitle('evidence', mou, null)).toBe('MOU on labour cooperation: coordination network');
  });

  it('says the date window in words', () => {
    expect(windowWords(null, null)).toBe('all dates');
    expect(windowWords('2013', '2013')).toBe('in 2013');
    expect(windowWords('2013', '2015-06')).toBe('from 2013 to 2015-06');
    expect(windowWords('2013', null)).toBe('from 2013 onwards');
    expect(windowWords(null, '2015')).toBe('up to 2015');
  });

  it('says the view and every filter in words, countries by name', () => {
    expect(describeView('evidence', DEFAULT_FILTERS)).toBe('Evidence view · all dates · no other filters');
    const words = describeView(
      'coordination',
      {
        ...DEFAULT_FILTERS,
        from: '2013',
        until: '2015',
        orgKinds: ['NGO', 'GOVERNMENT_AGENCY'],
        countries: ['TH', 'MM', 'LA'],
        topics: ['SCAM_CENTRES'],
      },
      (c) => ({ TH: 'Thailand', MM: 'Myanmar', LA: 'Lao PDR' })[c] ?? c,
    );
    expect(words).toBe(
      'Coordination view · ties dated from 2013 to 2015 · organisation kinds: NGO and Thai government agency · ' +
        'countries: Thailand, Myanmar and Lao PDR · topics: Scam centres',
    );
  });

  it('dates the export in English, and names the file after the title', () => {
    expect(exportDateWords(new Date(2025, 2, 3))).toBe('Exported 3 March 2025');
    expect(fileName('MSDHS: coordination network', 'svg')).toBe('msdhs-coordination-network.svg');
    // Thai titles keep their letters: the users are Thai agencies.
    expect(fileName('ไทย–ลาว', 'png')).toBe('ไทย-ลาว.png');
    expect(fileName('?!', 'png')).toBe('coordination-atlas.png');
  });
});

describe('legend of an export', () => {
  it('lists only the kinds shown, in the vocabulary order', () => {
    const groups = legendEntries('evidence', {
      nodeKinds: new Set(['ORGANIZATION', 'MEETING']),
      orgKinds: new Set(['NGO', 'GOVERNMENT_AGENCY']),
      relTypes: new Set(['PARTICIPATED_IN']),
      tieKinds: new Set(['AGREEMENT']),
    });
    expect(groups.map((g) => [g.heading, g.entries.map((e) => e.label)])).toEqual([
      ['Organisations', ['Thai government agency', 'NGO']],
      ['Instruments & places', ['Meeting']],
      ['Ties', ['Took part in']],
    ]);
  });

  it('shows coordination ties by instrument kind in the Coordination view, and nothing for kinds absent', () => {
    const groups = legendEntries('coordination', {
      nodeKinds: new Set(['ORGANIZATION']),
      orgKinds: new Set(),
      relTypes: new Set(['PARTY_TO']),
      tieKinds: new Set(['MEETING', 'MIXED']),
    });
    expect(groups.map((g) => g.entries.map((e) => e.label))).toEqual([['Met at a meeting', 'Several kinds']]);
  });

  it('says what the undated mark means when undated items are drawn, and only then', () => {
    const present = {
      nodeKinds: new Set(['ORGANIZATION', 'AGREEMENT']),
      orgKinds: new Set(['NGO']),
      relTypes: new Set(['PARTY_TO']),
      tieKinds: new Set(['AGREEMENT']),
    };
    const marks = (view: 'evidence' | 'coordination', undated: boolean) =>
      legendEntries(view, { ...present, undated }).find((g) => g.heading === 'Marks');
    expect(marks('evidence', false)).toBeUndefined();
    expect(marks('evidence', true)?.entries.map((e) => [e.label, e.swatch.type])).toEqual([[UNDATED_LABEL, 'node']]);
    expect(marks('coordination', true)?.entries[0]?.swatch).toMatchObject({ type: 'line', line: 'dashed' });
  });

  it('says what a cluster box is when folded clusters are drawn', () => {
    const present = {
      nodeKinds: new Set(['ORGANIZATION']),
      orgKinds: new Set<string>(),
      relTypes: new Set<string>(),
      tieKinds: new Set<string>(),
    };
    const marks = (clusters: boolean) =>
      legendEntries('evidence', { ...present, clusters })
        .find((g) => g.heading === 'Marks')
        ?.entries.map((e) => e.key);
    expect(marks(false)).toBeUndefined();
    expect(marks(true)).toEqual(['cluster']);
    expect(
      legendEntries('evidence', { ...present, clusters: true, undated: true })
        .at(-1)!
        .entries.map((e) => e.key),
    ).toEqual(['cluster', 'undated']);
  });
});

describe('footnotes', () => {
  it('numbers sources in order of first citation and dedupes the same document and locator', () => {
    const a = cite('doc-a', 'Report A', 'p. 3');
    const b = cite('doc-b', 'Report B', '§2');
    const { notes, refs } = footnotesFor([
      { id: 't1', sources: [a, b] },
      { id: 't2', sources: [{ ...b, quote: 'another quote' }, cite('doc-a', 'Report A', 'p. 4')] },
      { id: 't3', sources: [] },
    ]);
    expect(notes).toEqual([
      { n: 1, text: 'Report A, p. 3' },
      { n: 2, text: 'Report B, §2' },
      { n: 3, text: 'Report A, p. 4' },
    ]);
    expect(refs.get('t1')).toEqual([1, 2]);
    expect(refs.get('t2')).toEqual([2, 3]);
    expect(refs.get('t3')).toEqual([]);
  });

  it('cites the relationships drawn in the Evidence view, in id order', () => {
    const { notes, refs } = evidenceFootnotes([rel('PARTY_TO', 'msdhs', 'mou'), rel('BASED_IN', 'msdhs', 'thailand')]);
    expect(notes).toEqual([{ n: 1, text: `${CITE.source.name}, ${CITE.locator}` }]);
    expect([...refs.keys()]).toEqual(['BASED_IN:msdhs:thailand', 'PARTY_TO:msdhs:mou']);
  });

  it('cites a coordination tie by its instruments: their sources when loaded, else their names', () => {
    const tie = {
      id: 'a~b',
      a: 'a',
      b: 'b',
      weight: 1,
      sharedCount: 2,
      instrumentKinds: ['MEETING' as const],
      topics: [],
      firstDate: null,
      lastDate: null,
      undated: true,
      evidence: [
        { id: 'cmm-29', nodeKind: 'MEETING' as const, name: '29th CMM' },
        { id: 'mou', nodeKind: 'AGREEMENT' as const, name: 'MOU on trafficking' },
      ],
    };
    const { notes } = coordinationFootnotes([tie], new Map([['cmm-29', org('cmm-29')]]));
    expect(notes.map((n) => n.text)).toEqual([`${CITE.source.name}, ${CITE.locator}`, 'MOU on trafficking, Agreement']);
  });
});
