/**
 * The API over HTTP on the seeded embedded store: what an analyst asks first of the graph, and
 * what the source documents say the answer is (each test names the document and section).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

interface Hit {
  score: number;
  matched: string;
  node: { id: string; name: string; nodeKind: string };
}

async function search(text: string, kinds?: string[]): Promise<Hit[]> {
  const res = await api.gql<{ search: Hit[] }>(
    `query($text: String!, $kinds: [NodeKind!]) { search(text: $text, kinds: $kinds) { score matched node { id name nodeKind } } }`,
    { text, kinds },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

async function topOrganization(text: string): Promise<string> {
  const [hit] = await search(text, ['ORGANIZATION']);
  expect(hit, `no organisation found for "${text}"`).toBeDefined();
  return hit!.node.id;
}

describe('search', () => {
  it('finds MSDHS by acronym, full name and the misspelling in the sources, as one node', async () => {
    const ids = await Promise.all(
      ['MSDHS', 'msdhs', 'Ministry of Social Development and Human Security', 'MHDHS'].map(
        async (t) => (await search(t))[0]?.node,
      ),
    );
    expect(ids[0]?.name).toBe('Ministry of Social Development and Human Security');
    expect(new Set(ids.map((n) => n?.id)).size).toBe(1);
  });

  it('finds DSI by acronym in any case and by its full name', async () => {
    const [lower, full] = await Promise.all([search('dsi'), search('Department of Special Investigation')]);
    expect(lower[0]!.node.id).toBe(full[0]!.node.id);
    expect(lower[0]!.node.name).toMatch(/Department of Special Investigation/);
    expect(lower[0]!.score).toBeGreaterThan(lower[1]?.score ?? 0);
  });

  it('ranks an exact acronym above partial matches and tolerates a typo', async () => {
    const hits = await search('IOM');
    expect(hits[0]!.node.name).toMatch(/International Organization for Migration/);
    const [typo, dsi] = await Promise.all([search('Departmnt of Special Investigaton'), search('dsi')]);
    expect(typo[0]!.node.id).toBe(dsi[0]!.node.id);
  });
});

describe('neighbourhood of MSDHS', () => {
  it('holds the 29th Myanmar–Thailand Case Management Meeting with its dates, city and Myanmar counterpart (RTG Q1 2024, Protection §7.2)', async () => {
    const msdhs = await topOrganization('MSDHS');
    const res = await api.gql<{
      neighbourhood: {
        nodes: {
          __typename: string;
          id: string;
          series?: string;
          sequence?: number;
          startDate?: string;
          endDate?: string;
          city?: string;
          country?: { code: string };
          participants?: { id: string; kind: string; countryCode: string | null }[];
          sources: { locator: string; source: { name: string } }[];
        }[];
      };
    }>(
      `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 1) { truncated nodes { __typename id sources { locator source { name } }
        ... on Meeting { series sequence startDate endDate city country { code } participants { id kind countryCode } } } } }`,
      { ids: [msdhs] },
    );
    expect(res.errors).toBeUndefined();
    const cmm = res.data!.neighbourhood.nodes.find((n) => n.sequence === 29 && /Myanmar/.test(n.series ?? ''));
    expect(cmm, '29th Myanmar–Thailand CMM').toBeDefined();
    expect([cmm!.startDate, cmm!.endDate, cmm!.city, cmm!.country?.code]).toEqual([
      '2024-02-27',
      '2024-02-29',
      'Yangon',
      'MM',
    ]);
    const counterparts = cmm!.participants!.filter((p) => p.countryCode === 'MM');
    expect(counterparts.length).toBeGreaterThan(0);
    expect(counterparts[0]!.kind).toBe('FOREIGN_GOVERNMENT_AGENCY');
    expect(cmm!.sources.some((s) => s.locator.includes('7.2'))).toBe(true);
  });
});

describe('coordination', () => {
  it('ties the Royal Thai Police (or its CWP) to the FBI through the Chiang Rai case (RTG Q1 2024, Prosecution §6)', async () => {
    const fbi = await topOrganization('FBI');
    const res = await api.gql<{
      coordination: {
        ties: {
          a: { id: string; acronym: string | null };
          b: { id: string; acronym: string | null };
          evidence: { __typename: string; name: string }[];
        }[];
      };
    }>(`{ coordination(limit: 20000) { ties { a { id acronym } b { id acronym } evidence { __typename name } } } }`);
    expect(res.errors).toBeUndefined();
    const fbiTies = res.data!.coordination.ties.filter((t) => t.a.id === fbi || t.b.id === fbi);
    const police = fbiTies.find((t) => ['RTP', 'CWP'].includes((t.a.id === fbi ? t.b : t.a).acronym ?? ''));
    expect(police, 'an RTP–FBI or CWP–FBI tie').toBeDefined();
    expect(police!.evidence.some((e) => e.__typename === 'JointCase' && /Chiang Rai/.test(e.name))).toBe(true);
  });
});

describe('sources', () => {
  it('gives every relationship in the graph at least one source with a locator', async () => {
    const hubs = await Promise.all(['MSDHS', 'RTP', 'IOM', 'DSI'].map(topOrganization));
    const res = await api.gql<{
      neighbourhood: {
        relationships: { id: string; sources: { locator: string; source: { id: string; name: string } }[] }[];
      };
    }>(
      `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 3, limit: 5000) { truncated relationships { id sources { locator source { id name } } } } }`,
      {
        ids: hubs,
      },
    );
    expect(res.errors).toBeUndefined();
    const rels = res.data!.neighbourhood.relationships;
    expect(rels.length).toBeGreaterThan(100);
    const unsourced = rels.filter((r) => !r.sources.length || r.sources.some((s) => !s.locator || !s.source.name));
    expect(unsourced).toEqual([]);
  });

  it('lists the five source documents in the stats, with the dates the graph covers', async () => {
    const res = await api.gql<{
      stats: {
        sources: { id: string }[];
        earliestDate: string;
        latestDate: string;
        nodes: { kind: string; count: number }[];
      };
    }>(`{ stats { sources { id } earliestDate latestDate nodes { kind count } } }`);
    const stats = res.data!.stats;
    expect(stats.sources).toHaveLength(5);
    expect(stats.earliestDate <= '2013-04-18').toBe(true);
    expect(stats.latestDate >= '2024-03-01').toBe(true);
    const count = (k: string) => stats.nodes.find((n) => n.kind === k)?.count ?? 0;
    expect(count('ORGANIZATION')).toBeGreaterThanOrEqual(90);
    expect(count('MEETING')).toBeGreaterThanOrEqual(25);
    expect(count('AGREEMENT')).toBeGreaterThanOrEqual(12);
    expect(count('JOINT_CASE')).toBeGreaterThanOrEqual(10);
  });
});

describe('paths', () => {
  it('connects MSDHS to the Myanmar counterpart through the case management meeting', async () => {
    const msdhs = await topOrganization('MSDHS');
    const myanmar = await topOrganization('Ministry of Social Welfare, Relief and Resettlement');
    const res = await api.gql<{ paths: { length: number; instruments: { __typename: string; name: string }[] }[] }>(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length instruments { __typename name } } }`,
      { from: msdhs, to: myanmar },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.paths[0]!.length).toBe(2);
    expect(
      res.data!.paths.some((p) => p.instruments.some((i) => /29th/.test(i.name) || /Case Management/.test(i.name))),
    ).toBe(true);
  });
});
