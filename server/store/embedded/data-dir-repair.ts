/**
 * `npm run store:repair`: rebuilds a damaged data directory from everything in it that can still
 * be trusted, and says exactly what it could not keep. It first copies every store file into a
 * backup folder (nothing is ever lost to the repair itself), then loads the newest snapshot that
 * reads whole, applies every journal entry that reads whole in order (entries after a damaged one
 * included) when it still applies, and writes the result as a fresh snapshot with an empty journal.
 * It takes the data directory's locks, so it refuses while a server holds it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AccountState, type Change } from './account-state.js';
import { releaseLock, takeLock } from './data-dir-lock.js';
import { fsyncDir } from './durable-file.js';
import { PREFIXES, scanJournal, type LineProblem, type Prefix } from './data-dir-inspection.js';
import { GraphState } from './graph-state.js';
import type { GraphChunk, JournalEntry } from './journal.js';
import { legacyJournalPath, legacySnapshotPath, readLegacySnapshot } from './legacy-files.js';
import { listSegments } from './segmented-log.js';
import { listSnapshots, readSnapshot, SNAPSHOT_FORMAT, writeSnapshot } from './snapshot-files.js';
import { StoreDamagedError } from './store-damage.js';

export interface RepairReport {
  prefix: Prefix;
  backup: string;
  /** The snapshot the repair started from (undefined: an empty store). */
  base: string | undefined;
  damagedSnapshots: LineProblem[];
  /** Lines that could not be read: their writes are lost. */
  unreadableLines: LineProblem[];
  /** Entries read whole that no longer apply (they depended on a lost one). */
  notApplied: { seq: number; reason: string; records: string[] }[];
  /** Entry numbers after the base that no file holds. */
  missing: number[];
  kept: number;
  seq: number;
}

/** Repairs both the graph and the accounts of a data directory. */
export async function repairDataDir(dir: string): Promise<RepairReport[]> {
  takeLock(dir, 'store.lock');
  try {
    takeLock(dir, 'accounts.lock');
    try {
      const backup = path.join(dir, `repair-backup-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      mkdirSync(backup);
      for (const name of readdirSync(dir)) {
        if (/^(graph|accounts)\./.test(name) && !name.endsWith('.lock')) {
          copyFileSync(path.join(dir, name), path.join(backup, name));
        }
      }
      fsyncDir(backup);
      const reports: RepairReport[] = [];
      for (const prefix of PREFIXES) reports.push(await repairPrefix(dir, prefix, backup));
      return reports;
    } finally {
      releaseLock(dir, 'accounts.lock');
    }
  } finally {
    releaseLock(dir, 'store.lock');
  }
}

interface Rebuilt {
  load(chunk: unknown): void;
  reset(): void;
  apply(entry: { seq?: number }): void;
  chunks(): Iterable<unknown>;
  loadHeader(header: Record<string, unknown>): void;
  header(): Record<string, unknown>;
}

function rebuilder(prefix: Prefix): Rebuilt {
  if (prefix === 'graph') {
    const state = new GraphState();
    return {
      load: (chunk) => state.chunk(chunk as GraphChunk),
      reset: () => state.reset(),
      apply: (entry) => state.apply(entry as JournalEntry),
      chunks: () => state.chunks(),
      loadHeader: (header) => state.auditSeq(Number(header.auditSeq ?? 0)),
      header: () => ({ auditSeq: state.lastAuditSeq }),
    };
  }
  const state = new AccountState();
  return {
    load: (chunk) => state.load(chunk as Parameters<AccountState['load']>[0]),
    reset: () => state.reset(),
    apply: (entry) => state.apply(entry as Change),
    chunks: () => state.chunks(new Date().toISOString()),
    loadHeader: () => undefined,
    header: () => ({}),
  };
}

async function repairPrefix(dir: string, prefix: Prefix, backup: string): Promise<RepairReport> {
  const state = rebuilder(prefix);
  const damagedSnapshots: LineProblem[] = [];
  let base: { file: string | undefined; seq: number } | undefined;
  for (const s of listSnapshots(dir, prefix)) {
    state.reset();
    try {
      const header = readSnapshot(s.file, (chunk) => state.load(chunk));
      state.loadHeader(header);
      base = { file: s.file, seq: header.seq };
      break;
    } catch (e) {
      if (!(e instanceof StoreDamagedError)) throw e;
      damagedSnapshots.push({ file: e.file, lineNo: e.lineNo, offset: e.offset, reason: e.reason });
    }
  }
  if (!base) {
    state.reset();
    const legacy = readLegacySnapshotOrNothing(dir, prefix, damagedSnapshots);
    if (legacy) {
      if (prefix === 'graph') {
        const l = legacy as { nodes: never[]; relationships: never[]; versions?: object; audit?: never[] };
        state.load({ n: l.nodes, r: l.relationships, v: Object.entries(l.versions ?? {}), a: l.audit ?? [] });
      } else state.load(legacy);
      state.loadHeader(legacy);
    }
    base = { file: legacy ? legacySnapshotPath(dir, prefix) : undefined, seq: Number(legacy?.seq ?? 0) };
  }

  const unreadableLines: LineProblem[] = [];
  const bySeq = new Map<number, { seq?: number }>();
  let legacyCount = 0;
  const files = [
    ...(existsSync(legacyJournalPath(dir, prefix)) ? [legacyJournalPath(dir, prefix)] : []),
    ...listSegments(dir, prefix).map((s) => s.file),
  ];
  for (const file of files) {
    const scanned = scanJournal<{ seq?: number }>(file);
    unreadableLines.push(...scanned.problems);
    for (const entry of scanned.entries) {
      const seq = entry.seq ?? ++legacyCount;
      if (seq > base.seq && !bySeq.has(seq)) bySeq.set(seq, entry);
    }
  }
  const order = [...bySeq.keys()].sort((a, b) => a - b);
  const last = order.at(-1) ?? base.seq;
  const missing: number[] = [];
  for (let seq = base.seq + 1; seq <= last; seq++) if (!bySeq.has(seq)) missing.push(seq);
  const notApplied: RepairReport['notApplied'] = [];
  let kept = 0;
  for (const seq of order) {
    const entry = bySeq.get(seq)!;
    try {
      state.apply(entry);
      kept += 1;
    } catch (e) {
      notApplied.push({ seq, reason: (e as Error).message, records: recordsOf(entry) });
    }
  }
  const seq = Math.max(last, base.seq);
  await writeSnapshot(dir, prefix, { format: SNAPSHOT_FORMAT, seq, ...state.header() }, state.chunks());
  // Everything else of this prefix is superseded by the new snapshot (and kept in the backup).
  const fresh = path.basename(listSnapshots(dir, prefix).find((s) => s.seq === seq)!.file);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${prefix}.`) && name !== fresh && !name.endsWith('.lock')) rmSync(path.join(dir, name));
  }
  fsyncDir(dir);
  return { prefix, backup, base: base.file, damagedSnapshots, unreadableLines, notApplied, missing, kept, seq };
}

function readLegacySnapshotOrNothing(
  dir: string,
  prefix: Prefix,
  damaged: LineProblem[],
): Record<string, unknown> | undefined {
  try {
    return readLegacySnapshot<Record<string, unknown>>(dir, prefix);
  } catch (e) {
    if (!(e instanceof StoreDamagedError)) throw e;
    damaged.push({ file: e.file, lineNo: e.lineNo, offset: e.offset, reason: e.reason });
    return undefined;
  }
}

/** The ids an entry wrote, to name what was not kept. */
function recordsOf(entry: unknown): string[] {
  const e = entry as Partial<JournalEntry> & Record<string, { id?: string } | string | undefined>;
  if (e.batch) {
    return [
      ...(e.batch.upsertNodes ?? []).map((n) => n.id),
      ...(e.batch.upsertRelationships ?? []).map((r) => r.id),
      ...(e.batch.deleteNodes ?? []),
      ...(e.batch.deleteRelationships ?? []),
    ];
  }
  return [String(e.op ?? 'change')];
}

/** The report as lines of text. */
export function describeRepair(r: RepairReport): string[] {
  const lines = [
    `${r.prefix}: kept ${r.kept} journal entries on top of ${r.base ?? 'an empty store'}; now one snapshot (entries up to ${r.seq}).`,
  ];
  for (const s of r.damagedSnapshots) {
    lines.push(`  not used: damaged snapshot ${s.file} (line ${s.lineNo}, byte offset ${s.offset}: ${s.reason})`);
  }
  for (const p of r.unreadableLines) {
    lines.push(`  LOST: unreadable line ${p.lineNo} of ${p.file} (byte offset ${p.offset}: ${p.reason})`);
  }
  if (r.missing.length) lines.push(`  LOST: journal entries ${r.missing.join(', ')} (no file holds them whole)`);
  for (const n of r.notApplied) {
    lines.push(`  NOT KEPT: entry ${n.seq} (${n.records.join(', ')}): ${n.reason}`);
  }
  lines.push(`  the original files are in ${r.backup}`);
  return lines;
}
