/**
 * Login that resists both guessing and lock-out: forty concurrent wrong passwords for one user
 * reach the password hash only as often as the free failures allow (the attempt is counted
 * before the hash); the same user signing in from another address is not locked out; a password
 * reset revokes the user's API tokens as well as their sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService } from '../../server/accounts/service.js';
import * as secrets from '../../server/accounts/secrets.js';
import { LoginLimiter } from '../../server/security/login-limiter.js';
import { EmbeddedAccountStore } from '../../server/store/embedded/account-store.js';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

const PASSWORD = 'correct horse battery';

describe('concurrent guesses', () => {
  let dir: string;
  let store: EmbeddedAccountStore;
  let service: AccountService;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-login-'));
    store = EmbeddedAccountStore.open(dir);
    service = new AccountService(store, { limiter: new LoginLimiter({ freeFailures: 5, baseDelayMs: 60_000 }) });
    await service.createUser(undefined, { username: 'target', role: 'VIEWER', password: PASSWORD });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('forty at once for one user from one address: only five reach the hash, the rest are refused', async () => {
    const verify = vi.spyOn(secrets, 'verifyPassword');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => service.login('target', `wrong guess ${i}`, '6.6.6.6')),
    );
    const codes = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'OK'));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(35);
    expect(verify).toHaveBeenCalledTimes(5);
    verify.mockRestore();
  });

  it('the real user, signing in from their own address meanwhile, is not locked out', async () => {
    const { account } = await service.login('target', PASSWORD, '10.0.0.7');
    expect(account.username).toBe('target');
    await expect(service.login('target', PASSWORD, '6.6.6.6')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('password reset', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ dataset: smallWorld() });
  });
  afterAll(() => api.close());

  it('revokes every API token of the user, and signs them out', async () => {
    const user = await api.addUser('ANALYST', 'PUBLIC', 'scripter', PASSWORD);
    const { client } = await api.login('scripter', PASSWORD);
    const made = await client!.gql<{ createApiToken: { secret: string } }>(
      'mutation { createApiToken(name: "nightly") { secret } }',
    );
    const script = api.client({ authorization: `Bearer ${made.data!.createApiToken.secret}` });
    expect((await script.gql('{ me { username } }')).data).toEqual({ me: { username: 'scripter' } });

    const admin = await api.userClient('ADMIN', 'PUBLIC', 'reset-admin');
    const reset = await admin.gql('mutation($id: ID!) { resetPassword(id: $id, password: "a new long password") }', {
      id: user.id,
    });
    expect(reset).toEqual({ data: { resetPassword: true } });
    expect((await script.post('{ me { username } }')).status).toBe(401);
    expect((await client!.gql('{ me { username } }')).data).toEqual({ me: null });
    expect(await api.accounts.store.listTokens(user.id)).toEqual([]);
    const schema = await api.gql<{ __type: { fields: { name: string; description: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name description } } }',
    );
    const described = schema.data!.__type.fields.find((f) => f.name === 'resetPassword')!.description;
    expect(described).toMatch(/revokes every API token/);
  });
});
