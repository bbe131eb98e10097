/**
 * A costly analysis runs off the event loop: while fragility is computed for a 14,000-node graph
 * (the M size of the benchmark), lookups keep being answered — each one completes before the
 * analysis does. Ordering, not milliseconds, is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisService } from '../../server/analysis/service.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { lookupsAnsweredDuring } from '../fixtures/offload.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: syntheticWorld(4600, 8200) });
}, 120_000);
afterAll(() => api?.close());

describe('analyses off the event loop', () => {
  it('answers lookups while fragility runs on the worker thread', { timeout: 120_000 }, async () => {
    const res = await lookupsAnsweredDuring(
      api,
      'fragility',
      () =>
        api.gql<{ fragility: { brokers: { organization: { id: string } }[]; truncated: boolean } }>(
          '{ fragility(filter: { from: "2014" }) { brokers { organization { id } } truncated } }',
        ),
      () => analysisService().busy,
      ['org-0', 'org-1', 'org-2', 'org-3', 'org-4'],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.fragility.brokers.length).toBeGreaterThan(0);
  });
});
