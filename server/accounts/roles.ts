/**
 * What each role may do and see. Roles are ordered: each may do what the ones before it may.
 *
 * | role    | clearance range          | may                                   |
 * |---------|--------------------------|---------------------------------------|
 * | VIEWER  | PUBLIC                   | read                                  |
 * | ANALYST | RESTRICTED–CONFIDENTIAL  | read                                  |
 * | EDITOR  | PUBLIC–CONFIDENTIAL      | read, edit, import                    |
 * | ADMIN   | PUBLIC–CONFIDENTIAL      | read, edit, manage users and tokens   |
 *
 * A user's clearance is set per user and clamped to the role's range when it applies, so changing
 * a role never leaves a user cleared beyond it.
 */
import type { Clearance } from '../access/clearance.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import { ROLES, type AccountRecord, type Role } from './records.js';

const RANGE: Record<Role, [Clearance, Clearance]> = {
  VIEWER: ['PUBLIC', 'PUBLIC'],
  ANALYST: ['RESTRICTED', 'CONFIDENTIAL'],
  EDITOR: ['PUBLIC', 'CONFIDENTIAL'],
  ADMIN: ['PUBLIC', 'CONFIDENTIAL'],
};

/** The clearance that applies to this role when the user's own is set to `wanted`. */
export function clampClearance(role: Role, wanted: Clearance): Clearance {
  const [floor, ceiling] = RANGE[role];
  const i = Math.min(
    Math.max(SENSITIVITIES.indexOf(wanted), SENSITIVITIES.indexOf(floor)),
    SENSITIVITIES.indexOf(ceiling),
  );
  return SENSITIVITIES[i]!;
}

export function atLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Who is making a request: a signed-in user, or nobody (anonymous, PUBLIC clearance). */
export interface Viewer {
  account: AccountRecord | undefined;
  clearance: Clearance;
  /** The API token the request came with, if any. */
  tokenId?: string;
}

export const ANONYMOUS_VIEWER: Viewer = Object.freeze({ account: undefined, clearance: 'PUBLIC' as Clearance });

export function viewerOf(account: AccountRecord, tokenId?: string): Viewer {
  return { account, clearance: clampClearance(account.role, account.clearance), ...(tokenId ? { tokenId } : {}) };
}

/** The signed-in account, if its role is at least `needed`: else UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(viewer: Viewer, needed: Role): AccountRecord {
  if (!viewer.account) throw new UnauthenticatedError('Sign in to do this');
  if (!atLeast(viewer.account.role, needed)) {
    throw new ForbiddenError(`This needs the ${needed} role; you are ${viewer.account.role}`);
  }
  return viewer.account;
}
