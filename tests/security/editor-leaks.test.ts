/**
 * The leak matrix extended to a PUBLIC-cleared editor and to the changes feed and saved views: a
 * CONFIDENTIAL case made by a cleared editor leaves no trace of its name, id or count for the
 * editor below it, through ids of new records, import dry runs, refusals, the changes feed
 * (entries, comments, ids, cursors), saved views and search limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_COLLISION } from '../../server/access/hidden-collision.js';
import { smallWorld, SOURCE_ID } from '../fixtures/builders.js';
import { startApiServer, type ApiClient, type ApiServer } from '../fixtures/api-server.js';

const SECRET = 'Operation Nightjar';
const SLUG = 'operation-nightjar';
const CITE = `sources: [{ source: "${SOURCE_ID}", locator: "p. 1" }]`;

/** A server whose default user is a PUBLIC-cleared editor, with a CONFIDENTIAL editor beside it. */
async function world(withSecret: boolean) {
  const api = await startApiServer({ dataset: smallWorld() });
  const cleared = await api.userClient('EDITOR', 'CONFIDENTIAL', 'cleared-editor');
  let secretId = '';
  if (withSecret) {
    await cleared.gql(
      `mutation { createSource(input: { id: "secret-file", name: "Case file", publisher: "Task force", documentId: "TF-1" }) { id } }`,
    );
    const made = await cleared.gql<{ createJointCase: { id: string } }>(
      `mutation { createJointCase(input: { name: "${SECRET}", caseType: OTHER, status: INVESTIGATION, sensitivity: CONFIDENTIAL, sources: [{ source: "secret-file", locator: "p. 2" }] }, comment: "${SECRET} opened") { id } }`,
    );
    expect(made.errors).toBeUndefined();
    secretId = made.data!.createJointCase.id;
    const tie = await cleared.gql(
      `mutation { createRelationship(input: { type: WORKS_ON, start: "dsi", end: "${secretId}", role: LEAD, ${CITE} }) { id } }`,
    );
    expect(tie.errors).toBeUndefined();
  }
  return { api, cleared, secretId };
}

const noTrace = (value: unknown, secretId: string) => {
  const text = JSON.stringify(value);
  expect(text).not.toMatch(/nightjar/i);
  expect(text).not.toContain(secretId);
};

let api: ApiServer;
let cleared: ApiClient;
let secretId: string;
let control: ApiServer;
beforeAll(async () => {
  ({ api, cleared, secretId } = await world(true));
  ({ api: control } = await world(false));
});
afterAll(async () => {
  await api.close();
  await control.close();
});

describe('ids', () => {
  it('a case above PUBLIC gets an opaque id, not the slug of its name', () => {
    expect(secretId).toMatch(/^case-[0-9a-z]{20}$/);
  });

  it('a chosen slug id for a case above PUBLIC is refused', async () => {
    const res = await cleared.gql(
      `mutation { createJointCase(input: { id: "${SLUG}-2", name: "x", caseType: OTHER, status: INVESTIGATION, sensitivity: RESTRICTED, ${CITE} }) { id } }`,
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it("a PUBLIC editor's new record named like the hidden case gets the id it would get without it", async () => {
    // Worlds of its own: the record it makes carries the name, and the feed below must not.
    const [hidden, plain] = [await world(true), await world(false)];
    try {
      const create = `mutation { createOrganization(input: { name: "${SECRET}", kind: NGO, ${CITE} }) { id } }`;
      const [a, b] = [await hidden.api.gql(create), await plain.api.gql(create)];
      expect(a).toEqual(b);
      expect(a.data).toEqual({ createOrganization: { id: SLUG } });
    } finally {
      await hidden.api.close();
      await plain.api.close();
    }
  });
});

describe('import dry runs', () => {
  it('answer exactly as on a graph without the hidden case', async () => {
    const query = `mutation($files: [ImportFileInput!]!) { importGraph(format: CSV, files: $files, dryRun: true) {
      counts { create update unchanged reject } rows { id outcome problems { field code message } } } }`;
    const files = [
      {
        name: 'joint-cases.csv',
        content: `id,name,caseType,status,sensitivity,sources\n${SLUG},${SECRET},OTHER,INVESTIGATION,PUBLIC,${SOURCE_ID}|p`,
      },
    ];
    const [hidden, plain] = [await api.gql(query, { files }), await control.gql(query, { files })];
    expect(hidden.errors).toBeUndefined();
    expect(hidden).toEqual(plain);
  });
});

describe('refusals', () => {
  const error = async (query: string) => (await api.gql(query)).errors![0]!;

  it('deleting or merging away an organisation on the hidden case, or deleting a source only it cites, get one generic message', async () => {
    const deleteOrg = await error('mutation { deleteOrganization(id: "dsi", expectedVersion: 1) { id } }');
    const merge = await error('mutation { mergeOrganizations(survivor: "rtp", duplicate: "dsi") { id } }');
    const deleteSource = await error('mutation { deleteSource(id: "secret-file", expectedVersion: 1) { id } }');
    expect(deleteOrg.extensions?.code).toBe('CONFLICT');
    expect(merge.extensions?.code).toBe('CONFLICT');
    expect((deleteSource.extensions as { problems: { code: string }[] }).problems[0]!.code).toBe('IN_USE');
    for (const e of [deleteOrg, merge, deleteSource]) {
      expect(e.message).toContain(HIDDEN_COLLISION);
      noTrace(e, secretId);
    }
    const { data } = await cleared.gql(`{ organization(id: "dsi") { id } jointCase(id: "${secretId}") { name } }`);
    expect(data).toEqual({ organization: { id: 'dsi' }, jointCase: { name: SECRET } });
  });
});

describe('the changes feed', () => {
  beforeAll(async () => {
    // Three hidden edits, then one that touches both a visible and the hidden record.
    for (const n of [2, 3, 4]) {
      await cleared.gql(
        `mutation { updateJointCase(id: "${secretId}", expectedVersion: ${n - 1}, patch: { victimCount: ${n} }, comment: "${SECRET} grows") { id } }`,
      );
    }
    const content = JSON.stringify({
      nodes: [
        {
          nodeKind: 'ORGANIZATION',
          id: 'shelter-ngo',
          name: 'Shelter NGO',
          kind: 'NGO',
          sources: [{ source: SOURCE_ID, locator: 'p. 3' }],
        },
        {
          nodeKind: 'JOINT_CASE',
          id: secretId,
          name: SECRET,
          caseType: 'OTHER',
          status: 'CLOSED',
          sensitivity: 'CONFIDENTIAL',
          sources: [{ source: 'secret-file', locator: 'p. 2' }],
        },
      ],
      relationships: [],
    });
    const res = await cleared.gql(
      `mutation($files: [ImportFileInput!]!) { importGraph(format: JSON, files: $files, dryRun: false, comment: "${SECRET} closed; shelter added") { applied } }`,
      { files: [{ name: 'batch.json', content }] },
    );
    expect(res.data).toEqual({ importGraph: { applied: true } });
  });

  const FEED = `query($after: String) { recentChanges(first: 1, after: $after) {
    entries { id summary comment changeCount changes { itemId label before after } } endCursor hasNextPage } }`;

  it('shows only visible changes, without the comment of an edit that was partly hidden', async () => {
    const res = await api.anonymous.gql<{ recentChanges: { entries: { summary: string; comment: string | null }[] } }>(
      '{ recentChanges(first: 50) { entries { summary comment changeCount changes { itemId label before after } } } }',
    );
    noTrace(res, secretId);
    const top = res.data!.recentChanges.entries[0]!;
    expect(top).toMatchObject({ summary: 'import: 1 change(s)', comment: null, changeCount: 1 });
  });

  it('pages with ids and cursors that count nothing', async () => {
    const ids: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: { data?: { recentChanges: { entries: { id: string }[]; endCursor: string | null } } | null } =
        await api.gql(FEED, { after });
      noTrace(res, secretId);
      const { entries, endCursor } = res.data!.recentChanges;
      ids.push(...entries.map((e) => Number(e.id)));
      if (!endCursor) break;
      expect(Buffer.from(endCursor, 'base64url').toString('latin1')).not.toMatch(/audit:/);
      after = endCursor;
    }
    // Visible: the import, the seed reset, and the tie and source the cleared editor made.
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // Milliseconds since 1970 times a thousand: a time, not a position in the trail.
    for (const id of ids) expect(id).toBeGreaterThan(1e15);
  });
});

describe('saved views', () => {
  it('keep no trace of the hidden case in any value of any key, or in positions', async () => {
    const state =
      `?focus=dsi&focus=${secretId}&x=${secretId},dsi&note=${encodeURIComponent(SECRET)}` +
      `&kinds=${secretId}&path=dsi~${secretId}&view=coordination`;
    const saved = await cleared.gql<{ saveView: { id: string } }>(
      'mutation($s: String!, $p: [NodePositionInput!]!) { saveView(name: "Follow-up", state: $s, positions: $p) { id } }',
      {
        s: state,
        p: [
          { id: 'dsi', x: 1, y: 2 },
          { id: secretId, x: 3, y: 4 },
        ],
      },
    );
    expect(saved.errors).toBeUndefined();
    const read = await api.anonymous.gql<{ savedViews: { state: string; positions: { id: string }[] }[] }>(
      '{ savedViews { name state positions { id x y } } }',
    );
    noTrace(read, secretId);
    const view = read.data!.savedViews.find((v) => v.state.includes('coordination'))!;
    expect(view.state).toBe('?focus=dsi&x=dsi&view=coordination');
    expect(view.positions.map((p) => p.id)).toEqual(['dsi']);
    // The cleared reader keeps every id; keys of no known form are gone for everyone alike.
    const mine = await cleared.gql<{ savedViews: { state: string }[] }>('{ savedViews { state } }');
    expect(mine.data!.savedViews.map((v) => v.state)).toContain(
      `?focus=dsi&focus=${secretId}&x=${secretId},dsi&path=dsi~${secretId}&view=coordination`,
    );
  });
});

describe('search', () => {
  it('redacts before its limit: twenty hidden matches do not crowd out the visible one', async () => {
    for (let i = 0; i < 20; i++) {
      await cleared.gql(
        `mutation { createJointCase(input: { name: "Lantern", caseType: OTHER, status: INVESTIGATION, sensitivity: CONFIDENTIAL, ${CITE} }) { id } }`,
      );
    }
    await api.gql(
      `mutation { createOrganization(input: { id: "lantern-trust", name: "Lantern Trust", kind: NGO, ${CITE} }) { id } }`,
    );
    const res = await api.anonymous.gql('{ search(text: "Lantern", limit: 1) { node { id } } }');
    expect(res.data).toEqual({ search: [{ node: { id: 'lantern-trust' } }] });
    const all = await cleared.gql<{ search: unknown[] }>('{ search(text: "Lantern", limit: 30) { node { id } } }');
    expect(all.data!.search).toHaveLength(21);
  });
});
