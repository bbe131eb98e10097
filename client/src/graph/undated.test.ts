/** Undated items: marked when kept, left out (and counted as such) when the switch says so. */
import { describe, expect, it } from 'vitest';
import { computeVisibility, DEFAULT_FILTERS, type Filters } from './filter.js';
import { coordinationElements, evidenceElements } from './elements.js';
import type { AtlasTie, CoordinationModel } from './model.js';
import { org, thaiNetwork } from './test-fixtures.js';

const f = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });

describe('undated items in the Evidence view', () => {
  it('are kept in a window and drawn as undated, and only agreements, meetings and cases are', () => {
    const m = thaiNetwork();
    const v = computeVisibility({ model: m, filters: f({ from: '2013', until: '2013' }) });
    const els = evidenceElements({ model: m, nodes: v.nodes, relationships: v.relationships });
    const undated = els
      .filter((e) =>
        String(e.classes ?? '')
          .split(' ')
          .includes('undated'),
      )
      .map((e) => e.data.id);
    expect(undated).toContain('mou-th-mm');
    expect(undated).not.toContain('ayutthaya-2013');
    expect(undated).not.toContain('msdhs');
  });

  it('are left out of a window when the switch is off, with their own reason', () => {
    const v = computeVisibility({ model: thaiNetwork(), filters: f({ from: '2013', until: '2013', undated: false }) });
    expect(v.hiddenNodes.get('mou-th-mm')).toBe('undated');
    expect(v.summary.nodesByReason.undated).toBeGreaterThan(0);
    expect(v.nodes.has('ayutthaya-2013')).toBe(true);
  });

  it('are never left out without a window', () => {
    const v = computeVisibility({ model: thaiNetwork(), filters: f({ undated: false }) });
    expect(v.nodes.has('mou-th-mm')).toBe(true);
  });
});

describe('undated ties in the Coordination view', () => {
  it('are drawn dashed, and dated ones are not', () => {
    const tie = (a: string, b: string, undated: boolean): AtlasTie => ({
      id: `${a}~${b}`,
      a,
      b,
      weight: 1,
      sharedCount: 1,
      instrumentKinds: ['AGREEMENT'],
      topics: [],
      firstDate: undated ? null : '2013',
      lastDate: undated ? null : '2013',
      undated,
      evidence: [],
    });
    const model: CoordinationModel = {
      organizations: new Map(['a', 'b', 'c'].map((id) => [id, org(id)])),
      ties: [tie('a', 'b', true), tie('a', 'c', false)],
      truncated: false,
      undatedCount: 1,
    };
    const els = coordinationElements({ model, nodes: new Set(['a', 'b', 'c']), ties: new Set(['a~b', 'a~c']) });
    const classes = (id: string) => String(els.find((e) => e.data.id === id)!.classes).split(' ');
    expect(classes('a~b')).toContain('undated');
    expect(classes('a~c')).not.toContain('undated');
  });
});
