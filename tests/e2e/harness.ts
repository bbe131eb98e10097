/**
 * End-to-end harness: builds the explorer, starts the real server as a child process on a free
 * port with a fresh data directory (it seeds itself on first start), and opens Debian's Chromium
 * through playwright-core with a fresh profile. `useExplorer` is the set-up and tear-down every
 * browser test file shares; `startServer` and `openBrowser` are its parts.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser as Chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import { CHROMIUM_ARGS, launchChromium } from '../fixtures/chromium.js';
import { sharedNeo4jStore, storeUnderTest, wipeNeo4j } from '../fixtures/test-store.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How long a test server may take to answer after it starts (see startServer). */
const SERVER_START_LIMIT_MS = 180_000;

/**
 * Builds client/dist, which the server serves at /. NODE_ENV is set for the build: vitest runs
 * with NODE_ENV=test, which would otherwise give React's development build.
 *
 * Browser test files run in parallel and each calls this: a lock lets one build at a time, and a
 * build is skipped when client/dist is newer than every source of the client, so a second file
 * never empties client/dist under a page the first one is loading.
 */
export async function buildClient(): Promise<void> {
  await withLock(async () => {
    if (await distIsFresh()) return;
    await promisify(execFile)('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
  });
}

async function newestMtime(file: string): Promise<number> {
  const s = await stat(file).catch(() => null);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await readdir(file)) newest = Math.max(newest, await newestMtime(path.join(file, entry)));
  return newest;
}

async function distIsFresh(): Promise<boolean> {
  const built = await stat(path.join(ROOT, 'client/dist/index.html')).catch(() => null);
  if (!built) return false;
  const sources = ['client/src', 'client/index.html', 'client/vite.config.ts', 'package-lock.json'];
  const newest = Math.max(...(await Promise.all(sources.map((f) => newestMtime(path.join(ROOT, f))))));
  return built.mtimeMs > newest;
}

/** One builder at a time across test processes; a lock older than five minutes is taken as abandoned. */
async function withLock(fn: () => Promise<void>): Promise<void> {
  const lock = path.join(tmpdir(), `atlas-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const held = await stat(lock).catch(() => null);
      if (held && Date.now() - held.mtimeMs > 300_000) await rm(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited five minutes for the client build lock ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

/** An account to create in the fresh data directory before the server starts (an ADMIN, who may edit). */
export interface TestAccount {
  username: string;
  password: string;
}

/**
 * `npx tsx server/index.ts` with PORT and a temporary DATA_DIR; resolves once /healthz answers 200.
 * With `account`, that admin is created first (`npm run create-admin`), for tests that edit. With
 * `dataDir`, the server uses that directory and leaves it in place when stopped (restart tests).
 */
export async function startServer(
  env: Record<string, string> = {},
  options: { account?: TestAccount; dataDir?: string } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'atlas-e2e-data-')));
  if (options.account) {
    await promisify(execFile)(
      'npx',
      ['tsx', 'server/accounts/create-admin-cli.ts', '--username', options.account.username],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          LOG_LEVEL: 'error',
          ATLAS_ADMIN_PASSWORD: options.account.password,
          ...env,
        },
      },
    );
  }
  let output = '';
  const child: ChildProcess = spawn('npx', ['tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops tsx and node under npx too.
    detached: true,
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  // A condition, not a timing goal: on Neo4j the server seeds the database before it answers, and
  // with the machine busy that alone took 65 s.
  const deadline = Date.now() + SERVER_START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited during start:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return { url, log: () => output, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The server did not answer /healthz within ${SERVER_START_LIMIT_MS / 1000} s:\n${output}`);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Errors the page logged or threw: a test fails on any. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport,
    headless: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The read-only hook the canvas exposes (see client/src/canvas/GraphCanvas.tsx). */
export interface CanvasState {
  nodes: string[];
  edges: string[];
  highlighted: string[];
  selected: string[];
  running: boolean;
}

export async function canvasState(page: Page): Promise<CanvasState> {
  return page.evaluate(() => {
    const a = window.__atlas!;
    return {
      nodes: a.visibleNodeIds(),
      edges: a.visibleEdgeIds(),
      highlighted: a.highlightedIds(),
      selected: a.selectedIds(),
      running: a.layoutRunning(),
    };
  });
}

/** Waits until the canvas has drawn and laid out a graph satisfying `ready`. */
export async function waitForCanvas(
  page: Page,
  ready: (s: CanvasState) => boolean,
  timeout = 30_000,
): Promise<CanvasState> {
  const deadline = Date.now() + timeout;
  let last: CanvasState | undefined;
  while (Date.now() < deadline) {
    last = await page.evaluate(() => !!window.__atlas).then((has) => (has ? canvasState(page) : undefined));
    if (last && !last.running && ready(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`The canvas did not reach the expected state within ${timeout} ms. Last: ${JSON.stringify(last)}`);
}

/**
 * Waits until no request is in flight, nothing shows as loading, the layout has stopped, and two
 * readings in a row find the same drawing: conditions, not a quiet period of some length.
 */
export async function settle(page: Page, timeout = 30_000): Promise<CanvasState> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    const state = await waitForCanvas(page, () => true, Math.max(1000, deadline - Date.now()));
    const pending = await page.evaluate(() => window.__atlasPending?.() ?? 0);
    const loading = await page.locator('[data-testid="loading"]').count();
    const key = JSON.stringify(state);
    if (!pending && !loading && key === last) return state;
    last = pending || loading ? '' : key;
    await page.waitForTimeout(100);
  }
  throw new Error(`The page did not settle within ${timeout} ms`);
}

/** What a browser test file works with: the server, the browser and its page. */
export interface ExplorerSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** The server's data directory: kept across `restartServer`, removed after the file. */
  dataDir: string;
  /** Stops the server and starts it again on the same data directory (a restart test). */
  restartServer(): Promise<RunningServer>;
}

export interface ExplorerOptions {
  /** Environment for the server; a function runs first (e.g. to write a seed directory). */
  env?: Record<string, string> | (() => Promise<Record<string, string>>);
  /** An admin created in the fresh data directory before the first start. */
  account?: TestAccount;
  viewport?: { width: number; height: number };
  /** Runs after the browser and server are gone (e.g. removes a seed directory). */
  cleanUp?: () => Promise<void>;
}

/**
 * A browser test's budget. Each step waits for a condition; the budget only ends a hang, and is
 * wide because a real browser and server share two cores with whatever else the machine runs.
 */
export const BROWSER_TEST_TIMEOUT_MS = 120_000;

/**
 * Registers the set-up and tear-down a browser test file (or describe block) needs: the explorer
 * built, a seeded server on a fresh data directory, a Chromium page; all closed and removed after,
 * whatever failed. `ready` receives the session once it runs (before the first test).
 */
export function useExplorer(options: ExplorerOptions = {}, ready: (s: ExplorerSession) => void = () => {}): void {
  vi.setConfig({ testTimeout: BROWSER_TEST_TIMEOUT_MS });
  let session: ExplorerSession | undefined;
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await buildClient();
    // On Neo4j (STORE=neo4j, inherited by the server) the one database starts empty, as a fresh
    // data directory would: the server then seeds it on start.
    if (storeUnderTest === 'neo4j') await wipeNeo4j(await sharedNeo4jStore());
    const env = typeof options.env === 'function' ? await options.env() : (options.env ?? {});
    const dir = (dataDir = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-data-')));
    server = await startServer(env, { account: options.account, dataDir: dir });
    browser = await openBrowser(options.viewport);
    session = {
      server,
      browser,
      page: browser.page,
      dataDir: dir,
      async restartServer() {
        await server?.stop();
        server = undefined;
        server = await startServer(env, { dataDir: dir });
        session!.server = server;
        ready(session!);
        return server;
      },
    };
    ready(session);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await options.cleanUp?.();
  });
}

/**
 * A bare Chromium for a file that serves its own pages (the IDE test on the in-process API
 * server): launched before the file's tests, closed after.
 */
export function useChromium(ready: (browser: Chromium) => void): void {
  vi.setConfig({ testTimeout: BROWSER_TEST_TIMEOUT_MS });
  let browser: Chromium | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    ready(browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
}
