/**
 * `npm run store:check` and `npm run store:repair` as an operator runs them: check names the
 * damaged file and line and exits 1; repair keeps a backup, says what it lost and exits 1; the
 * store then starts with every other write, and check exits 0.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { org } from '../fixtures/builders.js';
import { damageLine, filesOf } from './damage.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(script: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT });
    return { code: 0, out: stdout };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('store:check and store:repair', () => {
  it('report a damaged journal line, repair it with a backup, and leave a store that starts', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-'));
    const store = EmbeddedStore.open(dir);
    for (let i = 0; i < 10; i++) await store.write({ upsertNodes: [org(`n-${i}`)] });
    await store.close();
    const journal = filesOf(dir, /^graph\.journal\.\d+\.jsonl$/)[0]!;
    const offset = damageLine(journal, 4);

    const check = await run('server/store/embedded/check-cli.ts', ['--data-dir', dir]);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`${journal} (9 entries)`);
    expect(check.out).toContain(`line 4, byte offset ${offset}: checksum mismatch`);
    expect(check.out).toContain('a start refuses');

    const repair = await run('server/store/embedded/repair-cli.ts', ['--data-dir', dir]);
    expect(repair.code).toBe(1);
    expect(repair.out).toContain(`LOST: unreadable line 4 of ${journal}`);
    const backup = /the original files are in (\S+)/.exec(repair.out)![1]!;
    expect(existsSync(path.join(backup, path.basename(journal)))).toBe(true);

    expect((await run('server/store/embedded/check-cli.ts', ['--data-dir', dir])).code).toBe(0);
    const reopened = EmbeddedStore.open(dir);
    const ids = Array.from({ length: 10 }, (_v, i) => `n-${i}`);
    expect((await reopened.getNodes(ids)).flatMap((n) => (n ? [n.id] : []))).toEqual(ids.filter((id) => id !== 'n-3'));
    await reopened.close();
  }, 60_000);

  it('repair refuses while a process holds the data directory', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-held-'));
    const store = EmbeddedStore.open(dir);
    try {
      const repair = await run('server/store/embedded/repair-cli.ts', ['--data-dir', dir]);
      expect(repair.code).toBe(2);
      expect(repair.out).toMatch(/in use by process/);
    } finally {
      await store.close();
    }
  }, 60_000);
});
