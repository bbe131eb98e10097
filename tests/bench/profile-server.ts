/**
 * `tsx tests/bench/profile-server.ts [--size M] [--query depth2|lookup-under-load] [--n 40]`: loads
 * the synthetic world into an embedded store, starts a server with --cpu-prof, asks the query n
 * times and prints the functions with the most self time (the profile is kept in PROFILE_DIR).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { EXPLORER_NEIGHBOURHOOD } from './lib/queries.js';
import { startServer } from './lib/server-process.js';
import { SIZES, syntheticWorld, type SizeName } from './synthetic-world.js';

const argv = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1]!;
};
const size = value('size', 'M') as SizeName;
const n = Number(value('n', '40'));
const profileDir = process.env.PROFILE_DIR ?? mkdtempSync(path.join(tmpdir(), 'atlas-prof-'));

const { organizations, meetings } = SIZES[size];
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-prof-data-'));
const store = EmbeddedStore.open(dir);
await store.replaceAll(syntheticWorld(organizations, meetings));
await store.close();
const server = await startServer({ DATA_DIR: dir }, undefined, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
const times: number[] = [];
for (let i = 0; i < n; i++) {
  const t = performance.now();
  // A different organisation each time: the response cache must not answer.
  await server.gql(EXPLORER_NEIGHBOURHOOD, { ids: [`org-${i}`], depth: 2, limit: 500 });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`depth-2 p50 ${times[n >> 1]!.toFixed(1)} ms, p95 ${times[Math.floor(n * 0.95)]!.toFixed(1)} ms`);
await server.stop();
rmSync(dir, { recursive: true, force: true });

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const file = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))[0];
if (file) {
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*node_modules\//, '').replace(process.cwd() + '/', '')}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, v] of top) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  console.log(`profile: ${path.join(profileDir, file)}`);
}
