/**
 * `npm run loadtest`: 50 concurrent clients on 127.0.0.1 for 30 s (LOADTEST_SECONDS), mixing
 * search, neighbourhood, coordination and gap queries against a real server process on the seeded
 * embedded store. Reports throughput, latency percentiles, errors and the server's peak memory.
 * Exits non-zero on any error or non-2xx answer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 30);
const PORT = Number(process.env.LOADTEST_PORT ?? 4791);
const QUERIES = [
  { query: 'query($t: String!) { search(text: $t) { score node { id name } } }', variables: { t: 'ministry' } },
  { query: 'query($t: String!) { search(text: $t) { score node { id name } } }', variables: { t: 'dsi' } },
  {
    query:
      '{ neighbourhood(ids: ["msdhs"], depth: 2) { truncated nodes { id name } relationships { id sources { locator } } } }',
  },
  { query: '{ coordination(filter: { from: "2024" }) { ties { id weight evidence { id } } } }' },
  { query: '{ bilateralMatrix { cells { status lastActivity } } }' },
  { query: '{ counterpartCoverage(a: "TH", b: "LA") { sectors { sector status } } }' },
  { query: '{ fragility(limit: 10) { brokers { organization { id } betweenness } } }' },
];

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-load-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
  cwd: ROOT,
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '100000000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${PORT}`;
// Clients and server share two cores here; in a deployment the clients run elsewhere. Lowering the
// generator's priority keeps it from starving the server it measures.
setPriority(process.pid, 10);
try {
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error('server did not start within 60 s');
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const idleMb = rssMb(server.pid!);
  let peakMb = idleMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(server.pid!))), 250);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: 50,
    duration: SECONDS,
    requests: QUERIES.map((q) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(q),
    })),
  });
  clearInterval(sampler);
  const summary = {
    seconds: SECONDS,
    connections: 50,
    requests: result.requests.total,
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p90 ms': result.latency.p90,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    'server RSS idle MB': Math.round(idleMb),
    'server RSS peak MB': Math.round(peakMb),
  };
  console.table(summary);
  if (result.errors || result.timeouts || result.non2xx) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
