/**
 * Saved-view state redaction on its own: a state the explorer writes passes unchanged for a reader
 * who sees everything in it; a hidden id is taken out of every value of every key (repeated keys
 * too); values that do not have their key's form, and keys the explorer never writes, are dropped.
 */
import { describe, expect, it } from 'vitest';
import { idsOfState, redactState } from '../../server/views/state-redaction.js';

const FULL =
  '?view=coordination&layout=grid&tab=gaps&focus=dsi&x=dsi,rtp&hide=moj&pin=rtp&only=dsi&sel=rtp' +
  '&group=country&kinds=ORGANIZATION,AGREEMENT&orgKinds=&sectors=LAW_ENFORCEMENT&countries=TH,LA' +
  '&topics=&rels=WORKS_ON&from=2013&until=2024-03&isolated=show&path=dsi~rtp~5&pair=TH~LA&months=12' +
  '&pairKind=SAME_SECTOR';

describe('saved-view state redaction', () => {
  it('leaves a state the explorer wrote unchanged when every id in it is visible', () => {
    expect(redactState(FULL, new Set(['dsi', 'rtp', 'moj']))).toBe(FULL);
  });

  it('finds ids in every value of every id key, repeated keys included', () => {
    expect(idsOfState('?focus=a&focus=b&x=c,d&x=e&path=f~g&view=evidence').sort()).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].sort(),
    );
  });

  it('takes a hidden id out of every value, and drops what has no known form', () => {
    const state = '?focus=dsi&focus=secret&x=secret,dsi&x=secret&path=dsi~secret&kinds=secret&note=secret&view=secret';
    const out = redactState(state, new Set(['dsi']));
    expect(out).toBe('?focus=dsi&x=dsi');
    expect(out).not.toContain('secret');
  });
});
