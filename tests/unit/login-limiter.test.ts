/** The login limiter on a fake clock: free failures, then doubling delays; per-address caps; success resets. */
import { describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../server/security/login-limiter.js';

function limiter(options: ConstructorParameters<typeof LoginLimiter>[0] = {}) {
  let now = 0;
  const l = new LoginLimiter({ freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 8000, now: () => now, ...options });
  return { l, advance: (ms: number) => (now += ms) };
}

describe('login limiter', () => {
  it('lets a few failures go, then doubles the wait with each further one, up to a cap', () => {
    const { l, advance } = limiter();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      l.failed('ana', '1.1.1.1');
      waits.push(l.retryAfterMs('ana', '1.1.1.1'));
      advance(waits.at(-1)!);
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 8000, 8000]);
  });

  it('keys usernames case-insensitively, per address, and forgets them after a success', () => {
    const { l } = limiter();
    for (let i = 0; i < 3; i++) l.failed('Ana', '1.1.1.1');
    expect(l.retryAfterMs('ana', '1.1.1.1')).toBe(1000);
    // Guessing from one address does not lock the user out elsewhere (issue 12).
    expect(l.retryAfterMs('ana', '2.2.2.2')).toBe(0);
    l.succeeded('ANA', '1.1.1.1');
    expect(l.retryAfterMs('ana', '1.1.1.1')).toBe(0);
  });

  it('blocks an address that fails across many usernames', () => {
    const { l, advance } = limiter({ perIpFailures: 10, windowMs: 60_000 });
    for (let i = 0; i < 10; i++) l.failed(`user${i}`, '6.6.6.6');
    expect(l.retryAfterMs('someone-else', '6.6.6.6')).toBe(60_000);
    expect(l.retryAfterMs('someone-else', '7.7.7.7')).toBe(0);
    advance(60_001);
    expect(l.retryAfterMs('someone-else', '6.6.6.6')).toBe(0);
  });
});
