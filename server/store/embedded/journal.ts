/**
 * Durable storage for the embedded store: a snapshot file plus an append-only journal of the
 * batches written since. A write is acknowledged only after its journal line is on disk (fsync),
 * so an acknowledged write survives `kill -9` and power loss; a torn last line (a write that was
 * never acknowledged) is dropped on open. Snapshots are replaced by write-then-rename, so a crash
 * leaves either the old one or the new one, never a half-written one.
 */
import {
  closeSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
  existsSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import type { Dataset, WriteBatch } from '../port.js';

const SNAPSHOT = 'graph.snapshot.json';
const JOURNAL = 'graph.journal.jsonl';
const LOCK = 'store.lock';
const FORMAT = 1;

interface Snapshot extends Dataset {
  format: number;
  /** The sequence number of the last journal entry the snapshot includes. */
  seq: number;
}

interface JournalEntry {
  seq: number;
  batch: WriteBatch;
}

export interface Recovered {
  snapshot: Dataset | undefined;
  /** Journal entries newer than the snapshot, oldest first. */
  entries: WriteBatch[];
}

export class Journal {
  private fd: number;
  private seq: number;
  private journalBytes: number;

  private constructor(
    private readonly dir: string,
    fd: number,
    seq: number,
    bytes: number,
    private readonly compactAfterBytes: number,
  ) {
    this.fd = fd;
    this.seq = seq;
    this.journalBytes = bytes;
  }

  /** Opens (creating) the data directory, takes its lock and recovers what it holds. */
  static open(dir: string, compactAfterBytes = 16 * 1024 * 1024): { journal: Journal; recovered: Recovered } {
    mkdirSync(dir, { recursive: true });
    takeLock(dir);
    const snapshotPath = path.join(dir, SNAPSHOT);
    let snapshot: Snapshot | undefined;
    if (existsSync(snapshotPath)) {
      snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;
      if (snapshot.format !== FORMAT) {
        throw new Error(`${snapshotPath} has format ${snapshot.format}; this version reads format ${FORMAT}`);
      }
    }
    const journalPath = path.join(dir, JOURNAL);
    const entries: WriteBatch[] = [];
    let seq = snapshot?.seq ?? 0;
    let validBytes = 0;
    if (existsSync(journalPath)) {
      const raw = readFileSync(journalPath);
      let start = 0;
      while (start < raw.length) {
        const end = raw.indexOf(0x0a, start);
        if (end === -1) break; // torn tail: the write was never acknowledged
        let entry: JournalEntry;
        try {
          entry = JSON.parse(raw.subarray(start, end).toString('utf8')) as JournalEntry;
        } catch {
          break;
        }
        if (entry.seq > seq) {
          entries.push(entry.batch);
          seq = entry.seq;
        }
        start = end + 1;
        validBytes = start;
      }
    }
    const fd = openSync(journalPath, 'a+');
    // Cut a torn tail so the next entry starts on a line of its own.
    ftruncateSync(fd, validBytes);
    fsyncSync(fd);
    const journal = new Journal(dir, fd, seq, validBytes, compactAfterBytes);
    return { journal, recovered: { snapshot, entries } };
  }

  /** Appends a batch and returns once it is on disk. */
  append(batch: WriteBatch): void {
    const line = Buffer.from(JSON.stringify({ seq: this.seq + 1, batch } satisfies JournalEntry) + '\n', 'utf8');
    writeFully(this.fd, line);
    fsyncSync(this.fd);
    this.seq += 1;
    this.journalBytes += line.length;
  }

  /** Whether the journal has grown enough that a snapshot would shorten recovery. */
  get wantsCompaction(): boolean {
    return this.journalBytes > this.compactAfterBytes;
  }

  /** Writes the full state as the new snapshot, then empties the journal. */
  compact(state: Dataset): void {
    const snapshot: Snapshot = { format: FORMAT, seq: this.seq, ...state };
    const target = path.join(this.dir, SNAPSHOT);
    const tmp = `${target}.tmp`;
    const fd = openSync(tmp, 'w');
    writeFully(fd, Buffer.from(JSON.stringify(snapshot), 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, target);
    fsyncDir(this.dir);
    // A crash before this truncation only leaves entries the snapshot already holds (seq ≤ its seq).
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.journalBytes = 0;
  }

  close(): void {
    closeSync(this.fd);
    const lock = path.join(this.dir, LOCK);
    if (existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock);
  }
}

function writeFully(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset);
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** One process per data directory: two writers would interleave their journals. */
function takeLock(dir: string): void {
  const lock = path.join(dir, LOCK);
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The data directory ${dir} is in use by process ${pid}. Stop it, or set DATA_DIR to another directory.`,
      );
    }
  }
  const tmp = `${lock}.${process.pid}`;
  const fd = openSync(tmp, 'w');
  writeFully(fd, Buffer.from(String(process.pid)));
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, lock);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
