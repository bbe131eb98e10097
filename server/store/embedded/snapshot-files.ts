/**
 * Snapshots as files of checksummed lines, `<prefix>.snapshot.<seq>.jsonl`: a header naming the
 * format and the last journal entry included, chunks of records, and a trailer counting the lines,
 * so a snapshot cut short is told from a whole one. They are written in chunks with asynchronous
 * writes (the event loop keeps serving between chunks) and read line by line (no giant string).
 * The two newest are kept, so a damaged newest one falls back to the one before plus the journal.
 */
import { readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { decodeLine, encodeLine, readLines } from './checksum-lines.js';
import { replaceFileInChunks } from './durable-file.js';
import { StoreDamagedError } from './store-damage.js';

export const SNAPSHOT_FORMAT = 3;

export interface SnapshotHeader {
  format: number;
  /** The sequence number of the last journal entry the snapshot includes. */
  seq: number;
  [field: string]: unknown;
}

export interface SnapshotFile {
  file: string;
  seq: number;
}

const pad = (seq: number) => String(seq).padStart(16, '0');

export function snapshotName(prefix: string, seq: number): string {
  return `${prefix}.snapshot.${pad(seq)}.jsonl`;
}

/** Snapshots of a prefix, newest first. */
export function listSnapshots(dir: string, prefix: string): SnapshotFile[] {
  const pattern = new RegExp(`^${prefix}\\.snapshot\\.(\\d{16})\\.jsonl$`);
  return readdirSync(dir)
    .flatMap((name) => {
      const m = pattern.exec(name);
      return m ? [{ file: path.join(dir, name), seq: Number(m[1]) }] : [];
    })
    .sort((a, b) => b.seq - a.seq);
}

/**
 * Writes a snapshot from its header and chunks (each chunk one line). Returns false, having
 * replaced nothing, when `stillWanted` turned false on the way.
 */
export async function writeSnapshot(
  dir: string,
  prefix: string,
  header: SnapshotHeader,
  chunks: Iterable<unknown>,
  stillWanted?: () => boolean,
): Promise<boolean> {
  function* lines(): Generator<Buffer> {
    yield encodeLine(header);
    let count = 0;
    for (const chunk of chunks) {
      count += 1;
      yield encodeLine(chunk);
    }
    yield encodeLine({ end: true, chunks: count });
  }
  return replaceFileInChunks(dir, snapshotName(prefix, header.seq), lines(), stillWanted);
}

/**
 * Reads a snapshot, handing each chunk to `onChunk` as it is read; throws StoreDamagedError naming
 * the file, line and offset at the first line that cannot be trusted, or if the trailer is missing.
 */
export function readSnapshot(file: string, onChunk: (chunk: unknown) => void): SnapshotHeader {
  let header: SnapshotHeader | undefined;
  let chunks = 0;
  let ended = false;
  let lastLine = { lineNo: 0, offset: 0 };
  for (const line of readLines(file)) {
    lastLine = { lineNo: line.lineNo, offset: line.offset + line.bytes.length };
    const decoded = line.complete ? decodeLine(line.bytes) : { ok: false as const, reason: 'line not finished' };
    if (!decoded.ok) throw new StoreDamagedError(file, line.lineNo, line.offset, decoded.reason);
    if (ended) throw new StoreDamagedError(file, line.lineNo, line.offset, 'a line after the end');
    const value = decoded.value as Record<string, unknown>;
    if (!header) {
      if (typeof value.seq !== 'number' || value.format !== SNAPSHOT_FORMAT) {
        throw new StoreDamagedError(file, line.lineNo, line.offset, `not a format ${SNAPSHOT_FORMAT} snapshot header`);
      }
      header = value as SnapshotHeader;
    } else if (value.end === true) {
      if (value.chunks !== chunks) {
        throw new StoreDamagedError(
          file,
          line.lineNo,
          line.offset,
          `${chunks} chunks where ${value.chunks} were written`,
        );
      }
      ended = true;
    } else {
      chunks += 1;
      onChunk(value);
    }
  }
  if (!header || !ended)
    throw new StoreDamagedError(file, lastLine.lineNo + 1, lastLine.offset, 'the snapshot ends early');
  return header;
}

/** Renames a damaged snapshot out of the way (`.damaged`), keeping its bytes for inspection. */
export function setAsideDamaged(file: string): void {
  renameSync(file, `${file}.damaged`);
}

/** Keeps the snapshots at or above `seq`, removing older ones. */
export async function pruneSnapshots(dir: string, prefix: string, seq: number): Promise<void> {
  for (const s of listSnapshots(dir, prefix)) if (s.seq < seq) await rm(s.file, { force: true });
}

/** Splits records into lines of at most `size`, each tagged with its kind. */
export function* chunked<T>(kind: string, items: Iterable<T>, size = 250): Generator<Record<string, T[]>> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield { [kind]: batch };
      batch = [];
    }
  }
  if (batch.length) yield { [kind]: batch };
}
