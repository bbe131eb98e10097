/**
 * `npm run store:repair [-- --data-dir DIR]`: backs up the embedded store's files, salvages every
 * entry that can still be trusted and applied, and prints exactly what it could not keep. Stop the
 * server first (the repair takes the data directory's lock). Exits 1 when something was lost.
 */
import { describeRepair, repairDataDir } from './data-dir-repair.js';
import { dataDirArgument } from './data-dir-argument.js';

const dir = dataDirArgument(process.argv.slice(2));
try {
  const reports = await repairDataDir(dir);
  for (const report of reports) for (const line of describeRepair(report)) console.log(line);
  const lost = reports.some((r) => r.unreadableLines.length || r.missing.length || r.notApplied.length);
  console.log(lost ? 'Repaired, with the losses listed above.' : 'Repaired: nothing was lost.');
  process.exit(lost ? 1 : 0);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
