/** A Neo4j 5.26 for the benchmark, started without Docker by the project's launcher, or the one NEO4J_URI names. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';

const LAUNCHER = path.resolve(import.meta.dirname, '../../../neo4j-launcher/start.sh');

export interface Neo4jProcess {
  uri: string;
  password: string;
  stop(): Promise<void>;
}

export async function startNeo4j(port: number, dataDir: string): Promise<Neo4jProcess> {
  if (process.env.NEO4J_URI && process.env.NEO4J_PASSWORD) {
    return { uri: process.env.NEO4J_URI, password: process.env.NEO4J_PASSWORD, stop: async () => undefined };
  }
  const password = randomBytes(12).toString('hex');
  const child = spawn('bash', [LAUNCHER, '--password', password], {
    env: { ...process.env, NEO4J_PORT: String(port), NEO4J_DATA: dataDir, NEO4J_HEAP: process.env.NEO4J_HEAP ?? '3g' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const uri = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = line.match(/READY (bolt:\/\/\S+)/);
      if (ready) resolve(ready[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the Neo4j launcher exited with ${code}`)));
  });
  return {
    uri,
    password,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
