/**
 * Edits cannot reach what the viewer may not see: a hidden case answers NOT_FOUND exactly as an
 * unknown id, its id cannot be taken over, its ties are never removed unrecorded, and the audit
 * trail shows a viewer nothing of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointCase, smallWorld, source, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

const SECRET = 'Operation Nightjar';
function worldWithSecret() {
  const world = smallWorld();
  world.nodes.push(
    source({ id: 'secret-file', name: 'Secret file', sources: [{ source: 'secret-file', locator: 'cover' }] }),
    jointCase('secret-case', {
      name: SECRET,
      sensitivity: 'CONFIDENTIAL',
      openedOn: '2024-01',
      sources: [{ source: 'secret-file', locator: 'p. 1' }],
    }),
  );
  world.relationships.push(
    tie('WORKS_ON', 'dsi', 'secret-case', { role: 'LEAD' }),
    tie('UNDER', 'secret-case', 'mou-th-la'),
  );
  return world;
}

let publicApi: ApiServer;
let clearedApi: ApiServer;
beforeAll(async () => {
  publicApi = await startApiServer({ dataset: worldWithSecret() });
  // The cleared viewer works on the same store, so its edits land in the trail the public one reads.
  clearedApi = await startApiServer({ dataset: worldWithSecret(), clearance: 'CONFIDENTIAL' });
});
afterAll(async () => {
  await publicApi.close();
  await clearedApi.close();
});

async function error(api: ApiServer, query: string) {
  const res = await api.gql(query);
  expect(res.errors).toHaveLength(1);
  return res.errors![0]! as {
    message: string;
    extensions: { code: string; problems?: { field: string; code: string; message: string }[] };
  };
}

const same = (a: string, b: string, idA: string, idB: string) => expect(a.replace(idA, 'X')).toBe(b.replace(idB, 'X'));

describe('edits against a hidden case', () => {
  it.each([
    ['update', 'mutation { updateJointCase(id: "ID", expectedVersion: 1, patch: { name: "x" }) { id } }'],
    ['delete', 'mutation { deleteJointCase(id: "ID", expectedVersion: 1) { id } }'],
    [
      'tie to it',
      'mutation { createRelationship(input: { type: WORKS_ON, start: "rtp", end: "ID", sources: [{ source: "test-report", locator: "p" }] }) { id } }',
    ],
    ['history of it', '{ history(id: "ID") { entries { id } } }'],
  ])('%s: answers as for an unknown id', async (_name, query) => {
    const hidden = await publicApi.gql(query.replace('ID', 'secret-case'));
    const unknown = await publicApi.gql(query.replace('ID', 'never-existed'));
    expect(JSON.stringify(hidden).replaceAll('secret-case', 'X')).toBe(
      JSON.stringify(unknown).replaceAll('never-existed', 'X'),
    );
    const { data } = await clearedApi.gql('{ jointCase(id: "secret-case") { name version } }');
    expect(data).toEqual({ jointCase: { name: SECRET, version: 1 } });
  });

  it('cannot take its id over: the answer is the one a visible id gets', async () => {
    const input = (id: string) =>
      `mutation { createJointCase(input: { id: "${id}", name: "Mine", caseType: OTHER, status: UNKNOWN, sensitivity: PUBLIC, sources: [{ source: "test-report", locator: "p" }] }) { id } }`;
    const hidden = await error(publicApi, input('secret-case'));
    const visible = await error(publicApi, input('case-1'));
    expect(hidden.extensions.problems).toEqual([expect.objectContaining({ field: 'id', code: 'DUPLICATE_ID' })]);
    same(hidden.message, visible.message, 'secret-case', 'case-1');
    const imported = await publicApi.gql(
      `mutation($files: [ImportFileInput!]!) { importGraph(format: CSV, files: $files, dryRun: false) { applied rows { outcome problems { code } } } }`,
      {
        files: [
          {
            name: 'joint-cases.csv',
            content: 'id,name,caseType,status,sensitivity,sources\nsecret-case,Mine,OTHER,UNKNOWN,PUBLIC,test-report|p',
          },
        ],
      },
    );
    expect(imported.data).toEqual({
      importGraph: { applied: false, rows: [{ outcome: 'REJECT', problems: [{ code: 'DUPLICATE_ID' }] }] },
    });
    const { data } = await clearedApi.gql('{ jointCase(id: "secret-case") { name } }');
    expect(data).toEqual({ jointCase: { name: SECRET } });
  });

  it('refuses to delete an organisation whose hidden tie it would remove unrecorded', async () => {
    const e = await error(publicApi, 'mutation { deleteOrganization(id: "dsi", expectedVersion: 1) { id } }');
    expect(e.extensions.code).toBe('CONFLICT');
    expect(e.message).not.toMatch(/secret|Nightjar/);
    const { data } = await clearedApi.gql('{ organization(id: "dsi") { id } }');
    expect(data).toEqual({ organization: { id: 'dsi' } });
  });

  it('refuses to delete a source only a hidden case cites', async () => {
    const e = await error(publicApi, 'mutation { deleteSource(id: "secret-file", expectedVersion: 1) { id } }');
    expect(e.extensions.problems).toEqual([expect.objectContaining({ field: 'id', code: 'IN_USE' })]);
    expect(e.message).not.toMatch(/secret-case|Nightjar/);
  });

  it('refuses to make a case the viewer could not see', async () => {
    const e = await error(
      publicApi,
      'mutation { createJointCase(input: { name: "Above me", caseType: OTHER, status: UNKNOWN, sensitivity: RESTRICTED, sources: [{ source: "test-report", locator: "p" }] }) { id } }',
    );
    expect(e.extensions.problems).toEqual([expect.objectContaining({ field: 'sensitivity', code: 'NOT_ALLOWED' })]);
  });
});

describe('the audit trail of hidden cases', () => {
  it('shows a viewer no edit of a hidden case or of its ties', async () => {
    // One store under both viewers: the cleared viewer edits, the public one reads the trail.
    const shared = await startApiServer({ dataset: worldWithSecret(), clearance: 'CONFIDENTIAL' });
    // The same dataset: on Neo4j both servers share the one database.
    const viewer = await startApiServer({ dataset: worldWithSecret(), wrapStore: () => shared.store });
    try {
      await shared.gql(
        `mutation { updateJointCase(id: "secret-case", expectedVersion: 1, patch: { victimCount: 4 }, comment: "${SECRET} grows") { id } }`,
      );
      await shared.gql(
        'mutation { updateRelationship(id: "WORKS_ON:dsi:secret-case", expectedVersion: 1, patch: { role: INVESTIGATOR }) { id } }',
      );
      await shared.gql(
        'mutation { updateOrganization(id: "dsi", expectedVersion: 1, patch: { acronym: "DSI-TH" }) { id } }',
      );
      const seen = await viewer.gql<{ recentChanges: { entries: { summary: string }[] } }>(
        '{ recentChanges { entries { summary comment changes { itemId before after } } } } ',
      );
      expect(seen.data!.recentChanges.entries.map((e) => e.summary)).toEqual([
        "updated organization 'Department of Special Investigation'",
      ]);
      expect(JSON.stringify(seen)).not.toMatch(/secret|Nightjar/);
      const history = await viewer.gql('{ history(id: "dsi") { entries { summary changes { itemId } } } }');
      expect(JSON.stringify(history)).not.toMatch(/secret|Nightjar/);
      const cleared = await shared.gql<{ recentChanges: { entries: unknown[] } }>(
        '{ recentChanges { entries { summary } } }',
      );
      expect(cleared.data!.recentChanges.entries).toHaveLength(3);
      const exported = await (await fetch(`${viewer.url}/export?format=json`)).text();
      expect(exported).not.toMatch(/secret-case|Nightjar/);
    } finally {
      await viewer.close();
      await shared.close();
    }
  });
});
