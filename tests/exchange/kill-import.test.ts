/**
 * An import killed mid-way leaves all or nothing: a real child process runs `npm run import`'s
 * script on a large CSV and is killed with SIGKILL at different points (while checking rows, as it
 * starts writing, at a random moment); each time the store, reopened, holds either none of the rows
 * or all of them, with the audit entry to match. The command also refuses a data directory another
 * process holds, saying a server may be running on it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { smallWorld } from '../fixtures/builders.js';
import { bulkOrganizationsCsv } from '../fixtures/bulk-csv.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROWS = 20_000;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-kill-import-'));
  file = path.join(dir, 'organizations.csv');
  writeFileSync(file, bulkOrganizationsCsv(ROWS));
  const store = EmbeddedStore.open(path.join(dir, 'data'));
  await store.replaceAll(smallWorld());
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the import command; `killWhen` sees stderr as it grows and says when to SIGKILL it. */
function runImport(killWhen?: (stderr: string, elapsedMs: number) => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/exchange/import-cli.ts', file], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: path.join(dir, 'data'), VIEWER_CLEARANCE: 'CONFIDENTIAL', STORE: 'embedded' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = Date.now();
    let stdout = '';
    let stderr = '';
    const check = () => {
      if (killWhen && child.exitCode === null && killWhen(stderr, Date.now() - started)) child.kill('SIGKILL');
    };
    const timer = setInterval(check, 5);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      check();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

async function imported(): Promise<{ rows: number; entries: number }> {
  const store = EmbeddedStore.open(path.join(dir, 'data'));
  try {
    const orgs = (await store.stats()).nodes.ORGANIZATION ?? 0;
    const basedIn = (await store.stats()).relationships.BASED_IN ?? 0;
    const entries = (await store.recentChanges({ first: 10 })).items.filter((e) => e.action === 'IMPORT').length;
    // The rows and their derived ties are there together, or not at all.
    expect(basedIn - 5).toBe(orgs - 6);
    return { rows: orgs - 6, entries };
  } finally {
    await store.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it.each([
    ['while checking rows', (err: string) => /checking rows [1-9]0%/.test(err)],
    ['as it starts writing', (err: string) => err.includes('writing')],
    ['at a random moment', (_err: string, ms: number, at = 1500 + Math.random() * 3000) => ms > at],
  ])(
    '%s leaves all rows or none',
    async (_when, killWhen) => {
      const run = await runImport(killWhen);
      const state = await imported();
      expect([0, ROWS]).toContain(state.rows);
      expect(state.entries).toBe(state.rows ? 1 : 0);
      if (run.signal !== 'SIGKILL') expect(run.code).toBe(0);
    },
    120_000,
  );

  it('and run again to the end, holds every row once', async () => {
    const run = await runImport();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rejected\./);
    expect(run.stderr).toMatch(/checking rows 100%/);
    expect((await imported()).rows).toBe(ROWS);
  }, 120_000);
});

describe('the import command', () => {
  it('refuses a data directory another process holds, saying a server may be running on it', async () => {
    const holder = EmbeddedStore.open(path.join(dir, 'data'));
    try {
      const run = await runImport();
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/in use by process \d+[^]*Is the server running on this data directory\?/);
    } finally {
      await holder.close();
    }
  }, 60_000);
});
