/**
 * Accounts, sessions and API tokens as the account store holds them. Secrets are never stored:
 * a password as its scrypt hash, a session id and an API token as their SHA-256 digests.
 */
import type { Clearance } from '../access/clearance.js';

export const ROLES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface AccountRecord {
  id: string;
  /** Unique, stored lower-case; the name people sign in with and the actor of their edits. */
  username: string;
  displayName: string;
  role: Role;
  /** As set by an admin; the clearance that applies is this clamped to the role's range (roles.ts). */
  clearance: Clearance;
  /** `scrypt$N$r$p$salt$hash` (passwords.ts). Never leaves the server. */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A signed-in browser: the cookie holds the id, the store only its digest. */
export interface SessionRecord {
  /** SHA-256 of the session id, hex. */
  idHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
}

/** A token for scripts (Authorization: Bearer …), shown once when created. */
export interface ApiTokenRecord {
  id: string;
  accountId: string;
  name: string;
  /** SHA-256 of the token, hex. */
  secretHash: string;
  createdAt: string;
}
