/**
 * Fault injection on the embedded store's files (issue 12, "Journal integrity"): a damaged middle
 * line stops the start with the file, line and offset and changes nothing, and the repair salvages
 * every other entry, saying what it could not keep; a damaged last line is dropped and logged; a
 * damaged snapshot falls back to the previous one plus the journal; the same for the accounts.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { EmbeddedAccountStore } from '../../server/store/embedded/account-store.js';
import { repairDataDir } from '../../server/store/embedded/data-dir-repair.js';
import { inspectPrefix } from '../../server/store/embedded/data-dir-inspection.js';
import { StoreDamagedError, StoreReplayError } from '../../server/store/embedded/store-damage.js';
import { encodeLine } from '../../server/store/embedded/checksum-lines.js';
import { org, tie } from '../fixtures/builders.js';
import { account } from '../contract/account-contract.js';
import { damageLine, digestOf, filesOf } from './damage.js';

let dir: string;
let warnings: string[];
const log = (m: string) => warnings.push(m);
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-integrity-'));
  warnings = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Twenty acknowledged single-node writes, one journal line each. */
async function twentyWrites(options: { compactAfterBytes?: number } = {}): Promise<string[]> {
  const store = EmbeddedStore.open(dir, { ...options, log });
  const ids: string[] = [];
  for (let i = 1; i <= 20; i++) {
    await store.write({ upsertNodes: [org(`w-${i}`)] });
    ids.push(`w-${i}`);
  }
  await store.close();
  return ids;
}

async function presentIds(ids: string[]): Promise<string[]> {
  const store = EmbeddedStore.open(dir, { log });
  try {
    return (await store.getNodes(ids)).flatMap((n) => (n ? [n.id] : []));
  } finally {
    await store.close();
  }
}

const journals = () => filesOf(dir, /^graph\.journal\.\d+\.jsonl$/);

describe('a damaged line in the middle of the graph journal', () => {
  it('stops the start naming the file, line and byte offset, and changes nothing', async () => {
    await twentyWrites();
    const [journal] = journals();
    const offset = damageLine(journal!, 8);
    const before = digestOf(dir);

    let error: unknown;
    try {
      EmbeddedStore.open(dir, { log });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreDamagedError);
    expect((error as Error).message).toContain(journal!);
    expect((error as Error).message).toContain('line 8');
    expect((error as Error).message).toContain(`byte offset ${offset}`);
    expect((error as Error).message).toContain('store:repair');
    expect(digestOf(dir)).toBe(before);
    // The lock was let go: a repair (or a second try) can take the directory.
    expect(existsSync(path.join(dir, 'store.lock'))).toBe(false);
    expect(inspectPrefix(dir, 'graph').verdict).toBe('refuses');
  });

  it('is repaired keeping a backup and every other entry, naming the one it could not keep', async () => {
    const ids = await twentyWrites();
    const [journal] = journals();
    const original = readFileSync(journal!);
    damageLine(journal!, 8);
    const damaged = readFileSync(journal!);

    const [graph] = await repairDataDir(dir);
    expect(graph!.kept).toBe(19);
    expect(graph!.unreadableLines).toEqual([expect.objectContaining({ file: journal, lineNo: 8 })]);
    expect(readFileSync(path.join(graph!.backup, path.basename(journal!)))).toEqual(damaged);
    expect(original).not.toEqual(damaged);

    const present = await presentIds(ids);
    expect(present).toEqual(ids.filter((id) => id !== 'w-8'));
    expect(inspectPrefix(dir, 'graph').verdict).toBe('ok');
    expect(warnings).toEqual([]);
  });

  it('keeps later entries that still apply and names those that depended on the lost one', async () => {
    const store = EmbeddedStore.open(dir, { log });
    await store.write({ upsertNodes: [org('a'), org('b')] });
    await store.write({ upsertNodes: [org('c')] });
    await store.write({ upsertRelationships: [tie('PART_OF', 'c', 'a')] });
    await store.write({ upsertNodes: [org('d')] });
    await store.close();
    damageLine(journals()[0]!, 2);

    const [graph] = await repairDataDir(dir);
    expect(graph!.kept).toBe(2);
    expect(graph!.notApplied).toEqual([
      expect.objectContaining({ seq: 3, records: [expect.stringContaining('PART_OF')] }),
    ]);
    expect(await presentIds(['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'd']);
  });
});

describe('a journal entry that reads whole but no longer applies', () => {
  it('stops the start naming the entry, and the repair names it as not kept', async () => {
    await twentyWrites();
    const [journal] = journals();
    appendFileSync(journal!, encodeLine({ seq: 21, batch: { upsertRelationships: [tie('PART_OF', 'w-1', 'gone')] } }));
    appendFileSync(journal!, encodeLine({ seq: 22, batch: { upsertNodes: [org('w-22')] } }));
    const before = digestOf(dir);
    expect(() => EmbeddedStore.open(dir, { log })).toThrow(StoreReplayError);
    expect(() => EmbeddedStore.open(dir, { log })).toThrow(/journal entry 21 does not apply/);
    expect(digestOf(dir)).toBe(before);

    const [graph] = await repairDataDir(dir);
    expect(graph!.notApplied).toEqual([expect.objectContaining({ seq: 21 })]);
    expect(await presentIds(['w-20', 'w-22'])).toEqual(['w-20', 'w-22']);
  });
});

describe('a damaged last line of the graph journal', () => {
  it('is dropped and logged, its bytes kept aside, and everything before it kept', async () => {
    const ids = await twentyWrites();
    const [journal] = journals();
    damageLine(journal!, 20);

    expect(await presentIds(ids)).toEqual(ids.slice(0, 19));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(journal!);
    expect(warnings[0]).toContain('line 20');
    const aside = readdirSync(dir).filter((n) => n.includes('.dropped-'));
    expect(aside).toHaveLength(1);

    // The store goes on: a later write lands on a line of its own and survives a restart.
    const store = EmbeddedStore.open(dir, { log });
    await store.write({ upsertNodes: [org('after')] });
    await store.close();
    expect(await presentIds([...ids, 'after'])).toEqual([...ids.slice(0, 19), 'after']);
  });
});

describe('a damaged snapshot', () => {
  it('is named, and the store falls back to the previous snapshot plus the journal, losing nothing', async () => {
    const store = EmbeddedStore.open(dir, { compactAfterBytes: 2000, log });
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      await store.write({ upsertNodes: [org(`s-${i}`)] });
      ids.push(`s-${i}`);
      await store.snapshotSettled();
    }
    await store.close();
    const snapshots = filesOf(dir, /^graph\.snapshot\.\d+\.jsonl$/);
    expect(snapshots).toHaveLength(2);
    damageLine(snapshots[1]!, 2);
    expect(inspectPrefix(dir, 'graph').verdict).toBe('falls-back');

    expect(await presentIds(ids)).toEqual(ids);
    expect(warnings.some((w) => w.includes(snapshots[1]!) && w.includes('Falling back'))).toBe(true);
    // Set aside with its bytes, so it is never taken for a fallback again.
    expect(existsSync(`${snapshots[1]}.damaged`)).toBe(true);
    expect(inspectPrefix(dir, 'graph').verdict).toBe('ok');
  });

  it('cut short (no trailer) is treated as damaged too', async () => {
    const store = EmbeddedStore.open(dir, { compactAfterBytes: 2000, log });
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      await store.write({ upsertNodes: [org(`s-${i}`)] });
      ids.push(`s-${i}`);
      await store.snapshotSettled();
    }
    await store.close();
    const newest = filesOf(dir, /^graph\.snapshot\.\d+\.jsonl$/).at(-1)!;
    const bytes = readFileSync(newest);
    writeFileSync(newest, bytes.subarray(0, bytes.lastIndexOf(0x0a, bytes.length - 2) + 1));
    expect(await presentIds(ids)).toEqual(ids);
    expect(warnings.some((w) => w.includes(newest) && w.includes('ends early'))).toBe(true);
  });
});

describe('the accounts journal', () => {
  async function threeAccounts(): Promise<void> {
    const store = EmbeddedAccountStore.open(dir, { log });
    await store.createAccount(account('admin', { role: 'ADMIN' }));
    await store.createAccount(account('bo'));
    await store.createAccount(account('cy'));
    await store.close();
  }
  const accountJournal = () => filesOf(dir, /^accounts\.journal\.\d+\.jsonl$/)[0]!;

  it('with a damaged middle line stops the start, naming file and line, and is repaired', async () => {
    await threeAccounts();
    damageLine(accountJournal(), 2);
    const before = digestOf(dir);
    expect(() => EmbeddedAccountStore.open(dir, { log })).toThrow(/accounts\.journal.*line 2/);
    expect(digestOf(dir)).toBe(before);

    const reports = await repairDataDir(dir);
    expect(reports.find((r) => r.prefix === 'accounts')!.unreadableLines).toHaveLength(1);
    const store = EmbeddedAccountStore.open(dir, { log });
    expect((await store.listAccounts()).map((a) => a.id)).toEqual(['admin', 'cy']);
    await store.close();
  });

  it('with a damaged snapshot falls back to the previous one plus the journal, losing no account', async () => {
    const store = EmbeddedAccountStore.open(dir, { compactAfterBytes: 600, log });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      await store.createAccount(account(`user-${i}`));
      ids.push(`user-${i}`);
      // A snapshot still being written when the next is due is skipped: wait, as for the graph.
      await store.snapshotSettled();
    }
    await store.close();
    const snapshots = filesOf(dir, /^accounts\.snapshot\.\d+\.jsonl$/);
    expect(snapshots.length).toBeGreaterThanOrEqual(2);
    damageLine(snapshots.at(-1)!, 2);
    const reopened = EmbeddedAccountStore.open(dir, { log });
    expect((await reopened.listAccounts()).map((a) => a.id).sort()).toEqual([...ids].sort());
    await reopened.close();
    expect(warnings.some((w) => w.includes(snapshots.at(-1)!) && w.includes('Falling back'))).toBe(true);
  });

  it('with a damaged last line drops only that line: the admin still exists', async () => {
    await threeAccounts();
    damageLine(accountJournal(), 3);
    const store = EmbeddedAccountStore.open(dir, { log });
    expect((await store.listAccounts()).map((a) => a.id)).toEqual(['admin', 'bo']);
    await store.close();
    expect(warnings.some((w) => w.includes('accounts.journal') && w.includes('line 3'))).toBe(true);
  });
});

describe('files written before checksums', () => {
  it('still open, and are migrated to the new format', async () => {
    const legacyEntry = (seq: number, id: string) => JSON.stringify({ seq, batch: { upsertNodes: [org(id)] } }) + '\n';
    writeFileSync(
      path.join(dir, 'graph.snapshot.json'),
      JSON.stringify({
        format: 2,
        seq: 1,
        nodes: [org('old-1')],
        relationships: [],
        versions: {},
        audit: [],
        auditSeq: 0,
      }),
    );
    writeFileSync(path.join(dir, 'graph.journal.jsonl'), legacyEntry(1, 'old-1') + legacyEntry(2, 'old-2'));
    writeFileSync(
      path.join(dir, 'accounts.journal.jsonl'),
      JSON.stringify({ op: 'account', account: account('ana') }) + '\n',
    );

    const store = EmbeddedStore.open(dir, { log });
    await store.snapshotSettled();
    expect((await store.getNodes(['old-1', 'old-2'])).map((n) => n?.id)).toEqual(['old-1', 'old-2']);
    await store.close();
    const accounts = EmbeddedAccountStore.open(dir, { log });
    expect(await accounts.getAccount('ana')).not.toBeNull();
    await accounts.close();
    expect(existsSync(path.join(dir, 'graph.snapshot.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'accounts.journal.jsonl'))).toBe(false);
    expect(await presentIds(['old-1', 'old-2'])).toEqual(['old-1', 'old-2']);
  });
});
