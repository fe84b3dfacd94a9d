import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailWorker } from '#server/mail/mail-worker.js';
import { createSmtpTransport } from '#server/mail/smtp-transport.js';
import { organizationWithMember } from '#tests/factories/board.js';
import { signedInClient, TEST_PASSWORD, uniqueEmail } from '#tests/factories/users.js';
import { type SmtpSink, startSmtpSink } from '#tests/setup/smtp-sink.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
let sink: SmtpSink;
let clockAt = new Date('2026-03-10T12:00:00Z');
const advance = (ms: number) => {
  clockAt = new Date(clockAt.getTime() + ms);
};

beforeAll(async () => {
  t = await createTestApp({ VOCARE_PUBLIC_URL: 'https://vocare.example' }, { now: () => clockAt });
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await t.close();
});

let nextAddress = 10;
const freshClient = () => new TestClient(t.app, `10.9.0.${nextAddress++}`);

/** The newest message to `to` in the dev Mailbox, and the token of its first link with ?token=. */
async function latestMail(to: string): Promise<{ subject: string; text: string; token: string | null }> {
  const response = await freshClient().get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
  expect(response.statusCode).toBe(200);
  const message = response.json().messages[0];
  expect(message).toBeDefined();
  return { ...message, token: (message.text as string).match(/\?token=([A-Za-z0-9_-]{43})/)?.[1] ?? null };
}

/** Signs up through the API (which opens no session), then signs the client in with the new password. */
async function signUp(client: TestClient, email = uniqueEmail()) {
  const response = await client.post('/api/auth/signup', {
    email,
    password: TEST_PASSWORD,
    displayName: 'Mae Jemison',
  });
  expect(response.statusCode).toBe(201);
  expect((await client.refreshSession()).user).toBeNull();
  expect((await client.post('/api/auth/signin', { email, password: TEST_PASSWORD })).statusCode).toBe(200);
  return email;
}

describe('address verification', () => {
  it('queues a verification message on sign-up that arrives over SMTP with text and HTML; the link works once', async () => {
    const client = freshClient();
    const email = await signUp(client);
    expect((await client.refreshSession()).user).toMatchObject({ emailVerified: false });

    await createMailWorker({
      db: t.db.db,
      transport: createSmtpTransport(sink.url),
      from: t.env.MAIL_FROM,
      now: () => clockAt,
    }).drain();
    const delivered = sink.received.find((m) => JSON.stringify(m.to).includes(email));
    expect(delivered?.subject).toBe('Confirm your email address for Vocare');
    expect(delivered?.text).toMatch(/https:\/\/vocare\.example\/verify-email\?token=/);
    expect(delivered?.html).toContain('https://vocare.example/verify-email?token=');
    expect(delivered?.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);

    const { token, subject } = await latestMail(email);
    expect(subject).toBe('Confirm your email address for Vocare');
    const verified = await freshClient().post('/api/auth/verify-email', { token });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toEqual({ email, emailVerified: true });
    expect((await client.refreshSession()).user).toMatchObject({ emailVerified: true });

    const again = await freshClient().post('/api/auth/verify-email', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details[0].path).toBe('body.token');
  });

  it('refuses an expired link (app clock) and limits resends to three an hour', async () => {
    const client = freshClient();
    const email = await signUp(client);
    const { token } = await latestMail(email);
    advance(48 * 3_600_000 + 1);
    expect((await freshClient().post('/api/auth/verify-email', { token })).statusCode).toBe(400);

    for (let i = 0; i < 3; i++) expect((await client.post('/api/auth/verify-email/resend')).statusCode).toBe(202);
    const limited = await client.post('/api/auth/verify-email/resend');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    const fresh = await latestMail(email);
    expect((await freshClient().post('/api/auth/verify-email', { token: fresh.token })).statusCode).toBe(200);
    expect((await client.post('/api/auth/verify-email/resend')).statusCode).toBe(409);
  });

  it('refuses malformed tokens with 400 and resend without a session with 401', async () => {
    const malformed = await freshClient().post('/api/auth/verify-email', { token: 'abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('body.token');
    expect((await freshClient().post('/api/auth/verify-email/resend')).statusCode).toBe(401);
  });
});

describe('sign-up with an address that has an account', () => {
  it('answers as a new sign-up and mails the owner (over SMTP) instead of a verification link', async () => {
    const { user } = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'Owner Person' });
    const response = await freshClient().post('/api/auth/signup', {
      email: user.email,
      password: TEST_PASSWORD,
      displayName: 'Someone Else',
    });
    expect(response.statusCode).toBe(201);
    const queued = await latestMail(user.email);
    expect(queued.subject).toBe('Someone tried to sign up to Vocare with your address');
    expect(queued.token).toBeNull();
    expect(queued.text).toContain('https://vocare.example/forgot-password');

    await createMailWorker({
      db: t.db.db,
      transport: createSmtpTransport(sink.url),
      from: t.env.MAIL_FROM,
      now: () => clockAt,
    }).drain();
    const delivered = sink.received.filter((m) => JSON.stringify(m.to).includes(user.email));
    expect(delivered.map((m) => m.subject)).toEqual(['Someone tried to sign up to Vocare with your address']);
    expect(delivered[0]?.text).toContain('Hello Owner Person,');
  });

  it('mails the owner at most three times an hour however often the address is tried', async () => {
    const { user } = await signedInClient(t.app, t.db.db);
    for (let i = 0; i < 5; i++) {
      const tried = await freshClient().post('/api/auth/signup', {
        email: user.email,
        password: TEST_PASSWORD,
        displayName: 'Again',
      });
      expect(tried.statusCode).toBe(201);
    }
    const listed = (await freshClient().get(`/api/dev/mailbox?to=${encodeURIComponent(user.email)}`)).json().messages;
    expect(listed.filter((m: { subject: string }) => m.subject.startsWith('Someone tried'))).toHaveLength(3);
  });
});

describe('password reset', () => {
  it('answers the same for known and unknown addresses and mails only the known one', async () => {
    const { user } = await signedInClient(t.app, t.db.db);
    const unknownEmail = uniqueEmail();
    const known = await freshClient().post('/api/auth/password-reset/request', { email: user.email });
    const unknown = await freshClient().post('/api/auth/password-reset/request', { email: unknownEmail });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect((await latestMail(user.email)).subject).toBe('Reset your Vocare password');
    const none = await freshClient().get(`/api/dev/mailbox?to=${encodeURIComponent(unknownEmail)}`);
    expect(none.json().messages).toEqual([]);
  });

  it('sets the new password once, ends every session, and the link expires after 30 minutes', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    await freshClient().post('/api/auth/password-reset/request', { email: user.email });
    const { token } = await latestMail(user.email);
    advance(1000); // the notice that follows is then the newest message to this address
    const done = await freshClient().post('/api/auth/password-reset/complete', {
      token,
      password: 'a-brand-new-password',
    });
    expect(done.statusCode).toBe(204);
    expect((await client.refreshSession()).user).toBeNull();
    expect((await latestMail(user.email)).subject).toBe('Your Vocare password was changed');
    const signIn = (password: string) => freshClient().post('/api/auth/signin', { email: user.email, password });
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn('a-brand-new-password')).statusCode).toBe(200);
    const reused = await freshClient().post('/api/auth/password-reset/complete', {
      token,
      password: 'yet-another-one',
    });
    expect(reused.statusCode).toBe(400);

    await freshClient().post('/api/auth/password-reset/request', { email: user.email });
    const late = await latestMail(user.email);
    advance(30 * 60_000);
    const expired = await freshClient().post('/api/auth/password-reset/complete', {
      token: late.token,
      password: 'yet-another-one',
    });
    expect(expired.statusCode).toBe(400);
    expect((await signIn('a-brand-new-password')).statusCode).toBe(200);
  });
});

describe('email change', () => {
  it('confirms with the new address, tells the old one, and a token serves only its own account', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    const newEmail = uniqueEmail('moved');
    const wrong = await client.post('/api/auth/email', { newEmail, currentPassword: 'not-my-password' });
    expect(wrong.statusCode).toBe(400);
    expect((await client.post('/api/auth/email', { newEmail, currentPassword: TEST_PASSWORD })).statusCode).toBe(202);
    expect((await latestMail(user.email)).text).toContain(newEmail);
    const { token } = await latestMail(newEmail);

    // Another account cannot use the token for itself: it moves the account it was issued to, nothing else.
    const { client: other, user: otherUser } = await signedInClient(t.app, t.db.db);
    const confirmed = await other.post('/api/auth/email/confirm', { token });
    expect(confirmed.statusCode).toBe(200);
    expect((await other.refreshSession()).user).toMatchObject({ id: otherUser.id });
    expect(((await other.refreshSession()).user as { email?: string }).email).toBe(otherUser.email);
    expect((await client.refreshSession()).user).toMatchObject({ email: newEmail, emailVerified: true });
    expect((await other.post('/api/auth/email/confirm', { token })).statusCode).toBe(400);
  });

  it('sends no link to an address another account holds, with the same answer', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const { user: holder } = await signedInClient(t.app, t.db.db);
    const before = (await freshClient().get(`/api/dev/mailbox?to=${encodeURIComponent(holder.email)}`)).json().messages
      .length;
    const response = await client.post('/api/auth/email', { newEmail: holder.email, currentPassword: TEST_PASSWORD });
    expect(response.statusCode).toBe(202);
    const after = (await freshClient().get(`/api/dev/mailbox?to=${encodeURIComponent(holder.email)}`)).json().messages;
    expect(after).toHaveLength(before);
  });
});

describe('what needs a confirmed address', () => {
  it('refuses an organization invitation to an unconfirmed account until it confirms', async () => {
    const owner = await organizationWithMember(t.app, t.db.db);
    const client = freshClient();
    const email = await signUp(client);
    await owner.client.post(`/api/organizations/${owner.organizationId}/invites`, { email });
    const invites = (await client.get('/api/me/organization-invites')).json().invites;
    const accept = () => client.post(`/api/organization-invites/${invites[0].id}/accept`);
    const refused = await accept();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/Confirm your email address/);
    // The address now holds two messages, the verification and the invitation (same clock time, either order).
    const texts: string[] = (await freshClient().get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`))
      .json()
      .messages.map((m: { text: string }) => m.text);
    expect(texts.filter((text) => text.includes('/organizations/invitation?id='))).toHaveLength(1);
    const token = texts.map((text) => text.match(/\/verify-email\?token=([A-Za-z0-9_-]{43})/)?.[1]).find(Boolean);
    expect((await freshClient().post('/api/auth/verify-email', { token })).statusCode).toBe(200);
    expect((await accept()).statusCode).toBe(200);
  });
});
