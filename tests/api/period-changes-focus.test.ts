/**
 * `periodChanges` around organisations in focus (issue 15's Changes tab kept to the focus): on the
 * seed, the changes around MSDHS are exactly the whole network's changes with MSDHS at an end;
 * with `amongPartners`, also those joining two of its partners (of either period), and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

interface Change {
  kind: string;
  before: { id: string; a: { id: string }; b: { id: string } } | null;
  after: { id: string; a: { id: string }; b: { id: string } } | null;
}

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

const FOCUS = 'msdhs';
const tieOf = (c: Change) => (c.after ?? c.before)!;
const key = (c: Change) => `${c.kind}:${tieOf(c).id}`;

async function changes(args = ''): Promise<Change[]> {
  const res = await api.gql<{ periodChanges: Change[] }>(`{
    periodChanges(a: { from: "2013", until: "2013" }, b: { from: "2024", until: "2024" }, limit: 1000${args}) {
      kind
      before { id a { id } b { id } }
      after { id a { id } b { id } }
    }
  }`);
  expect(res.errors).toBeUndefined();
  return res.data!.periodChanges;
}

/** The organisations tied to the focus in either period's coordination, as the API answers. */
async function partners(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const year of ['2013', '2024']) {
    const res = await api.gql<{ coordination: { ties: { a: { id: string }; b: { id: string } }[] } }>(
      `{ coordination(filter: { from: "${year}", until: "${year}" }, around: ["${FOCUS}"], limit: 20000) {
        ties { a { id } b { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const t of res.data!.coordination.ties) found.add(t.a.id === FOCUS ? t.b.id : t.a.id);
  }
  return found;
}

describe('period changes around a focus', () => {
  it('are the whole network’s changes that touch the focus', async () => {
    const whole = await changes();
    const touching = whole.filter((c) => [tieOf(c).a.id, tieOf(c).b.id].includes(FOCUS));
    expect(touching.length, 'the seed has changes around MSDHS').toBeGreaterThan(0);
    expect(touching.length).toBeLessThan(whole.length);
    const around = await changes(`, around: ["${FOCUS}"]`);
    expect(around.map(key).sort()).toEqual(touching.map(key).sort());
  });

  it('with amongPartners, add the changes between two of its partners', async () => {
    const among = await partners();
    const whole = await changes();
    const expected = whole.filter((c) => {
      const [a, b] = [tieOf(c).a.id, tieOf(c).b.id];
      return a === FOCUS || b === FOCUS || (among.has(a) && among.has(b));
    });
    const got = await changes(`, around: ["${FOCUS}"], amongPartners: true`);
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    expect(got.length).toBeGreaterThan((await changes(`, around: ["${FOCUS}"]`)).length);
  });

  it('answers a bad focus with the field at fault', async () => {
    for (const [args, field] of [
      [', amongPartners: true', 'amongPartners'],
      [`, around: [${Array.from({ length: 21 }, (_, i) => `"o${i}"`).join(', ')}]`, 'around'],
    ] as const) {
      const res = await api.gql(`{ periodChanges(a: { until: "2013" }, b: { from: "2024" }${args}) { kind } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
