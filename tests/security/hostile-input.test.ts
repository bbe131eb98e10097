/**
 * Input bounds and export escaping: a 900,000-character name, control characters, overlong ids,
 * aliases and quotes, and dates like 0000 are refused with the field at fault and change nothing;
 * names full of markup and separators are kept, and every export format (JSON, CSV zip, GraphML,
 * GEXF) read back by a real parser gives them back exactly. Records stored before these bounds
 * (a control character in a name) still export as well-formed XML.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGexf, toGraphml } from '../../server/exchange/export-graph.js';
import { org, smallWorld, SOURCE_ID } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld() });
});
afterAll(() => api.close());

const CREATE_ORG = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name description } }`;
const orgInput = (over: Record<string, unknown>) => ({
  name: 'Hostile Test Org',
  kind: 'NGO',
  sources: [{ source: SOURCE_ID, locator: 'p. 1' }],
  ...over,
});

async function refused(query: string, variables: Record<string, unknown>, field: RegExp) {
  const before = (await api.gql<{ stats: unknown }>('{ stats { nodes { kind count } } }')).data;
  const res = await api.gql(query, variables);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const e = res.errors![0]! as { extensions: { field?: string; problems?: { field: string }[] } };
  const fields = [e.extensions.field, ...(e.extensions.problems ?? []).map((p) => p.field)].join(' ');
  expect(fields).toMatch(field);
  expect((await api.gql('{ stats { nodes { kind count } } }')).data).toEqual(before);
  return res;
}

describe('input bounds', () => {
  it.each([
    ['a 900,000-character name', { name: 'N'.repeat(900_000) }, /^name/],
    ['a control character in a name', { name: 'Evil\u0001Org' }, /^name/],
    ['a line break in a name', { name: 'Two\nLines' }, /^name/],
    ['a bell in a description', { description: 'ding\u0007' }, /description/],
    ['an id of 101 characters', { id: 'a'.repeat(101) }, /^id/],
    ['an overlong alias', { aliases: ['A'.repeat(301)] }, /aliases/],
    ['a hundred and one aliases', { aliases: Array.from({ length: 101 }, (_, i) => `alias ${i}`) }, /aliases/],
    ['an overlong quote', { sources: [{ source: SOURCE_ID, locator: 'p', quote: 'q'.repeat(2001) }] }, /sources/],
    ['an escape in a locator', { sources: [{ source: SOURCE_ID, locator: 'p\u001b[31m' }] }, /sources/],
    ['an unpaired surrogate in a name', { name: 'Broken \uD800 text' }, /^name/],
  ])('refuses %s, naming the field', async (_name, over, field) => {
    await refused(CREATE_ORG, { input: orgInput(over) }, field);
  });

  it('keeps line breaks and tabs in long text', async () => {
    const res = await api.gql<{ createOrganization: { description: string } }>(CREATE_ORG, {
      input: orgInput({ name: 'Multi Line Org', description: 'first line\nsecond\tcolumn' }),
    });
    expect(res.data!.createOrganization.description).toBe('first line\nsecond\tcolumn');
  });

  it.each(['0000', '0999-01', '2999'])('refuses the date %s', async (date) => {
    await refused(
      `mutation($d: PartialDate) { createAgreement(input: { name: "Odd Date MOU", kind: MOU, scope: BILATERAL, status: ACTIVE, signedOn: $d, sources: [{ source: "${SOURCE_ID}", locator: "p" }] }) { id } }`,
      { d: date },
      /signedOn|^d$/,
    );
  });

  it('refuses a view name with control characters', async () => {
    await refused(
      'mutation($n: String!) { saveView(name: $n, state: "", positions: []) { id } }',
      { n: 'My\u0000View' },
      /^name/,
    );
  });
});

const HOSTILE = [
  `<script>alert("x")</script> & 'Partners'`,
  'Commas, semicolons; pipes | backslashes \\ and "quotes"',
  ']]> <!-- not a comment --> &amp; &#x1;',
  'กรมสอบสวนคดีพิเศษ 中文 🙂 \u202Eright-to-left',
];

describe('every export format, read back by a real parser, gives hostile names back exactly', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [];
    for (const name of HOSTILE) {
      const res = await api.gql<{ createOrganization: { id: string } }>(CREATE_ORG, {
        input: orgInput({ name, description: `about ${name}\nline two\tand a tab`, aliases: [name.slice(0, 20)] }),
      });
      expect(res.errors).toBeUndefined();
      ids.push(res.data!.createOrganization.id);
    }
  });

  const download = async (format: string) => {
    const res = await api.get(`/export?format=${format}&ids=${ids.join(',')}`);
    expect(res.status).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  };

  it('JSON', async () => {
    const doc = JSON.parse(strFromU8(await download('json'))) as { nodes: { name: string; description: string }[] };
    expect(doc.nodes.map((n) => n.name).sort()).toEqual([...HOSTILE].sort());
    expect(doc.nodes.every((n) => n.description.includes('\nline two\t'))).toBe(true);
  });

  it('CSV (zipped)', async () => {
    const files = unzipSync(await download('csv'));
    const rows = parseCsv(strFromU8(files['organizations.csv']!), { bom: true, columns: true }) as {
      name: string;
      description: string;
    }[];
    expect(rows.map((r) => r.name).sort()).toEqual([...HOSTILE].sort());
    expect(rows.every((r) => r.description.includes('\nline two\t'))).toBe(true);
  });

  it('GraphML', async () => {
    const graph = parseGraphml(MultiDirectedGraph, strFromU8(await download('graphml')));
    expect(graph.mapNodes((_n, a) => a.name as string).sort()).toEqual([...HOSTILE].sort());
  });

  it('GEXF', async () => {
    // A view of nodes without ties is written as a "mixed" graph: read it as one.
    const graph = parseGexf(MultiGraph, strFromU8(await download('gexf')));
    expect(graph.mapNodes((_n, a) => a.label as string).sort()).toEqual([...HOSTILE].sort());
  });
});

describe('records stored before the bounds', () => {
  // XML 1.0 cannot hold these characters at all, even escaped.
  // eslint-disable-next-line no-control-regex -- XML's character ranges are defined around control characters
  const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
  const legacy = () => {
    const world = smallWorld();
    // Written as a record, past the schema, as an older version of the server would have stored it.
    world.nodes.push({ ...org('legacy-org'), name: 'Legacy\u0001Org\u000B\uD800', description: 'bell\u0007' });
    return world;
  };

  it.each([
    [
      'GraphML',
      toGraphml,
      (xml: string) => parseGraphml(MultiDirectedGraph, xml).getNodeAttribute('legacy-org', 'name'),
    ],
    ['GEXF', toGexf, (xml: string) => parseGexf(MultiDirectedGraph, xml).getNodeAttribute('legacy-org', 'label')],
  ])('%s leaves out what XML cannot hold and stays well-formed', (_name, write, readName) => {
    const xml = write(legacy());
    expect(NOT_XML.test(xml)).toBe(false);
    expect(readName(xml)).toBe('LegacyOrg');
  });
});
