/**
 * First steps: the one-time setup link that creates the first admin. Its token is refused when
 * wrong, works once, leaves the account's fields to their own errors (a weak password does not
 * spend it), stops working once any admin exists, and failed attempts are throttled as sign-ins
 * are. Runs on both stores (the accounts live beside the graph in each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiClient, type ApiServer, type GraphQLResponse } from '../fixtures/api-server.js';
import { LoginLimiter } from '../../server/security/login-limiter.js';

const SETUP = `mutation($t: String!, $u: String!, $p: String!) {
  setupFirstAdmin(token: $t, username: $u, password: $p) { username role clearance }
}`;
const PASSWORD = 'a first admin password';

function refusal(res: GraphQLResponse) {
  const error = res.errors?.[0];
  const problems = (error?.extensions as { problems?: { field: string; code?: string }[] } | undefined)?.problems;
  return { code: error?.extensions?.code, field: error?.extensions?.field, problem: problems?.[0]?.code };
}

async function setup(api: ApiServer, token: string, username = 'first-admin', password = PASSWORD) {
  const raw = await api.anonymous.post(SETUP, { t: token, u: username, p: password });
  const cookie = raw.headers.get('set-cookie')?.split(';')[0];
  return { res: (await raw.json()) as GraphQLResponse, cookie };
}

async function adminCount(api: ApiServer): Promise<number> {
  return (await api.accounts.store.listAccounts()).filter((a) => a.role === 'ADMIN').length;
}

describe('the setup link on a server without an admin', () => {
  let api: ApiServer;
  let token = '';
  beforeAll(async () => {
    api = await startApiServer({ dataset: smallWorld() });
    token = (await api.accounts.openFirstAdminSetup())!;
  });
  afterAll(() => api.close());

  it('is refused when wrong, on field token, and creates no one', async () => {
    for (const wrong of ['', 'not-the-token', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')]) {
      const { res, cookie } = await setup(api, wrong);
      expect(res.data).toBeNull();
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'token', problem: 'INVALID_TOKEN' });
      expect(cookie).toBeUndefined();
    }
    expect(await adminCount(api)).toBe(0);
  });

  it('names the field of a weak password or bad username, and the token stays usable', async () => {
    expect(refusal((await setup(api, token, 'first-admin', 'short')).res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(refusal((await setup(api, token, '!bad name', PASSWORD)).res)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'username',
    });
    expect(await adminCount(api)).toBe(0);
  });

  it('creates the first admin once and signs them in; the same link is refused a second time', async () => {
    const { res, cookie } = await setup(api, token);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      setupFirstAdmin: { username: 'first-admin', role: 'ADMIN', clearance: 'CONFIDENTIAL' },
    });
    const admin: ApiClient = api.client({ cookie: cookie! });
    expect((await admin.gql('{ me { username role } }')).data).toEqual({
      me: { username: 'first-admin', role: 'ADMIN' },
    });
    // The new admin may do what admins do.
    expect((await admin.gql('{ users { username } }')).errors).toBeUndefined();

    const again = await setup(api, token, 'second-admin');
    expect(refusal(again.res)).toEqual({ code: 'BAD_USER_INPUT', field: 'token', problem: 'INVALID_TOKEN' });
    expect(again.cookie).toBeUndefined();
    expect(await adminCount(api)).toBe(1);
    // With an admin in place no new link is opened.
    expect(await api.accounts.openFirstAdminSetup()).toBeUndefined();
  });
});

describe('the setup link once an admin exists by other means', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({
      dataset: smallWorld(),
      limiter: new LoginLimiter({ freeFailures: 3, baseDelayMs: 60_000 }),
    });
  });
  afterAll(() => api.close());

  it('is refused when an admin was created after it was printed (the CLI, say)', async () => {
    const token = (await api.accounts.openFirstAdminSetup())!;
    await api.addUser('ADMIN', 'CONFIDENTIAL', 'cli-admin', PASSWORD);
    const { res, cookie } = await setup(api, token);
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'token', problem: 'SETUP_DONE' });
    expect(cookie).toBeUndefined();
    expect(await adminCount(api)).toBe(1);
  });

  it('slows guessing as sign-in does: after repeated wrong tokens it answers RATE_LIMITED', async () => {
    for (let i = 0; i < 3; i++) {
      expect(refusal((await setup(api, `guess-${i}`)).res).problem).toBe('INVALID_TOKEN');
    }
    const limited = await setup(api, 'guess-4');
    expect(limited.res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.res.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('the setup link with anonymous access off', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ dataset: smallWorld(), anonymousAccess: 'off' });
  });
  afterAll(() => api.close());

  it('still lets the first admin be created (the one thing besides login an anonymous request may do)', async () => {
    const token = (await api.accounts.openFirstAdminSetup())!;
    const { res } = await setup(api, token);
    expect(res.errors).toBeUndefined();
    expect(await adminCount(api)).toBe(1);
  });
});
