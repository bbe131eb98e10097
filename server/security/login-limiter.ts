/**
 * Slows password guessing without handing anyone a way to lock others out. An attempt is counted
 * *before* its password is checked (`begin`), so forty concurrent guesses cannot all reach the
 * slow hash while the count lags behind; a success refunds it (`succeeded`).
 *
 * Throttling is per username *and* address: after `freeFailures` failures of one username from
 * one address, that pair waits a delay that doubles with each further failure (1 s, 2 s, 4 s … up
 * to `maxDelayMs`). The same username from another address is not slowed, so guessing someone's
 * password from one place never locks them out where they sign in. An address failing across
 * many usernames (`perIpFailures` in `windowMs`) is refused until the window has passed. Counts
 * are per process and forgotten after `windowMs` without failures. Usernames are counted whether
 * or not they exist, so the limit tells nothing about who has an account.
 */
export interface LoginLimiterOptions {
  freeFailures?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  perIpFailures?: number;
  windowMs?: number;
  now?: () => number;
}

interface Count {
  failures: number;
  last: number;
  lockedUntil: number;
}

/** Past this many tracked keys the oldest are forgotten, so a flood of names cannot exhaust memory. */
const MAX_KEYS = 100_000;

export class LoginLimiter {
  private readonly pairs = new Map<string, Count>();
  private readonly ips = new Map<string, Count>();
  private readonly o: Required<LoginLimiterOptions>;

  constructor(options: LoginLimiterOptions = {}) {
    this.o = {
      freeFailures: 5,
      baseDelayMs: 1000,
      maxDelayMs: 15 * 60_000,
      perIpFailures: 50,
      windowMs: 15 * 60_000,
      now: Date.now,
      ...options,
    };
  }

  /**
   * Call before checking a password. Answers the milliseconds to wait (the attempt is refused and
   * not counted), or 0: the attempt may go ahead and already counts as a failure.
   */
  begin(username: string, ip: string): number {
    const wait = this.retryAfterMs(username, ip);
    if (wait === 0) this.failed(username, ip);
    return wait;
  }

  /** Milliseconds to wait before this username may try from this address; 0 when it may now. */
  retryAfterMs(username: string, ip: string): number {
    const now = this.o.now();
    const pair = this.current(this.pairs, pairKey(username, ip), now);
    const client = this.current(this.ips, ip, now);
    return Math.max(0, (pair?.lockedUntil ?? 0) - now, (client?.lockedUntil ?? 0) - now);
  }

  /** Counts a failed attempt (`begin` does this itself). */
  failed(username: string, ip: string): void {
    const now = this.o.now();
    const pair = this.bump(this.pairs, pairKey(username, ip), now);
    if (pair.failures >= this.o.freeFailures) {
      const delay = this.o.baseDelayMs * 2 ** (pair.failures - this.o.freeFailures);
      pair.lockedUntil = now + Math.min(delay, this.o.maxDelayMs);
    }
    const client = this.bump(this.ips, ip, now);
    if (client.failures >= this.o.perIpFailures) client.lockedUntil = now + this.o.windowMs;
  }

  /** The password was right: forget this pair's failures and refund the attempt `begin` counted. */
  succeeded(username: string, ip: string): void {
    this.pairs.delete(pairKey(username, ip));
    const client = this.ips.get(ip);
    if (client && client.failures > 0) client.failures -= 1;
  }

  private current(map: Map<string, Count>, key: string, now: number): Count | undefined {
    const count = map.get(key);
    if (count && now - count.last > this.o.windowMs && now >= count.lockedUntil) {
      map.delete(key);
      return undefined;
    }
    return count;
  }

  private bump(map: Map<string, Count>, key: string, now: number): Count {
    const count = this.current(map, key, now) ?? { failures: 0, last: now, lockedUntil: 0 };
    count.failures += 1;
    count.last = now;
    map.delete(key);
    map.set(key, count);
    if (map.size > MAX_KEYS) map.delete(map.keys().next().value!);
    return count;
  }
}

function pairKey(username: string, ip: string): string {
  return `${username.toLowerCase()}\u0000${ip}`;
}
