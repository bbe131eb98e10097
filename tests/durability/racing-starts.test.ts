/**
 * One writer per data directory (issue 12, item 2): 100 processes starting at the same moment on
 * one data directory, exactly one wins, every time: on a new directory, and on one whose last
 * holder was killed with SIGKILL (a stale lock). Each winner's write survives. The children run a bundle of the store so that a
 * hundred of them start in seconds on two cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { DataDirInUseError, takeLock, releaseLock } from '../../server/store/embedded/data-dir-lock.js';

const RACERS = 100;
let work: string;
let bundle: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'atlas-race-'));
  bundle = path.join(work, 'racer.cjs');
  await build({
    entryPoints: [path.resolve(import.meta.dirname, 'racing-start.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    minify: true,
    logLevel: 'error',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Racer {
  child: ChildProcess;
  lines: string[];
  waitFor(prefix: string | RegExp): Promise<string>;
}

function startRacer(dir: string): Racer {
  const child = spawn(process.execPath, [bundle], {
    env: { ...process.env, DATA_DIR: dir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: { match: string | RegExp; resolve: (line: string) => void }[] = [];
  let buffer = '';
  const matches = (line: string, m: string | RegExp) => (typeof m === 'string' ? line.startsWith(m) : m.test(line));
  child.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((w) => matches(line, w.match))) w.resolve(line);
    }
  });
  return {
    child,
    lines,
    waitFor: (match) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((l) => matches(l, match));
        if (seen) return resolve(seen);
        waiters.push({ match, resolve });
        child.once('close', () => {
          const late = lines.find((l) => matches(l, match));
          if (late) resolve(late);
          else reject(new Error(`racer exited without '${String(match)}': ${lines.join(' | ')}`));
        });
      }),
  };
}

/** Starts 100 racers, lets them all go at once, and returns the winner (still running) and the losers' answers. */
async function race(dir: string): Promise<{ winners: Racer[]; answers: string[] }> {
  const racers = Array.from({ length: RACERS }, () => startRacer(dir));
  await Promise.all(racers.map((r) => r.waitFor('ready')));
  for (const r of racers) r.child.stdin!.write('go\n');
  const answers = await Promise.all(racers.map((r) => r.waitFor(/^(won|lost)/)));
  const winners = racers.filter((_r, i) => answers[i] === 'won');
  await Promise.all(winners.map((w) => w.waitFor('wrote')));
  const losers = racers.filter((_r, i) => answers[i] !== 'won');
  await Promise.all(
    losers.map(
      (l) => new Promise((resolve) => (l.child.exitCode !== null ? resolve(null) : l.child.once('close', resolve))),
    ),
  );
  return { winners, answers };
}

const exited = (c: ChildProcess) =>
  new Promise((resolve) => (c.exitCode !== null || c.signalCode ? resolve(null) : c.once('close', resolve)));

describe('100 simultaneous starts on one data directory', () => {
  it('exactly one wins: on a new directory, then over the stale lock of a winner killed with SIGKILL', async () => {
    const dir = path.join(work, 'data');
    const winnerIds: string[] = [];
    for (let round = 0; round < 2; round++) {
      const { winners, answers } = await race(dir);
      expect(winners).toHaveLength(1);
      expect(answers.filter((a) => a.startsWith('lost DataDirInUseError'))).toHaveLength(RACERS - 1);
      winnerIds.push(`winner-${winners[0]!.child.pid}`);
      // kill -9: the lock stays behind, naming a process that no longer exists.
      winners[0]!.child.kill('SIGKILL');
      await exited(winners[0]!.child);
    }
    const store = EmbeddedStore.open(dir);
    try {
      expect((await store.getNodes(winnerIds)).map((n) => n?.id)).toEqual(winnerIds);
    } finally {
      await store.close();
    }
  }, 240_000);
});

describe('stale lock detection', () => {
  it('takes over a lock whose process id now belongs to another process (different start time)', () => {
    const dir = mkdtempSync(path.join(work, 'stale-'));
    // The parent process is alive, but it did not start at tick 1 after boot.
    writeFileSync(path.join(dir, 'store.lock'), `${process.ppid} 1`);
    takeLock(dir, 'store.lock');
    releaseLock(dir, 'store.lock');
  });

  it('refuses a lock held by a live process with the same start time, and a second open in this process', () => {
    const dir = mkdtempSync(path.join(work, 'live-'));
    takeLock(dir, 'store.lock');
    try {
      expect(() => takeLock(dir, 'store.lock')).toThrow(DataDirInUseError);
    } finally {
      releaseLock(dir, 'store.lock');
    }
  });
});
