/**
 * Accounts, sessions and tokens over HTTP: the session cookie's flags, logout revoking the
 * session, one answer for unknown users and wrong passwords, login brute force slowed, API tokens
 * (shown once, revocable), who may edit (and the audit trail naming them), user administration,
 * and ANONYMOUS_ACCESS=off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld, SOURCE_ID } from '../fixtures/builders.js';
import { LOGIN, startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { LoginLimiter } from '../../server/security/login-limiter.js';

const PASSWORD = 'correct horse battery';
const ME = '{ me { id username role clearance } }';
const CREATE_ORG = `mutation($name: String!) {
  createOrganization(input: { name: $name, kind: NGO, countryCode: "TH", sources: [{ source: "${SOURCE_ID}", locator: "p. 1" }] }) { id }
}`;

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({
    dataset: smallWorld(),
    limiter: new LoginLimiter({ freeFailures: 3, baseDelayMs: 60_000 }),
  });
  await api.addUser('ANALYST', 'CONFIDENTIAL', 'ana', PASSWORD);
  await api.addUser('ADMIN', 'CONFIDENTIAL', 'root', PASSWORD);
});
afterAll(() => api.close());

describe('sessions', () => {
  it('login sets an HttpOnly, SameSite=Strict, Path=/ cookie and returns the user; me knows them', async () => {
    const { res, setCookie, client } = await api.login('Ana', PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ login: { username: 'ana', role: 'ANALYST' } });
    expect(setCookie).toMatch(/^atlas_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/; Secure/);
    expect((await client!.gql(ME)).data).toMatchObject({ me: { username: 'ana', clearance: 'CONFIDENTIAL' } });
  });

  it('logout revokes the session on the server: the old cookie no longer signs anyone in', async () => {
    const { client } = await api.login('ana', PASSWORD);
    const out = await client!.post('mutation { logout }');
    expect(out.headers.get('set-cookie')).toMatch(/atlas_session=;/);
    expect((await client!.gql(ME)).data).toEqual({ me: null });
  });

  it('answers an unknown user and a wrong password alike, without giving anything away', async () => {
    const wrong = await api.anonymous.gql(LOGIN, { u: 'ana', p: 'not the password' });
    const unknown = await api.anonymous.gql(LOGIN, { u: 'nobody-here', p: 'not the password' });
    expect(wrong.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(wrong.errors![0]!.extensions).toEqual(unknown.errors![0]!.extensions);
  });

  it('marks the cookie Secure in production', async () => {
    const prod = await startApiServer({ dataset: smallWorld(), production: true });
    try {
      await prod.addUser('VIEWER', 'PUBLIC', 'vic', PASSWORD);
      expect((await prod.login('vic', PASSWORD)).setCookie).toMatch(/; Secure/);
    } finally {
      await prod.close();
    }
  });
});

describe('login brute force', () => {
  it('locks a username after repeated failures, even for the right password, and says when to retry', async () => {
    await api.addUser('VIEWER', 'PUBLIC', 'target', PASSWORD);
    for (let i = 0; i < 3; i++) {
      const res = await api.anonymous.gql(LOGIN, { u: 'target', p: `guess ${i} xxxxxx` });
      expect(res.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await api.login('target', PASSWORD);
    expect(locked.res.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // The lock lasts a minute from the last failure; on a busy machine seconds pass before the
    // answer, so any wait within that minute is right (not a wait measured to the second).
    const retryAfter = locked.res.errors![0]!.extensions?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(locked.setCookie).toBeNull();
  });

  it('locks unknown usernames the same way, so the lock tells nothing about who exists', async () => {
    for (let i = 0; i < 3; i++) await api.anonymous.gql(LOGIN, { u: 'ghost', p: 'whatever xxxxxx' });
    const res = await api.anonymous.gql(LOGIN, { u: 'ghost', p: 'whatever xxxxxx' });
    expect(res.errors![0]!.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('API tokens', () => {
  it('are shown once, act as their user, and stop working when revoked', async () => {
    const { client } = await api.login('ana', PASSWORD);
    const made = await client!.gql<{ createApiToken: { secret: string; token: { id: string; name: string } } }>(
      'mutation { createApiToken(name: "nightly script") { secret token { id name userId createdAt } } }',
    );
    expect(made.errors).toBeUndefined();
    const { secret, token } = made.data!.createApiToken;
    expect(secret).toMatch(/^atlas_/);
    const script = api.client({ authorization: `Bearer ${secret}` });
    expect((await script.gql(ME)).data).toMatchObject({ me: { username: 'ana' } });
    const listed = JSON.stringify(await client!.gql('{ apiTokens { id name userId createdAt } }'));
    expect(listed).toContain(token.id);
    expect(listed).not.toContain(secret);

    expect(
      (await client!.gql('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: token.id })).errors,
    ).toBeUndefined();
    const refused = await script.post(ME);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('a made-up token is refused, not treated as anonymous', async () => {
    const res = await api.client({ authorization: 'Bearer atlas_madeup' }).post(ME);
    expect(res.status).toBe(401);
  });
});

describe('who may edit', () => {
  it('anonymous: UNAUTHENTICATED; VIEWER and ANALYST: FORBIDDEN; nothing written', async () => {
    expect((await api.anonymous.gql(CREATE_ORG, { name: 'Anon Org' })).errors![0]!.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    for (const role of ['VIEWER', 'ANALYST'] as const) {
      const client = await api.userClient(role, 'PUBLIC');
      const res = await client.gql(CREATE_ORG, { name: `${role} Org` });
      expect(res.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    }
    const list = JSON.stringify(await api.gql('{ list(kind: ORGANIZATION, first: 1000) { nodes { name } } }'));
    expect(list).not.toMatch(/Anon Org|VIEWER Org|ANALYST Org/);
  });

  it('an EDITOR edits, and the audit trail names them', async () => {
    const editor = await api.userClient('EDITOR', 'PUBLIC', 'erin');
    const res = await editor.gql<{ createOrganization: { id: string } }>(CREATE_ORG, { name: 'Erin Org' });
    expect(res.errors).toBeUndefined();
    const history = await api.gql<{ history: { entries: { actor: string }[] } }>(
      'query($id: ID!) { history(id: $id) { entries { actor } } }',
      { id: res.data!.createOrganization.id },
    );
    expect(history.data!.history.entries).toEqual([{ actor: 'erin' }]);
  });
});

describe('user administration', () => {
  it('is for ADMINs; answers never hold a password hash', async () => {
    const editor = await api.userClient('EDITOR', 'CONFIDENTIAL');
    expect((await editor.gql('{ users { id } }')).errors![0]!.extensions?.code).toBe('FORBIDDEN');
    const { client: admin } = await api.login('root', PASSWORD);
    const made = await admin!.gql<{ createUser: { id: string; clearance: string } }>(
      `mutation { createUser(input: { username: "Vera", role: VIEWER, clearance: CONFIDENTIAL, password: "${PASSWORD}" }) { id username clearance } }`,
    );
    expect(made.errors).toBeUndefined();
    // A VIEWER's clearance is PUBLIC whatever is asked.
    expect(made.data!.createUser.clearance).toBe('PUBLIC');
    const id = made.data!.createUser.id;
    const promoted = await admin!.gql(
      'mutation($id: ID!) { updateUser(id: $id, role: ANALYST, clearance: RESTRICTED) { role clearance } }',
      { id },
    );
    expect(promoted.data).toEqual({ updateUser: { role: 'ANALYST', clearance: 'RESTRICTED' } });
    const all = JSON.stringify(
      await admin!.gql('{ users { id username displayName role clearance disabled createdAt } }'),
    );
    expect(all).toContain('vera');
    expect(all).not.toMatch(/scrypt|passwordHash/);

    const { client: vera } = await api.login('vera', PASSWORD);
    const reset = await admin!.gql('mutation($id: ID!) { resetPassword(id: $id, password: "another long one") }', {
      id,
    });
    expect(reset.errors).toBeUndefined();
    expect((await vera!.gql(ME)).data).toEqual({ me: null });
    expect((await api.login('vera', 'another long one')).res.errors).toBeUndefined();

    await admin!.gql('mutation($id: ID!) { updateUser(id: $id, disabled: true) { disabled } }', { id });
    expect((await api.login('vera', 'another long one')).res.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('ANONYMOUS_ACCESS=off', () => {
  let closed: ApiServer;
  beforeAll(async () => {
    closed = await startApiServer({ dataset: smallWorld(), anonymousAccess: 'off' });
    await closed.addUser('VIEWER', 'PUBLIC', 'vic', PASSWORD);
  });
  afterAll(() => closed.close());

  it('refuses anonymous queries, exports and briefs with 401 UNAUTHENTICATED', async () => {
    const res = await closed.anonymous.post('{ stats { nodes { kind count } } }');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await closed.anonymous.get('/export?format=json')).status).toBe(401);
    expect((await closed.anonymous.get('/brief?focus=org:dsi')).status).toBe(401);
  });

  it('still lets anyone sign in, ask who they are, and check health', async () => {
    expect((await closed.anonymous.gql(ME)).data).toEqual({ me: null });
    expect((await closed.anonymous.get('/healthz')).status).toBe(200);
    const { client } = await closed.login('vic', PASSWORD);
    expect((await client!.gql('{ stats { nodes { kind count } } }')).errors).toBeUndefined();
    expect((await client!.get('/export?format=json')).status).toBe(200);
  });
});
