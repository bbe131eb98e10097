/**
 * The setup link's token on its own: good once, for its lifetime, and refused on field `token`
 * with a code saying why. (The API and both stores: tests/security/first-admin-setup.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { FirstAdminSetup, SETUP_TTL_MS } from '../../server/accounts/first-admin.js';
import type { ValidationError } from '../../server/domain/errors.js';

function refusal(fn: () => unknown): { field?: string; code?: string } {
  try {
    fn();
  } catch (e) {
    const problem = (e as ValidationError).problems[0];
    return { field: problem?.field, code: problem?.code };
  }
  return {};
}

describe('the first-admin setup token', () => {
  it('is a long random secret, different each time it is opened; only the latest one works', () => {
    const setup = new FirstAdminSetup(() => new Date());
    const first = setup.open();
    const second = setup.open();
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    expect(refusal(() => setup.check(first))).toEqual({ field: 'token', code: 'INVALID_TOKEN' });
    expect(refusal(() => setup.check(second))).toEqual({});
  });

  it('is spent by its first use, and can be given back when the admin could not be created', () => {
    const setup = new FirstAdminSetup(() => new Date());
    const token = setup.open();
    const giveBack = setup.take(token);
    expect(refusal(() => setup.take(token))).toEqual({ field: 'token', code: 'INVALID_TOKEN' });
    giveBack();
    expect(refusal(() => setup.check(token))).toEqual({});
  });

  it('expires after its lifetime (24 h)', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const setup = new FirstAdminSetup(() => new Date(now));
    const token = setup.open();
    now += SETUP_TTL_MS - 1000;
    expect(refusal(() => setup.check(token))).toEqual({});
    now += 2000;
    expect(setup.isOpen).toBe(false);
    expect(refusal(() => setup.check(token))).toEqual({ field: 'token', code: 'EXPIRED_TOKEN' });
    expect(refusal(() => setup.check(token))).toEqual({ field: 'token', code: 'INVALID_TOKEN' });
  });

  it('is refused when none was opened, or once closed', () => {
    const setup = new FirstAdminSetup(() => new Date());
    expect(refusal(() => setup.check('anything'))).toEqual({ field: 'token', code: 'INVALID_TOKEN' });
    const token = setup.open();
    setup.close();
    expect(refusal(() => setup.check(token))).toEqual({ field: 'token', code: 'INVALID_TOKEN' });
  });
});
