/**
 * The account store contract, run on every adapter: accounts (unique usernames, updates),
 * sessions (by digest, revoked one by one or all of an account's), API tokens, and durability:
 * what was acknowledged is there after reopening.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountRecord, ApiTokenRecord, SessionRecord } from '../../server/accounts/records.js';
import type { AccountStore } from '../../server/store/account-port.js';
import type { SavedViewRecord } from '../../server/views/records.js';

export interface AccountHarness {
  open(): Promise<AccountStore>;
  reopen(store: AccountStore): Promise<AccountStore>;
  dispose?(): Promise<void>;
}

export function account(id: string, patch: Partial<AccountRecord> = {}): AccountRecord {
  return {
    id,
    username: id,
    displayName: id.toUpperCase(),
    role: 'VIEWER',
    clearance: 'PUBLIC',
    passwordHash: 'scrypt$32768$8$1$c2FsdA==$aGFzaA==',
    disabled: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...patch,
  };
}

const session = (idHash: string, accountId: string, expiresAt = '2999-01-01T00:00:00.000Z'): SessionRecord => ({
  idHash,
  accountId,
  createdAt: '2025-01-02T00:00:00.000Z',
  expiresAt,
});

const token = (id: string, accountId: string, createdAt = '2025-01-03T00:00:00.000Z'): ApiTokenRecord => ({
  id,
  accountId,
  name: `token ${id}`,
  secretHash: `hash-${id}`,
  createdAt,
});

const view = (id: string, patch: Partial<SavedViewRecord> = {}): SavedViewRecord => ({
  id,
  name: `View ${id}`,
  owner: 'ana',
  state: `?focus=${id}&x=a,b`,
  positions: { a: { x: 1.25, y: -3.5 }, b: { x: 100.125, y: 42 } },
  createdAt: '2025-01-05T00:00:00.000Z',
  updatedAt: '2025-01-05T00:00:00.000Z',
  version: 1,
  ...patch,
});

export function describeAccountContract(name: string, harness: AccountHarness): void {
  describe(`account store contract: ${name}`, () => {
    let store: AccountStore;
    beforeEach(async () => {
      store = await harness.open();
    });
    afterEach(async () => {
      await store.close();
      await harness.dispose?.();
    });

    it('creates, finds (by username, any case), lists and updates accounts', async () => {
      await store.createAccount(account('ana', { role: 'ADMIN', clearance: 'CONFIDENTIAL' }));
      await store.createAccount(account('bo'));
      expect(await store.getAccount('ana')).toMatchObject({ username: 'ana', role: 'ADMIN' });
      expect((await store.findAccount('ANA'))?.id).toBe('ana');
      expect(await store.findAccount('nobody')).toBeNull();
      expect((await store.listAccounts()).map((a) => a.username)).toEqual(['ana', 'bo']);
      await store.updateAccount({
        ...account('bo'),
        role: 'EDITOR',
        disabled: true,
        updatedAt: '2025-02-01T00:00:00.000Z',
      });
      expect(await store.getAccount('bo')).toMatchObject({ role: 'EDITOR', disabled: true });
    });

    it('refuses a second account with the same username, and updates of unknown accounts', async () => {
      await store.createAccount(account('ana'));
      await expect(store.createAccount(account('other', { username: 'ana' }))).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(store.updateAccount(account('ghost'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('keeps sessions by digest; logout and sign-out-everywhere remove them', async () => {
      await store.createAccount(account('ana'));
      await store.createSession(session('s1', 'ana'));
      await store.createSession(session('s2', 'ana'));
      expect(await store.getSession('s1')).toMatchObject({ accountId: 'ana' });
      await store.deleteSession('s1');
      expect(await store.getSession('s1')).toBeNull();
      await store.deleteSessionsOf('ana');
      expect(await store.getSession('s2')).toBeNull();
    });

    it('drops sessions that expired before a new one begins', async () => {
      await store.createSession(session('old', 'ana', '2025-01-01T00:00:00.000Z'));
      await store.createSession(session('new', 'ana'));
      expect(await store.getSession('old')).toBeNull();
      expect(await store.getSession('new')).not.toBeNull();
    });

    it('keeps API tokens by digest and by id, lists and revokes them', async () => {
      await store.createToken(token('t1', 'ana', '2025-01-03T00:00:00.000Z'));
      await store.createToken(token('t2', 'ana', '2025-01-04T00:00:00.000Z'));
      await store.createToken(token('t3', 'bo'));
      expect((await store.getToken('hash-t1'))?.id).toBe('t1');
      expect((await store.getTokenById('t2'))?.name).toBe('token t2');
      expect((await store.listTokens('ana')).map((t) => t.id)).toEqual(['t1', 't2']);
      await store.deleteToken('t1');
      expect(await store.getToken('hash-t1')).toBeNull();
      expect((await store.listTokens('ana')).map((t) => t.id)).toEqual(['t2']);
    });

    it('keeps every acknowledged change across a restart', async () => {
      await store.createAccount(account('ana', { role: 'EDITOR' }));
      await store.createSession(session('s1', 'ana'));
      await store.createToken(token('t1', 'ana'));
      await store.updateAccount({ ...account('ana'), role: 'ANALYST' });
      store = await harness.reopen(store);
      expect(await store.getAccount('ana')).toMatchObject({ role: 'ANALYST' });
      expect(await store.getSession('s1')).not.toBeNull();
      expect(await store.getToken('hash-t1')).not.toBeNull();
    });

    it('keeps saved views whole (exact positions), lists them by name, refuses a taken id', async () => {
      await store.createView(view('v2', { name: 'Beta' }));
      await store.createView(view('v1', { name: 'Alpha' }));
      expect(await store.getView('v2')).toEqual(view('v2', { name: 'Beta' }));
      expect(await store.getView('nope')).toBeNull();
      expect((await store.listViews()).map((v) => v.id)).toEqual(['v1', 'v2']);
      await expect(store.createView(view('v1'))).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('renames and deletes views only at the expected version', async () => {
      await store.createView(view('v1'));
      const renamed = view('v1', { name: 'Renamed', version: 2, updatedAt: '2025-02-01T00:00:00.000Z' });
      await store.updateView(renamed, 1);
      expect(await store.getView('v1')).toEqual(renamed);
      await expect(store.updateView(view('v1', { version: 2 }), 1)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(store.updateView(view('ghost'), 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.deleteView('v1', 1)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(store.deleteView('ghost', 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await store.deleteView('v1', 2);
      expect(await store.getView('v1')).toBeNull();
      expect(await store.listViews()).toEqual([]);
    });

    it('keeps saved views across a restart', async () => {
      await store.createView(view('v1'));
      await store.createView(view('v2'));
      await store.updateView(view('v1', { name: 'Kept', version: 2 }), 1);
      await store.deleteView('v2', 1);
      store = await harness.reopen(store);
      expect(await store.getView('v1')).toEqual(view('v1', { name: 'Kept', version: 2 }));
      expect(await store.getView('v2')).toBeNull();
    });
  });
}
