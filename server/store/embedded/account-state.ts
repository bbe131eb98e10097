/** The account store's state in memory, and the changes its journal records. */
import type { AccountRecord, ApiTokenRecord, SessionRecord } from '../../accounts/records.js';
import type { SavedViewRecord } from '../../views/records.js';
import type { StoredReading } from '../../reading/stored.js';
import { chunked } from './snapshot-files.js';

export type Change =
  | { op: 'account'; account: AccountRecord }
  | { op: 'session'; session: SessionRecord }
  | { op: 'deleteSession'; idHash: string }
  | { op: 'deleteSessionsOf'; accountId: string }
  | { op: 'token'; token: ApiTokenRecord }
  | { op: 'deleteToken'; id: string }
  | { op: 'view'; view: SavedViewRecord }
  | { op: 'deleteView'; id: string }
  | { op: 'reading'; reading: StoredReading };

export type Entry = Change & { seq: number };

export interface State {
  accounts: AccountRecord[];
  sessions: SessionRecord[];
  tokens: ApiTokenRecord[];
  /** Absent in snapshots written before saved views existed. */
  views?: SavedViewRecord[];
  /** Absent in snapshots written before reading (server/reading) existed. */
  readings?: StoredReading[];
}

export class AccountState {
  readonly accounts = new Map<string, AccountRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly tokens = new Map<string, ApiTokenRecord>();
  readonly views = new Map<string, SavedViewRecord>();
  readonly readings = new Map<string, StoredReading>();

  apply(change: Change): void {
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
      case 'reading':
        this.readings.set(change.reading.id, change.reading);
        break;
    }
  }

  load(state: Partial<State>): void {
    for (const a of state.accounts ?? []) this.apply({ op: 'account', account: a });
    for (const s of state.sessions ?? []) this.apply({ op: 'session', session: s });
    for (const t of state.tokens ?? []) this.apply({ op: 'token', token: t });
    for (const v of state.views ?? []) this.apply({ op: 'view', view: v });
    for (const r of state.readings ?? []) this.apply({ op: 'reading', reading: r });
  }

  reset(): void {
    this.accounts.clear();
    this.sessions.clear();
    this.tokens.clear();
    this.views.clear();
    this.readings.clear();
  }

  /** The state as snapshot chunks; sessions expired at `now` are left out. */
  *chunks(now: string): Generator<Partial<State>> {
    yield* chunked('accounts', [...this.accounts.values()]);
    yield* chunked(
      'sessions',
      [...this.sessions.values()].filter((s) => s.expiresAt > now),
    );
    yield* chunked('tokens', [...this.tokens.values()]);
    yield* chunked('views', [...this.views.values()]);
    yield* chunked('readings', [...this.readings.values()]);
  }
}
