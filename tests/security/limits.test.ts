/** Abuse limits: query depth, body size, rate, headers, and the production switches. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld() });
});
afterAll(() => api.close());

/** A chain of single objects (parent of parent of …): deep, yet cheap, so only the depth limit applies. */
function nested(depth: number): string {
  let inner = 'id';
  for (let i = 1; i < depth; i++) inner = `parent { ${inner} }`;
  return `{ organization(id: "dsi") { ${inner} } }`;
}

describe('abuse limits', () => {
  it('refuses a depth-20 query with a clear code, before running it', async () => {
    const res = await api.gql(nested(20));
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toMatch(/depth limit of 12/i);
    expect(res.data).toBeUndefined();
  });

  it('refuses a 10 MB request body', async () => {
    const body = JSON.stringify({
      query: '{ stats { latestDate } }',
      variables: { pad: 'x'.repeat(10 * 1024 * 1024) },
    });
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers a syntax error and an oversized document with 400 and a code', async () => {
    const post = (query: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const broken = await post('{ stats { latestDate');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    const huge = await post(`{ ${'stats { latestDate } '.repeat(2000)} }`);
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /more that 3000 tokens/,
    );
  });

  it('refuses too many aliases', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { latestDate }`).join(' ')} }`;
    const res = await api.gql(query);
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toMatch(/aliases/i);
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const res = await fetch(`${api.url}/healthz`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('limits the rate of requests per client', async () => {
    const limited = await startApiServer({ dataset: smallWorld(), rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ stats { latestDate } }"}',
        });
        statuses.push(res.status);
        if (res.status === 429)
          expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('turns introspection and the IDE off in production, and hides field suggestions', async () => {
    const prod = await startApiServer({ dataset: smallWorld(), production: true });
    try {
      const intro = await prod.gql('{ __schema { types { name } } }');
      expect(intro.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await prod.gql('{ stats { lastDate } }');
      expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
      expect((await fetch(`${prod.url}/ide/`)).status).not.toBe(200);
    } finally {
      await prod.close();
    }
  });
});
