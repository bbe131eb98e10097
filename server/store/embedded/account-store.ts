/**
 * The embedded account store: accounts, sessions and API tokens in memory, made durable by an
 * append-only journal of their own (accounts.journal.jsonl, fsynced before a change is
 * acknowledged, a torn last line dropped on open) that is compacted into accounts.snapshot.json by
 * write-then-rename. It lives in DATA_DIR beside the graph, under its own lock.
 */
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AccountRecord, ApiTokenRecord, SessionRecord } from '../../accounts/records.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { AccountStore } from '../account-port.js';
import type { SavedViewRecord } from '../../views/records.js';
import { releaseLock, replaceFileDurably, takeLock, writeFully } from './journal.js';

const SNAPSHOT = 'accounts.snapshot.json';
const JOURNAL = 'accounts.journal.jsonl';
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
  private bytes = 0;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private fd: number,
    private readonly compactAfterBytes: number,
  ) {}

  static open(dir: string, options: { compactAfterBytes?: number } = {}): EmbeddedAccountStore {
    takeLock(dir, LOCK);
    const snapshotPath = path.join(dir, SNAPSHOT);
    const journalPath = path.join(dir, JOURNAL);
    const fd = openSync(journalPath, 'a+');
    const store = new EmbeddedAccountStore(dir, fd, options.compactAfterBytes ?? 1024 * 1024);
    if (existsSync(snapshotPath)) {
      const state = JSON.parse(readFileSync(snapshotPath, 'utf8')) as State;
      for (const a of state.accounts) store.apply({ op: 'account', account: a });
      for (const s of state.sessions) store.apply({ op: 'session', session: s });
      for (const t of state.tokens) store.apply({ op: 'token', token: t });
      for (const v of state.views ?? []) store.apply({ op: 'view', view: v });
    }
    const raw = readFileSync(journalPath);
    let start = 0;
    while (start < raw.length) {
      const end = raw.indexOf(0x0a, start);
      if (end === -1) break; // torn tail: never acknowledged
      try {
        store.apply(JSON.parse(raw.subarray(start, end).toString('utf8')) as Change);
      } catch {
        break;
      }
      start = end + 1;
    }
    ftruncateSync(fd, start);
    fsyncSync(fd);
    store.bytes = start;
    return store;
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
    closeSync(this.fd);
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
    const line = Buffer.from(JSON.stringify(change) + '\n', 'utf8');
    writeFully(this.fd, line);
    fsyncSync(this.fd);
    this.bytes += line.length;
    this.apply(change);
    if (this.bytes > this.compactAfterBytes) this.compact();
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

  private compact(): void {
    const now = new Date().toISOString();
    const state: State = {
      accounts: [...this.accounts.values()],
      sessions: [...this.sessions.values()].filter((s) => s.expiresAt > now),
      tokens: [...this.tokens.values()],
      views: [...this.views.values()],
    };
    replaceFileDurably(this.dir, SNAPSHOT, JSON.stringify(state));
    // A crash before this leaves journal lines the snapshot already holds: replaying them is harmless.
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
    this.bytes = 0;
  }
}
