/** A real server process for the benchmarks: started on a prepared store, timed to its first answer, its memory sampled. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface ServerProcess {
  url: string;
  /** Milliseconds from spawn to the first answered GraphQL query. */
  coldStartMs: number;
  rssMb(): number;
  peakRssMb(): number;
  /** A GraphQL POST; `headers` add to the request's (e.g. Cache-Control: no-cache). */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  stop(): Promise<void>;
}

export function rssOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** A port unlikely to be taken: the benchmark must never measure another run's server. */
export function freePort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}

export async function startServer(
  env: Record<string, string>,
  port = freePort(),
  /** Extra arguments for node, e.g. --cpu-prof. */
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      RATE_LIMIT_PER_MINUTE: '100000000',
      NODE_OPTIONS: '--max-old-space-size=4096',
      // As production runs (the Dockerfile sets it): graphql-js then skips its cross-realm checks.
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(child.pid!))), 100);
  const gql = async <T>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data as T;
  };
  const exitedEarly = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`))),
  );
  exitedEarly.catch(() => undefined);
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) await exitedEarly;
    if (i > 3000) throw new Error('the server did not answer within 5 minutes');
    const ok = await gql('{ stats { nodes { kind count } } }').then(
      () => true,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const coldStartMs = performance.now() - started;
  return {
    url,
    coldStartMs,
    rssMb: () => rssOf(child.pid!),
    peakRssMb: () => Math.max(peak, rssOf(child.pid!)),
    gql,
    async stop() {
      clearInterval(sampler);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      // A shutdown that hangs must not keep the benchmark (or the port) forever.
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
