/**
 * An append-only journal in segments: `<prefix>.journal.<first seq>.jsonl`. Each entry is one
 * checksummed line carrying its sequence number, and is acknowledged only once fsync'd. A new
 * segment starts whenever a snapshot starts, so the entries written while the snapshot is being
 * written stay in the journal, and old segments are removed only once two newer snapshots hold them.
 *
 * On open, a torn or damaged *last* line (a write never acknowledged, or cut by a crash) is set
 * aside in a `.dropped` file and logged; a damaged line anywhere else stops the start with a
 * StoreDamagedError and changes nothing.
 */
import {
  close,
  closeSync,
  open,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { decodeLine, encodeLine, readLines } from './checksum-lines.js';
import { appendFully, fsyncDir, fsyncDirAsync, systemIo, type FileIo } from './durable-file.js';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { StoreDamagedError, StoreGapError, StoreWriteError } from './store-damage.js';

export interface Sequenced {
  seq: number;
}

export interface Segment {
  file: string;
  firstSeq: number;
}

const openAsync = promisify(open);
const closeAsync = promisify(close);
const pad = (seq: number) => String(seq).padStart(16, '0');

export function segmentName(prefix: string, firstSeq: number): string {
  return `${prefix}.journal.${pad(firstSeq)}.jsonl`;
}

/** The journal segments of a prefix in a directory, oldest first. */
export function listSegments(dir: string, prefix: string): Segment[] {
  const pattern = new RegExp(`^${prefix}\\.journal\\.(\\d{16})\\.jsonl$`);
  return readdirSync(dir)
    .flatMap((name) => {
      const m = pattern.exec(name);
      return m ? [{ file: path.join(dir, name), firstSeq: Number(m[1]) }] : [];
    })
    .sort((a, b) => a.firstSeq - b.firstSeq);
}

/** Where a damaged last line went, so it can still be inspected. */
export interface DroppedTail {
  file: string;
  lineNo: number;
  offset: number;
  reason: string;
  keptIn: string;
}

export interface SegmentRead<T> {
  entries: T[];
  /** Bytes of whole, valid lines. */
  validBytes: number;
  /** The first bad line, if any, and whether only a damaged tail follows it. */
  bad?: { lineNo: number; offset: number; reason: string; isLast: boolean };
}

/** Reads a segment's valid lines up to its first bad one. */
export function readSegment<T>(file: string): SegmentRead<T> {
  const entries: T[] = [];
  let validBytes = 0;
  let bad: SegmentRead<T>['bad'];
  for (const line of readLines(file)) {
    if (bad) {
      // Anything after a bad line makes it a bad line in the middle.
      bad.isLast = false;
      break;
    }
    const decoded = line.complete ? decodeLine(line.bytes) : { ok: false as const, reason: 'line not finished' };
    if (!decoded.ok) {
      bad = { lineNo: line.lineNo, offset: line.offset, reason: decoded.reason, isLast: true };
      continue;
    }
    entries.push(decoded.value as T);
    validBytes = line.offset + line.bytes.length + 1;
  }
  return bad ? { entries, validBytes, bad } : { entries, validBytes };
}

export class SegmentedLog<T extends Sequenced> {
  private fd: number;
  private size: number;
  private broken: Error | undefined;
  private appending = false;
  private segmentBytes = 0;

  private constructor(
    private readonly dir: string,
    private readonly prefix: string,
    private current: Segment,
    fd: number,
    size: number,
    private lastSeq: number,
    private readonly io: FileIo,
  ) {
    this.fd = fd;
    this.size = size;
    this.segmentBytes = size;
  }

  /**
   * Opens the journal and returns the entries after `afterSeq`, oldest first, checking that none is
   * missing. `log` hears about a dropped tail.
   */
  static open<T extends Sequenced>(
    dir: string,
    prefix: string,
    afterSeq: number,
    options: { io?: FileIo; log?: (message: string) => void } = {},
  ): { log: SegmentedLog<T>; entries: T[]; dropped?: DroppedTail } {
    const segments = listSegments(dir, prefix);
    const entries: T[] = [];
    let lastSeq = afterSeq;
    let dropped: DroppedTail | undefined;
    let lastValidBytes = 0;
    segments.forEach((segment, i) => {
      const read = readSegment<T>(segment.file);
      if (read.bad) {
        const newest = i === segments.length - 1;
        if (!newest || !read.bad.isLast) {
          throw new StoreDamagedError(segment.file, read.bad.lineNo, read.bad.offset, read.bad.reason);
        }
        dropped = setTailAside(segment.file, read.validBytes, read.bad);
        options.log?.(
          `${segment.file}: dropped a damaged last line (line ${dropped.lineNo}, byte offset ${dropped.offset}: ` +
            `${dropped.reason}); a write that was never acknowledged. Its bytes are kept in ${dropped.keptIn}.`,
        );
      }
      for (const entry of read.entries) {
        if (entry.seq <= lastSeq) continue;
        if (entry.seq !== lastSeq + 1) throw new StoreGapError(dir, lastSeq + 1, entry.seq);
        entries.push(entry);
        lastSeq = entry.seq;
      }
      lastValidBytes = read.validBytes;
    });
    let current = segments.at(-1);
    if (!current) {
      current = { file: path.join(dir, segmentName(prefix, afterSeq + 1)), firstSeq: afterSeq + 1 };
    }
    const io = options.io ?? systemIo;
    const fd = openSync(current.file, 'a+');
    // The dropped tail was copied aside above; cut it so the next entry starts on a line of its own.
    ftruncateSync(fd, lastValidBytes);
    fsyncSync(fd);
    fsyncDir(dir);
    const log = new SegmentedLog<T>(dir, prefix, current, fd, lastValidBytes, lastSeq, io);
    return dropped ? { log, entries, dropped } : { log, entries };
  }

  get seq(): number {
    return this.lastSeq;
  }

  /** Bytes written to the current segment: how much replay a snapshot now would save. */
  get bytesSinceRotation(): number {
    return this.segmentBytes;
  }

  /**
   * Appends an entry (its seq must be the next one) and resolves once it is on disk. On any failure
   * the partial line is cut off again and nothing is acknowledged; if even that fails, the journal
   * refuses every later write, so a partial line can only ever be the last one.
   */
  async append(entry: T): Promise<void> {
    if (this.broken) throw new StoreWriteError(this.broken);
    if (this.appending) throw new Error('journal appends must not overlap');
    if (entry.seq !== this.lastSeq + 1) throw new Error(`journal entry ${entry.seq} out of order`);
    const line = encodeLine(entry);
    this.appending = true;
    try {
      await appendFully(this.fd, line, this.io);
      await this.io.fsync(this.fd);
    } catch (e) {
      try {
        await this.io.truncate(this.fd, this.size);
        await this.io.fsync(this.fd);
      } catch (cut) {
        this.broken = cut as Error;
      }
      throw new StoreWriteError(e);
    } finally {
      this.appending = false;
    }
    this.size += line.length;
    this.segmentBytes += line.length;
    this.lastSeq = entry.seq;
  }

  /** Numbers taken by something other than an entry (a reset written as a snapshot). */
  skipTo(seq: number): void {
    if (seq < this.lastSeq) throw new Error('sequence numbers only grow');
    this.lastSeq = seq;
  }

  /** Starts a new segment; later entries go there. Call it between appends. */
  async rotate(): Promise<void> {
    if (this.broken) throw new StoreWriteError(this.broken);
    const next = { file: path.join(this.dir, segmentName(this.prefix, this.lastSeq + 1)), firstSeq: this.lastSeq + 1 };
    if (next.file === this.current.file) return;
    const fd = await openAsync(next.file, 'a+');
    await fsyncDirAsync(this.dir);
    const old = this.fd;
    this.fd = fd;
    this.current = next;
    this.size = 0;
    this.segmentBytes = 0;
    await closeAsync(old);
  }

  /** Removes segments whose every entry is at or below `seq` (held by a snapshot kept as fallback). */
  async prune(seq: number): Promise<void> {
    const segments = listSegments(this.dir, this.prefix);
    for (let i = 0; i + 1 < segments.length; i++) {
      if (segments[i + 1]!.firstSeq <= seq + 1 && segments[i]!.file !== this.current.file) {
        await rm(segments[i]!.file, { force: true });
      }
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

function setTailAside(file: string, validBytes: number, bad: NonNullable<SegmentRead<unknown>['bad']>): DroppedTail {
  let keptIn = `${file}.dropped-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  while (existsSync(keptIn)) keptIn += '-';
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  try {
    const tail = Buffer.alloc(size - validBytes);
    let read = 0;
    while (read < tail.length) {
      const n = readSyncAt(fd, tail, read, validBytes + read);
      if (n === 0) break;
      read += n;
    }
    writeFileSync(keptIn, tail.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return { file, lineNo: bad.lineNo, offset: bad.offset, reason: bad.reason, keptIn };
}

function readSyncAt(fd: number, buffer: Buffer, offset: number, position: number): number {
  return readSync(fd, buffer, offset, buffer.length - offset, position);
}
