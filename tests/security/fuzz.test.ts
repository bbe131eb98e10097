/**
 * A few thousand generated malformed queries and variables: every answer is a well-formed GraphQL
 * error (a message and a code, no stack trace), and the server keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

const CASES = 3000;
const SEEDS = [
  'query($t: String!) { search(text: $t) { score node { id name } } }',
  'query($ids: [ID!]!, $d: Int) { neighbourhood(ids: $ids, depth: $d) { truncated nodes { id } } }',
  'query($f: GraphFilter) { coordination(filter: $f) { ties { id weight } } }',
  'query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length } }',
  'query($c: [String!]) { bilateralMatrix(countries: $c) { cells { status } } }',
  '{ stats { latestDate nodes { kind count } } }',
];
const JUNK = [
  '{',
  '}',
  '(',
  ')',
  '$',
  '!',
  '...',
  '@skip',
  '"',
  '\\u0000',
  '#',
  ':',
  '[',
  ']',
  '__typename',
  '𝕏',
  'ทดสอบ',
  '999999999999',
  '-1',
  'null',
  'on',
  'fragment',
];
const VALUES: unknown[] = [
  null,
  '',
  ' ',
  'x'.repeat(500),
  -1,
  2 ** 53,
  1.5,
  true,
  [],
  {},
  [null],
  ['a', 1],
  { from: '2024-13' },
  { countries: ['Thailand'] },
  { nodeKinds: ['NOPE'] },
  '2024-02-30',
  'rtp',
  ['rtp', 'msdhs'],
];

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function malformed(rnd: () => number): { query: unknown; variables: unknown } {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let query: string = pick(SEEDS);
  for (let edits = 1 + Math.floor(rnd() * 3); edits > 0; edits--) {
    const at = Math.floor(rnd() * query.length);
    const kind = rnd();
    if (kind < 0.4) query = query.slice(0, at) + query.slice(at + 1 + Math.floor(rnd() * 5));
    else if (kind < 0.8) query = query.slice(0, at) + pick(JUNK) + query.slice(at);
    else query = query.slice(0, at);
  }
  const variables = Object.fromEntries(
    ['t', 'ids', 'd', 'f', 'a', 'b', 'c'].filter(() => rnd() < 0.5).map((k) => [k, pick(VALUES)]),
  );
  const shape = rnd();
  // Now and then the body itself is the wrong shape.
  if (shape < 0.05) return { query: pick(VALUES), variables };
  if (shape < 0.1) return { query, variables: pick(VALUES) };
  return { query, variables };
}

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld(), rateLimitPerMinute: 1_000_000 });
});
afterAll(() => api.close());

describe('fuzzing the API', () => {
  it(`answers ${CASES} malformed requests with well-formed errors and keeps answering`, async () => {
    const rnd = random(20261123);
    const problems: string[] = [];
    let errors = 0;
    for (let batch = 0; batch < CASES / 25; batch++) {
      await Promise.all(
        Array.from({ length: 25 }, async () => {
          const body = malformed(rnd);
          const res = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          const text = await res.text();
          if (res.status >= 500) problems.push(`${res.status} for ${JSON.stringify(body)}`);
          if (/\.ts:\d+|node_modules|at [A-Za-z.]+ \(/.test(text))
            problems.push(`stack trace for ${JSON.stringify(body)}`);
          let json: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
          try {
            json = JSON.parse(text);
          } catch {
            problems.push(`not JSON (${res.status}) for ${JSON.stringify(body)}`);
            return;
          }
          for (const e of json.errors ?? []) {
            errors++;
            if (typeof e.message !== 'string' || typeof e.extensions?.code !== 'string')
              problems.push(`malformed error ${JSON.stringify(e)}`);
          }
        }),
      );
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(errors).toBeGreaterThan(CASES / 2);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
