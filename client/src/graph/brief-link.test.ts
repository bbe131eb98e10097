import { describe, expect, it } from 'vitest';
import { briefFocus, briefHref } from './brief-link.js';
import { agreement, country, meeting, org } from './test-fixtures.js';

describe('the brief for what is on screen', () => {
  const none = { gapsPair: null, selected: [], focus: undefined };

  it('is the focused organisation or agreement', () => {
    expect(briefFocus({ ...none, focus: org('msdhs') })).toBe('org:msdhs');
    expect(briefFocus({ ...none, focus: agreement('mou-th-mm-trafficking') })).toBe('agreement:mou-th-mm-trafficking');
    expect(briefFocus({ ...none, focus: meeting('cmm-29', '2024-02-27', null) })).toBeNull();
    expect(briefFocus(none)).toBeNull();
  });

  it('is the pair of two selected countries, or the Gaps pair, before the focus', () => {
    const focus = org('msdhs');
    expect(briefFocus({ ...none, focus, selected: [country('thailand', 'TH'), country('lao-pdr', 'LA')] })).toBe(
      'pair:TH-LA',
    );
    expect(briefFocus({ ...none, focus, gapsPair: ['TH', 'MM'] })).toBe('pair:TH-MM');
  });

  it('is a single selected organisation before the focus', () => {
    expect(briefFocus({ ...none, focus: org('msdhs'), selected: [org('rtp')] })).toBe('org:rtp');
  });

  it('keeps the time window in the link', () => {
    expect(briefHref('pair:TH-LA', { from: '2013', until: null })).toBe('/brief?focus=pair%3ATH-LA&from=2013');
    expect(briefHref('org:msdhs', { from: null, until: null })).toBe('/brief?focus=org%3Amsdhs');
  });
});
