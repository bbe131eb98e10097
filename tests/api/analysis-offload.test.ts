/**
 * A costly analysis runs off the event loop: while fragility is computed for a 14,000-node graph
 * (the M size of the benchmark), lookups keep being answered — each one completes before the
 * analysis does. Ordering, not milliseconds, is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisService } from '../../server/analysis/service.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { until } from '../fixtures/conditions.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: syntheticWorld(4600, 8200) });
}, 120_000);
afterAll(() => api?.close());

describe('analyses off the event loop', () => {
  it('answers lookups while fragility runs on the worker thread', { timeout: 120_000 }, async () => {
    let analysisDone = false;
    const analysis = api
      .gql<{ fragility: { brokers: { organization: { id: string } }[]; truncated: boolean } }>(
        '{ fragility(filter: { from: "2014" }) { brokers { organization { id } } truncated } }',
      )
      .finally(() => (analysisDone = true));
    await until(() => analysisService().busy || analysisDone, 'the analysis reaches the worker');
    expect(analysisDone).toBe(false);

    for (let i = 0; i < 5; i++) {
      const res = await api.gql<{ node: { id: string } }>(`{ node(id: "org-${i}") { id name } }`);
      expect(res.data?.node.id).toBe(`org-${i}`);
      expect(analysisDone, `lookup ${i} answered only after the analysis`).toBe(false);
    }

    const res = await analysis;
    expect(res.errors).toBeUndefined();
    expect(res.data!.fragility.brokers.length).toBeGreaterThan(0);
  });
});
