/**
 * One request makes a bounded number of store calls however many child fields it resolves: the
 * per-request loaders batch them (no N+1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.js';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

const calls: string[] = [];
function counting(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

let api: ApiServer;
beforeAll(async () => {
  // Without the response cache, whose revision reads would count here too.
  api = await startApiServer({ dataset: smallWorld(), wrapStore: counting, responseCacheBytes: 0 });
});
afterAll(() => api.close());

describe('batched loading', () => {
  it('resolves a deep neighbourhood with nested fields in a handful of store calls', async () => {
    calls.length = 0;
    const res = await api.gql<{ neighbourhood: { nodes: unknown[]; relationships: unknown[] } }>(`{
      neighbourhood(ids: ["msdhs"], depth: 3) {
        nodes { id sources { source { name } } ... on Organization { country { name } parent { id } units { id } }
                ... on Meeting { participants { name country { code } } } }
        relationships { start { id } end { id } sources { locator source { publisher } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const resolved = res.data!.neighbourhood.nodes.length + res.data!.neighbourhood.relationships.length;
    expect(resolved).toBeGreaterThan(25);
    // neighbourhood: 1 seed read + 3 levels × 2 + 1 outer-ties read = 8; the field resolvers add a
    // few batched rounds (nodes, relationships, countries, PART_OF ties alone and the nodes at their
    // other ends), not one call per item.
    expect(calls.length).toBeLessThanOrEqual(18);
  });
});
