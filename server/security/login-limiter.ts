/**
 * Slows password guessing: failed logins are counted per username (whether or not it exists, so
 * the limit tells nothing about who has an account) and per client address. After
 * `freeFailures` failures a username is locked for a delay that doubles with each further failure
 * (1 s, 2 s, 4 s … up to `maxDelayMs`); an address with `perIpFailures` failures in `windowMs` is
 * refused until the window has passed. A success clears the username's count. Counts are per
 * process and forgotten after `windowMs` without failures.
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
  private readonly users = new Map<string, Count>();
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

  /** Milliseconds to wait before this username may try from this address; 0 when it may now. */
  retryAfterMs(username: string, ip: string): number {
    const now = this.o.now();
    const user = this.current(this.users, username.toLowerCase(), now);
    const client = this.current(this.ips, ip, now);
    return Math.max(0, (user?.lockedUntil ?? 0) - now, (client?.lockedUntil ?? 0) - now);
  }

  failed(username: string, ip: string): void {
    const now = this.o.now();
    const user = this.bump(this.users, username.toLowerCase(), now);
    if (user.failures >= this.o.freeFailures) {
      const delay = this.o.baseDelayMs * 2 ** (user.failures - this.o.freeFailures);
      user.lockedUntil = now + Math.min(delay, this.o.maxDelayMs);
    }
    const client = this.bump(this.ips, ip, now);
    if (client.failures >= this.o.perIpFailures) client.lockedUntil = now + this.o.windowMs;
  }

  succeeded(username: string): void {
    this.users.delete(username.toLowerCase());
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
