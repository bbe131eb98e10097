/**
 * One writer per data directory. The lock file is created atomically (written under a private
 * name, then hard-linked into place, which fails if it exists), so of any number of processes
 * starting at once exactly one gets it, and it never exists half-written. It names the holder by
 * process id and process start time, so a lock left by a crashed process is recognised as stale
 * even when its process id has since been reused.
 */
import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: string,
  ) {
    super(
      `The data directory ${dir} is in use by process ${holder} (a running server, or a seed, import or export ` +
        `command). The embedded store lets one process at a time hold it: stop that process, or set DATA_DIR ` +
        `to another directory.`,
    );
    this.name = 'DataDirInUseError';
  }
}

interface Holder {
  pid: number;
  /** Clock ticks after boot at which the process started (Linux), or null where unknown. */
  startedAt: string | null;
}

/** Lock files this process holds, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

export function takeLock(dir: string, name: string): void {
  const lock = path.join(dir, name);
  const me: Holder = { pid: process.pid, startedAt: startTimeOf(process.pid) };
  if (heldHere.has(lock)) throw new DataDirInUseError(dir, `${process.pid} (this process)`);
  if (!createExclusively(lock, me)) {
    // Held, or left behind by a process that died: only a stale lock may be broken, and only by
    // one process at a time (the breaker is itself an exclusive lock).
    const holder = readHolder(lock);
    if (holder && isRunning(holder)) throw new DataDirInUseError(dir, String(holder.pid));
    const breaker = `${lock}.breaking`;
    if (!createExclusively(breaker, me)) {
      const other = readHolder(breaker);
      if (!other || isRunning(other)) throw new DataDirInUseError(dir, holder ? String(holder.pid) : 'unknown');
      removeIfStill(breaker, other);
      if (!createExclusively(breaker, me)) throw new DataDirInUseError(dir, 'unknown');
    }
    try {
      const current = readHolder(lock);
      if (current && isRunning(current)) throw new DataDirInUseError(dir, String(current.pid));
      if (current) removeIfStill(lock, current);
      if (!createExclusively(lock, me)) throw new DataDirInUseError(dir, String(readHolder(lock)?.pid ?? 'unknown'));
    } finally {
      rmSync(breaker, { force: true });
    }
  }
  heldHere.add(lock);
}

/** Removes the lock if this process holds it. */
export function releaseLock(dir: string, name: string): void {
  const lock = path.join(dir, name);
  if (!heldHere.delete(lock)) return;
  const holder = readHolder(lock);
  if (holder?.pid === process.pid) rmSync(lock, { force: true });
}

/** Who holds a lock file, if it exists and can be read. */
export function readHolder(lock: string): Holder | undefined {
  try {
    const [pid, startedAt] = readFileSync(lock, 'utf8').trim().split(' ');
    return Number(pid) > 0 ? { pid: Number(pid), startedAt: startedAt ?? null } : undefined;
  } catch {
    return undefined;
  }
}

export function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTimeOf(holder.pid);
  // A live process with another start time reuses the id of the one that took the lock.
  return holder.startedAt === null || now === null || now === holder.startedAt;
}

function createExclusively(file: string, holder: Holder): boolean {
  const mine = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(mine, `${holder.pid} ${holder.startedAt ?? ''}`.trim());
  try {
    linkSync(mine, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(mine);
  }
}

/**
 * Removes a stale lock only if it still names the holder judged stale: it is moved aside first
 * (atomic), and put back if a live process had replaced it meanwhile.
 */
function removeIfStill(file: string, stale: Holder): void {
  const aside = `${file}.stale.${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else removed it first
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale.pid || moved.startedAt !== stale.startedAt)) {
    try {
      linkSync(aside, file);
    } catch {
      // Another process took the lock in between; theirs stands.
    }
  }
  rmSync(aside, { force: true });
}

/** The start time of a process from /proc (Linux); null where /proc is not available. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, starttime field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
