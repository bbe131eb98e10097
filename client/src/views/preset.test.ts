import { describe, expect, it } from 'vitest';
import { decodeState } from '../graph/url-state.js';
import { arrangementKey, positionList, positionsOf } from './preset.js';

describe('saved view arrangement', () => {
  it('keeps the arrangement across selection, pins and tabs, not across expansion or layout', () => {
    const saved = arrangementKey(decodeState('?focus=dsi&x=dsi'));
    expect(arrangementKey(decodeState('?focus=dsi&x=dsi&sel=dsi&pin=dsi&tab=table'))).toBe(saved);
    expect(arrangementKey(decodeState('?focus=dsi&x=dsi,iom'))).not.toBe(saved);
    expect(arrangementKey(decodeState('?focus=dsi&x=dsi&layout=grid'))).not.toBe(saved);
  });

  it('turns positions into a list and back unchanged', () => {
    const positions = { a: { x: 1.25, y: -2.5 }, b: { x: 0, y: 3 } };
    expect(positionsOf(positionList(positions))).toEqual(positions);
  });
});
