import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '#contracts/hours.js';
import { createMailWorker } from '#server/mail/mail-worker.js';
import { createSmtpTransport } from '#server/mail/smtp-transport.js';
import { expectStatus, LICENSE, logEntry, traineeWithSupervisor } from '#tests/factories/hours.js';
import { signedInClient, TEST_PASSWORD, uniqueEmail } from '#tests/factories/users.js';
import { type SmtpSink, startSmtpSink } from '#tests/setup/smtp-sink.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { runWeeklySignOffMessages } from './sign-off.service.js';

let t: TestApp;
let sink: SmtpSink;
let clockAt = new Date('2026-03-10T12:00:00Z');
const advance = (ms: number) => {
  clockAt = new Date(clockAt.getTime() + ms);
};
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp({ VOCARE_PUBLIC_URL: 'https://vocare.example' }, { now: () => clockAt });
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await t.close();
});

let nextAddress = 10;
/** A browser with no session at all: the supervisor opening a link from their mail. */
const stranger = () => new TestClient(t.app, `10.77.0.${nextAddress++}`);

async function mailTo(to: string): Promise<{ subject: string; text: string }[]> {
  const response = await stranger().get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
  expect(response.statusCode).toBe(200);
  return response.json().messages;
}

const tokensIn = (text: string, path: string) =>
  [...text.matchAll(new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`, 'g'))].map((m) => m[1] ?? '');

const runWeekly = () => runWeeklySignOffMessages(t.db.db, { env: t.env, now: clockAt });

describe('invitations by email', () => {
  it('mails the invited address a link; only the account of that address can use it, and it proves the address', async () => {
    const trainee = await signedInClient(t.app, t.db.db, ['trainee'], { displayName: 'Tess Trainee' });
    const invitedEmail = uniqueEmail('invited');
    const invite = await trainee.client.post('/api/hours/supervisions', {
      email: invitedEmail,
      startDate: '2026-01-05',
    });
    expectStatus(invite, 201);
    const [message] = await mailTo(invitedEmail);
    expect(message?.subject).toBe('Tess Trainee asks you to supervise their hours on Vocare');
    const [token] = tokensIn(message?.text ?? '', '/hours/invitation');
    expect(token).toBeDefined();

    // Another confirmed account cannot use the link.
    const other = await signedInClient(t.app, t.db.db);
    const refused = await other.client.post('/api/hours/invitations/by-link/accept', { ...LICENSE, token });
    expect(refused.statusCode).toBe(403);

    // The invited address signs up but has not confirmed: holding the address is not enough to accept by id...
    const invitee = stranger();
    expectStatus(
      await invitee.post('/api/auth/signup', { email: invitedEmail, password: TEST_PASSWORD, displayName: 'Ivy' }),
      201,
    );
    // Sign-up opens no session (ADR 0024): the new account signs in with its password.
    expectStatus(await invitee.post('/api/auth/signin', { email: invitedEmail, password: TEST_PASSWORD }), 200);
    const byId = await invitee.post(`/api/hours/invitations/${invite.json().id}/accept`, LICENSE);
    expect(byId.statusCode).toBe(403);
    // ...but the emailed link proves it.
    expect((await invitee.post('/api/hours/invitations/by-link', { token })).json()).toMatchObject({
      status: 'invited',
      trainee: { displayName: 'Tess Trainee' },
    });
    const accepted = await invitee.post('/api/hours/invitations/by-link/accept', { ...LICENSE, token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active', supervisor: { displayName: 'Ivy' } });
    expect((await invitee.refreshSession()).user).toMatchObject({ emailVerified: true });
    const again = await invitee.post('/api/hours/invitations/by-link/accept', { ...LICENSE, token });
    expect(again.statusCode).toBe(400);
  });
});

describe('one-tap sign-off', () => {
  it('sends one weekly message per supervisor (even with two runs at once) that arrives over SMTP with unsubscribe headers, and whose link verifies exactly its entries once, without signing in', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      traineeName: 'Una Trainee',
      supervisorName: 'Dr. Vera Sign',
      startDate: '2026-01-05',
    });
    const first = await logEntry(trainee.client, { date: '2026-03-02', hours: 2, supervisionId });
    const second = await logEntry(trainee.client, { date: '2026-03-03', hours: 1.5, supervisionId });

    await Promise.all([runWeekly(), runWeekly()]);
    await runWeekly();
    const messages = (await mailTo(supervisor.user.email)).filter(
      (m) => m.subject === 'Hours waiting for your sign-off',
    );
    expect(messages).toHaveLength(1);
    const text = messages[0]?.text ?? '';
    expect(text).toContain('Una Trainee: 2 entries, 3.5 h');
    expect(text).toContain('2026-03-02, 2 h direct client contact at Riverside Clinic');
    const [token] = tokensIn(text, '/sign-off');

    await createMailWorker({
      db: t.db.db,
      transport: createSmtpTransport(sink.url),
      from: t.env.MAIL_FROM,
      now: () => clockAt,
    }).drain();
    const delivered = sink.received.find((m) => m.subject === 'Hours waiting for your sign-off');
    const headerLines = delivered?.headerLines.map((h) => h.line) ?? [];
    expect(headerLines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(headerLines.find((h) => h.startsWith('List-Unsubscribe:'))).toContain(
      'https://vocare.example/api/mail/unsubscribe?token=',
    );
    expect(delivered?.html).toContain('https://vocare.example/sign-off?token=');

    const visitor = stranger();
    const preview = await visitor.post('/api/hours/sign-off/preview', { token });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ supervisorName: 'Dr. Vera Sign', traineeName: 'Una Trainee' });
    expect(preview.json().entries.map((e: { isUnchanged: boolean }) => e.isUnchanged)).toEqual([true, true]);

    const signed = await visitor.post('/api/hours/sign-off', { token });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toEqual({ verified: 2, hours: 3.5 });
    for (const id of [first, second]) {
      expect((await trainee.client.get(`/api/hours/entries/${id}`)).json()).toMatchObject({
        status: 'verified',
        verifiedByName: 'Dr. Vera Sign',
      });
    }
    const audit = (await trainee.client.get('/api/hours/audit')).json().items as AuditEvent[];
    const verifications = audit.filter((e) => e.action === 'verify');
    expect(verifications).toHaveLength(2);
    expect(verifications.every((e) => e.method === 'email-link' && e.actor.name === 'Dr. Vera Sign')).toBe(true);

    const reused = await stranger().post('/api/hours/sign-off', { token });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.message).toMatch(/already used/);
  });

  it('refuses a link when a listed entry changed since the message (saying which), and after 14 days', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
    });
    const kept = await logEntry(trainee.client, { date: '2026-03-04', hours: 1, supervisionId });
    const edited = await logEntry(trainee.client, { date: '2026-03-05', hours: 1, supervisionId, site: 'North Site' });
    await runWeekly();
    const [message] = (await mailTo(supervisor.user.email)).filter((m) => m.subject.startsWith('Hours waiting'));
    const [token] = tokensIn(message?.text ?? '', '/sign-off');

    expectStatus(
      await trainee.client.put(`/api/hours/entries/${edited}`, {
        date: '2026-03-05',
        hours: 3,
        category: 'direct',
        site: 'North Site',
        supervisionId,
      }),
      200,
    );
    const preview = await stranger().post('/api/hours/sign-off/preview', { token });
    expect(preview.json().entries).toEqual([
      expect.objectContaining({ id: kept, isUnchanged: true }),
      expect.objectContaining({ id: edited, isUnchanged: false }),
    ]);
    const refused = await stranger().post('/api/hours/sign-off', { token });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('2026-03-05, 1 h direct client contact at North Site');
    expect(refused.json().error.details).toEqual([expect.objectContaining({ path: `entries.${edited}` })]);
    expect((await trainee.client.get(`/api/hours/entries/${kept}`)).json().status).toBe('unverified');

    // Next week's message lists the entries as they are now; its link expires after 14 days.
    advance(7 * DAY);
    await runWeekly();
    const [fresh] = (await mailTo(supervisor.user.email)).filter((m) => m.subject.startsWith('Hours waiting'));
    expect(fresh?.text).toContain('2026-03-05, 3 h direct client contact at North Site');
    const [freshToken] = tokensIn(fresh?.text ?? '', '/sign-off');
    advance(14 * DAY + 1);
    const expired = await stranger().post('/api/hours/sign-off', { token: freshToken });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.message).toMatch(/expired/);
  });

  it('a supervisor who unsubscribes with one click (no sign-in, no CSRF token) gets no more weekly messages', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
    });
    await logEntry(trainee.client, { date: '2026-03-09', hours: 1, supervisionId });
    advance(7 * DAY);
    await runWeekly();
    const [message] = (await mailTo(supervisor.user.email)).filter((m) => m.subject.startsWith('Hours waiting'));
    const [unsubscribeToken] = tokensIn(message?.text ?? '', '/unsubscribe');

    const oneClick = await t.app.inject({
      method: 'POST',
      url: `/api/mail/unsubscribe?token=${unsubscribeToken}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
      remoteAddress: '10.77.1.1',
    });
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.json()).toMatchObject({ topic: 'supervisor-digest', enabled: false });
    const preferences = (await supervisor.client.get('/api/account/mail-preferences')).json().preferences;
    expect(preferences.find((p: { topic: string }) => p.topic === 'supervisor-digest').enabled).toBe(false);

    advance(7 * DAY);
    await runWeekly();
    const after = (await mailTo(supervisor.user.email)).filter((m) => m.subject.startsWith('Hours waiting'));
    expect(after).toHaveLength(1);

    const bogus = await stranger().post(`/api/mail/unsubscribe?token=${'x'.repeat(43)}`);
    expect(bogus.statusCode).toBe(400);
  });

  it('tells the trainee by mail when an entry is returned, unless they turned that off', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
    });
    const id = await logEntry(trainee.client, { date: '2026-03-06', hours: 1, supervisionId });
    expectStatus(await supervisor.client.post(`/api/hours/entries/${id}/return`, { comment: 'Wrong site?' }), 200);
    const [notice] = await mailTo(trainee.user.email);
    expect(notice?.subject).toBe('Dr. Sam Supervisor returned an entry for correction');
    expect(notice?.text).toContain('Wrong site?');

    expectStatus(
      await trainee.client.put('/api/account/mail-preferences', { preferences: { 'entry-returned': false } }),
      200,
    );
    const other = await logEntry(trainee.client, { date: '2026-03-06', hours: 2, supervisionId });
    expectStatus(await supervisor.client.post(`/api/hours/entries/${other}/return`, { comment: 'Again' }), 200);
    expect(await mailTo(trainee.user.email)).toHaveLength(1);
  });
});
