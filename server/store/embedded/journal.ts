/**
 * Durable storage for the embedded graph store: snapshots plus a segmented journal of the batches
 * written since (see segmented-log.ts and snapshot-files.ts for the file formats). A write is
 * acknowledged only after its journal line is on disk (fsync), so an acknowledged write survives
 * `kill -9` and power loss. A snapshot is written in the background while writes go on: the
 * journal starts a new segment first, so whatever is written meanwhile stays in the journal.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AuditEntry } from '../../domain/audit.js';
import type { Dataset, WriteBatch } from '../port.js';
import { releaseLock, takeLock } from './data-dir-lock.js';
import type { FileIo } from './durable-file.js';
import {
  hasLegacyFiles,
  legacySnapshotPath,
  readLegacyJournal,
  readLegacySnapshot,
  removeLegacyFiles,
} from './legacy-files.js';
import { SegmentedLog } from './segmented-log.js';
import {
  listSnapshots,
  pruneSnapshots,
  readSnapshot,
  SNAPSHOT_FORMAT,
  setAsideDamaged,
  writeSnapshot,
  type SnapshotHeader,
} from './snapshot-files.js';
import { StoreDamagedError } from './store-damage.js';

export const GRAPH_PREFIX = 'graph';
const LOCK = 'store.lock';

/** Everything the store holds: the graph, the versions of its records and the audit trail. */
export interface StoreState extends Dataset {
  /** Versions above 1, by node or relationship id (every other record is at version 1). */
  versions: Record<string, number>;
  /** The audit trail, oldest first. */
  audit: AuditEntry[];
  /** The number of the last audit entry ever written (entries may have been reset since). */
  auditSeq: number;
}

/** One acknowledged write: a batch and, for an edit, its audit entry, in one line. */
export interface JournalEntry {
  seq: number;
  batch: WriteBatch;
  audit?: AuditEntry;
}

/** One line of a graph snapshot: a chunk of one kind of record. */
export interface GraphChunk {
  n?: Dataset['nodes'];
  r?: Dataset['relationships'];
  v?: [string, number][];
  a?: AuditEntry[];
}

/** Receives a snapshot as it is read; `reset` when a damaged one is abandoned for an older one. */
export interface SnapshotSink {
  reset(): void;
  chunk(chunk: GraphChunk): void;
  auditSeq(seq: number): void;
}

export interface JournalOptions {
  /** Start a snapshot once the current journal segment is this large. */
  compactAfterBytes?: number;
  io?: FileIo;
  log?: (message: string) => void;
}

export class Journal {
  private snapshotting = false;

  private constructor(
    private readonly dir: string,
    private readonly log: SegmentedLog<JournalEntry>,
    private readonly compactAfterBytes: number,
    /** Legacy files (written before this format) are still present. */
    private legacy: boolean,
  ) {}

  /** Opens (creating) the data directory, takes its lock and recovers what it holds into `sink`. */
  static open(
    dir: string,
    sink: SnapshotSink,
    options: JournalOptions = {},
  ): { journal: Journal; entries: JournalEntry[] } {
    mkdirSync(dir, { recursive: true });
    takeLock(dir, LOCK);
    try {
      const warn = options.log ?? ((m: string) => console.warn(m));
      removeUnfinished(dir);
      const damaged: string[] = [];
      let seq = loadNewestSnapshot(dir, sink, warn, damaged);
      const entries: JournalEntry[] = [];
      if (seq === undefined) seq = loadLegacySnapshot(dir, sink);
      for (const entry of readLegacyJournal<JournalEntry>(dir, GRAPH_PREFIX, warn)) {
        if (entry.seq <= seq) continue;
        entries.push(entry);
        seq = entry.seq;
      }
      const opened = SegmentedLog.open<JournalEntry>(dir, GRAPH_PREFIX, seq, {
        ...(options.io ? { io: options.io } : {}),
        log: warn,
      });
      // Started: damaged snapshots are set aside (kept), so none is ever taken for a fallback again.
      for (const file of damaged) setAsideDamaged(file);
      const journal = new Journal(
        dir,
        opened.log,
        options.compactAfterBytes ?? 16 * 1024 * 1024,
        hasLegacyFiles(dir, GRAPH_PREFIX),
      );
      return {
        journal,
        entries: [...entries, ...opened.entries],
      };
    } catch (e) {
      releaseLock(dir, LOCK);
      throw e;
    }
  }

  /**
   * Appends a batch, with its audit entry when it is an edit, as one line, and returns once it is
   * on disk: the change and its entry are acknowledged, or lost, together. Rejects with StoreWriteError,
   * having acknowledged nothing, when the disk refuses.
   */
  append(batch: WriteBatch, audit?: AuditEntry): Promise<void> {
    const seq = this.log.seq + 1;
    return this.log.append(audit ? { seq, batch, audit } : { seq, batch });
  }

  /** Whether a snapshot would now shorten recovery enough to be worth writing (and none is under way). */
  get wantsCompaction(): boolean {
    return !this.snapshotting && (this.legacy || this.log.bytesSinceRotation > this.compactAfterBytes);
  }

  /**
   * Starts a snapshot of the state as it is now: later entries go to a new journal segment. Call
   * it between writes; then write the state as of now with `writeSnapshot`.
   */
  async beginSnapshot(): Promise<number> {
    this.snapshotting = true;
    try {
      await this.log.rotate();
    } catch (e) {
      this.snapshotting = false;
      throw e;
    }
    return this.log.seq;
  }

  /**
   * Writes the snapshot begun at `seq` from its chunks (produced lazily, between asynchronous
   * writes), then drops what two snapshots now make redundant. False when abandoned.
   */
  async writeSnapshot(
    seq: number,
    auditSeq: number,
    chunks: Iterable<GraphChunk>,
    stillWanted: () => boolean = () => true,
  ): Promise<boolean> {
    try {
      const header: SnapshotHeader = { format: SNAPSHOT_FORMAT, seq, auditSeq };
      const written = await writeSnapshot(this.dir, GRAPH_PREFIX, header, chunks, stillWanted);
      if (written) await this.pruneBefore(seq);
      return written;
    } finally {
      this.snapshotting = false;
    }
  }

  /** A reset (replaceAll) takes a sequence number of its own and is written as a snapshot. */
  async writeReset(auditSeq: number, chunks: Iterable<GraphChunk>): Promise<void> {
    this.log.skipTo(this.log.seq + 1);
    const seq = await this.beginSnapshot();
    await this.writeSnapshot(seq, auditSeq, chunks);
  }

  close(): void {
    this.log.close();
    releaseLock(this.dir, LOCK);
  }

  /** Keeps the newest snapshot and the one before it (the fallback) and the journal after that one. */
  private async pruneBefore(newest: number): Promise<void> {
    if (this.legacy) {
      // Migrated: the new snapshot holds everything the legacy files did.
      removeLegacyFiles(this.dir, GRAPH_PREFIX);
      this.legacy = false;
    }
    const fallback = listSnapshots(this.dir, GRAPH_PREFIX).find((s) => s.seq < newest);
    if (!fallback) return;
    await pruneSnapshots(this.dir, GRAPH_PREFIX, fallback.seq);
    await this.log.prune(fallback.seq);
  }
}

/** Loads the newest snapshot that reads whole; a damaged one is named and the previous one tried. */
function loadNewestSnapshot(
  dir: string,
  sink: SnapshotSink,
  warn: (m: string) => void,
  damaged: string[],
): number | undefined {
  for (const snapshot of listSnapshots(dir, GRAPH_PREFIX)) {
    sink.reset();
    try {
      const header = readSnapshot(snapshot.file, (chunk) => sink.chunk(chunk as GraphChunk));
      sink.auditSeq(Number(header.auditSeq ?? 0));
      return header.seq;
    } catch (e) {
      if (!(e instanceof StoreDamagedError)) throw e;
      damaged.push(snapshot.file);
      warn(`${e.message.split('. ')[0]}. Falling back to the previous snapshot and the journal.`);
    }
  }
  sink.reset();
  return undefined;
}

interface LegacySnapshot extends Dataset {
  format: number;
  seq: number;
  versions?: Record<string, number>;
  audit?: AuditEntry[];
  auditSeq?: number;
}

function loadLegacySnapshot(dir: string, sink: SnapshotSink): number {
  const legacy = readLegacySnapshot<LegacySnapshot>(dir, GRAPH_PREFIX);
  if (!legacy) return 0;
  if (![1, 2].includes(legacy.format)) {
    throw new Error(`${legacySnapshotPath(dir, GRAPH_PREFIX)} has format ${legacy.format}; this version reads 1 to 3`);
  }
  sink.chunk({
    n: legacy.nodes,
    r: legacy.relationships,
    v: Object.entries(legacy.versions ?? {}),
    a: legacy.audit ?? [],
  });
  sink.auditSeq(legacy.auditSeq ?? 0);
  return legacy.seq;
}

/** Temporary files of snapshots a crash interrupted: never renamed, so never part of the state. */
function removeUnfinished(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${GRAPH_PREFIX}.snapshot.`) && name.endsWith('.tmp')) rmSync(path.join(dir, name));
  }
}
