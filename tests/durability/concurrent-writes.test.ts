/**
 * Many writers at once over HTTP: 20 concurrent clients make 200 createOrganization and
 * recordMeeting calls; every acknowledged write is in the store afterwards, and still there after
 * the store is closed and reopened (from disk; on Neo4j, through a new connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld, SOURCE_ID } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { reopenStoreUnderTest } from '../fixtures/test-store.js';

const CITE = [{ source: SOURCE_ID, locator: 'p. 1' }];
const CREATE_ORG = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`;
const RECORD = `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`;

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: smallWorld() });
});
afterAll(() => api.close());

describe('concurrent writes over HTTP', () => {
  it('loses no acknowledged write, in memory or after reopening', async () => {
    const editors = await Promise.all(Array.from({ length: 20 }, () => api.userClient('EDITOR', 'PUBLIC')));
    const acknowledged: string[] = [];
    await Promise.all(
      editors.map(async (client, c) => {
        for (let i = 0; i < 10; i++) {
          const res =
            i % 2 === 0
              ? await client.gql<{ createOrganization: { id: string } }>(CREATE_ORG, {
                  input: { name: `Writer ${c} org ${i}`, kind: 'NGO', countryCode: 'TH', sources: CITE },
                })
              : await client.gql<{ recordMeeting: { id: string } }>(RECORD, {
                  input: {
                    meeting: {
                      name: `Writer ${c} meeting ${i}`,
                      kind: 'BILATERAL_MEETING',
                      startDate: '2025-01-15',
                      sources: CITE,
                    },
                    participants: [{ organization: 'dsi' }, { organization: 'iom' }],
                  },
                });
          expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
          const data = res.data as Record<string, { id: string }>;
          acknowledged.push(Object.values(data)[0]!.id);
        }
      }),
    );
    expect(new Set(acknowledged).size).toBe(200);
    const found = await api.store.getNodes(acknowledged);
    expect(found.filter((n) => n === null)).toEqual([]);
    const feed = await api.store.recentChanges({ first: 500 });
    expect(feed.items.filter((e) => e.action === 'CREATE_NODE' || e.action === 'RECORD_MEETING')).toHaveLength(200);

    await api.store.close();
    const reopened = await reopenStoreUnderTest(api.dir);
    try {
      expect((await reopened.getNodes(acknowledged)).filter((n) => n === null)).toEqual([]);
    } finally {
      await reopened.close();
    }
  }, 180_000); // 200 fsync'd or committed writes on a busy 2-core machine: a budget, not a timing goal
});
