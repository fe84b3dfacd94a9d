import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_TOPICS } from '#contracts/mail-preferences.js';
import { mailOutbox } from '#server/db/schema/mail.js';
import { expectStatus, logEntry, traineeWithSupervisor } from '#tests/factories/hours.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

/** The `mail` section of the personal data export (ADR 0024): a person's own messages, every link token removed. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ VOCARE_PUBLIC_URL: 'https://vocare.example' });
});
afterAll(async () => t.close());

const TOKEN = /token=([A-Za-z0-9_-]{16,})/g;

describe('personal data export: mail', () => {
  it('lists the person’s messages and settings, without link tokens, HTML or anyone else’s mail', async () => {
    // The trainee invites a supervisor (a message their account causes, sent to the supervisor), gets an entry
    // returned (a notice with an unsubscribe link), asks for a password reset and turns check-in reminders on.
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      traineeName: 'Exporting Trainee',
    });
    const entryId = await logEntry(trainee.client, { date: '2026-03-02', supervisionId });
    expectStatus(await supervisor.client.post(`/api/hours/entries/${entryId}/return`, { comment: 'Which site?' }), 200);
    for (const person of [trainee, supervisor]) {
      expectStatus(await person.client.post('/api/auth/password-reset/request', { email: person.user.email }), 202);
    }
    expectStatus(
      await trainee.client.put('/api/account/mail-preferences', { preferences: { 'checkin-due': true } }),
      200,
    );

    const stored = await t.db.db.select().from(mailOutbox).where(eq(mailOutbox.userId, trainee.user.id));
    // The invitation belongs to the trainee's account in the outbox, but it went to the supervisor.
    expect(stored.map((m) => m.kind).sort()).toEqual(['entry-returned', 'password-reset', 'supervisor-invitation']);
    const storedTokens = stored.flatMap((m) => [...m.textBody.matchAll(TOKEN)].map((match) => match[1] ?? ''));
    expect(storedTokens.length).toBeGreaterThanOrEqual(3); // reset link, unsubscribe link, invitation link

    const response = await trainee.client.get('/api/me/export');
    expect(response.statusCode).toBe(200);
    const section = response.json().sections.mail as {
      preferences: { topic: string; enabled: boolean }[];
      messages: Record<string, unknown>[];
    };
    expect(section.preferences.map((p) => p.topic)).toEqual([...MAIL_TOPICS]);
    expect(section.preferences).toContainEqual({ topic: 'checkin-due', enabled: true });
    expect(section.preferences).toContainEqual({ topic: 'entry-returned', enabled: true });

    expect(section.messages.map((m) => m.kind).sort()).toEqual(['entry-returned', 'password-reset']);
    for (const message of section.messages) {
      expect(Object.keys(message).sort()).toEqual(['createdAt', 'kind', 'sentAt', 'status', 'subject', 'text', 'to']);
      expect(message.to).toBe(trainee.user.email);
      expect(message.status).toBe('queued');
      expect(message.text).toContain('token=(removed)');
      expect(message.text).not.toMatch(TOKEN);
    }
    const reset = section.messages.find((m) => m.kind === 'password-reset');
    expect(reset?.text).toContain('https://vocare.example/reset-password?token=(removed)');
    const returned = section.messages.find((m) => m.kind === 'entry-returned');
    expect(returned?.text).toContain('Which site?');
    expect(returned?.text).toContain('https://vocare.example/unsubscribe?token=(removed)');

    // No token of any of the trainee's messages, and nothing of the supervisor's mail, anywhere in the export.
    for (const token of storedTokens) expect(response.body).not.toContain(token);
    expect(response.body).not.toContain('hours/invitation');
    expect(response.body).not.toContain('List-Unsubscribe');
    const theirs = await t.db.db.select().from(mailOutbox).where(eq(mailOutbox.userId, supervisor.user.id));
    expect(theirs.map((m) => m.kind)).toContain('password-reset');
    for (const message of theirs) {
      for (const token of [...message.textBody.matchAll(TOKEN)].map((match) => match[1] ?? '')) {
        expect(response.body).not.toContain(token);
      }
    }
    expect(section.messages.some((m) => m.to === supervisor.user.email)).toBe(false);
  });
});
