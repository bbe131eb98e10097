/**
 * The embedded account store: accounts, sessions, API tokens and saved views in memory, made
 * durable by a journal of their own (`accounts.journal.<seq>.jsonl`, checksummed lines fsync'd
 * before a change is acknowledged) and snapshots (`accounts.snapshot.<seq>.jsonl`), with the same
 * rules as the graph's: a damaged last line is set aside and logged, a damaged line elsewhere stops
 * the start, a damaged snapshot falls back to the previous one plus the journal. It lives in
 * DATA_DIR beside the graph, under its own lock.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AccountRecord, ApiTokenRecord, SessionRecord } from '../../accounts/records.js';
import { AccountState, type Change, type Entry, type State } from './account-state.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { AccountStore } from '../account-port.js';
import type { SavedViewRecord } from '../../views/records.js';
import type { StoredReading } from '../../reading/stored.js';
import { releaseLock, takeLock } from './data-dir-lock.js';
import type { FileIo } from './durable-file.js';
import { hasLegacyFiles, readLegacyJournal, readLegacySnapshot, removeLegacyFiles } from './legacy-files.js';
import { SegmentedLog } from './segmented-log.js';
import {
  listSnapshots,
  pruneSnapshots,
  readSnapshot,
  setAsideDamaged,
  SNAPSHOT_FORMAT,
  writeSnapshot,
} from './snapshot-files.js';
import { StoreDamagedError } from './store-damage.js';

export const ACCOUNTS_PREFIX = 'accounts';
const LOCK = 'accounts.lock';

export class EmbeddedAccountStore implements AccountStore {
  private readonly state = new AccountState();
  private closed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private snapshotQueued = false;
  private snapshotting: Promise<void> | undefined;
  private legacy = false;

  private constructor(
    private readonly dir: string,
    private log: SegmentedLog<Entry> | undefined,
    private readonly compactAfterBytes: number,
    private readonly warn: (message: string) => void,
  ) {}

  static open(
    dir: string,
    options: { compactAfterBytes?: number; io?: FileIo; log?: (message: string) => void } = {},
  ): EmbeddedAccountStore {
    takeLock(dir, LOCK);
    const warn = options.log ?? ((m: string) => console.warn(m));
    const store = new EmbeddedAccountStore(dir, undefined, options.compactAfterBytes ?? 1024 * 1024, warn);
    try {
      for (const name of readdirSync(dir)) {
        if (name.startsWith(`${ACCOUNTS_PREFIX}.snapshot.`) && name.endsWith('.tmp')) rmSync(path.join(dir, name));
      }
      const damaged: string[] = [];
      let seq = store.loadSnapshot(damaged);
      if (seq === undefined) {
        seq = 0;
        const legacy = readLegacySnapshot<State>(dir, ACCOUNTS_PREFIX);
        if (legacy) store.state.load(legacy);
        // Legacy lines carry no sequence number: they are numbered in order, after the legacy snapshot.
        for (const change of readLegacyJournal<Change>(dir, ACCOUNTS_PREFIX, warn)) {
          store.state.apply(change);
          seq += 1;
        }
      }
      const opened = SegmentedLog.open<Entry>(dir, ACCOUNTS_PREFIX, seq, {
        ...(options.io ? { io: options.io } : {}),
        log: warn,
      });
      for (const entry of opened.entries) store.state.apply(entry);
      // Started: damaged snapshots are set aside (kept), so none is ever taken for a fallback again.
      for (const file of damaged) setAsideDamaged(file);
      store.log = opened.log;
      store.legacy = hasLegacyFiles(dir, ACCOUNTS_PREFIX);
      store.compactIfWanted();
      return store;
    } catch (e) {
      releaseLock(dir, LOCK);
      throw e;
    }
  }

  createAccount(account: AccountRecord): Promise<void> {
    return this.serially(async () => {
      this.check();
      if (this.state.accounts.has(account.id)) throw new ConflictError(`an account has the id '${account.id}'`, 'id');
      if (this.byUsername(account.username)) throw new ConflictError('the username is taken', 'username');
      await this.commit({ op: 'account', account });
    });
  }

  updateAccount(account: AccountRecord): Promise<void> {
    return this.serially(async () => {
      this.check();
      const old = this.state.accounts.get(account.id);
      if (!old) throw new NotFoundError(`no account has the id '${account.id}'`, 'id');
      await this.commit({ op: 'account', account: { ...account, username: old.username } });
    });
  }

  async getAccount(id: string): Promise<AccountRecord | null> {
    return this.state.accounts.get(id) ?? null;
  }

  async findAccount(username: string): Promise<AccountRecord | null> {
    return this.byUsername(username) ?? null;
  }

  async listAccounts(): Promise<AccountRecord[]> {
    return [...this.state.accounts.values()].sort((a, b) => (a.username < b.username ? -1 : 1));
  }

  createSession(session: SessionRecord): Promise<void> {
    return this.serially(async () => {
      this.check();
      for (const s of this.state.sessions.values()) {
        if (s.expiresAt < session.createdAt) await this.commit({ op: 'deleteSession', idHash: s.idHash });
      }
      await this.commit({ op: 'session', session });
    });
  }

  async getSession(idHash: string): Promise<SessionRecord | null> {
    return this.state.sessions.get(idHash) ?? null;
  }

  deleteSession(idHash: string): Promise<void> {
    return this.serially(async () => {
      this.check();
      if (this.state.sessions.has(idHash)) await this.commit({ op: 'deleteSession', idHash });
    });
  }

  deleteSessionsOf(accountId: string): Promise<void> {
    return this.serially(async () => {
      this.check();
      await this.commit({ op: 'deleteSessionsOf', accountId });
    });
  }

  createToken(token: ApiTokenRecord): Promise<void> {
    return this.serially(async () => {
      this.check();
      if (this.state.tokens.has(token.id)) throw new ConflictError(`a token has the id '${token.id}'`, 'id');
      await this.commit({ op: 'token', token });
    });
  }

  async getToken(secretHash: string): Promise<ApiTokenRecord | null> {
    for (const t of this.state.tokens.values()) if (t.secretHash === secretHash) return t;
    return null;
  }

  async getTokenById(id: string): Promise<ApiTokenRecord | null> {
    return this.state.tokens.get(id) ?? null;
  }

  async listTokens(accountId: string): Promise<ApiTokenRecord[]> {
    return [...this.state.tokens.values()]
      .filter((t) => t.accountId === accountId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  deleteToken(id: string): Promise<void> {
    return this.serially(async () => {
      this.check();
      if (this.state.tokens.has(id)) await this.commit({ op: 'deleteToken', id });
    });
  }

  async listViews(): Promise<SavedViewRecord[]> {
    return [...this.state.views.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  }

  async getView(id: string): Promise<SavedViewRecord | null> {
    return this.state.views.get(id) ?? null;
  }

  createView(view: SavedViewRecord): Promise<void> {
    return this.serially(async () => {
      this.check();
      if (this.state.views.has(view.id)) throw new ConflictError(`a saved view has the id '${view.id}'`, 'id');
      await this.commit({ op: 'view', view });
    });
  }

  updateView(view: SavedViewRecord, expectedVersion: number): Promise<void> {
    return this.serially(async () => {
      this.check();
      this.expectVersion(view.id, expectedVersion);
      await this.commit({ op: 'view', view });
    });
  }

  deleteView(id: string, expectedVersion: number): Promise<void> {
    return this.serially(async () => {
      this.check();
      this.expectVersion(id, expectedVersion);
      await this.commit({ op: 'deleteView', id });
    });
  }

  async listReadings(): Promise<StoredReading[]> {
    return [...this.state.readings.values()].sort((a, b) =>
      a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : a.id < b.id ? -1 : 1,
    );
  }

  async getReading(id: string): Promise<StoredReading | null> {
    return this.state.readings.get(id) ?? null;
  }

  putReading(reading: StoredReading, expectedVersion: number): Promise<void> {
    return this.serially(async () => {
      this.check();
      const old = this.state.readings.get(reading.id);
      if (expectedVersion === 0 && old) throw new ConflictError(`a reading has the id '${reading.id}'`, 'id');
      if (expectedVersion !== 0 && !old) throw new NotFoundError(`no reading has the id '${reading.id}'`, 'id');
      if (old && old.version !== expectedVersion) {
        throw new ConflictError('the reading was changed meanwhile', 'expectedVersion');
      }
      await this.commit({ op: 'reading', reading });
    });
  }

  /** Waits for a background snapshot to finish (for tests and benchmarks). */
  async snapshotSettled(): Promise<void> {
    await this.queue;
    await this.snapshotting;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.closed) return;
    this.closed = true;
    await this.snapshotting;
    this.log?.close();
    releaseLock(this.dir, LOCK);
  }

  private check(): void {
    if (this.closed) throw new Error('the account store is closed');
  }

  private expectVersion(id: string, expectedVersion: number): void {
    const old = this.state.views.get(id);
    if (!old) throw new NotFoundError(`no saved view has the id '${id}'`, 'id');
    if (old.version !== expectedVersion) {
      throw new ConflictError(
        `the view was changed meanwhile (version ${old.version}, not ${expectedVersion})`,
        'expectedVersion',
      );
    }
  }

  private byUsername(username: string): AccountRecord | undefined {
    const wanted = username.toLowerCase();
    for (const a of this.state.accounts.values()) if (a.username === wanted) return a;
    return undefined;
  }

  /** On disk first (fsync), then in memory: an acknowledged change survives a crash. */
  private async commit(change: Change): Promise<void> {
    const log = this.log!;
    await log.append({ ...change, seq: log.seq + 1 });
    this.state.apply(change);
    this.compactIfWanted();
  }

  /** Changes run one at a time, in the order they arrive: a check and its change are never split. */
  private serially<R>(work: () => Promise<R>): Promise<R> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private compactIfWanted(): void {
    const log = this.log!;
    if (this.closed || this.snapshotting || this.snapshotQueued) return;
    if (!(this.legacy || log.bytesSinceRotation > this.compactAfterBytes)) return;
    this.snapshotQueued = true;
    // Through the queue: the journal turns to a new segment, and the state is copied, between two changes.
    this.serially(async () => {
      this.snapshotQueued = false;
      if (this.closed) return;
      await log.rotate();
      const seq = log.seq;
      // Small enough to copy whole (references only): the snapshot is then written in the background.
      const chunks = [...this.state.chunks(new Date().toISOString())];
      this.snapshotting = writeSnapshot(this.dir, ACCOUNTS_PREFIX, { format: SNAPSHOT_FORMAT, seq }, chunks)
        .then(async () => {
          if (this.legacy) {
            removeLegacyFiles(this.dir, ACCOUNTS_PREFIX);
            this.legacy = false;
          }
          const fallback = listSnapshots(this.dir, ACCOUNTS_PREFIX).find((s) => s.seq < seq);
          if (fallback) {
            await pruneSnapshots(this.dir, ACCOUNTS_PREFIX, fallback.seq);
            await log.prune(fallback.seq);
          }
        })
        .catch((e: unknown) =>
          this.warn(`The accounts snapshot failed (the journal still holds every change): ${String(e)}`),
        )
        .finally(() => {
          this.snapshotting = undefined;
        });
    }).catch((e: unknown) => {
      this.snapshotQueued = false;
      this.warn(`An accounts snapshot could not start (the journal still holds every change): ${String(e)}`);
    });
  }

  /** Loads the newest snapshot that reads whole, naming any damaged one; its seq, or undefined. */
  private loadSnapshot(damaged: string[]): number | undefined {
    for (const snapshot of listSnapshots(this.dir, ACCOUNTS_PREFIX)) {
      this.state.reset();
      try {
        return readSnapshot(snapshot.file, (chunk) => this.state.load(chunk as Partial<State>)).seq;
      } catch (e) {
        if (!(e instanceof StoreDamagedError)) throw e;
        damaged.push(snapshot.file);
        this.warn(`${e.message.split('. ')[0]}. Falling back to the previous snapshot and the journal.`);
      }
    }
    this.state.reset();
    return undefined;
  }
}
