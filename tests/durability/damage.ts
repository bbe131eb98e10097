/** Helpers for the fault-injection tests: find the store's files and damage one byte of a line. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function filesOf(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The byte offset at which each line of a file starts. */
export function lineOffsets(file: string): number[] {
  const bytes = readFileSync(file);
  const offsets = [0];
  for (let i = 0; i < bytes.length - 1; i++) if (bytes[i] === 0x0a) offsets.push(i + 1);
  return offsets;
}

/** Flips one byte inside the JSON of a line (1-based), as a failing disk sector would; returns the line's offset. */
export function damageLine(file: string, lineNo: number): number {
  const bytes = readFileSync(file);
  const offset = lineOffsets(file)[lineNo - 1]!;
  const at = offset + 30;
  bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
  writeFileSync(file, bytes);
  return offset;
}

/** A digest of every file in a directory (name and content), to prove nothing was changed. */
export function digestOf(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.lock')) continue;
    hash.update(name);
    hash.update(readFileSync(path.join(dir, name)));
  }
  return hash.digest('hex');
}
