/** The API passes every MUST audit of the GraphQL-over-HTTP spec's server audit suite (graphql-http). */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld() });
});
afterAll(() => api.close());

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: () => `${api.url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map((a) => a.fn()));
    const failures = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failures.map((f) => `${f.name}: ${'reason' in f ? f.reason : ''}`)).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});
