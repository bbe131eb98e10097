import { describe, expect, it } from 'vitest';
import { computeVisibility, DEFAULT_FILTERS, facets, nodeHiddenBy, toGraphFilter, type Filters } from './filter.js';
import { agreement, meeting, model, org, rel, thaiNetwork } from './test-fixtures.js';

const f = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });

describe('the time window', () => {
  it('set to 2013 hides the 2024 meeting, keeps the April 2013 workshop and keeps undated items', () => {
    const v = computeVisibility({ model: thaiNetwork(), filters: f({ from: '2013', until: '2013' }) });
    expect(v.nodes.has('ayutthaya-2013')).toBe(true);
    expect(v.nodes.has('cmm-29')).toBe(false);
    expect(v.hiddenNodes.get('cmm-29')).toBe('time');
    // The MOU has no dates: absence of a date is not evidence of being outside the window.
    expect(v.nodes.has('mou-th-mm')).toBe(true);
    expect(v.nodes.has('msdhs')).toBe(true);
  });

  it('hides a meeting whose [start, end] does not overlap the window, and keeps one that straddles its edge', () => {
    const straddling = meeting('straddling', '2012-12-30', '2013-01-02');
    const before = meeting('before', '2012-12-01', '2012-12-31');
    const after = meeting('after', '2014-01-01');
    const win = f({ from: '2013', until: '2013' });
    expect(nodeHiddenBy(straddling, win)).toBeNull();
    expect(nodeHiddenBy(before, win)).toBe('time');
    expect(nodeHiddenBy(after, win)).toBe('time');
    expect(nodeHiddenBy(meeting('undated', null), win)).toBeNull();
  });

  it('treats a month as every day in it, and an agreement without an end as still in force', () => {
    expect(nodeHiddenBy(meeting('march', '2024-03'), f({ from: '2024-03-31' }))).toBeNull();
    expect(nodeHiddenBy(meeting('march', '2024-03'), f({ from: '2024-04' }))).toBe('time');
    const mou = agreement('old-mou', { signedOn: '2009-04-24' });
    expect(nodeHiddenBy(mou, f({ from: '2020', until: '2020' }))).toBeNull();
    expect(nodeHiddenBy(mou, f({ until: '2008' }))).toBe('time');
    expect(nodeHiddenBy(agreement('ended', { validFrom: '2010', validUntil: '2012' }), f({ from: '2013' }))).toBe(
      'time',
    );
  });

  it('hides ties dated outside the window and keeps undated ties', () => {
    const m = model(
      [org('a'), org('b'), org('c')],
      [rel('MEMBER_OF', 'a', 'b', { from: '2015', until: '2016' }), rel('MEMBER_OF', 'c', 'b')],
    );
    const v = computeVisibility({ model: m, filters: f({ from: '2013', until: '2013' }) });
    expect(v.hiddenRelationships.get('MEMBER_OF:a:b')).toBe('time');
    expect(v.relationships.has('MEMBER_OF:c:b')).toBe(true);
  });
});

describe('filters', () => {
  it('narrow by node kind, organisation kind, sector, country and topic', () => {
    const m = thaiNetwork();
    const hidden = (filters: Partial<Filters>) =>
      [...computeVisibility({ model: m, filters: f({ ...filters, showIsolated: true }) }).hiddenNodes].sort();
    expect(hidden({ nodeKinds: ['ORGANIZATION', 'MEETING'] })).toEqual([
      ['mou-th-mm', 'kind'],
      ['myanmar', 'kind'],
      ['thailand', 'kind'],
    ]);
    expect(hidden({ orgKinds: ['GOVERNMENT_AGENCY'] })).toEqual([
      ['iom', 'organizationKind'],
      ['mm-mswrr', 'organizationKind'],
    ]);
    // Organisations without a sector do not match a sector filter.
    expect(hidden({ sectors: ['LAW_ENFORCEMENT'] }).map(([id]) => id)).toEqual(['iom', 'mm-mswrr', 'msdhs']);
    // International bodies are kept by a country filter; a meeting held in Myanmar is not.
    expect(hidden({ countries: ['TH'] })).toEqual([
      ['cmm-29', 'country'],
      ['mm-mswrr', 'country'],
      ['myanmar', 'country'],
    ]);
    // Topics narrow instruments only.
    expect(hidden({ topics: ['CAPACITY_BUILDING'] })).toEqual([
      ['cmm-29', 'topic'],
      ['mou-th-mm', 'topic'],
    ]);
  });

  it('hide the ties of hidden nodes and relationship types', () => {
    const v = computeVisibility({ model: thaiNetwork(), filters: f({ relTypes: ['PARTICIPATED_IN'] }) });
    expect([...v.relationships].every((id) => id.startsWith('PARTICIPATED_IN'))).toBe(true);
    expect(v.summary.relationshipsByReason.type).toBe(6);
  });

  it('hide nodes left without ties, but never the focus or the selection, unless asked to keep them', () => {
    const m = thaiNetwork();
    const win = f({ from: '2013', until: '2013' });
    const v = computeVisibility({ model: m, filters: win });
    // IOM's one tie is to the 2024 meeting: in a 2013 window it is left without ties.
    expect(v.nodes.has('iom')).toBe(false);
    expect(v.hiddenNodes.get('iom')).toBe('isolated');
    expect(computeVisibility({ model: m, filters: win, keep: new Set(['iom']) }).nodes.has('iom')).toBe(true);
    expect(computeVisibility({ model: m, filters: { ...win, showIsolated: true } }).nodes.has('iom')).toBe(true);
  });

  it('count what they hide, by reason and by kind', () => {
    const v = computeVisibility({
      model: thaiNetwork(),
      filters: f({ from: '2013', until: '2013' }),
      hidden: new Set(['rtp']),
    });
    expect(v.summary.nodesByReason.time).toBe(1);
    expect(v.summary.nodesByReason.user).toBe(1);
    expect(v.summary.nodesByKind.MEETING).toBe(1);
    expect(v.summary.nodes).toBe(v.hiddenNodes.size);
    expect(v.summary.nodes + v.nodes.size).toBe(thaiNetwork().nodes.size);
  });

  it('"show only the selection" keeps the selection and the nodes tied to it', () => {
    const v = computeVisibility({ model: thaiNetwork(), filters: DEFAULT_FILTERS, only: new Set(['cmm-29']) });
    expect([...v.nodes].sort()).toEqual(['cmm-29', 'iom', 'mm-mswrr', 'mou-th-mm', 'msdhs']);
    expect(v.hiddenNodes.get('rtp')).toBe('outsideSelection');
  });

  it('translate to the API GraphFilter, leaving out what lets everything through', () => {
    expect(toGraphFilter(DEFAULT_FILTERS)).toBeNull();
    expect(toGraphFilter(f({ orgKinds: ['NGO'], from: '2013', until: '2013', relTypes: ['PARTY_TO'] }))).toEqual({
      organizationKinds: ['NGO'],
      relationshipTypes: ['PARTY_TO'],
      from: '2013',
      until: '2013',
    });
  });

  it('count the values present for each option', () => {
    const m = thaiNetwork();
    const c = facets(m.nodes.values(), m.relationships.values());
    expect(c.nodeKinds.get('ORGANIZATION')).toBe(4);
    expect(c.countries.get('MM')).toBe(3);
    expect(c.relTypes.get('PARTICIPATED_IN')).toBe(5);
    expect(c.topics.get('REPATRIATION')).toBe(1);
  });
});
