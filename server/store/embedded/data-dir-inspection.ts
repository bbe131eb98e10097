/**
 * What `npm run store:check` reports about a data directory, read-only (it may run beside a
 * server): every snapshot and journal file of the graph and the accounts, each line's checksum,
 * and whether the journal continues each usable snapshot without a missing entry. It says what a
 * start would do: start cleanly, drop a damaged last line, fall back to an older snapshot, or refuse.
 */
import { existsSync } from 'node:fs';
import { decodeLine, readLines } from './checksum-lines.js';
import { readHolder, isRunning } from './data-dir-lock.js';
import { legacyJournalPath, legacySnapshotPath, readLegacySnapshot } from './legacy-files.js';
import { listSegments } from './segmented-log.js';
import { listSnapshots, readSnapshot } from './snapshot-files.js';
import { StoreDamagedError } from './store-damage.js';
import path from 'node:path';

export const PREFIXES = ['graph', 'accounts'] as const;
export type Prefix = (typeof PREFIXES)[number];

export interface LineProblem {
  file: string;
  lineNo: number;
  offset: number;
  reason: string;
}

export interface ScannedJournal<T> {
  file: string;
  /** Every line that reads whole, even after a bad one. */
  entries: T[];
  problems: LineProblem[];
  /** A bad line that is the file's last line (a start drops it). */
  badTailOnly: boolean;
}

/** Reads every line of a journal file, carrying on past bad ones. */
export function scanJournal<T>(file: string): ScannedJournal<T> {
  const entries: T[] = [];
  const problems: LineProblem[] = [];
  let lastWasBad = false;
  for (const line of readLines(file)) {
    const decoded = line.complete ? decodeLine(line.bytes) : { ok: false as const, reason: 'line not finished' };
    if (decoded.ok) entries.push(decoded.value as T);
    else problems.push({ file, lineNo: line.lineNo, offset: line.offset, reason: decoded.reason });
    lastWasBad = !decoded.ok;
  }
  return { file, entries, problems, badTailOnly: problems.length === 1 && lastWasBad };
}

export interface PrefixReport {
  prefix: Prefix;
  snapshots: { file: string; seq: number; problem?: LineProblem }[];
  journals: { file: string; entries: number; problems: LineProblem[] }[];
  /** The snapshot a start would load (newest that reads whole), or the legacy one. */
  base: { file: string | undefined; seq: number };
  lastSeq: number;
  /** Entry numbers missing after the base: a start refuses. */
  missing: number[];
  /** What a start would do, in words. */
  verdict: 'ok' | 'drops-last-line' | 'falls-back' | 'refuses';
}

export function inspectPrefix(dir: string, prefix: Prefix): PrefixReport {
  const snapshots: PrefixReport['snapshots'] = [];
  let base: PrefixReport['base'] | undefined;
  for (const s of listSnapshots(dir, prefix)) {
    try {
      readSnapshot(s.file, () => undefined);
      snapshots.push({ file: s.file, seq: s.seq });
      base ??= { file: s.file, seq: s.seq };
    } catch (e) {
      if (!(e instanceof StoreDamagedError)) throw e;
      snapshots.push({
        file: s.file,
        seq: s.seq,
        problem: { file: e.file, lineNo: e.lineNo, offset: e.offset, reason: e.reason },
      });
    }
  }
  if (!base) {
    const legacy = existsSync(legacySnapshotPath(dir, prefix))
      ? readLegacySnapshot<{ seq?: number }>(dir, prefix)
      : undefined;
    base = { file: legacy ? legacySnapshotPath(dir, prefix) : undefined, seq: legacy?.seq ?? 0 };
  }
  const files = [
    ...(existsSync(legacyJournalPath(dir, prefix)) ? [legacyJournalPath(dir, prefix)] : []),
    ...listSegments(dir, prefix).map((s) => s.file),
  ];
  const journals: PrefixReport['journals'] = [];
  const seqs = new Set<number>();
  let lastSeq = base.seq;
  let legacyCount = base.seq;
  let problems = 0;
  let tailOnly = false;
  files.forEach((file, i) => {
    const scanned = scanJournal<{ seq?: number }>(file);
    journals.push({ file, entries: scanned.entries.length, problems: scanned.problems });
    for (const entry of scanned.entries) {
      // Legacy account lines carry no number: they count up from the legacy snapshot.
      const seq = entry.seq ?? ++legacyCount;
      seqs.add(seq);
      lastSeq = Math.max(lastSeq, seq);
    }
    problems += scanned.problems.length;
    if (i === files.length - 1 && scanned.badTailOnly) tailOnly = true;
  });
  const missing: number[] = [];
  for (let seq = base.seq + 1; seq <= lastSeq && missing.length < 100; seq++) if (!seqs.has(seq)) missing.push(seq);
  const damagedSnapshot = snapshots.some((s) => s.problem && s.seq > base.seq);
  const verdict =
    missing.length || problems > (tailOnly ? 1 : 0)
      ? 'refuses'
      : damagedSnapshot
        ? 'falls-back'
        : tailOnly
          ? 'drops-last-line'
          : 'ok';
  return { prefix, snapshots, journals, base, lastSeq, missing, verdict };
}

export function lockHolder(dir: string): string | undefined {
  for (const name of ['store.lock', 'accounts.lock']) {
    const holder = readHolder(path.join(dir, name));
    if (holder && isRunning(holder)) return `process ${holder.pid} holds ${name}`;
  }
  return undefined;
}

/** The report as lines of text. */
export function describe(report: PrefixReport): string[] {
  const lines = [`${report.prefix}: ${verdictText(report)}`];
  for (const s of report.snapshots) {
    lines.push(
      s.problem
        ? `  DAMAGED ${s.file} line ${s.problem.lineNo}, byte offset ${s.problem.offset}: ${s.problem.reason}`
        : `  ok      ${s.file} (entries up to ${s.seq})`,
    );
  }
  for (const j of report.journals) {
    lines.push(`  ${j.problems.length ? 'DAMAGED' : 'ok     '} ${j.file} (${j.entries} entries)`);
    for (const p of j.problems) lines.push(`          line ${p.lineNo}, byte offset ${p.offset}: ${p.reason}`);
  }
  if (report.missing.length) lines.push(`  missing journal entries: ${report.missing.join(', ')}`);
  return lines;
}

function verdictText(report: PrefixReport): string {
  switch (report.verdict) {
    case 'ok':
      return `ok, ${report.lastSeq} entries`;
    case 'drops-last-line':
      return 'a start drops the damaged last line (a write that was never acknowledged) and keeps the rest';
    case 'falls-back':
      return `a start falls back to ${report.base.file ?? 'an empty store'} and replays the journal`;
    case 'refuses':
      return 'a start refuses: run `npm run store:repair` (it keeps a backup and salvages every valid entry)';
  }
}
