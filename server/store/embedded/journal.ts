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
import type { AuditEntry } from '../../domain/audit.js';
import type { Dataset, WriteBatch } from '../port.js';

const SNAPSHOT = 'graph.snapshot.json';
const JOURNAL = 'graph.journal.jsonl';
const LOCK = 'store.lock';
/** Format 2 adds versions and the audit trail; format 1 snapshots still open (versions 1, no trail). */
const FORMAT = 2;
const READABLE_FORMATS = [1, 2];

/** Everything the store holds: the graph, the versions of its records and the audit trail. */
export interface StoreState extends Dataset {
  /** Versions above 1, by node or relationship id (every other record is at version 1). */
  versions: Record<string, number>;
  /** The audit trail, oldest first. */
  audit: AuditEntry[];
  /** The number of the last audit entry ever written (entries may have been reset since). */
  auditSeq: number;
}

interface Snapshot extends Dataset {
  format: number;
  /** The sequence number of the last journal entry the snapshot includes. */
  seq: number;
  versions?: Record<string, number>;
  audit?: AuditEntry[];
  auditSeq?: number;
}

/** One acknowledged write: a batch and, for an edit, its audit entry, in one line. */
export interface JournalEntry {
  seq: number;
  batch: WriteBatch;
  audit?: AuditEntry;
}

export interface Recovered {
  snapshot: StoreState | undefined;
  /** Journal entries newer than the snapshot, oldest first. */
  entries: Omit<JournalEntry, 'seq'>[];
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
      if (!READABLE_FORMATS.includes(snapshot.format)) {
        throw new Error(
          `${snapshotPath} has format ${snapshot.format}; this version reads formats ${READABLE_FORMATS.join(', ')}`,
        );
      }
    }
    const journalPath = path.join(dir, JOURNAL);
    const entries: Recovered['entries'] = [];
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
          entries.push(entry.audit ? { batch: entry.batch, audit: entry.audit } : { batch: entry.batch });
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
    const state: StoreState | undefined = snapshot && {
      nodes: snapshot.nodes,
      relationships: snapshot.relationships,
      versions: snapshot.versions ?? {},
      audit: snapshot.audit ?? [],
      auditSeq: snapshot.auditSeq ?? 0,
    };
    return { journal, recovered: { snapshot: state, entries } };
  }

  /**
   * Appends a batch, with its audit entry when it is an edit, as one line, and returns once it is
   * on disk: the change and its entry are acknowledged, or lost, together.
   */
  append(batch: WriteBatch, audit?: AuditEntry): void {
    const entry: JournalEntry = audit ? { seq: this.seq + 1, batch, audit } : { seq: this.seq + 1, batch };
    const line = Buffer.from(JSON.stringify(entry) + '\n', 'utf8');
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
  compact(state: StoreState): void {
    const snapshot: Snapshot = { format: FORMAT, seq: this.seq, ...state };
    replaceFileDurably(this.dir, SNAPSHOT, JSON.stringify(snapshot));
    // A crash before this truncation only leaves entries the snapshot already holds (seq ≤ its seq).
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.journalBytes = 0;
  }

  close(): void {
    closeSync(this.fd);
    releaseLock(this.dir);
  }
}

export function writeFully(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset);
}

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mix: write a
 * temporary file, fsync it, rename it over the target, fsync the directory.
 */
export function replaceFileDurably(dir: string, name: string, content: string): void {
  const target = path.join(dir, name);
  const tmp = `${target}.tmp`;
  const fd = openSync(tmp, 'w');
  writeFully(fd, Buffer.from(content, 'utf8'));
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, target);
  fsyncDir(dir);
}

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** One process per data directory: two writers would interleave their journals. */
export function takeLock(dir: string, name = LOCK): void {
  const lock = path.join(dir, name);
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The data directory ${dir} is in use by process ${pid} (a running server, or a seed, import or export ` +
          `command). The embedded store lets one process at a time hold it: stop that process, or set DATA_DIR ` +
          `to another directory.`,
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

/** Removes the lock if this process holds it. */
export function releaseLock(dir: string, name = LOCK): void {
  const lock = path.join(dir, name);
  if (existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
