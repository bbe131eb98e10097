import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../graph/url-state.js';
import { explorerReducer, initialExplorerState, type Action, type ExplorerState } from './explorer.js';

const run = (...actions: Action[]): ExplorerState =>
  actions.reduce(explorerReducer, initialExplorerState(DEFAULT_STATE));

describe('the explorer state', () => {
  it('focusing a search result expands and selects it', () => {
    const s = run({ type: 'focus', id: 'msdhs' }).current;
    expect(s).toMatchObject({ focus: 'msdhs', expanded: ['msdhs'], selected: ['msdhs'] });
  });

  it('expands, collapses, hides and pins, and undoes the last action', () => {
    let st = run(
      { type: 'focus', id: 'msdhs' },
      { type: 'expand', ids: ['cmm-29'] },
      { type: 'hide', ids: ['thailand'] },
    );
    expect(st.current.expanded).toEqual(['msdhs', 'cmm-29']);
    expect(st.current.hidden).toEqual(['thailand']);
    st = explorerReducer(st, { type: 'undo' });
    expect(st.current.hidden).toEqual([]);
    st = explorerReducer(st, { type: 'collapse', ids: ['cmm-29'] });
    expect(st.current.expanded).toEqual(['msdhs']);
    st = explorerReducer(st, { type: 'togglePin', ids: ['msdhs'] });
    expect(st.current.pinned).toEqual(['msdhs']);
    st = explorerReducer(st, { type: 'togglePin', ids: ['msdhs'] });
    expect(st.current.pinned).toEqual([]);
  });

  it('does not put selection on the undo stack, and replaces the URL entry for it', () => {
    const st = run(
      { type: 'focus', id: 'msdhs' },
      { type: 'select', ids: ['rtp'] },
      { type: 'select', ids: ['iom'], additive: true },
    );
    expect(st.current.selected).toEqual(['rtp', 'iom']);
    expect(st.past).toHaveLength(1);
    expect(st.url).toBe('replace');
    expect(run({ type: 'focus', id: 'msdhs' }).url).toBe('push');
  });

  it('"show only the selection" and its reversal', () => {
    const st = run({ type: 'showOnly', ids: ['msdhs'] });
    expect(st.current.only).toEqual(['msdhs']);
    expect(explorerReducer(st, { type: 'showAll' }).current.only).toEqual([]);
    // Focusing something else while isolating keeps it visible.
    expect(explorerReducer(st, { type: 'focus', id: 'rtp' }).current.only).toEqual(['msdhs', 'rtp']);
  });

  it('restores a state from the URL without writing the URL back', () => {
    const st = explorerReducer(run({ type: 'focus', id: 'a' }), {
      type: 'restore',
      state: { ...DEFAULT_STATE, focus: 'b' },
    });
    expect(st.current.focus).toBe('b');
    expect(st.url).toBe('none');
  });

  it('clearing keeps the view, layout and filters', () => {
    const st = run(
      { type: 'setView', view: 'coordination' },
      { type: 'setFilters', filters: { from: '2013' } },
      { type: 'focus', id: 'msdhs' },
      { type: 'clear' },
    );
    expect(st.current).toMatchObject({ view: 'coordination', focus: null, expanded: [], filters: { from: '2013' } });
  });

  it('choosing a Gaps result leaves the Gaps tab for the graph, focused on its evidence, and undo goes back', () => {
    const st = run(
      { type: 'setTab', tab: 'gaps' },
      { type: 'setGaps', gaps: { pair: ['TH', 'LA'] } },
      { type: 'focus', id: 'old' },
      { type: 'hide', ids: ['mou'] },
      { type: 'setFilters', filters: { nodeKinds: ['MEETING'] } },
      {
        type: 'focusOn',
        plan: {
          view: 'evidence',
          focus: 'mou',
          expand: ['mou', 'meeting'],
          select: ['mou', 'meeting'],
          only: [],
          kinds: ['AGREEMENT', 'MEETING', 'ORGANIZATION'],
          subject: 'Thailand – Lao PDR: bilateral cooperation',
        },
      },
    );
    expect(st.current).toMatchObject({
      subject: 'Thailand – Lao PDR: bilateral cooperation',
      tab: 'graph',
      view: 'evidence',
      focus: 'mou',
      expanded: ['mou', 'meeting'],
      selected: ['mou', 'meeting'],
      hidden: [],
      gaps: { pair: ['TH', 'LA'] },
      // The kinds filter is widened to what the result names, so it is drawn.
      filters: { nodeKinds: ['MEETING', 'AGREEMENT', 'ORGANIZATION'] },
    });
    const back = explorerReducer(st, { type: 'undo' });
    expect(back.current.focus).toBe('old');
    const coordination = explorerReducer(st, {
      type: 'focusOn',
      plan: {
        view: 'coordination',
        focus: 'a',
        expand: [],
        select: ['a', 'b'],
        only: ['a', 'b'],
        kinds: ['ORGANIZATION'],
      },
    }).current;
    expect(coordination).toMatchObject({ view: 'coordination', only: ['a', 'b'], expanded: ['mou', 'meeting'] });
  });
});

describe('focus and the period comparison', () => {
  it('leaving the focus keeps what was loaded and clears "show only"; it can be undone', () => {
    const st = run({ type: 'focus', id: 'msdhs' }, { type: 'showOnly', ids: ['msdhs'] }, { type: 'unfocus' });
    expect(st.current).toMatchObject({ focus: null, only: [], expanded: ['msdhs'] });
    expect(explorerReducer(st, { type: 'undo' }).current.focus).toBe('msdhs');
  });

  it('toggles the ties among partners and keeps the compared periods across a clear', () => {
    const st = run(
      { type: 'togglePartnerTies' },
      { type: 'setChanges', changes: { a: { from: '2013', until: '2013' } } },
      { type: 'clear' },
    );
    expect(st.current.changes.a).toEqual({ from: '2013', until: '2013' });
    expect(run({ type: 'togglePartnerTies' }).current.partnerTies).toBe(true);
  });
});
