import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient, TEST_PASSWORD, uniqueEmail } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ VOCARE_AUTH_RATE_LIMIT: 5 });
});
afterAll(async () => t.close());

// Each test signs up from its own address so the shared auth rate limit does not couple tests.
let nextAddress = 10;
const freshClient = () => new TestClient(t.app, `10.0.0.${nextAddress++}`);

describe('sign up, sign in, sign out', () => {
  it('signs up without a session, then signs in with the new password, signs out and is signed out', async () => {
    const client = freshClient();
    const email = uniqueEmail();
    const signup = await client.post('/api/auth/signup', {
      email: email.toUpperCase(),
      password: TEST_PASSWORD,
      displayName: 'Rosa Parks',
      roles: ['trainee'],
    });
    expect(signup.statusCode).toBe(201);
    expect(signup.json()).toEqual({ email, next: 'check-email' });
    expect(signup.cookies.find((c) => c.name === 'vocare_session')).toBeUndefined();
    expect((await client.refreshSession()).user).toBeNull();

    expect((await client.post('/api/auth/signin', { email, password: TEST_PASSWORD })).statusCode).toBe(200);
    const session = await client.refreshSession();
    expect(session.user).toMatchObject({ email, displayName: 'Rosa Parks', roles: ['explorer', 'trainee'] });

    expect((await client.post('/api/auth/signout')).statusCode).toBe(204);
    expect((await client.refreshSession()).user).toBeNull();
  });

  it('sets the session cookie on sign-in HttpOnly, SameSite=Lax, path /, with an expiry', async () => {
    const { user } = await signedInClient(t.app, t.db.db);
    const response = await freshClient().post('/api/auth/signin', { email: user.email, password: TEST_PASSWORD });
    const cookie = response.cookies.find((c) => c.name === 'vocare_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.expires?.getTime()).toBeGreaterThan(Date.now());
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
  });

  it('answers a taken address (any case) exactly as a new sign-up and changes nothing on that account', async () => {
    const { user: owner } = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'First' });
    const email = owner.email;
    const intruder = freshClient();
    const again = await intruder.post('/api/auth/signup', {
      email: email.toUpperCase(),
      password: 'another-password-123',
      displayName: 'Second',
      roles: ['supervisor'],
    });
    const freshEmail = uniqueEmail();
    const fresh = await freshClient().post('/api/auth/signup', {
      email: freshEmail,
      password: TEST_PASSWORD,
      displayName: 'Second',
    });
    expect(again.statusCode).toBe(201);
    expect(fresh.statusCode).toBe(201);
    // Identical but for the address each one typed; neither sets a session cookie.
    expect(again.json()).toEqual({ email, next: 'check-email' });
    expect(fresh.json()).toEqual({ email: freshEmail, next: 'check-email' });
    expect(again.cookies.map((c) => c.name).sort()).toEqual(fresh.cookies.map((c) => c.name).sort());
    expect((await intruder.refreshSession()).user).toBeNull();
    // The intruder's password opens nothing; the owner's still works, with the owner's name and roles.
    expect((await freshClient().post('/api/auth/signin', { email, password: 'another-password-123' })).statusCode).toBe(
      401,
    );
    const signedIn = await freshClient().post('/api/auth/signin', { email, password: TEST_PASSWORD });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ displayName: 'First', roles: ['explorer'] });
  });

  it('rejects bad sign-up input with 400 and the offending fields', async () => {
    const response = await freshClient().post('/api/auth/signup', {
      email: 'not-an-email',
      password: 'short',
      displayName: '',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password', 'body.displayName']));
  });

  it('refuses self-service admin at sign-up', async () => {
    const response = await freshClient().post('/api/auth/signup', {
      email: uniqueEmail(),
      password: TEST_PASSWORD,
      displayName: 'Sneaky',
      roles: ['admin'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.roles.0');
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { user } = await signedInClient(t.app, t.db.db);
    const wrongPassword = await freshClient().post('/api/auth/signin', {
      email: user.email,
      password: 'nope-nope-nope',
    });
    const unknown = await freshClient().post('/api/auth/signin', { email: uniqueEmail(), password: 'nope-nope-nope' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknown.json());
  });

  it('changes the password, ends other sessions, and signs in with the new one only', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    const other = freshClient();
    expect((await other.post('/api/auth/signin', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200);

    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'wrong-password',
      newPassword: 'another-long-pass',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('body.currentPassword');

    const changed = await client.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another-long-pass',
    });
    expect(changed.statusCode).toBe(204);
    expect((await client.refreshSession()).user?.id).toBe(user.id);
    expect((await other.refreshSession()).user).toBeNull();
    expect(
      (await freshClient().post('/api/auth/signin', { email: user.email, password: TEST_PASSWORD })).statusCode,
    ).toBe(401);
    expect(
      (await freshClient().post('/api/auth/signin', { email: user.email, password: 'another-long-pass' })).statusCode,
    ).toBe(200);
  });

  it('needs a session to change a password', async () => {
    const response = await freshClient().post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another-long-pass',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHORIZED');
  });
});

describe('CSRF defence', () => {
  it('refuses a state-changing request without the token, and with a wrong one', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const none = await client.request({
      method: 'POST',
      url: '/api/me/roles',
      payload: { role: 'mentor' },
      csrf: false,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.message).toMatch(/CSRF/);
    const wrong = await client.request({
      method: 'POST',
      url: '/api/me/roles',
      payload: { role: 'mentor' },
      csrf: false,
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await client.refreshSession()).user?.roles).not.toContain('mentor');
    const right = await client.post('/api/me/roles', { role: 'mentor' });
    expect(right.statusCode).toBe(200);
    expect(right.json().user.roles).toContain('mentor');
  });

  it('refuses sign-in without the token (login CSRF)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'a@b.test', password: 'x' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('roles', () => {
  it('refuses an admin action to a user without the admin role, and allows it to an admin', async () => {
    const { client: explorer, user } = await signedInClient(t.app, t.db.db, ['explorer']);
    const denied = await explorer.put(`/api/admin/users/${user.id}/roles`, { roles: ['admin'] });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('FORBIDDEN');
    expect((await explorer.refreshSession()).user?.roles).toEqual(['explorer']);

    const { client: admin } = await signedInClient(t.app, t.db.db, ['admin']);
    const granted = await admin.put(`/api/admin/users/${user.id}/roles`, { roles: ['explorer', 'supervisor'] });
    expect(granted.statusCode).toBe(200);
    expect((await explorer.refreshSession()).user?.roles).toEqual(['explorer', 'supervisor']);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    const { client: admin } = await signedInClient(t.app, t.db.db, ['admin']);
    const unknown = await admin.put('/api/admin/users/00000000-0000-4000-8000-000000000000/roles', {
      roles: ['explorer'],
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await admin.put('/api/admin/users/not-a-uuid/roles', { roles: ['explorer'] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('params.id');
  });
});

describe('rate limit on sign-in', () => {
  it('trips after the allowed attempts from one address and says when to retry', async () => {
    const client = freshClient();
    const attempt = () => client.post('/api/auth/signin', { email: uniqueEmail(), password: 'wrong-password' });
    for (let i = 0; i < 5; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another address is not affected.
    expect((await freshClient().post('/api/auth/signin', { email: uniqueEmail(), password: 'x' })).statusCode).toBe(
      401,
    );
  });
});
