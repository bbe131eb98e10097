/**
 * Files written before checksummed lines and segments (`<prefix>.snapshot.json`, one JSON document,
 * and `<prefix>.journal.jsonl`, lines without checksums). They are still read, with the same rules
 * as new files (a damaged line in the middle stops the start), and removed once two snapshots in
 * the new format hold their content.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readSegment } from './segmented-log.js';
import { StoreDamagedError } from './store-damage.js';

export function legacySnapshotPath(dir: string, prefix: string): string {
  return path.join(dir, `${prefix}.snapshot.json`);
}

export function legacyJournalPath(dir: string, prefix: string): string {
  return path.join(dir, `${prefix}.journal.jsonl`);
}

export function hasLegacyFiles(dir: string, prefix: string): boolean {
  return existsSync(legacySnapshotPath(dir, prefix)) || existsSync(legacyJournalPath(dir, prefix));
}

/** The legacy snapshot document, or undefined when there is none. */
export function readLegacySnapshot<T>(dir: string, prefix: string): T | undefined {
  const file = legacySnapshotPath(dir, prefix);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new StoreDamagedError(file, 1, 0, `unreadable JSON (${(e as Error).message})`);
  }
}

/**
 * The legacy journal's entries. Its last line may be torn by a crash (never acknowledged): it is
 * ignored, and left for the migration to remove with the file.
 */
export function readLegacyJournal<T>(dir: string, prefix: string, log?: (message: string) => void): T[] {
  const file = legacyJournalPath(dir, prefix);
  if (!existsSync(file)) return [];
  const read = readSegment<T>(file);
  if (read.bad && !read.bad.isLast)
    throw new StoreDamagedError(file, read.bad.lineNo, read.bad.offset, read.bad.reason);
  if (read.bad) log?.(`${file}: ignored a damaged last line (line ${read.bad.lineNo}): ${read.bad.reason}`);
  return read.entries;
}

export function removeLegacyFiles(dir: string, prefix: string): void {
  rmSync(legacySnapshotPath(dir, prefix), { force: true });
  rmSync(legacyJournalPath(dir, prefix), { force: true });
}
