/**
 * The account store port: accounts, sessions and API tokens, kept apart from the graph so no
 * graph query, export, search or audit entry can ever reach them. The embedded adapter keeps them
 * in their own journal in DATA_DIR; the Neo4j adapter as :Account, :Session and :ApiToken nodes
 * (without the graph's :Node label). Both pass tests/contract/account-contract.ts.
 *
 * Saved views (server/views) live in the same side area: :SavedView nodes in Neo4j, the same
 * journal in the embedded store.
 */
import type { AccountRecord, ApiTokenRecord, SessionRecord } from '../accounts/records.js';
import type { SavedViewRecord } from '../views/records.js';

export interface AccountStore {
  /** Creates an account; ConflictError when its id or username is taken. */
  createAccount(account: AccountRecord): Promise<void>;
  /** Replaces an account whole (the username and id stay); NotFoundError when there is none. */
  updateAccount(account: AccountRecord): Promise<void>;
  getAccount(id: string): Promise<AccountRecord | null>;
  /** By username, lower-case. */
  findAccount(username: string): Promise<AccountRecord | null>;
  /** Every account, by username. */
  listAccounts(): Promise<AccountRecord[]>;

  /** Stores a session (and drops sessions expired before its creation). */
  createSession(session: SessionRecord): Promise<void>;
  getSession(idHash: string): Promise<SessionRecord | null>;
  deleteSession(idHash: string): Promise<void>;
  /** Signs an account out everywhere (password reset, disabling). */
  deleteSessionsOf(accountId: string): Promise<void>;

  createToken(token: ApiTokenRecord): Promise<void>;
  getToken(secretHash: string): Promise<ApiTokenRecord | null>;
  getTokenById(id: string): Promise<ApiTokenRecord | null>;
  /** An account's tokens, oldest first. */
  listTokens(accountId: string): Promise<ApiTokenRecord[]>;
  deleteToken(id: string): Promise<void>;

  /** Every saved view, by name then id. */
  listViews(): Promise<SavedViewRecord[]>;
  getView(id: string): Promise<SavedViewRecord | null>;
  /** Stores a new view; ConflictError when its id is taken. */
  createView(view: SavedViewRecord): Promise<void>;
  /**
   * Replaces a view whole if its stored version is `expectedVersion`: NotFoundError when there is
   * none, ConflictError when it has changed since.
   */
  updateView(view: SavedViewRecord, expectedVersion: number): Promise<void>;
  /** Deletes a view at `expectedVersion`: NotFoundError or ConflictError as for updateView. */
  deleteView(id: string, expectedVersion: number): Promise<void>;

  close(): Promise<void>;
}
