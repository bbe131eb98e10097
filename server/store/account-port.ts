/**
 * The account store port: accounts, sessions and API tokens, kept apart from the graph so no
 * graph query, export, search or audit entry can ever reach them. The embedded adapter keeps them
 * in their own journal in DATA_DIR; the Neo4j adapter as :Account, :Session and :ApiToken nodes
 * (without the graph's :Node label). Both pass tests/contract/account-contract.ts.
 */
import type { AccountRecord, ApiTokenRecord, SessionRecord } from '../accounts/records.js';

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

  close(): Promise<void>;
}
