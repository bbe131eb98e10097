/**
 * Writes that fail (issue 12: "a failing disk write"; issue 18: "a rejected batch leaves the graph
 * and the version numbers unchanged"): with an injected file handle that fails part-way through a
 * journal line, nothing is acknowledged, nothing is applied, and no partial line hurts a later
 * start; a batch that cannot apply is rolled back without copying the graph.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { EmbeddedAccountStore } from '../../server/store/embedded/account-store.js';
import { systemIo, type FileIo } from '../../server/store/embedded/durable-file.js';
import { StoreWriteError } from '../../server/store/embedded/store-damage.js';
import { org, smallWorld, tie } from '../fixtures/builders.js';
import { account } from '../contract/account-contract.js';

let dir: string;
let warnings: string[];
const log = (m: string) => warnings.push(m);
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-failing-'));
  warnings = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A disk that fails on demand: `fail.write` writes half the data then throws, as a full disk would. */
function failingDisk() {
  const fail = { write: false, truncate: false };
  const io: FileIo = {
    async write(fd, data, offset) {
      if (!fail.write) return systemIo.write(fd, data, offset);
      const half = Math.floor((data.length - offset) / 2);
      await systemIo.write(fd, data.subarray(0, offset + half), offset);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
    fsync: (fd) => systemIo.fsync(fd),
    async truncate(fd, length) {
      if (fail.truncate) throw Object.assign(new Error('EIO: i/o error, ftruncate'), { code: 'EIO' });
      await systemIo.truncate(fd, length);
    },
  };
  return { io, fail };
}

async function snapshotOf(store: EmbeddedStore) {
  return {
    nodes: await store.getNodes(['dsi', 'rtp', 'new-org']),
    ties: await store.relationshipsOf(['dsi', 'rtp', 'new-org']),
    versions: await store.versionsOf(['dsi', 'rtp', 'new-org']),
    stats: await store.stats(),
    feed: (await store.recentChanges({ first: 100 })).items.length,
  };
}

describe('a failing disk write', () => {
  it('acknowledges nothing, applies nothing, and the next write and a restart are whole', async () => {
    const { io, fail } = failingDisk();
    const store = EmbeddedStore.open(dir, { io, log });
    await store.replaceAll(smallWorld());
    await store.write({ upsertNodes: [org('before')] });
    const before = await snapshotOf(store);

    fail.write = true;
    await expect(store.write({ upsertNodes: [org('new-org'), org('dsi', { name: 'Renamed' })] })).rejects.toThrow(
      StoreWriteError,
    );
    expect(await snapshotOf(store)).toEqual(before);

    fail.write = false;
    await store.write({ upsertNodes: [org('after')] });
    await store.close();

    const reopened = EmbeddedStore.open(dir, { log });
    expect((await reopened.getNodes(['before', 'new-org', 'after'])).map((n) => n?.id ?? null)).toEqual([
      'before',
      null,
      'after',
    ]);
    expect((await reopened.getNodes(['dsi']))[0]!.name).not.toBe('Renamed');
    await reopened.close();
    expect(warnings).toEqual([]);
  });

  it('when even undoing the partial line fails, refuses later writes; a restart drops that line only', async () => {
    const { io, fail } = failingDisk();
    const store = EmbeddedStore.open(dir, { io, log });
    await store.write({ upsertNodes: [org('acked-1'), org('acked-2')] });
    fail.write = true;
    fail.truncate = true;
    await expect(store.write({ upsertNodes: [org('lost')] })).rejects.toThrow(StoreWriteError);
    fail.write = false;
    fail.truncate = false;
    // The partial line is still on disk: writing after it would bury it in the middle.
    await expect(store.write({ upsertNodes: [org('refused')] })).rejects.toThrow(StoreWriteError);
    expect((await store.getNodes(['lost', 'refused'])).every((n) => n === null)).toBe(true);
    await store.close();

    const reopened = EmbeddedStore.open(dir, { log });
    expect((await reopened.getNodes(['acked-1', 'acked-2', 'lost'])).map((n) => n?.id ?? null)).toEqual([
      'acked-1',
      'acked-2',
      null,
    ]);
    await reopened.write({ upsertNodes: [org('later')] });
    await reopened.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/dropped a damaged last line/);
  });

  it('in the accounts journal acknowledges nothing either', async () => {
    const { io, fail } = failingDisk();
    const store = EmbeddedAccountStore.open(dir, { io, log });
    await store.createAccount(account('admin', { role: 'ADMIN' }));
    fail.write = true;
    await expect(store.createAccount(account('bo'))).rejects.toThrow(StoreWriteError);
    fail.write = false;
    expect(await store.getAccount('bo')).toBeNull();
    await store.createAccount(account('cy'));
    await store.close();
    const reopened = EmbeddedAccountStore.open(dir, { log });
    expect((await reopened.listAccounts()).map((a) => a.id)).toEqual(['admin', 'cy']);
    await reopened.close();
  });
});

describe('readers during a write', () => {
  it('see the graph as it was until the batch is on disk, then all of it at once', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const syncing = new Promise<void>((resolve) => (reached = resolve));
    let holding = false;
    const io: FileIo = {
      ...systemIo,
      async fsync(fd) {
        if (holding) {
          reached();
          await held;
        }
        return systemIo.fsync(fd);
      },
    };
    const store = EmbeddedStore.open(dir, { io, log });
    await store.replaceAll(smallWorld());
    holding = true;
    const writing = store.write({
      upsertNodes: [org('new-org'), org('dsi', { name: 'DSI renamed' })],
      upsertRelationships: [tie('PART_OF', 'new-org', 'dsi')],
    });
    // The journal line is written and its fsync under way: the write is not acknowledged yet.
    await syncing;
    expect(await store.getNodes(['new-org'])).toEqual([null]);
    expect((await store.getNodes(['dsi']))[0]!.name).not.toBe('DSI renamed');
    expect(await store.versionsOf(['dsi'])).toEqual([1]);
    release();
    await writing;
    expect((await store.getNodes(['new-org', 'dsi'])).map((n) => n?.name)).toEqual([expect.any(String), 'DSI renamed']);
    expect(await store.versionsOf(['dsi', 'new-org'])).toEqual([2, 1]);
    await store.close();
  });
});

describe('a rejected batch', () => {
  it('leaves the graph and the version numbers unchanged, in memory and after a restart', async () => {
    const store = EmbeddedStore.open(dir, { log });
    await store.replaceAll(smallWorld());
    await store.write({ upsertNodes: [org('dsi', { name: 'DSI v2' })] });
    const before = await snapshotOf(store);
    expect(before.versions[0]).toBe(2);

    // Every step but the last applies; the last refers to a node that does not exist.
    const partOf = (await store.relationshipsOf(['dsi']))[0]!.find((r) => r.type === 'PART_OF')!.id;
    const batch = {
      deleteRelationships: [partOf],
      deleteNodes: ['rtp'],
      upsertNodes: [org('new-org'), org('dsi', { name: 'DSI v3' })],
      upsertRelationships: [tie('PART_OF', 'new-org', 'dsi'), tie('PART_OF', 'new-org', 'nowhere')],
    };
    const rtpTies = (await store.relationshipsOf(['rtp']))[0]!.map((r) => r.id);
    await expect(
      store.write({ ...batch, deleteRelationships: [...batch.deleteRelationships, ...rtpTies] }),
    ).rejects.toThrow(/nowhere/);
    expect(await snapshotOf(store)).toEqual(before);
    expect((await store.relationshipsOf(['rtp']))[0]!.map((r) => r.id)).toEqual(rtpTies);

    // Through an edit too: the plan's batch is refused, and no audit entry is recorded.
    await expect(
      store.edit(async () => ({
        batch,
        audit: { action: 'UPDATE_NODE', actor: 'test', changes: [] } as never,
        result: null,
      })),
    ).rejects.toThrow();
    expect(await snapshotOf(store)).toEqual(before);

    await store.close();
    const reopened = EmbeddedStore.open(dir, { log });
    expect(await snapshotOf(reopened)).toEqual(before);
    await reopened.close();
  });
});
