/**
 * First run: creates an ADMIN account.
 *
 *   npm run create-admin -- --username ana [--display-name "Ana Lima"] [--clearance CONFIDENTIAL]
 *
 * The password comes from ATLAS_ADMIN_PASSWORD (automation), else from standard input when it is
 * not a terminal (`… < file`), else from a prompt that does not echo. Uses the store the
 * configuration names (STORE, DATA_DIR, NEO4J_*); with the embedded store, stop the server first.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import type { Clearance } from '../access/clearance.js';
import { ConfigError, loadConfig } from '../config.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { openStores } from '../store/open-store.js';
import { AccountService } from './service.js';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ATLAS_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      // Echo nothing of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(question)) process.stdout.write(question);
      };
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const again = await ask('Again: ');
  if (first !== again) throw new ValidationError('the two passwords differ', 'password');
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      clearance: { type: 'string', default: 'CONFIDENTIAL' },
    },
  });
  if (!values.username) throw new ValidationError('--username is required', 'username');
  const clearance = values.clearance as Clearance;
  if (!SENSITIVITIES.includes(clearance)) {
    throw new ValidationError(`--clearance must be one of ${SENSITIVITIES.join(', ')}`, 'clearance');
  }
  const password = await readPassword();
  const config = loadConfig();
  const { graph, accounts } = await openStores(config);
  try {
    const account = await new AccountService(accounts).createUser(undefined, {
      username: values.username,
      displayName: values['display-name'] ?? null,
      role: 'ADMIN',
      clearance,
      password,
    });
    console.log(`Created admin '${account.username}' (clearance ${account.clearance}) in the ${graph.name} store.`);
  } finally {
    await accounts.close();
    await graph.close();
  }
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DomainError) console.error(e.message);
  else console.error('create-admin failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
