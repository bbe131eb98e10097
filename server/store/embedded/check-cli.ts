/**
 * `npm run store:check [-- --data-dir DIR]`: reports on the embedded store's files in DATA_DIR
 * (default ./data) without changing anything, and says what a start would do. Exits 1 when a
 * start would refuse or fall back to an older snapshot, 0 otherwise. Safe beside a running server.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, inspectPrefix, lockHolder, PREFIXES } from './data-dir-inspection.js';
import { dataDirArgument } from './data-dir-argument.js';

const dir = dataDirArgument(process.argv.slice(2));
if (!existsSync(dir)) {
  console.error(`${dir} does not exist`);
  process.exit(2);
}
const reports = PREFIXES.map((prefix) => inspectPrefix(dir, prefix));
console.log(`Data directory ${path.resolve(dir)}${lockHolder(dir) ? ` (in use: ${lockHolder(dir)})` : ''}`);
for (const report of reports) for (const line of describe(report)) console.log(line);
process.exit(reports.some((r) => r.verdict === 'refuses' || r.verdict === 'falls-back') ? 1 : 0);
