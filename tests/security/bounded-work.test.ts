/**
 * No cheap way to exhaust the server: analyses are priced so one request cannot ask for twenty
 * (aliases and fragment spreads count), briefs and exports share the API's rate limit, and
 * production answers carry no "Did you mean …" hint that maps the schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld() });
});
afterAll(() => api.close());

const aliased = (n: number, field = 'fragility { isolated { id } }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('analysis pricing', () => {
  it('refuses twenty aliased analyses before running any, naming the cost limit', async () => {
    const res = await api.gql(aliased(20));
    expect(res.data).toBeUndefined();
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toMatch(/cost limit of 20000 exceeded: this request costs 60000/i);
  });

  it('counts every spread of a fragment, and nested fragments', async () => {
    const query = `
      fragment Two on Query { x: fragility { isolated { id } } y: missingLinks { score } }
      fragment Four on Query { ...Two p: bilateralMatrix { countries { code } } ...Two }
      { ...Four ...Four }`;
    const res = await api.gql(query);
    expect(res.errors![0]!.message).toMatch(/costs 30000/);
  });

  it('still answers six analyses in one request (the Gaps view asks for one at a time)', async () => {
    const res = await api.gql(aliased(6));
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data!)).toHaveLength(6);
    expect((await api.gql(aliased(7))).errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('briefs and exports are rate-limited like the API', () => {
  it('share one budget per client with /graphql, answering 429 RATE_LIMITED past it', async () => {
    const limited = await startApiServer({ dataset: smallWorld(), rateLimitPerMinute: 3 });
    try {
      expect((await limited.anonymous.get('/export?format=json')).status).toBe(200);
      expect((await limited.anonymous.get('/export?format=graphml')).status).toBe(200);
      expect((await limited.anonymous.post('{ stats { latestDate } }')).status).toBe(200);
      for (const path of ['/brief?focus=org:dsi', '/brief.pdf?focus=org:dsi', '/export?format=csv']) {
        const res = await limited.anonymous.get(path);
        expect(res.status).toBe(429);
        expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
      }
    } finally {
      await limited.close();
    }
  });
});

describe('enum suggestions', () => {
  const literal = '{ list(kind: ORGANISATION) { totalCount } }';
  const variable = 'query($k: NodeKind!) { list(kind: $k) { totalCount } }';

  it('are hidden in production, in literals and in variables', async () => {
    const prod = await startApiServer({ dataset: smallWorld(), production: true });
    try {
      for (const res of [
        await prod.anonymous.gql(literal),
        await prod.anonymous.gql(variable, { k: 'ORGANISATION' }),
      ]) {
        expect(res.errors![0]!.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
        expect(JSON.stringify(res)).not.toMatch(/did you mean|ORGANIZATION/i);
      }
    } finally {
      await prod.close();
    }
  });

  it('still help developers outside production', async () => {
    const res = await api.anonymous.gql(literal);
    expect(res.errors![0]!.message).toMatch(/Did you mean the enum value "ORGANIZATION"/);
  });
});
