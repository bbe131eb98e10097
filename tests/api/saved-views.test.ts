/**
 * Saved views through the API: save, list, open, rename, delete; validation with field names;
 * CONFLICT on a stale version; sign-in needed to change them; and a view saved by a cleared user
 * shows a PUBLIC reader no trace of a confidential case (not in positions, not in the state).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointCase, smallWorld, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiClient, type ApiServer } from '../fixtures/api-server.js';

interface View {
  id: string;
  name: string;
  owner: string;
  state: string;
  positions: { id: string; x: number; y: number }[];
  version: number;
}

const FIELDS = 'id name owner state positions { id x y } version';
const SAVE = `mutation($n: String!, $s: String!, $p: [NodePositionInput!]!) { saveView(name: $n, state: $s, positions: $p) { ${FIELDS} } }`;
const RENAME = `mutation($id: ID!, $n: String!, $v: Int!) { renameView(id: $id, name: $n, expectedVersion: $v) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $v: Int!) { deleteView(id: $id, expectedVersion: $v) }';
const LIST = `{ savedViews { ${FIELDS} } }`;
const ONE = `query($id: ID!) { savedView(id: $id) { ${FIELDS} } }`;

function world() {
  const w = smallWorld();
  w.nodes.push(
    jointCase('secret-case', { name: 'Operation Nightjar', sensitivity: 'CONFIDENTIAL', openedOn: '2024-01' }),
  );
  w.relationships.push(tie('WORKS_ON', 'dsi', 'secret-case', { role: 'LEAD' }));
  return w;
}

async function save(client: ApiClient, name: string, state: string, positions: View['positions']) {
  return client.gql<{ saveView: View }>(SAVE, { n: name, s: state, p: positions });
}

describe('saved views API', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ dataset: world() });
  });
  afterAll(async () => {
    await api.close();
  });

  it('saves, lists, opens, renames and deletes a view, keeping positions exactly', async () => {
    const viewer = await api.userClient('VIEWER', 'PUBLIC', 'vera');
    const positions = [
      { id: 'dsi', x: 10.125, y: -20.5 },
      { id: 'iom', x: 300.75, y: 42 },
    ];
    const saved = await save(viewer, '  Mekong desk  ', '?focus=dsi&x=dsi', positions);
    expect(saved.errors).toBeUndefined();
    const view = saved.data!.saveView;
    expect(view).toMatchObject({ name: 'Mekong desk', owner: 'vera', state: '?focus=dsi&x=dsi', version: 1 });
    expect(view.positions).toEqual(positions);

    // Shared: anyone who can read sees it.
    const listed = await api.anonymous.gql<{ savedViews: View[] }>(LIST);
    expect(listed.data!.savedViews.map((v) => v.id)).toContain(view.id);
    const opened = await api.gql<{ savedView: View }>(ONE, { id: view.id });
    expect(opened.data!.savedView.positions).toEqual(positions);

    const renamed = await viewer.gql<{ renameView: View }>(RENAME, { id: view.id, n: 'Renamed', v: 1 });
    expect(renamed.data!.renameView).toMatchObject({ name: 'Renamed', version: 2, state: view.state });
    const stale = await viewer.gql(RENAME, { id: view.id, n: 'Again', v: 1 });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const staleDelete = await viewer.gql(DELETE, { id: view.id, v: 1 });
    expect(staleDelete.errors![0]!.extensions?.code).toBe('CONFLICT');

    expect((await viewer.gql(DELETE, { id: view.id, v: 2 })).data).toEqual({ deleteView: true });
    expect((await api.gql<{ savedView: View | null }>(ONE, { id: view.id })).data!.savedView).toBeNull();
    const gone = await viewer.gql(RENAME, { id: view.id, n: 'x', v: 2 });
    expect(gone.errors![0]!.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an empty or too long name, a bad state, bad positions and too many positions', async () => {
    const cases: [string, string, View['positions'], string][] = [
      ['   ', '', [], 'name'],
      ['x'.repeat(121), '', [], 'name'],
      ['ok', 'focus=dsi', [], 'state'],
      ['ok', '', [{ id: 'bad id!', x: 0, y: 0 }], 'positions.0.id'],
      [
        'ok',
        '',
        [
          { id: 'dsi', x: 0, y: 0 },
          { id: 'dsi', x: 1, y: 1 },
        ],
        'positions.1.id',
      ],
      ['ok', '', Array.from({ length: 5001 }, (_v, i) => ({ id: `n${i}`, x: i, y: i })), 'positions'],
    ];
    for (const [name, state, positions, field] of cases) {
      const res = await save(api, name, state, positions);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const rename = await api.gql(RENAME, { id: 'whatever', n: '', v: 1 });
    expect(rename.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('needs a signed-in user to save, rename or delete', async () => {
    const res = await save(api.anonymous, 'Anon', '', []);
    expect(res.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.gql(DELETE, { id: 'x', v: 1 })).errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a PUBLIC reader no hidden id from a view a cleared user saved', async () => {
    const cleared = await api.userClient('ANALYST', 'CONFIDENTIAL', 'clara');
    const positions = [
      { id: 'dsi', x: 1, y: 2 },
      { id: 'secret-case', x: 3, y: 4 },
    ];
    const state = '?focus=secret-case&x=dsi,secret-case&sel=secret-case&path=dsi~secret-case';
    const saved = await save(cleared, 'Casework', state, positions);
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveView.id;
    // The cleared author sees all of it.
    expect(saved.data!.saveView.positions).toEqual(positions);
    expect(saved.data!.saveView.state).toBe(state);

    const publicReader = await api.userClient('VIEWER', 'PUBLIC', 'pat');
    for (const client of [publicReader, api.anonymous]) {
      const one = await client.gql<{ savedView: View }>(ONE, { id });
      expect(one.data!.savedView.positions).toEqual([{ id: 'dsi', x: 1, y: 2 }]);
      expect(one.data!.savedView.state).toBe('?x=dsi');
      const list = await client.gql(LIST);
      expect(JSON.stringify(list)).not.toMatch(/secret-case|Nightjar/);
    }
  });
});
