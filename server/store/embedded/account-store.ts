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
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { AccountStore } from '../account-port.js';
import type { SavedViewRecord } from '../../views/records.js';
import { releaseLock, takeLock } from './data-dir-lock.js';
import type { FileIo } from './durable-file.js';
import { hasLegacyFiles, readLegacyJournal, readLegacySnapshot, removeLegacyFiles } from './legacy-files.js';
import { SegmentedLog } from './segmented-log.js';
import {
  chunked,
  listSnapshots,
  pruneSnapshots,
  readSnapshot,
  SNAPSHOT_FORMAT,
  writeSnapshot,
} from './snapshot-files.js';
import { StoreDamagedError } from './store-damage.js';

export const ACCOUNTS_PREFIX = 'accounts';
const LOCK = 'accounts.lock';

type Change =
  | { op: 'account'; account: AccountRecord }
  | { op: 'session'; session: SessionRecord }
  | { op: 'deleteSession'; idHash: string }
  | { op: 'deleteSessionsOf'; accountId: string }
  | { op: 'token'; token: ApiTokenRecord }
  | { op: 'deleteToken'; id: string }
  | { op: 'view'; view: SavedViewRecord }
  | { op: 'deleteView'; id: string };

type Entry = Change & { seq: number };

interface State {
  accounts: AccountRecord[];
  sessions: SessionRecord[];
  tokens: ApiTokenRecord[];
  /** Absent in snapshots written before saved views existed. */
  views?: SavedViewRecord[];
}

export class EmbeddedAccountStore implements AccountStore {
  private accounts = new Map<string, AccountRecord>();
  private sessions = new Map<string, SessionRecord>();
  private tokens = new Map<string, ApiTokenRecord>();
  private views = new Map<string, SavedViewRecord>();
  private closed = false;
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
      let seq = store.loadSnapshot();
      if (seq === undefined) {
        seq = 0;
        const legacy = readLegacySnapshot<State>(dir, ACCOUNTS_PREFIX);
        if (legacy) store.loadState(legacy);
        // Legacy lines carry no sequence number: they are numbered in order, after the legacy snapshot.
        for (const change of readLegacyJournal<Change>(dir, ACCOUNTS_PREFIX, warn)) {
          store.apply(change);
          seq += 1;
        }
      }
      const opened = SegmentedLog.open<Entry>(dir, ACCOUNTS_PREFIX, seq, {
        ...(options.io ? { io: options.io } : {}),
        log: warn,
      });
      for (const entry of opened.entries) store.apply(entry);
      store.log = opened.log;
      store.legacy = hasLegacyFiles(dir, ACCOUNTS_PREFIX);
      store.compactIfWanted();
      return store;
    } catch (e) {
      releaseLock(dir, LOCK);
      throw e;
    }
  }

  async createAccount(account: AccountRecord): Promise<void> {
    this.check();
    if (this.accounts.has(account.id)) throw new ConflictError(`an account has the id '${account.id}'`, 'id');
    if (this.byUsername(account.username)) throw new ConflictError('the username is taken', 'username');
    this.commit({ op: 'account', account });
  }

  async updateAccount(account: AccountRecord): Promise<void> {
    this.check();
    const old = this.accounts.get(account.id);
    if (!old) throw new NotFoundError(`no account has the id '${account.id}'`, 'id');
    this.commit({ op: 'account', account: { ...account, username: old.username } });
  }

  async getAccount(id: string): Promise<AccountRecord | null> {
    return this.accounts.get(id) ?? null;
  }

  async findAccount(username: string): Promise<AccountRecord | null> {
    return this.byUsername(username) ?? null;
  }

  async listAccounts(): Promise<AccountRecord[]> {
    return [...this.accounts.values()].sort((a, b) => (a.username < b.username ? -1 : 1));
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.check();
    for (const s of this.sessions.values()) {
      if (s.expiresAt < session.createdAt) this.commit({ op: 'deleteSession', idHash: s.idHash });
    }
    this.commit({ op: 'session', session });
  }

  async getSession(idHash: string): Promise<SessionRecord | null> {
    return this.sessions.get(idHash) ?? null;
  }

  async deleteSession(idHash: string): Promise<void> {
    this.check();
    if (this.sessions.has(idHash)) this.commit({ op: 'deleteSession', idHash });
  }

  async deleteSessionsOf(accountId: string): Promise<void> {
    this.check();
    this.commit({ op: 'deleteSessionsOf', accountId });
  }

  async createToken(token: ApiTokenRecord): Promise<void> {
    this.check();
    if (this.tokens.has(token.id)) throw new ConflictError(`a token has the id '${token.id}'`, 'id');
    this.commit({ op: 'token', token });
  }

  async getToken(secretHash: string): Promise<ApiTokenRecord | null> {
    for (const t of this.tokens.values()) if (t.secretHash === secretHash) return t;
    return null;
  }

  async getTokenById(id: string): Promise<ApiTokenRecord | null> {
    return this.tokens.get(id) ?? null;
  }

  async listTokens(accountId: string): Promise<ApiTokenRecord[]> {
    return [...this.tokens.values()]
      .filter((t) => t.accountId === accountId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  async deleteToken(id: string): Promise<void> {
    this.check();
    if (this.tokens.has(id)) this.commit({ op: 'deleteToken', id });
  }

  async listViews(): Promise<SavedViewRecord[]> {
    return [...this.views.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  }

  async getView(id: string): Promise<SavedViewRecord | null> {
    return this.views.get(id) ?? null;
  }

  async createView(view: SavedViewRecord): Promise<void> {
    this.check();
    if (this.views.has(view.id)) throw new ConflictError(`a saved view has the id '${view.id}'`, 'id');
    this.commit({ op: 'view', view });
  }

  async updateView(view: SavedViewRecord, expectedVersion: number): Promise<void> {
    this.check();
    this.expectVersion(view.id, expectedVersion);
    this.commit({ op: 'view', view });
  }

  async deleteView(id: string, expectedVersion: number): Promise<void> {
    this.check();
    this.expectVersion(id, expectedVersion);
    this.commit({ op: 'deleteView', id });
  }

  async close(): Promise<void> {
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
    const old = this.views.get(id);
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
    for (const a of this.accounts.values()) if (a.username === wanted) return a;
    return undefined;
  }

  /** On disk first (fsync), then in memory: an acknowledged change survives a crash. */
  private commit(change: Change): void {
    const log = this.log!;
    log.append({ ...change, seq: log.seq + 1 });
    this.apply(change);
    this.compactIfWanted();
  }

  private apply(change: Change): void {
    switch (change.op) {
      case 'account':
        this.accounts.set(change.account.id, change.account);
        break;
      case 'session':
        this.sessions.set(change.session.idHash, change.session);
        break;
      case 'deleteSession':
        this.sessions.delete(change.idHash);
        break;
      case 'deleteSessionsOf':
        for (const [key, s] of this.sessions) if (s.accountId === change.accountId) this.sessions.delete(key);
        break;
      case 'token':
        this.tokens.set(change.token.id, change.token);
        break;
      case 'deleteToken':
        this.tokens.delete(change.id);
        break;
      case 'view':
        this.views.set(change.view.id, change.view);
        break;
      case 'deleteView':
        this.views.delete(change.id);
        break;
    }
  }

  private compactIfWanted(): void {
    const log = this.log!;
    if (this.closed || this.snapshotting || !(this.legacy || log.bytesSinceRotation > this.compactAfterBytes)) return;
    log.rotate();
    const seq = log.seq;
    const now = new Date().toISOString();
    // Small enough to copy whole (references only): the snapshot is then written in the background.
    const state: Required<State> = {
      accounts: [...this.accounts.values()],
      sessions: [...this.sessions.values()].filter((s) => s.expiresAt > now),
      tokens: [...this.tokens.values()],
      views: [...this.views.values()],
    };
    const chunks = [
      ...chunked('accounts', state.accounts),
      ...chunked('sessions', state.sessions),
      ...chunked('tokens', state.tokens),
      ...chunked('views', state.views),
    ];
    this.snapshotting = writeSnapshot(this.dir, ACCOUNTS_PREFIX, { format: SNAPSHOT_FORMAT, seq }, chunks)
      .then(() => {
        if (this.legacy) {
          removeLegacyFiles(this.dir, ACCOUNTS_PREFIX);
          this.legacy = false;
        }
        const fallback = listSnapshots(this.dir, ACCOUNTS_PREFIX).find((s) => s.seq < seq);
        if (fallback && !this.closed) {
          pruneSnapshots(this.dir, ACCOUNTS_PREFIX, fallback.seq);
          log.prune(fallback.seq);
        }
      })
      .catch((e: unknown) =>
        this.warn(`The accounts snapshot failed (the journal still holds every change): ${String(e)}`),
      )
      .finally(() => {
        this.snapshotting = undefined;
      });
  }

  /** Loads the newest snapshot that reads whole, naming any damaged one; its seq, or undefined. */
  private loadSnapshot(): number | undefined {
    for (const snapshot of listSnapshots(this.dir, ACCOUNTS_PREFIX)) {
      this.reset();
      try {
        return readSnapshot(snapshot.file, (chunk) => this.loadState(chunk as Partial<State>)).seq;
      } catch (e) {
        if (!(e instanceof StoreDamagedError)) throw e;
        this.warn(`${e.message.split('. ')[0]}. Falling back to the previous snapshot and the journal.`);
      }
    }
    this.reset();
    return undefined;
  }

  private loadState(state: Partial<State>): void {
    for (const a of state.accounts ?? []) this.apply({ op: 'account', account: a });
    for (const s of state.sessions ?? []) this.apply({ op: 'session', session: s });
    for (const t of state.tokens ?? []) this.apply({ op: 'token', token: t });
    for (const v of state.views ?? []) this.apply({ op: 'view', view: v });
  }

  private reset(): void {
    this.accounts.clear();
    this.sessions.clear();
    this.tokens.clear();
    this.views.clear();
  }
}
