/**
 * One set of gap verdicts everywhere, on the seeded graph: for every pair of COMMIT members, the
 * bilateral matrix, the dormant-agreements list, the pair brief, the organisation and
 * meeting-preparation briefs and the Gaps view's pair panel (its own GraphQL document) state the
 * same verdicts. Nothing here is a number read off today's seed: the expectations come from the
 * data (agreements' parties and what is recorded UNDER them) and from one surface checked against
 * another, so a re-read seed keeps the test meaningful.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BilateralMatrixDocument } from '../../client/src/__generated__/graphql.js';
import { PAIR_STATUS_WORDS, type PairStatus } from '../../server/analysis/verdict-words.js';
import { escapeXml } from '../../server/briefing/render-svg.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

interface Use {
  agreement: { id: string; name: string };
  inForce: boolean;
  dormant: boolean;
  summary: string;
}
interface Cell {
  a: { code: string; name: string };
  b: { code: string; name: string };
  status: PairStatus;
  explanation: string;
  bilateralAgreements: { id: string }[];
  agreements: Use[];
  activity: { instrument: { id: string }; recent: boolean; under: { id: string }[] }[];
  months: number;
}
interface PartyNode {
  id: string;
  scope?: string;
  topics?: string[];
  relationships: {
    nodes: { type: string; start: { id: string; nodeKind: string; code?: string; countryCode?: string | null } }[];
  };
}

const MATRIX = `{
  bilateralMatrix {
    cells {
      a { code name } b { code name } status explanation months
      bilateralAgreements { id }
      agreements { agreement { id name } inForce dormant summary }
      activity { instrument { id } recent under { id } }
    }
  }
  dormantAgreements { agreement { id } summary }
}`;

/** Every agreement with its parties (countries in their own name, agencies with their country). */
const AGREEMENTS = `query($after: String) {
  list(kind: AGREEMENT, first: 100, after: $after) {
    hasNextPage
    endCursor
    nodes {
      id
      ... on Agreement { scope topics }
      relationships(types: [PARTY_TO, UNDER]) {
        nodes { type start { id nodeKind ... on Country { code } ... on Organization { countryCode } } }
      }
    }
  }
}`;

let cells: Cell[];
let dormant: Map<string, string>;
let agreements: PartyNode[];

beforeAll(async () => {
  const res = await api.gql<{
    bilateralMatrix: { cells: Cell[] };
    dormantAgreements: { agreement: { id: string }; summary: string }[];
  }>(MATRIX);
  expect(res.errors).toBeUndefined();
  cells = res.data!.bilateralMatrix.cells;
  dormant = new Map(res.data!.dormantAgreements.map((d) => [d.agreement.id, d.summary]));
  agreements = [];
  for (let after: string | null = null, more = true; more;) {
    const page: Awaited<ReturnType<typeof listPage>> = await listPage(after);
    agreements.push(...page.nodes);
    [after, more] = [page.endCursor, page.hasNextPage];
  }
});

async function listPage(after: string | null) {
  const res = await api.gql<{ list: { nodes: PartyNode[]; hasNextPage: boolean; endCursor: string | null } }>(
    AGREEMENTS,
    { after },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.list;
}

/** The states an agreement names through its parties: countries in their own name, agencies by their country. */
const statesOf = (a: PartyNode) =>
  new Set(
    a.relationships.nodes
      .filter((r) => r.type === 'PARTY_TO')
      .map((r) => (r.start.nodeKind === 'COUNTRY' ? r.start.code : r.start.countryCode))
      .filter((c): c is string => !!c),
  );

/** The brief's HTML, with the text of a status line or an item as the page shows it. */
async function brief(focus: string): Promise<string> {
  const res = await api.get(`/brief?focus=${encodeURIComponent(focus)}`);
  expect(res.status).toBe(200);
  return res.text();
}

const pairName = (c: Cell) => `${c.a.code}~${c.b.code}`;

describe('one set of gap verdicts for every COMMIT pair', () => {
  it('covers the 15 pairs of the six COMMIT members', () => {
    expect(cells).toHaveLength(15);
  });

  it('finds each pair’s bilateral agreements from their parties, and counts everything recorded under them as the pair’s activity', () => {
    for (const cell of cells) {
      const expected = agreements
        .filter((a) => {
          const states = statesOf(a);
          return (
            states.has(cell.a.code) &&
            states.has(cell.b.code) &&
            (a.scope === 'BILATERAL' || (a.scope !== 'MULTILATERAL' && states.size === 2))
          );
        })
        .map((a) => a.id)
        .sort();
      expect(cell.bilateralAgreements.map((a) => a.id).sort(), pairName(cell)).toEqual(expected);
      const activity = new Set(cell.activity.map((x) => x.instrument.id));
      const byId = new Map(agreements.map((a) => [a.id, a]));
      for (const ag of cell.bilateralAgreements)
        for (const r of byId.get(ag.id)!.relationships.nodes.filter((x) => x.type === 'UNDER'))
          expect(activity.has(r.start.id), `${pairName(cell)} ${r.start.id}`).toBe(true);
    }
  });

  it('gives each pair the status its agreements and activity call for; no bilateral instrument at all has its own status', () => {
    for (const cell of cells) {
      const expected: PairStatus = cell.bilateralAgreements.length
        ? cell.activity.some((x) => x.recent)
          ? 'ACTIVE'
          : 'DORMANT'
        : cell.activity.length
          ? 'INFORMAL'
          : 'NO_BILATERAL_INSTRUMENT';
      expect(cell.status, pairName(cell)).toBe(expected);
    }
  });

  it('agrees with the dormant list: the same agreements dormant, in the same words; a dormant pair has all its agreements in force listed', () => {
    for (const cell of cells) {
      for (const use of cell.agreements) {
        expect(dormant.has(use.agreement.id), `${pairName(cell)} ${use.agreement.id}`).toBe(use.dormant);
        if (use.dormant) expect(dormant.get(use.agreement.id)).toBe(use.summary);
      }
      if (cell.status === 'DORMANT')
        for (const use of cell.agreements.filter((u) => u.inForce)) expect(dormant.has(use.agreement.id)).toBe(true);
    }
  });

  it('the pair brief opens with the same verdict and states each agreement’s use in the same words', async () => {
    for (const cell of cells) {
      const html = await brief(`pair:${cell.a.code}-${cell.b.code}`);
      const status = /<p class="status">([^<]*)<\/p>/.exec(html)![1]!;
      expect(status, pairName(cell)).toBe(escapeXml(`${PAIR_STATUS_WORDS[cell.status]}: ${cell.explanation}`));
      for (const use of cell.agreements) expect(html, use.agreement.id).toContain(escapeXml(use.summary));
    }
  });

  it('agreement, organisation and meeting-preparation briefs state an agreement’s use as the matrix does', async () => {
    const search = await api.gql<{ search: { node: { id: string } }[] }>(
      '{ search(text: "MSDHS", limit: 1) { node { id } } }',
    );
    const org = await brief(`org:${search.data!.search[0]!.node.id}`);
    const withAgreements = cells.filter((c) => c.agreements.length);
    for (const cell of withAgreements) {
      const prep = await brief(`prep:${cell.a.code}-${cell.b.code}`);
      for (const use of cell.agreements) {
        // The agreement's own brief opens with the same verdict.
        const own = await brief(`agreement:${use.agreement.id}`);
        const status = /<p class="status">([^<]*)<\/p>/.exec(own)![1]!;
        expect(status, use.agreement.id).toContain(escapeXml(`${use.dormant ? 'dormant: ' : ''}${use.summary}`));
        for (const html of [org, prep]) {
          // Wherever a brief names the agreement, its use is stated in the matrix's words.
          if (html.includes(`<strong>${escapeXml(use.agreement.name)}</strong>`))
            expect(html, use.agreement.id).toContain(escapeXml(use.summary));
        }
      }
    }
  });

  it('the Gaps view’s pair panel, through its own query, shows the same verdicts', async () => {
    const res = await api.gql<{ bilateralMatrix: { cells: (Cell & { agreements: Use[] })[] } }>(
      print(BilateralMatrixDocument),
      { countries: null, filter: null, months: cells[0]!.months },
    );
    expect(res.errors).toBeUndefined();
    const panel = new Map(res.data!.bilateralMatrix.cells.map((c) => [pairName(c), c]));
    for (const cell of cells) {
      const p = panel.get(pairName(cell))!;
      expect([p.status, p.explanation], pairName(cell)).toEqual([cell.status, cell.explanation]);
      expect(p.agreements.map((u) => [u.agreement.id, u.dormant, u.summary])).toEqual(
        cell.agreements.map((u) => [u.agreement.id, u.dormant, u.summary]),
      );
    }
  });
});

describe('a shorter quiet period, as the Gaps view sets it', () => {
  it('judges the matrix, the dormant list and the briefs over the same months', async () => {
    const months = 6;
    const res = await api.gql<{
      bilateralMatrix: { cells: Cell[] };
      dormantAgreements: { agreement: { id: string }; summary: string }[];
    }>(
      `query($m: Int) { bilateralMatrix(months: $m) { cells { a { code name } b { code name } status explanation months
        agreements { agreement { id name } inForce dormant summary } } }
        dormantAgreements(months: $m) { agreement { id } summary } }`,
      { m: months },
    );
    expect(res.errors).toBeUndefined();
    const listed = new Set(res.data!.dormantAgreements.map((d) => d.agreement.id));
    for (const cell of res.data!.bilateralMatrix.cells) {
      expect(cell.months).toBe(months);
      for (const use of cell.agreements) expect(listed.has(use.agreement.id), use.agreement.id).toBe(use.dormant);
      const html = await (await api.get(`/brief?focus=pair:${cell.a.code}-${cell.b.code}&months=${months}`)).text();
      const status = /<p class="status">([^<]*)<\/p>/.exec(html)![1]!;
      expect(status, pairName(cell)).toBe(escapeXml(`${PAIR_STATUS_WORDS[cell.status]}: ${cell.explanation}`));
    }
    const bad = await api.get('/brief?focus=pair:TH-LA&months=soon');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { field: string } }[] }).errors[0]!.extensions.field).toBe(
      'months',
    );
  });
});

describe('counterpart coverage counts the agreements the states signed', () => {
  it('Thailand–Lao PDR and Thailand–Cambodia labour are covered, with the labour MOU the two states signed as evidence', async () => {
    for (const other of ['LA', 'KH']) {
      const res = await api.gql<{
        counterpartCoverage: {
          sectors: { sector: string; label: string; status: string; stateAgreements: { id: string }[] }[];
        };
      }>(`{ counterpartCoverage(a: "TH", b: "${other}") { sectors { sector label status stateAgreements { id } } } }`);
      expect(res.errors).toBeUndefined();
      // The labour MOUs in the data: bilateral, both states parties in their own name, on labour trafficking.
      const labourMous = agreements.filter((a) => {
        const statesInOwnName = a.relationships.nodes
          .filter((r) => r.start.nodeKind === 'COUNTRY')
          .map((r) => r.start.code);
        return (
          a.scope === 'BILATERAL' &&
          statesInOwnName.includes('TH') &&
          statesInOwnName.includes(other) &&
          a.topics?.includes('LABOUR_TRAFFICKING')
        );
      });
      expect(labourMous.length, other).toBeGreaterThan(0);
      const labour = res.data!.counterpartCoverage.sectors.find((s) => s.sector === 'LABOUR')!;
      expect(labour.status).toBe('COVERED');
      for (const mou of labourMous) expect(labour.stateAgreements.map((a) => a.id)).toContain(mou.id);
      // Readable labels, from the vocabulary.
      for (const s of res.data!.counterpartCoverage.sectors) expect(s.label).not.toMatch(/_|^[a-z]/);
    }
  });
});
