import { QueryObserver, type Query } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { changeOf, invalidate } from './invalidation.js';
import { createQueryClient } from './query-client.js';

/** A cache holding the answers an explorer page shows around two organisations. */
function cacheWithAnswers() {
  const client = createQueryClient();
  const put = (operation: string, variables: unknown, data: unknown) =>
    client.setQueryData([operation, variables], data);
  put(
    'Neighbourhood',
    { ids: ['msdhs'], depth: 1 },
    { neighbourhood: { nodes: [{ id: 'msdhs' }, { id: 'mou-th-mm' }] } },
  );
  put('Neighbourhood', { ids: ['dsi'], depth: 1 }, { neighbourhood: { nodes: [{ id: 'dsi' }, { id: 'nrm' }] } });
  put('EditableNode', { id: 'dsi' }, { node: { id: 'dsi', version: 3 } });
  put('NodeHistory', { id: 'mou-th-mm', first: 30 }, { history: { entries: [] } });
  put('Coordination', { filter: null }, { coordination: { ties: [] } });
  put('Stats', {}, { stats: { nodes: [] } });
  put('RecentChanges', { first: 30 }, { recentChanges: { entries: [] } });
  put('SavedViews', {}, { savedViews: [] });
  put('Me', {}, { me: null });
  const name = (q: Query) => `${String(q.queryKey[0])} ${JSON.stringify(q.queryKey[1])}`;
  const before = client.getQueryCache().getAll().map(name);
  // Shown on screen: a component observes the neighbourhood of MSDHS.
  const shown = new QueryObserver(client, {
    queryKey: ['Neighbourhood', { ids: ['msdhs'], depth: 1 }],
    enabled: false,
  });
  shown.subscribe(() => undefined);
  /** What the edit refreshed: answers dropped, and shown answers marked for fetching again. */
  const stale = () => {
    const kept = new Map(
      client
        .getQueryCache()
        .getAll()
        .map((q) => [name(q), q]),
    );
    return before.filter((k) => !kept.has(k) || kept.get(k)!.state.isInvalidated).sort();
  };
  const isShownStillThere = () => client.getQueryData(['Neighbourhood', { ids: ['msdhs'], depth: 1 }]) !== undefined;
  return { client, stale, isShownStillThere };
}

describe('what an edit makes stale', () => {
  it('an edit of one node refreshes what shows that node and the whole-graph summaries, nothing else', async () => {
    const { client, stale, isShownStillThere } = cacheWithAnswers();
    const variables = { id: 'mou-th-mm', expectedVersion: 2, patch: { name: 'MOU (2016)' } };
    await invalidate(
      client,
      changeOf('UpdateAgreement', variables, { updateAgreement: { id: 'mou-th-mm', version: 3 } }),
    );
    expect(stale()).toEqual([
      'Coordination {"filter":null}',
      'Neighbourhood {"ids":["msdhs"],"depth":1}',
      'NodeHistory {"id":"mou-th-mm","first":30}',
      'RecentChanges {"first":30}',
      'Stats {}',
    ]);
    // The shown answer stays on screen while it is fetched again; the others are dropped, so a
    // panel opened later (the changes feed) never shows the answer from before the edit.
    expect(isShownStillThere()).toBe(true);
    expect(client.getQueryData(['RecentChanges', { first: 30 }])).toBeUndefined();
  });

  it('a new tie refreshes the neighbourhoods of both its ends', async () => {
    const { client, stale } = cacheWithAnswers();
    const input = { type: 'PARTY_TO', from: 'dsi', to: 'mou-th-mm', sources: [{ source: 'tip-2024', locator: '§3' }] };
    await invalidate(
      client,
      changeOf('CreateRelationship', { input }, { createRelationship: { id: 'r1', version: 1 } }),
    );
    expect(stale()).toContain('Neighbourhood {"ids":["dsi"],"depth":1}');
    expect(stale()).toContain('EditableNode {"id":"dsi"}');
    expect(stale()).not.toContain('Me {}');
    expect(stale()).not.toContain('SavedViews {}');
  });

  it('saving a view refreshes only the list of views', async () => {
    const { client, stale } = cacheWithAnswers();
    await invalidate(client, changeOf('SaveView', { name: 'TH–MM', state: '', positions: [] }, {}));
    expect(stale()).toEqual(['SavedViews {}']);
  });

  it('signing in refreshes every answer, keeping the old ones on screen meanwhile', async () => {
    const { client, stale, isShownStillThere } = cacheWithAnswers();
    await invalidate(client, changeOf('Login', { username: 'e', password: 'p' }, { login: { username: 'e' } }));
    expect(stale()).toHaveLength(9);
    expect(isShownStillThere()).toBe(true);
  });

  it('signing out drops every answer read at the old clearance, so none stays on screen', async () => {
    const { client } = cacheWithAnswers();
    await invalidate(client, changeOf('Logout', {}, { logout: true }));
    expect(client.getQueryData(['Neighbourhood', { ids: ['msdhs'], depth: 1 }])).toBeUndefined();
    expect(client.getQueryData(['Me', {}])).toBeUndefined();
  });
});

describe('the query cache', () => {
  it('keeps at most its limit of answers, dropping the oldest that nothing shows', () => {
    const client = createQueryClient(3);
    const shown = new QueryObserver(client, { queryKey: ['Stats', {}], queryFn: () => ({}), enabled: false });
    const unsubscribe = shown.subscribe(() => undefined);
    client.setQueryData(['Stats', {}], { stats: {} });
    for (const id of ['a', 'b', 'c', 'd', 'e']) client.setQueryData(['EditableNode', { id }], { node: { id } });
    const kept = client
      .getQueryCache()
      .getAll()
      .map((q) => JSON.stringify(q.queryKey));
    expect(kept).toHaveLength(3);
    expect(kept).toContain('["Stats",{}]');
    expect(kept).toContain('["EditableNode",{"id":"e"}]');
    unsubscribe();
  });
});
