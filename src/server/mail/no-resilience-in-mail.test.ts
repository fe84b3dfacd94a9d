import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '#server/db/schema/mail.js';
import { runApplicationDigests } from '#server/features/board/application-digest.service.js';
import { runHoursReminders } from '#server/features/hours/hours-reminders.service.js';
import { runWeeklySignOffMessages } from '#server/features/hours/sign-off.service.js';
import { sweepRequests } from '#server/features/mentorship/mentorship.service.js';
import { runCheckinReminders } from '#server/features/resilience/checkin-reminder.service.js';
import { organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { commentBody, createTestGuide, postComment } from '#tests/factories/guides.js';
import { expectStatus, logEntry, traineeWithSupervisor } from '#tests/factories/hours.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';

/**
 * Issue 13: never put resilience content in an email. Everyone in this scene keeps resilience data with distinctive
 * words; every notice kind the product sends is then produced, and no message in the outbox may carry any of it.
 */

let t: TestApp;
const clockAt = new Date('2026-03-10T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ VOCARE_PUBLIC_URL: 'https://vocare.example' }, { now: () => clockAt });
});
afterAll(async () => t.close());

const JOURNAL_TEXT = 'Marmalade otter 7391: the intake with the family left me shaking';
const SUPERVISOR_JOURNAL = 'Quillwort lantern 5520: doubting my own supervision';
const MEMBER_JOURNAL = 'Brambling kettle 8846: the board meeting drained me';

/** Journal, a scored check-in a while ago (so one is due) and a self-care day; returns the scores as a mail could show them. */
async function keepResilienceData(client: TestClient, journal: string): Promise<string[]> {
  expectStatus(
    await client.post('/api/resilience/journal', { date: '2026-03-02', tag: 'challenge', text: journal }),
    201,
  );
  const { instrument } = (await client.get('/api/resilience/instruments/vocare-reflective-checkin')).json() as {
    instrument: { items: { id: string }[] };
  };
  const answers = Object.fromEntries(instrument.items.map((item, i) => [item.id, 1 + (i % 3)]));
  const checkin = await client.post('/api/resilience/checkins', { date: '2026-03-01', answers });
  expectStatus(checkin, 201);
  expectStatus(
    await client.put('/api/resilience/self-care/2026-03-02', { sleepHours: 4.5, mood: 1, boundaries: 'crossed' }),
    200,
  );
  const scores = checkin.json().scores as { label: string; band: string; score: number }[];
  expect(scores.length).toBeGreaterThan(0);
  // Band words ("low", "high") are ordinary English and appear in any mail; the labels and scores do not.
  return scores.flatMap((s) => [s.label, `${s.label}: ${s.score}`, `${s.label} ${s.score}`]);
}

describe('resilience content in mail', () => {
  it('appears in no notice of any kind', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
      endDate: '2026-03-20',
      license: { licenseExpires: '2026-04-01' },
    });
    const org = await organizationWithMember(t.app, t.db.db, { name: 'Harbour Peer Support' });
    const forbidden = [
      JOURNAL_TEXT,
      SUPERVISOR_JOURNAL,
      MEMBER_JOURNAL,
      ...(await keepResilienceData(trainee.client, JOURNAL_TEXT)),
      ...(await keepResilienceData(supervisor.client, SUPERVISOR_JOURNAL)),
      ...(await keepResilienceData(org.client, MEMBER_JOURNAL)),
    ];
    expectStatus(
      await trainee.client.put('/api/account/mail-preferences', { preferences: { 'checkin-due': true } }),
      200,
    );

    // Hours: an entry returned, entries waiting for the weekly message, an agreement ending, a license lapsing.
    const returned = await logEntry(trainee.client, { date: '2026-03-09', supervisionId });
    await logEntry(trainee.client, { date: '2026-03-09', supervisionId });
    expectStatus(
      await supervisor.client.post(`/api/hours/entries/${returned}/return`, { comment: 'Which site?' }),
      200,
    );

    // Guides: a reply to the trainee's comment.
    const admin = (await signedInClient(t.app, t.db.db, ['admin'])).client;
    const guide = await createTestGuide(t.db.db);
    const mine = await postComment(
      trainee.client,
      guide.slug,
      await commentBody(t, { email: trainee.user.email, notifyOnReply: true }),
    );
    expectStatus(mine, 201);
    const commentId = mine.json().comment.id as string;
    expectStatus(await admin.post(`/api/admin/comments/${commentId}/moderation`, { action: 'approve' }), 200);
    expectStatus(await postComment(admin, guide.slug, await commentBody(t, { parentId: commentId })), 201);

    // Board: the trainee applies; the organization decides.
    const opportunityId = await publishOpportunity(org.client, org.organizationId);
    const applied = await trainee.client.post(`/api/opportunities/${opportunityId}/applications`, {
      answers: ['I would like to help.'],
      shareEmail: false,
    });
    expectStatus(applied, 201);
    expectStatus(await org.client.patch(`/api/applications/${applied.json().id}`, { status: 'accepted' }), 200);
    expectStatus(
      await trainee.client.post(`/api/applications/${applied.json().id}/messages`, { body: 'Thanks!' }),
      201,
    );

    // Mentorship: the trainee asks two mentors; one accepts, the other is reminded on day 5 and the request expires.
    const mentors = [];
    for (const name of ['Wren Mentor', 'Yara Mentor']) {
      const mentor = await signedInClient(t.app, t.db.db, ['mentor'], { displayName: name });
      expectStatus(
        await mentor.client.put('/api/mentorship/mentor-profile', {
          headline: 'Counselor in a community clinic',
          careers: ['licensed-professional-counselor'],
          yearsInField: 12,
          scales: ['micro'],
          causes: ['mental-health'],
          values: ['sustainable-pace'],
          helpWith: ['licensure', 'burnout-and-boundaries'],
          capacity: 2,
        }),
        200,
      );
      mentors.push(mentor);
    }
    expectStatus(
      await trainee.client.put('/api/mentorship/mentee-profile', {
        goals: 'Get licensed without burning out',
        careers: ['licensed-professional-counselor'],
        stage: 'degree-done-accruing-hours',
        scale: 'micro',
        causes: ['mental-health'],
        values: ['sustainable-pace'],
        helpWith: ['burnout-and-boundaries'],
      }),
      200,
    );
    const requestIds = [];
    for (const mentor of mentors) {
      const asked = await trainee.client.post('/api/mentorship/requests', {
        mentorId: mentor.user.id,
        message: 'I would like help with the hours and with pacing myself.',
      });
      expectStatus(asked, 201);
      requestIds.push(asked.json().id as string);
    }
    const [accepting] = mentors;
    if (!accepting) throw new Error('no mentor');
    expectStatus(
      await accepting.client.post(`/api/mentorship/requests/${requestIds[0]}/answer`, { accept: true }),
      200,
    );
    const dayMs = 86_400_000;
    await sweepRequests(t.db.db, t.env, new Date(clockAt.getTime() + 5 * dayMs + 60_000));
    await sweepRequests(t.db.db, t.env, new Date(clockAt.getTime() + 7 * dayMs + 60_000));

    // The sweeps: weekly sign-off, hours reminders, check-in reminders, and the next day's application digest.
    const ctx = { env: t.env, now: clockAt };
    await runApplicationDigests(t.db.db, { env: t.env, now: new Date(clockAt.getTime() + 86_400_000) });
    await runWeeklySignOffMessages(t.db.db, ctx);
    await runHoursReminders(t.db.db, ctx);
    expect(await runCheckinReminders(t.db.db, ctx)).toEqual({ queued: 1 });

    const mails = await t.db.db.select().from(mailOutbox);
    const kinds = new Set(mails.map((m) => m.kind));
    for (const kind of [
      'entry-returned',
      'supervisor-digest',
      'agreement-ending',
      'license-lapsing',
      'comment-reply',
      'application-digest',
      'application-message',
      'application-update',
      'checkin-due',
      'mentorship-request',
      'mentorship-accepted',
      'mentorship-reminder',
      'mentorship-expired',
    ]) {
      expect(kinds, `a ${kind} notice was produced`).toContain(kind);
    }
    for (const mail of mails) {
      for (const part of [mail.subject, mail.textBody, mail.htmlBody]) {
        for (const text of forbidden) expect(part, `${mail.kind} carries “${text}”`).not.toContain(text);
      }
    }
    const checkinMail = mails.find((m) => m.kind === 'checkin-due');
    expect(checkinMail?.subject).toBe('A check-in is due');
    expect(checkinMail?.toAddress).toBe(trainee.user.email);
  });

  it('sends the check-in reminder only to people who turned it on, once per due date', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    const other = await signedInClient(t.app, t.db.db);
    const ctx = { env: t.env, now: clockAt };
    // Nobody turned it on: a due check-in sends nothing.
    await runCheckinReminders(t.db.db, ctx);
    const mailsOf = async (address: string) =>
      (await t.db.db.select().from(mailOutbox)).filter((m) => m.toAddress === address);
    expect(await mailsOf(user.email)).toEqual([]);
    expectStatus(await client.put('/api/account/mail-preferences', { preferences: { 'checkin-due': true } }), 200);
    await Promise.all([runCheckinReminders(t.db.db, ctx), runCheckinReminders(t.db.db, ctx)]);
    await runCheckinReminders(t.db.db, ctx);
    expect((await mailsOf(user.email)).map((m) => m.kind)).toEqual(['checkin-due']);
    expect(await mailsOf(other.user.email)).toEqual([]);
  });
});
