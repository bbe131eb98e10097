/**
 * Accounts, sign-in and API tokens: what the GraphQL resolvers, the HTTP layer and the
 * create-admin command call. Nothing it returns to a caller holds a password hash or a stored
 * digest; the one secret it hands out (a new session id or API token) is returned once, to the
 * caller that asked for it.
 */
import { randomUUID } from 'node:crypto';
import type { Clearance } from '../access/clearance.js';
import {
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
  type FieldProblem,
} from '../domain/errors.js';
import type { AccountStore } from '../store/account-port.js';
import { LoginLimiter } from '../security/login-limiter.js';
import { FirstAdminSetup, setupRefused } from './first-admin.js';
import type { AccountRecord, ApiTokenRecord, Role } from './records.js';
import { ROLES } from './records.js';
import { atLeast, clampClearance, requireRole, viewerOf, type Viewer } from './roles.js';
import {
  digest,
  dummyHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  newSecret,
  verifyPassword,
} from './secrets.js';

export const TOKEN_PREFIX = 'atlas_';
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** The same answer for an unknown user, a wrong password and a disabled account. */
const BAD_LOGIN = 'Wrong username or password';
/** The limiter's username slot for setup-link attempts: no real username has a NUL in it. */
const SETUP_ATTEMPT = '\u0000first-admin-setup';

export interface AccountServiceOptions {
  sessionTtlMs?: number;
  limiter?: LoginLimiter;
  now?: () => Date;
  /** How long a first-admin setup link stays valid (24 h). */
  setupTtlMs?: number;
}

export interface NewUser {
  username: string;
  displayName?: string | null;
  role: Role;
  clearance?: Clearance | null;
  password: string;
}

export interface UserPatch {
  displayName?: string | null;
  role?: Role | null;
  clearance?: Clearance | null;
  disabled?: boolean | null;
}

export class AccountService {
  readonly sessionTtlMs: number;
  private readonly limiter: LoginLimiter;
  private readonly now: () => Date;
  private readonly setup: FirstAdminSetup;

  constructor(
    readonly store: AccountStore,
    options: AccountServiceOptions = {},
  ) {
    this.sessionTtlMs = options.sessionTtlMs ?? 12 * 3600_000;
    this.limiter = options.limiter ?? new LoginLimiter();
    this.now = options.now ?? (() => new Date());
    this.setup = new FirstAdminSetup(this.now, options.setupTtlMs);
  }

  // ---- signing in ----

  /** Checks the password and opens a session: the session id goes in the cookie, once. */
  async login(
    username: string,
    password: string,
    ip: string,
  ): Promise<{ account: AccountRecord; sessionId: string; expiresAt: Date }> {
    // Counted before the slow hash, so concurrent guesses cannot outrun the count.
    const wait = this.limiter.begin(username, ip);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new RateLimitedError(`Too many failed sign-ins: try again in ${seconds} s`, seconds);
    }
    const account = username.length <= 64 ? await this.store.findAccount(username) : null;
    // Hash even when there is no such user, so both answers take as long.
    const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
    if (!account || !ok || account.disabled) throw new UnauthenticatedError(BAD_LOGIN);
    this.limiter.succeeded(username, ip);
    return this.openSession(account);
  }

  private async openSession(
    account: AccountRecord,
  ): Promise<{ account: AccountRecord; sessionId: string; expiresAt: Date }> {
    const sessionId = newSecret();
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    await this.store.createSession({
      idHash: digest(sessionId),
      accountId: account.id,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    return { account, sessionId, expiresAt };
  }

  // ---- first steps: the one-time setup link ----

  /**
   * Opens the first-admin setup when no ADMIN exists: answers its token (for the start-up log
   * line, shown once), or undefined when an admin exists already.
   */
  async openFirstAdminSetup(): Promise<string | undefined> {
    if (await this.hasAdmin()) return undefined;
    return this.setup.open();
  }

  /**
   * Creates the first ADMIN (clearance CONFIDENTIAL) with the setup link's token and signs them
   * in. Attempts are throttled per address as sign-ins are; a wrong, spent or expired token, or
   * one offered once an admin exists, answers BAD_USER_INPUT on field `token` (problem codes
   * INVALID_TOKEN, EXPIRED_TOKEN, SETUP_DONE); a weak password or bad username answers on its
   * field and leaves the token unspent.
   */
  async createFirstAdmin(
    input: { token: string; username: string; displayName?: string | null; password: string },
    ip: string,
  ): Promise<{ account: AccountRecord; sessionId: string; expiresAt: Date }> {
    const wait = this.limiter.begin(SETUP_ATTEMPT, ip);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new RateLimitedError(`Too many failed setup attempts: try again in ${seconds} s`, seconds);
    }
    this.setup.check(input.token);
    // Whoever holds the link is who it was printed for: their own mistakes below cost no attempt.
    this.limiter.succeeded(SETUP_ATTEMPT, ip);
    if (await this.hasAdmin()) {
      this.setup.close();
      throw setupRefused('SETUP_DONE');
    }
    const fields: NewUser = {
      username: input.username,
      displayName: input.displayName ?? null,
      role: 'ADMIN',
      clearance: 'CONFIDENTIAL',
      password: input.password,
    };
    await this.checkNewUser(fields);
    const giveBack = this.setup.take(input.token);
    let account: AccountRecord;
    try {
      account = await this.createUser(undefined, fields);
    } catch (e) {
      giveBack();
      throw e;
    }
    return this.openSession(account);
  }

  private async hasAdmin(): Promise<boolean> {
    return (await this.store.listAccounts()).some((a) => a.role === 'ADMIN');
  }

  async logout(sessionId: string): Promise<void> {
    await this.store.deleteSession(digest(sessionId));
  }

  /** The viewer a session cookie stands for; undefined when it is unknown, expired or its account disabled. */
  async viewerFromSession(sessionId: string): Promise<Viewer | undefined> {
    const session = await this.store.getSession(digest(sessionId));
    if (!session) return undefined;
    if (session.expiresAt <= this.now().toISOString()) {
      await this.store.deleteSession(session.idHash);
      return undefined;
    }
    const account = await this.store.getAccount(session.accountId);
    return account && !account.disabled ? viewerOf(account) : undefined;
  }

  /** The viewer an API token stands for; undefined when it is unknown (or revoked) or its account disabled. */
  async viewerFromToken(secret: string): Promise<Viewer | undefined> {
    if (!secret.startsWith(TOKEN_PREFIX)) return undefined;
    const token = await this.store.getToken(digest(secret));
    if (!token) return undefined;
    const account = await this.store.getAccount(token.accountId);
    return account && !account.disabled ? viewerOf(account, token.id) : undefined;
  }

  // ---- API tokens ----

  /** A new token for the viewer (or, for an admin, for another user); the secret is shown only now. */
  async createApiToken(
    viewer: Viewer,
    name: string,
    forAccountId?: string | null,
  ): Promise<{ token: ApiTokenRecord; secret: string }> {
    const owner = await this.ownerFor(viewer, forAccountId);
    const label = name.trim();
    if (!label || label.length > 100) throw new ValidationError('must be 1 to 100 characters', 'name');
    const secret = newSecret(TOKEN_PREFIX);
    const token: ApiTokenRecord = {
      id: randomUUID(),
      accountId: owner.id,
      name: label,
      secretHash: digest(secret),
      createdAt: this.now().toISOString(),
    };
    await this.store.createToken(token);
    return { token, secret };
  }

  async listApiTokens(viewer: Viewer, forAccountId?: string | null): Promise<ApiTokenRecord[]> {
    const owner = await this.ownerFor(viewer, forAccountId);
    return this.store.listTokens(owner.id);
  }

  /** Revokes a token of the viewer's own (any token, for an admin). Someone else's answers as unknown. */
  async revokeApiToken(viewer: Viewer, id: string): Promise<void> {
    const me = requireRole(viewer, 'VIEWER');
    const token = await this.store.getTokenById(id);
    if (!token || (token.accountId !== me.id && !atLeast(me.role, 'ADMIN'))) {
      throw new NotFoundError(`no API token has the id '${id}'`, 'id');
    }
    await this.store.deleteToken(id);
  }

  private async ownerFor(viewer: Viewer, forAccountId?: string | null): Promise<AccountRecord> {
    const me = requireRole(viewer, 'VIEWER');
    if (!forAccountId || forAccountId === me.id) return me;
    requireRole(viewer, 'ADMIN');
    const owner = await this.store.getAccount(forAccountId);
    if (!owner) throw new NotFoundError(`no user has the id '${forAccountId}'`, 'userId');
    return owner;
  }

  // ---- administration (ADMIN) ----

  async listUsers(viewer: Viewer): Promise<AccountRecord[]> {
    requireRole(viewer, 'ADMIN');
    return this.store.listAccounts();
  }

  /** Creates a user; `viewer` undefined only for the first-run command, which has no user yet. */
  async createUser(viewer: Viewer | undefined, input: NewUser): Promise<AccountRecord> {
    if (viewer) requireRole(viewer, 'ADMIN');
    const username = await this.checkNewUser(input);
    const now = this.now().toISOString();
    const account: AccountRecord = {
      id: randomUUID(),
      username,
      displayName: input.displayName?.trim() || username,
      role: input.role,
      clearance: clampClearance(input.role, input.clearance ?? 'PUBLIC'),
      passwordHash: await hashPassword(input.password),
      disabled: false,
      createdAt: now,
      updatedAt: now,
    };
    await this.store.createAccount(account);
    return account;
  }

  /** Throws every problem of a new user's fields; answers the username as it will be stored. */
  private async checkNewUser(input: NewUser): Promise<string> {
    const username = input.username.trim().toLowerCase();
    const problems: FieldProblem[] = [];
    if (!USERNAME.test(username)) {
      problems.push({
        field: 'username',
        code: 'INVALID_VALUE',
        message: '2 to 64 characters: letters, digits, dot, dash or underscore, starting with a letter or digit',
      });
    }
    if (!(ROLES as readonly string[]).includes(input.role)) {
      problems.push({ field: 'role', code: 'INVALID_VALUE', message: `must be one of ${ROLES.join(', ')}` });
    }
    problems.push(...passwordProblems(input.password));
    if (problems.length) throw ValidationError.of(problems);
    if (await this.store.findAccount(username)) {
      throw ValidationError.of([{ field: 'username', code: 'DUPLICATE_ID', message: 'is taken' }]);
    }
    return username;
  }

  /** Changes role, clearance, display name or disabled; disabling signs the user out everywhere. */
  async updateUser(viewer: Viewer, id: string, patch: UserPatch): Promise<AccountRecord> {
    const me = requireRole(viewer, 'ADMIN');
    const account = await this.existing(id);
    if (account.id === me.id && (patch.disabled || (patch.role && patch.role !== 'ADMIN'))) {
      throw new ForbiddenError('An admin cannot disable or demote themselves: ask another admin');
    }
    const role = patch.role ?? account.role;
    const next: AccountRecord = {
      ...account,
      role,
      clearance: clampClearance(role, patch.clearance ?? account.clearance),
      displayName: patch.displayName?.trim() || account.displayName,
      disabled: patch.disabled ?? account.disabled,
      updatedAt: this.now().toISOString(),
    };
    await this.store.updateAccount(next);
    if (next.disabled) await this.store.deleteSessionsOf(id);
    return next;
  }

  /**
   * Sets a new password (ADMIN), signs the user out everywhere and revokes every API token they
   * hold: whoever had the old password may have made one. Answers how many tokens were revoked.
   */
  async resetPassword(viewer: Viewer, id: string, password: string): Promise<{ revokedTokens: number }> {
    requireRole(viewer, 'ADMIN');
    const problems = passwordProblems(password);
    if (problems.length) throw ValidationError.of(problems);
    const account = await this.existing(id);
    await this.store.updateAccount({
      ...account,
      passwordHash: await hashPassword(password),
      updatedAt: this.now().toISOString(),
    });
    await this.store.deleteSessionsOf(id);
    const tokens = await this.store.listTokens(id);
    for (const token of tokens) await this.store.deleteToken(token.id);
    return { revokedTokens: tokens.length };
  }

  private async existing(id: string): Promise<AccountRecord> {
    const account = await this.store.getAccount(id);
    if (!account) throw new NotFoundError(`no user has the id '${id}'`, 'id');
    return account;
  }
}

function passwordProblems(password: string): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    return [
      {
        field: 'password',
        code: 'INVALID_VALUE',
        message: `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
      },
    ];
  }
  return [];
}
