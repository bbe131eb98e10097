/** The data directory a store command works on: `--data-dir DIR`, else DATA_DIR, else ./data. */
import path from 'node:path';

export function dataDirArgument(args: readonly string[]): string {
  const i = args.indexOf('--data-dir');
  const dir = i >= 0 ? args[i + 1] : process.env.DATA_DIR;
  return path.resolve(dir && dir.length ? dir : './data');
}
