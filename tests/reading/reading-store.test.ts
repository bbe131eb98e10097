/**
 * Where readings are kept, on the store under test (embedded by default, Neo4j with STORE=neo4j):
 * a new reading, a decision at the version read, a stale one refused, an unknown one not found,
 * newest first, and every acknowledged write still there after reopening (on the embedded store
 * also across a compaction into a snapshot).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedAccountStore } from '../../server/store/embedded/account-store.js';
import type { AccountStore } from '../../server/store/account-port.js';
import { readingStoreOf, type ReadingStore } from '../../server/reading/reading-store.js';
import type { StoredReading } from '../../server/reading/stored.js';
import { sharedNeo4jStore, storeUnderTest, wipeNeo4j } from '../fixtures/test-store.js';

const reading = (id: string, version: number, updatedAt: string, text = 'x'): StoredReading => ({
  id,
  title: `Report ${id}`,
  json: JSON.stringify({ id, text }),
  updatedAt,
  version,
});

describe(`readings on the ${storeUnderTest} store`, () => {
  let dir: string;
  let accounts: AccountStore;
  let store: ReadingStore;

  async function open(compactAfterBytes?: number): Promise<void> {
    if (storeUnderTest === 'neo4j') accounts = (await sharedNeo4jStore()).accountStore();
    else accounts = EmbeddedAccountStore.open(dir, compactAfterBytes ? { compactAfterBytes } : {});
    store = readingStoreOf(accounts);
  }
  async function reopen(): Promise<void> {
    await accounts.close();
    await open();
  }

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-readings-'));
    await open(64 * 1024);
  });
  afterEach(async () => {
    if (storeUnderTest === 'neo4j') await wipeNeo4j(await sharedNeo4jStore());
    await accounts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates, replaces at the version read, and refuses stale or unknown versions', async () => {
    await store.putReading(reading('a', 1, '2025-01-01T00:00:00.000Z'), 0);
    await expect(store.putReading(reading('a', 1, '2025-01-01T00:00:00.000Z'), 0)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await store.putReading(reading('a', 2, '2025-01-02T00:00:00.000Z', 'decided'), 1);
    await expect(store.putReading(reading('a', 2, '2025-01-03T00:00:00.000Z'), 1)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(store.putReading(reading('nope', 2, '2025-01-03T00:00:00.000Z'), 1)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await store.getReading('a')).toEqual(reading('a', 2, '2025-01-02T00:00:00.000Z', 'decided'));
    expect(await store.getReading('nope')).toBeNull();
  });

  it('lists newest first, and keeps every acknowledged write after reopening', async () => {
    // Large enough to pass the compaction threshold: the state goes through a snapshot too.
    const long = 'report text '.repeat(4000);
    await store.putReading(reading('old', 1, '2025-01-01T00:00:00.000Z', long), 0);
    await store.putReading(reading('new', 1, '2025-02-01T00:00:00.000Z', long), 0);
    await store.putReading(reading('old', 2, '2025-01-05T00:00:00.000Z', long), 1);
    expect((await store.listReadings()).map((r) => r.id)).toEqual(['new', 'old']);
    await reopen();
    expect((await store.listReadings()).map((r) => [r.id, r.version])).toEqual([
      ['new', 1],
      ['old', 2],
    ]);
    expect(await store.getReading('old')).toEqual(reading('old', 2, '2025-01-05T00:00:00.000Z', long));
  });
});
