/**
 * First steps without a terminal: when the server starts with no account at all it opens a
 * one-time setup link, printed once to its own log, with which the first admin is created in the
 * browser (`npm run create-admin` stays for automation).
 *
 * The link's token is 32 random bytes; only its SHA-256 digest is kept, in this process's memory
 * (a restart prints a new link and the old one dies with the process). It is compared in constant
 * time, expires after `ttlMs` (24 h), is spent by the first successful use, and stops working as
 * soon as any ADMIN exists, however that admin was made (the CLI against a shared Neo4j, say).
 * It is never logged again and no API answer ever carries it.
 */
import { timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../domain/errors.js';
import { digest, newSecret } from './secrets.js';

export const SETUP_TTL_MS = 24 * 3600_000;
export const SETUP_PATH = '/setup';

/** Why a setup token was refused: the `code` of the GraphQL error's problem on field `token`. */
export type SetupRefusal = 'INVALID_TOKEN' | 'EXPIRED_TOKEN' | 'SETUP_DONE';

const MESSAGES: Record<SetupRefusal, string> = {
  INVALID_TOKEN: 'this setup link is not valid (it may have been used already, or the server restarted)',
  EXPIRED_TOKEN: 'this setup link has expired: restart the server for a new one, or use npm run create-admin',
  SETUP_DONE: 'an admin exists already: sign in, or ask an admin for an account',
};

export function setupRefused(code: SetupRefusal): ValidationError {
  return ValidationError.of([{ field: 'token', code, message: MESSAGES[code] }]);
}

/** The pending setup token of this process, if any. */
export class FirstAdminSetup {
  private pending: { digest: Buffer; expiresAt: number } | undefined;

  constructor(
    private readonly now: () => Date,
    private readonly ttlMs = SETUP_TTL_MS,
  ) {}

  /** Opens the setup: answers the token, shown this once. A second call replaces the first token. */
  open(): string {
    const token = newSecret();
    this.pending = { digest: Buffer.from(digest(token), 'hex'), expiresAt: this.now().getTime() + this.ttlMs };
    return token;
  }

  /** Whether a setup is open (and unexpired). */
  get isOpen(): boolean {
    return !!this.pending && this.pending.expiresAt > this.now().getTime();
  }

  /** Throws the refusal for a token that is not the pending one, or has expired. Spends nothing. */
  check(token: string): void {
    const pending = this.pending;
    // Digests of the same length, compared in constant time: the answer's timing tells nothing
    // about how much of a guess was right.
    if (!pending || !timingSafeEqual(Buffer.from(digest(token), 'hex'), pending.digest)) {
      throw setupRefused('INVALID_TOKEN');
    }
    if (pending.expiresAt <= this.now().getTime()) {
      this.pending = undefined;
      throw setupRefused('EXPIRED_TOKEN');
    }
  }

  /**
   * Checks and spends the token in one step (no await between), so two requests racing with the
   * right token cannot both pass. Answers a function that gives it back, for when creating the
   * admin then fails for a reason that is not the token's.
   */
  take(token: string): () => void {
    this.check(token);
    const spent = this.pending!;
    this.pending = undefined;
    return () => {
      this.pending ??= spent;
    };
  }

  /** Closes the setup for good (an admin exists). */
  close(): void {
    this.pending = undefined;
  }
}
