/**
 * What `coordination` answers for countries, time windows, undated instruments and an ego network,
 * over a hand-built world whose ties can be read off below, and the README's example on the seed.
 *
 *   mou-2013 (agreement signed 2013):        th-a, mm-a
 *   meet-2024 (meeting 2024-03):             th-a, th-b, mm-a, io
 *   sop-undated (agreement, no date at all): th-a, la-a
 *   sop-2024 (agreement in force from 2024): th-b, la-a
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreement, country, meeting, org, source, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import type { Dataset } from '../../server/store/port.js';

function world(): Dataset {
  const nodes = [
    source(),
    country('thailand', 'TH'),
    country('myanmar', 'MM'),
    country('lao-pdr', 'LA'),
    org('th-a', { countryCode: 'TH' }),
    org('th-b', { countryCode: 'TH' }),
    org('mm-a', { countryCode: 'MM', kind: 'FOREIGN_GOVERNMENT_AGENCY' }),
    org('la-a', { countryCode: 'LA', kind: 'FOREIGN_GOVERNMENT_AGENCY' }),
    org('io', { kind: 'INTERNATIONAL_ORGANIZATION' }),
    agreement('mou-2013', { signedOn: '2013' }),
    meeting('meet-2024', { startDate: '2024-03' }),
    agreement('sop-undated', { kind: 'SOP' }),
    agreement('sop-2024', { kind: 'SOP', validFrom: '2024' }),
  ];
  const on = (type: 'PARTY_TO' | 'PARTICIPATED_IN', instrument: string, ...orgs: string[]) =>
    orgs.map((o) => tie(type, o, instrument));
  const relationships = [
    ...on('PARTY_TO', 'mou-2013', 'th-a', 'mm-a'),
    ...on('PARTICIPATED_IN', 'meet-2024', 'th-a', 'th-b', 'mm-a', 'io'),
    ...on('PARTY_TO', 'sop-undated', 'th-a', 'la-a'),
    ...on('PARTY_TO', 'sop-2024', 'th-b', 'la-a'),
  ];
  return { nodes, relationships };
}

interface Answer {
  coordination: {
    ties: { id: string; undated: boolean; firstDate: string | null; evidence: { id: string }[] }[];
    undatedCount: number;
  };
}

const QUERY = `query($filter: GraphFilter, $includeUndated: Boolean, $around: [ID!], $amongPartners: Boolean) {
  coordination(filter: $filter, includeUndated: $includeUndated, around: $around, amongPartners: $amongPartners) {
    ties { id undated firstDate evidence { id } }
    undatedCount
  }
}`;

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: world() });
});
afterAll(() => api.close());

async function coordination(variables: Record<string, unknown>) {
  const res = await api.gql<Answer>(QUERY, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.coordination;
}
const ids = (c: Answer['coordination']) => c.ties.map((t) => t.id).sort();

describe('coordination: countries select ties by their ends', () => {
  it('with several countries, only ties joining organisations of two of them', async () => {
    const c = await coordination({ filter: { countries: ['TH', 'MM'] } });
    expect(ids(c)).toEqual(['mm-a~th-b', 'th-a~mm-a'].map(sorted).sort());
  });

  it('with one country, every tie with an end in it, domestic or cross-border', async () => {
    const c = await coordination({ filter: { countries: ['LA'] } });
    expect(ids(c)).toEqual(['la-a~th-a', 'la-a~th-b']);
    const th = await coordination({ filter: { countries: ['TH'] } });
    expect(ids(th)).not.toContain('io~mm-a');
    expect(ids(th)).toEqual(expect.arrayContaining(['th-a~th-b', 'io~th-a', 'la-a~th-a']));
  });

  it('counts instruments wherever they took place', async () => {
    const c = await coordination({ filter: { countries: ['TH', 'MM'] } });
    const tie = c.ties.find((t) => t.id === sorted('th-a~mm-a'))!;
    expect(tie.evidence.map((e) => e.id).sort()).toEqual(['meet-2024', 'mou-2013']);
  });
});

describe('coordination: dates come from the instruments', () => {
  it('a window leaves out ties resting only on undated instruments, and counts them', async () => {
    const c = await coordination({ filter: { until: '2013' } });
    expect(ids(c)).toEqual([sorted('th-a~mm-a')]);
    expect(c.undatedCount).toBe(1);
    expect(c.ties.every((t) => !t.undated)).toBe(true);
  });

  it('an agreement in force from 2024 is not in a 2013 window', async () => {
    const c = await coordination({ filter: { from: '2013', until: '2013' }, includeUndated: true });
    expect(c.ties.flatMap((t) => t.evidence.map((e) => e.id))).not.toContain('sop-2024');
  });

  it('includeUndated keeps them, marked', async () => {
    const c = await coordination({ filter: { until: '2013' }, includeUndated: true });
    expect(ids(c)).toEqual([sorted('la-a~th-a'), sorted('th-a~mm-a')].sort());
    expect(c.ties.find((t) => t.id === sorted('la-a~th-a'))).toMatchObject({ undated: true, firstDate: null });
    expect(c.undatedCount).toBe(1);
  });

  it('without a window every tie is kept and the undated ones are counted', async () => {
    const c = await coordination({});
    expect(c.ties).toHaveLength(8);
    expect(c.undatedCount).toBe(1);
  });
});

describe('coordination around organisations', () => {
  it('is their ego network: every tie touches one of them', async () => {
    const c = await coordination({ around: ['th-b'] });
    expect(ids(c)).toEqual(['io~th-b', 'la-a~th-b', 'mm-a~th-b', 'th-a~th-b'].map(sorted).sort());
  });

  it('with amongPartners, also the ties joining two of their partners', async () => {
    const c = await coordination({ around: ['th-b'], amongPartners: true });
    expect(ids(c)).toEqual(
      ['io~th-b', 'la-a~th-b', 'mm-a~th-b', 'th-a~th-b', 'th-a~mm-a', 'io~th-a', 'io~mm-a', 'la-a~th-a']
        .map(sorted)
        .sort(),
    );
  });

  it('amongPartners without around is bad input', async () => {
    const res = await api.gql(QUERY, { amongPartners: true });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amongPartners' });
  });
});

/** A tie id: the two organisation ids in order. */
function sorted(id: string): string {
  return id.split('~').sort().join('~');
}

describe("the README's example on the seed", () => {
  let seeded: ApiServer;
  beforeAll(async () => {
    seeded = await startApiServer();
  });
  afterAll(() => seeded.close());

  it('coordination between Thailand and Myanmar since 2024 is Thai–Myanmar ties, each dated', async () => {
    const res = await seeded.gql<{
      coordination: {
        ties: {
          a: { countryCode: string | null };
          b: { countryCode: string | null };
          undated: boolean;
          lastDate: string | null;
        }[];
        undatedCount: number;
      };
    }>(`{ coordination(filter: { countries: ["TH", "MM"], from: "2024" }) {
      ties { a { countryCode } b { countryCode } undated lastDate } undatedCount } }`);
    expect(res.errors).toBeUndefined();
    const { ties } = res.data!.coordination;
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) {
      expect([t.a.countryCode, t.b.countryCode].sort()).toEqual(['MM', 'TH']);
      expect(t.undated).toBe(false);
    }
  });

  it('the 2013 window leaves out the undated SOP with Lao PDR unless asked for undated ties', async () => {
    const q = (include: boolean) =>
      seeded.gql<Answer>(
        `{ coordination(filter: { from: "2013", until: "2013" }, includeUndated: ${include}) {
          ties { id undated firstDate evidence { id } } undatedCount } }`,
      );
    const [dated, all] = await Promise.all([q(false), q(true)]);
    const evidence = (a: Answer) => a.coordination.ties.flatMap((t) => t.evidence.map((e) => e.id));
    expect(evidence(dated.data!)).not.toContain('sop-th-la-information-sharing');
    expect(dated.data!.coordination.ties.every((t) => !t.undated)).toBe(true);
    const undated = all.data!.coordination.ties.filter((t) => t.undated);
    expect(undated.length).toBe(dated.data!.coordination.undatedCount);
    expect(all.data!.coordination.ties.length).toBe(dated.data!.coordination.ties.length + undated.length);
  });
});
