/**
 * The review queue over HTTP: ingesting proposes and writes nothing but the document's text on
 * its Source; accepting writes the tie through the editing path with the quote, locator and
 * reviewer; rejecting writes nothing but is kept; bad input answers a code and the field at
 * fault; a proposal naming a case the editor may not see is never shown to them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointCase, smallWorld, tie, SOURCE_ID } from '../fixtures/builders.js';
import { startApiServer, type ApiClient, type ApiServer } from '../fixtures/api-server.js';

const REPORT = `# Progress report

## Protection

### 7.2 Operation Nightjar

The Royal Thai Police and IOM worked on Operation Nightjar under the Thailand–Lao PDR MOU.

### 7.3 The 3rd Thailand–Lao bilateral meeting

In March 2024, MSDHS, in collaboration with the Lao Police Department, organized the 3rd Thailand–Lao bilateral meeting in Vientiane. The Winrock Foundation (WRF) supported the meeting.
`;

const INGEST = `mutation($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { id title sourceId pendingCount
    sentences { id locator text ties { id type start { id } end { id } role quote locator confidence reason } }
    ties { id type start { id name } end { id name } quote locator }
    newOrganizations { id name acronym organizationKind quote locator } } }`;
const READING = `query($id: ID!) { reading(id: $id) { id version pendingCount
  ties { id type start { id } end { id } status decision { by comment resultId } }
  sentences { id text ties { id } }
  newOrganizations { id name status }
  decisions { proposalId summary status by comment resultId } } }`;
const ACCEPT = `mutation($r: ID!, $p: ID!, $e: TieProposalEdits, $c: String) {
  acceptTieProposal(reading: $r, proposal: $p, edits: $e, comment: $c) { id version ties { id status } } }`;
const REJECT = `mutation($r: ID!, $p: ID!, $c: String) { rejectProposal(reading: $r, proposal: $p, comment: $c) { id ties { id status } } }`;

interface Tie {
  id: string;
  type: string;
  start: { id: string };
  end: { id: string };
  quote: string;
  locator: string;
}
interface Ingested {
  id: string;
  ties: Tie[];
  sentences: { ties: Tie[] }[];
  newOrganizations: { id: string; name: string; acronym: string; quote: string }[];
}

function world() {
  const w = smallWorld();
  // The report is the evidence for the meeting's participants: the graph does not have them yet.
  w.relationships = w.relationships.filter((r) => !(r.type === 'PARTICIPATED_IN' && r.end === 'm-2024'));
  w.nodes.push(
    jointCase('secret-case', { name: 'Operation Nightjar', sensitivity: 'CONFIDENTIAL', openedOn: '2024-01' }),
  );
  w.relationships.push(tie('WORKS_ON', 'dsi', 'secret-case', { role: 'LEAD' }));
  return w;
}

async function ingest(client: ApiClient, extra: Record<string, unknown> = {}) {
  const res = await client.gql<{ ingestDocument: Ingested }>(INGEST, {
    input: { fileName: 'report.md', content: REPORT, sourceId: SOURCE_ID, ...extra },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.ingestDocument;
}

const key = (t: Tie) => `${t.type}:${t.start.id}:${t.end.id}`;

describe('review queue API', () => {
  let api: ApiServer;
  let cleared: ApiClient;
  beforeAll(async () => {
    api = await startApiServer({ dataset: world() });
    cleared = await api.userClient('EDITOR', 'CONFIDENTIAL', 'cleared-editor');
  });
  afterAll(() => api.close());

  it('proposes sourced ties with verbatim quotes and locators, and writes nothing to the graph', async () => {
    const before = await api.store.stats();
    const reading = await ingest(api);
    expect(reading.ties.map(key)).toEqual(
      expect.arrayContaining(['PARTICIPATED_IN:msdhs:m-2024', 'PARTICIPATED_IN:lao-police:m-2024']),
    );
    const msdhs = reading.ties.find((t) => key(t) === 'PARTICIPATED_IN:msdhs:m-2024')!;
    expect(msdhs.locator).toBe('Protection §7.3');
    for (const t of reading.ties) expect(REPORT).toContain(t.quote);
    expect(reading.newOrganizations).toEqual([
      expect.objectContaining({ name: 'Winrock Foundation', acronym: 'WRF', organizationKind: 'NGO' }),
    ]);
    expect(await api.store.stats()).toEqual(before);
    // The Source keeps the document's text for the evidence reader.
    const [source] = await api.store.getNodes([SOURCE_ID]);
    expect(source?.nodeKind === 'SOURCE' && source.text).toContain('organized the 3rd Thailand–Lao bilateral meeting');
  });

  it('never shows a proposal naming a case the editor may not see', async () => {
    const mine = await ingest(api);
    expect(JSON.stringify(mine)).not.toContain('secret-case');
    const theirs = await ingest(cleared);
    expect(theirs.ties.map(key)).toContain('WORKS_ON:rtp:secret-case');
    const asPublic = await api.gql(READING, { id: theirs.id });
    expect(asPublic.errors).toBeUndefined();
    expect(JSON.stringify(asPublic.data)).not.toContain('secret-case');
  });

  it('accepts through the editing path (quote, locator, reviewer in the audit trail) and keeps rejections', async () => {
    const reading = await ingest(api);
    const accept = reading.ties.find((t) => key(t) === 'PARTICIPATED_IN:msdhs:m-2024')!;
    const reject = reading.ties.find((t) => key(t) === 'PARTICIPATED_IN:lao-police:m-2024')!;
    const res = await api.gql(ACCEPT, { r: reading.id, p: accept.id, e: { role: 'ORGANIZER' }, c: 'checked' });
    expect(res.errors).toBeUndefined();
    const rels = await api.store.relationshipsOf(['msdhs']);
    const written = rels[0]!.find((r) => r.id === 'PARTICIPATED_IN:msdhs:m-2024')!;
    expect(written.role).toBe('ORGANIZER');
    expect(written.sources).toEqual([{ source: SOURCE_ID, locator: 'Protection §7.3', quote: accept.quote }]);
    const changes = await api.gql<{ recentChanges: { entries: { actor: string; action: string; comment: string }[] } }>(
      '{ recentChanges(first: 1) { entries { actor action comment } } }',
    );
    expect(changes.data!.recentChanges.entries[0]).toMatchObject({
      actor: 'fixture-editor',
      action: 'CREATE_RELATIONSHIP',
    });
    expect(changes.data!.recentChanges.entries[0]!.comment).toContain(accept.id);

    const statsBefore = await api.store.stats();
    expect((await api.gql(REJECT, { r: reading.id, p: reject.id, c: 'not a participant' })).errors).toBeUndefined();
    expect(await api.store.stats()).toEqual(statsBefore);
    const after = await api.gql<{ reading: { decisions: { proposalId: string; status: string; by: string }[] } }>(
      READING,
      { id: reading.id },
    );
    expect(after.data!.reading.decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ proposalId: accept.id, status: 'ACCEPTED', by: 'fixture-editor' }),
        expect.objectContaining({
          proposalId: reject.id,
          status: 'REJECTED',
          by: 'fixture-editor',
          comment: 'not a participant',
        }),
      ]),
    );
    const again = await api.gql(ACCEPT, { r: reading.id, p: accept.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'proposal' });
  });

  it('answers bad input with a code and the field at fault, and changes nothing', async () => {
    const reading = await ingest(api);
    const before = await api.store.stats();
    const p = reading.ties[0]!.id;
    const cases: [string, Record<string, unknown>, string, string][] = [
      [ACCEPT, { r: reading.id, p, e: { quote: 'words the report never says' } }, 'BAD_USER_INPUT', 'edits.quote'],
      [ACCEPT, { r: 'no-such-reading', p }, 'NOT_FOUND', 'reading'],
      [ACCEPT, { r: reading.id, p: 'no-such-proposal' }, 'NOT_FOUND', 'proposal'],
      [INGEST, { input: { fileName: 'r.md', content: REPORT, sourceId: 'no-such-source' } }, 'NOT_FOUND', 'sourceId'],
      [INGEST, { input: { fileName: 'r.pdf', content: REPORT } }, 'BAD_USER_INPUT', 'content'],
      [
        INGEST,
        {
          input: {
            fileName: 'r.pdf',
            content: btoa('%PDF-1.7\nno objects here'),
            encoding: 'BASE64',
            sourceId: SOURCE_ID,
          },
        },
        'BAD_USER_INPUT',
        'content',
      ],
      [INGEST, { input: { fileName: 'r.md', content: REPORT } }, 'BAD_USER_INPUT', 'publisher'],
      [INGEST, { input: { fileName: 'r.md', content: '', sourceId: SOURCE_ID } }, 'BAD_USER_INPUT', 'content'],
      [
        INGEST,
        { input: { fileName: 'r.txt', content: 'RTP met. '.repeat(40_000), sourceId: SOURCE_ID } },
        'BAD_USER_INPUT',
        'content',
      ],
    ];
    for (const [query, variables, code, field] of cases) {
      const res = await api.gql(query, variables);
      expect(res.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code, field });
    }
    expect(await api.store.stats()).toEqual(before);
  });

  it('needs an editor', async () => {
    const viewer = await api.userClient('VIEWER', 'PUBLIC');
    const input = { fileName: 'r.md', content: REPORT, sourceId: SOURCE_ID };
    expect((await viewer.gql(INGEST, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.anonymous.gql(INGEST, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.anonymous.gql('{ readings { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
