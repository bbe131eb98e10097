/**
 * Acknowledged writes survive `kill -9`: a real child process writes to the embedded store and is
 * killed mid-stream, several times over the same data directory; every write it acknowledged must
 * be there, whole, after each restart.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { org, smallWorld } from '../fixtures/builders.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `atLeast` writes, then kills it with SIGKILL. */
function writeThenKill(start: number, atLeast: number, compactAfter: number, base = 'small'): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/durability/writer.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir, START: String(start), COMPACT_AFTER: String(compactAfter), BASE: base },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      if (acked.length >= atLeast) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited on its own: ${stderr}`));
    });
  });
}

async function expectAllPresent(acked: number[]): Promise<void> {
  const store = EmbeddedStore.open(dir);
  try {
    const ids = acked.flatMap((n) => [`m-${n}`, `org-${n}`]);
    const nodes = await store.getNodes(ids);
    expect(nodes.filter((n) => n === null)).toHaveLength(0);
    const rels = await store.relationshipsOf(acked.map((n) => `m-${n}`));
    expect(rels.every((r) => r.length === 1 && r[0]!.role === 'HOST')).toBe(true);
    // The data the writer started from is intact too.
    expect((await store.stats()).nodes.SOURCE).toBe(1);
  } finally {
    await store.close();
  }
}

describe('durability of the embedded store', () => {
  it('keeps every acknowledged write across repeated kill -9, including kills during compaction', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-crash-'));
    const all: number[] = [];
    for (let round = 0; round < 3; round++) {
      // 4 KB makes the store snapshot every dozen writes or so.
      const acked = await writeThenKill(round * 10_000, 60 + round * 40, 4096);
      expect(acked.length).toBeGreaterThanOrEqual(60);
      all.push(...acked);
      await expectAllPresent(all);
    }
    // Snapshots were written (and kills could land in them): the journal alone did not carry it.
    expect(readdirSync(dir).some((n) => /^graph\.snapshot\.\d+\.jsonl$/.test(n))).toBe(true);
  }, 120_000);

  it('keeps every acknowledged write when kills land during a long background snapshot', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-crash-big-'));
    const all: number[] = [];
    for (let round = 0; round < 3; round++) {
      // A graph of ~20k records takes long enough to snapshot that writes and the kill land mid-snapshot.
      const acked = await writeThenKill(round * 10_000, 30 + round * 25, 20_000, 'big');
      all.push(...acked);
      await expectAllPresent(all);
    }
  }, 180_000);

  it('drops a torn, never-acknowledged last journal line and keeps working', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-torn-'));
    const store = EmbeddedStore.open(dir);
    await store.replaceAll(smallWorld());
    await store.write({ upsertNodes: [org('before-crash')] });
    await store.close();
    const segment = readdirSync(dir)
      .filter((n) => /^graph\.journal\.\d+\.jsonl$/.test(n))
      .sort()
      .at(-1)!;
    appendFileSync(path.join(dir, segment), '0123456789abcdef {"seq":99,"batch":{"upsertNodes":[{"id":"half');

    const reopened = EmbeddedStore.open(dir);
    await reopened.write({ upsertNodes: [org('after-crash')] });
    await reopened.close();
    const again = EmbeddedStore.open(dir);
    expect((await again.getNodes(['before-crash', 'after-crash', 'half'])).map((n) => n?.id ?? null)).toEqual([
      'before-crash',
      'after-crash',
      null,
    ]);
    await again.close();
  });

  it('refuses to open a data directory another live process holds', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-lock-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/durability/writer.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    try {
      expect(() => EmbeddedStore.open(dir)).toThrow(/in use by process/);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
