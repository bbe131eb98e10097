/**
 * The edit API over HTTP: mutations with versions and comments, per-field validation codes,
 * CONFLICT on a stale version, merging, recording a meeting, the audit trail per node and as a
 * feed (and that nothing edits it), import by mutation, and export downloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseGraphml } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld() });
});
afterAll(() => api.close());

const cite = [{ source: 'test-report', locator: 'p. 3', quote: 'they met in Vientiane' }];

interface Problem {
  field: string;
  code: string;
  message: string;
}

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

async function failure(query: string, variables?: Record<string, unknown>) {
  const res = await api.gql(query, variables);
  expect(res.errors).toHaveLength(1);
  const error = res.errors![0]! as {
    message: string;
    extensions: { code: string; field?: string; problems?: Problem[] };
  };
  return error;
}

const CREATE_ORG = `mutation($input: OrganizationInput!, $comment: String) {
  createOrganization(input: $input, comment: $comment) { id name version countryCode country { code } relationships { nodes { id } } }
}`;
const UPDATE_ORG = `mutation($id: ID!, $v: Int!, $patch: OrganizationPatch!, $comment: String) {
  updateOrganization(id: $id, expectedVersion: $v, patch: $patch, comment: $comment) { id name acronym version }
}`;

describe('creating and updating', () => {
  it('creates an organisation at version 1 with its BASED_IN tie, then updates it to version 2', async () => {
    const { createOrganization: made } = await ok<{
      createOrganization: {
        id: string;
        version: number;
        country: { code: string };
        relationships: { nodes: { id: string }[] };
      };
    }>(CREATE_ORG, {
      input: {
        name: 'Provincial Task Force Chiang Rai',
        kind: 'COMMITTEE_OR_TASKFORCE',
        countryCode: 'TH',
        sources: cite,
      },
      comment: 'named in the Q1 report',
    });
    expect(made).toMatchObject({ id: 'provincial-task-force-chiang-rai', version: 1, country: { code: 'TH' } });
    expect(made.relationships.nodes.map((r) => r.id)).toEqual(['BASED_IN:provincial-task-force-chiang-rai:thailand']);
    const { updateOrganization } = await ok<{ updateOrganization: { acronym: string; version: number } }>(UPDATE_ORG, {
      id: made.id,
      v: 1,
      patch: { acronym: 'PTF-CR' },
    });
    expect(updateOrganization).toMatchObject({ acronym: 'PTF-CR', version: 2 });
  });

  it('answers a stale version with CONFLICT, and changes nothing', async () => {
    await ok(UPDATE_ORG, { id: 'iom', v: 1, patch: { acronym: 'IOM-UN' } });
    const error = await failure(UPDATE_ORG, { id: 'iom', v: 1, patch: { acronym: 'OIM' } });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(error.message).toMatch(/version 2.*version 1/);
    const { organization } = await ok<{ organization: { acronym: string; version: number } }>(
      '{ organization(id: "iom") { acronym version } }',
    );
    expect(organization).toEqual({ acronym: 'IOM-UN', version: 2 });
  });

  it('names every field at fault with a code: end before start, no source, unknown country, taken id', async () => {
    const error = await failure(`mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: {
        id: 'rtp',
        name: 'x',
        kind: 'OTHER',
        startDate: '2024-05',
        endDate: '2024-04-30',
        countryCode: 'VN',
        sources: [],
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.fromEntries(error.extensions.problems!.map((p) => [p.field, p.code]))).toEqual({
      id: 'DUPLICATE_ID',
      endDate: 'END_BEFORE_START',
      sources: 'SOURCE_REQUIRED',
    });
    const dangling = await failure(`mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: { name: 'x', kind: 'OTHER', countryCode: 'VN', sources: [{ source: 'nope', locator: 'p. 1' }] },
    });
    expect(Object.fromEntries(dangling.extensions.problems!.map((p) => [p.field, p.code]))).toEqual({
      countryCode: 'DANGLING_REFERENCE',
      'sources.0.source': 'DANGLING_REFERENCE',
    });
  });

  it('names the field of an unknown enum value or a malformed date, which GraphQL itself refuses', async () => {
    const badEnum = await failure(CREATE_ORG, { input: { name: 'x', kind: 'AGENCY', sources: cite } });
    expect(badEnum.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(badEnum.extensions.problems).toEqual([expect.objectContaining({ field: 'kind', code: 'INVALID_VALUE' })]);
    const badDate = await failure(`mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: { name: 'x', kind: 'OTHER', startDate: '2024-13', sources: cite },
    });
    expect(badDate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
    const missing = await failure(CREATE_ORG, { input: { name: 'x', kind: 'NGO' } });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sources' });
    expect(missing.extensions.problems![0]!.code).toBe('REQUIRED');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const error = await failure(UPDATE_ORG, { id: 'nobody', v: 1, patch: { name: 'x' } });
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('ties, meetings and merges', () => {
  it('records a meeting between two organisations with a source, in the graph and in both histories', async () => {
    const { recordMeeting } = await ok<{
      recordMeeting: { id: string; version: number; participants: { id: string }[] };
    }>(
      `mutation($input: RecordMeetingInput!, $comment: String) {
        recordMeeting(input: $input, comment: $comment) { id version participants { id } }
      }`,
      {
        input: {
          meeting: {
            name: 'DSI–Lao police meeting',
            kind: 'BILATERAL_MEETING',
            startDate: '2025-01-15',
            sources: cite,
          },
          participants: [{ organization: 'dsi', role: 'HOST' }, { organization: 'lao-police' }],
        },
        comment: 'from the minutes',
      },
    );
    expect(recordMeeting.participants.map((p) => p.id).sort()).toEqual(['dsi', 'lao-police']);
    for (const id of ['dsi', 'lao-police', recordMeeting.id]) {
      const { history } = await ok<{
        history: { entries: { actor: string; action: string; comment: string; changes: { itemId: string }[] }[] };
      }>(
        `query($id: ID!) { history(id: $id, first: 1) { entries { actor action comment changes(about: $id) { itemId } } } }`,
        {
          id,
        },
      );
      expect(history.entries[0]).toMatchObject({
        actor: 'fixture-editor',
        action: 'RECORD_MEETING',
        comment: 'from the minutes',
      });
      expect(history.entries[0]!.changes.length).toBeGreaterThan(0);
    }
    // Edit it, and see the entry with the field that changed.
    await ok(
      `mutation($id: ID!) { updateMeeting(id: $id, expectedVersion: 1, patch: { city: "Vientiane" }, comment: "city added") { id } }`,
      {
        id: recordMeeting.id,
      },
    );
    const { history } = await ok<{
      history: {
        entries: {
          action: string;
          changes: { operation: string; fields: { field: string; before: string | null; after: string }[] }[];
        }[];
      };
    }>(
      `query($id: ID!) { history(id: $id) { entries { action changes { operation fields { field before after } } } } }`,
      {
        id: recordMeeting.id,
      },
    );
    expect(history.entries.map((e) => e.action)).toEqual(['UPDATE_NODE', 'RECORD_MEETING']);
    expect(history.entries[0]!.changes[0]).toEqual({
      operation: 'UPDATE',
      fields: [{ field: 'city', before: null, after: '"Vientiane"' }],
    });
  });

  it('creates, updates and deletes a tie, with its version', async () => {
    const { createRelationship } = await ok<{
      createRelationship: { id: string; version: number; start: { id: string } };
    }>(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id version start { id } } }`, {
      input: { type: 'MEMBER_OF', start: 'thailand', end: 'iom', role: 'MEMBER', sources: cite },
    });
    expect(createRelationship).toEqual({ id: 'MEMBER_OF:thailand:iom', version: 1, start: { id: 'thailand' } });
    const badRole = await failure(
      `mutation { updateRelationship(id: "MEMBER_OF:thailand:iom", expectedVersion: 1, patch: { role: HOST }) { id } }`,
    );
    expect(badRole.extensions.problems).toEqual([expect.objectContaining({ field: 'role', code: 'NOT_ALLOWED' })]);
    const { deleteRelationship } = await ok<{ deleteRelationship: { id: string; entry: { action: string } } }>(
      `mutation { deleteRelationship(id: "MEMBER_OF:thailand:iom", expectedVersion: 1, comment: "wrong") { id entry { action } } }`,
    );
    expect(deleteRelationship).toEqual({ id: 'MEMBER_OF:thailand:iom', entry: { action: 'DELETE_RELATIONSHIP' } });
  });

  it('merges two organisations: ties, aliases and sources move to the survivor', async () => {
    const { mergeOrganizations } = await ok<{
      mergeOrganizations: { id: string; aliases: string[]; relationships: { nodes: { id: string }[] } };
    }>(
      `mutation { mergeOrganizations(survivor: "moj", duplicate: "msdhs", comment: "test merge") {
        id aliases relationships { nodes { id } } } }`,
    );
    expect(mergeOrganizations.aliases).toEqual(
      expect.arrayContaining(['Ministry of Social Development and Human Security', 'MSDHS', 'MHDHS']),
    );
    expect(mergeOrganizations.relationships.nodes.map((r) => r.id)).toEqual(
      expect.arrayContaining(['PARTY_TO:moj:mou-th-la', 'PARTICIPATED_IN:moj:m-2024']),
    );
    const gone = await failure('{ organization(id: "msdhs") { id } }');
    expect(gone.extensions.code).toBe('NOT_FOUND');
    const { history } = await ok<{ history: { entries: { action: string }[] } }>(
      '{ history(id: "msdhs") { entries { action } } }',
    );
    expect(history.entries[0]!.action).toBe('MERGE_ORGANIZATIONS');
  });

  it('deletes a node with its ties', async () => {
    const { deleteJointCase } = await ok<{ deleteJointCase: { removedRelationships: string[] } }>(
      'mutation { deleteJointCase(id: "case-1", expectedVersion: 1) { removedRelationships } }',
    );
    expect(deleteJointCase.removedRelationships.sort()).toEqual([
      'UNDER:case-1:mou-th-la',
      'WORKS_ON:lao-police:case-1',
      'WORKS_ON:rtp:case-1',
    ]);
  });
});

describe('the audit trail', () => {
  it('lists every edit newest first, pages with a cursor, and holds who, when, what and why', async () => {
    const { recentChanges: page1 } = await ok<{
      recentChanges: {
        entries: { id: string; at: string; actor: string; summary: string }[];
        endCursor: string;
        hasNextPage: boolean;
      };
    }>('{ recentChanges(first: 3) { entries { id at actor summary } endCursor hasNextPage } }');
    expect(page1.entries).toHaveLength(3);
    expect(page1.hasNextPage).toBe(true);
    expect(page1.entries[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const ids = page1.entries.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const { recentChanges: page2 } = await ok<{ recentChanges: { entries: { id: string }[] } }>(
      'query($after: String) { recentChanges(first: 3, after: $after) { entries { id } } }',
      { after: page1.endCursor },
    );
    expect(Number(page2.entries[0]!.id)).toBeLessThan(ids.at(-1)!);
  });

  it('cannot be edited through the API: no mutation takes or changes an entry, and entries stay as written', async () => {
    const { __schema } = await ok<{
      __schema: {
        mutationType: {
          fields: {
            name: string;
            args: { name: string; type: { name: string | null; ofType: { name: string } | null } }[];
          }[];
        };
      };
    }>('{ __schema { mutationType { fields { name args { name type { name ofType { name } } } } } } }');
    const names = __schema.mutationType.fields.map((f) => f.name);
    expect(names.filter((n) => /audit|history|change|entr/i.test(n))).toEqual([]);
    const argTypes = __schema.mutationType.fields.flatMap((f) => f.args.map((a) => a.type.name ?? a.type.ofType?.name));
    expect(argTypes.filter((t) => /Audit|Change/i.test(t ?? ''))).toEqual([]);
    const feed =
      '{ recentChanges(first: 50) { entries { id at actor action comment summary changes { itemId before after } } } }';
    const before = await ok<{ recentChanges: { entries: { id: string }[] } }>(feed);
    await ok(UPDATE_ORG, { id: 'rtp', v: 1, patch: { acronym: 'RTP-TH' }, comment: 'one more edit' });
    const after = await ok<{ recentChanges: { entries: { id: string }[] } }>(feed);
    expect(after.recentChanges.entries.slice(1)).toEqual(before.recentChanges.entries.slice(0, 49));
  });
});

describe('import and export over HTTP', () => {
  it('dry-runs then applies a CSV by mutation, row by row', async () => {
    const csv = [
      'id,name,kind,sources',
      'ngo-one,NGO One,NGO,test-report|p. 9',
      'ngo-two,NGO Two,CHARITY,test-report|p. 9',
    ].join('\n');
    const IMPORT = `mutation($files: [ImportFileInput!]!, $dryRun: Boolean) {
      importGraph(format: CSV, files: $files, dryRun: $dryRun) {
        dryRun applied counts { create update unchanged reject }
        rows { file row id outcome problems { field code } }
      }
    }`;
    const files = [{ name: 'organizations.csv', content: csv }];
    const { importGraph: dry } = await ok<{ importGraph: { applied: boolean; counts: object; rows: object[] } }>(
      IMPORT,
      { files },
    );
    expect(dry).toMatchObject({ applied: false, counts: { create: 1, reject: 1 } });
    expect(dry.rows).toEqual([
      { file: 'organizations.csv', row: 2, id: 'ngo-one', outcome: 'CREATE', problems: [] },
      {
        file: 'organizations.csv',
        row: 3,
        id: 'ngo-two',
        outcome: 'REJECT',
        problems: [{ field: 'kind', code: 'INVALID_VALUE' }],
      },
    ]);
    const refused = await ok<{ importGraph: { applied: boolean } }>(IMPORT, { files, dryRun: false });
    expect(refused.importGraph.applied).toBe(false);
    const fixed = [{ name: 'organizations.csv', content: csv.replace('CHARITY', 'NGO') }];
    const { importGraph } = await ok<{ importGraph: { applied: boolean; counts: object } }>(IMPORT, {
      files: fixed,
      dryRun: false,
    });
    expect(importGraph).toMatchObject({ applied: true, counts: { create: 2, reject: 0 } });
  });

  it('downloads the graph, or a view of it, as GraphML a parser reads', async () => {
    const res = await fetch(`${api.url}/export?format=graphml&ids=dsi,moj,rtp`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="?coordination-atlas-[-0-9]+\.graphml/,
    );
    const graph = parseGraphml(MultiDirectedGraph, await res.text());
    expect(graph.nodes().sort()).toEqual(['dsi', 'moj', 'rtp']);
    expect(graph.size).toBe(1);
    const zip = await fetch(`${api.url}/export?format=csv`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect((await fetch(`${api.url}/export?format=pdf`)).status).toBe(400);
  });
});
