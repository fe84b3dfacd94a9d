import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mentorship, MentorshipRequest, ReviewQueue, SuggestionList } from '#contracts/mentorship.js';
import { mailOutbox } from '#server/db/schema/mail.js';
import { listRecentMail } from '#server/mail/outbox.repository.js';
import { markEmailVerified } from '#server/users/users.repository.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';

// The app's clock, moved by the tests (request expiry after 7 days, reminder on day 5).
let clock = new Date('2026-04-01T09:00:00Z');
let t: TestApp;

const DAY = 86_400_000;
const mentorProfile = {
  headline: 'Counselor in a community clinic',
  careers: ['licensed-professional-counselor'],
  yearsInField: 12,
  scales: ['micro'],
  causes: ['mental-health', 'children-families'],
  values: ['lived-experience', 'sustainable-pace'],
  helpWith: ['licensure', 'burnout-and-boundaries'],
  capacity: 2,
};
const menteeProfile = {
  goals: 'Get licensed in Texas without burning out',
  careers: ['licensed-professional-counselor'],
  stage: 'degree-done-accruing-hours',
  scale: 'micro',
  causes: ['mental-health'],
  values: ['lived-experience', 'sustainable-pace'],
  helpWith: ['licensure'],
};

async function person(roles: ('mentor' | 'trainee' | 'explorer' | 'admin')[], name: string) {
  return signedInClient(t.app, t.db.db, roles, { displayName: name });
}

async function ok<T>(client: TestClient, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const response = await client.request({
    method: method as 'GET',
    url,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  expect(response.statusCode, response.body).toBe(status);
  return (response.body ? response.json() : null) as T;
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
});
afterAll(async () => {
  await t.close();
});

describe('mentor profiles', () => {
  it('need the mentor role and a confirmed address', async () => {
    const explorer = await person(['explorer'], 'Eve');
    expect((await explorer.client.put('/api/mentorship/mentor-profile', mentorProfile)).statusCode).toBe(403);
    const mentor = await person(['mentor'], 'Unverified Mentor');
    await t.db.db.execute(sql`update users set email_verified_at = null where id = ${mentor.user.id}`);
    const refused = await mentor.client.put('/api/mentorship/mentor-profile', mentorProfile);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/Confirm your email address/);
    await markEmailVerified(t.db.db, mentor.user.id, mentor.user.email, clock);
    const saved = await mentor.client.put('/api/mentorship/mentor-profile', mentorProfile);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ capacity: 2, freeSeats: 2, lastAnsweredAt: null });
  });
});

describe('the mentee flow', () => {
  let rosa: Awaited<ReturnType<typeof person>>;
  let tom: Awaited<ReturnType<typeof person>>;
  let ana: Awaited<ReturnType<typeof person>>;
  let ben: Awaited<ReturnType<typeof person>>;
  let request: MentorshipRequest;
  let mentorship: Mentorship;

  beforeAll(async () => {
    rosa = await person(['mentor'], 'Rosa Mentor');
    tom = await person(['mentor'], 'Tom Mentor');
    ana = await person(['trainee'], 'Ana Mentee');
    ben = await person(['trainee'], 'Ben Mentee');
    await ok(rosa.client, 'PUT', '/api/mentorship/mentor-profile', mentorProfile);
    await ok(tom.client, 'PUT', '/api/mentorship/mentor-profile', {
      ...mentorProfile,
      causes: ['environment'],
      values: ['innovation'],
      scales: ['macro'],
      careers: [],
    });
    await ok(ana.client, 'PUT', '/api/mentorship/mentee-profile', menteeProfile);
    await ok(ben.client, 'PUT', '/api/mentorship/mentee-profile', menteeProfile);
  });

  it('suggests mentors with three reasons and the weakest factor in words', async () => {
    const { suggestions } = await ok<SuggestionList>(ana.client, 'GET', '/api/mentorship/suggestions');
    const first = suggestions.find((s) => s.mentorId === rosa.user.id);
    expect(first).toBeDefined();
    expect(first?.strongest).toHaveLength(3);
    expect(first?.strongest[0]?.reason).toBe(
      'You share values: respect for lived experience and a sustainable pace of work.',
    );
    expect(first?.weakest.reason.length).toBeGreaterThan(10);
    expect(first?.mentor.displayName).toBe('Rosa Mentor');
  });

  it('asks for a mentee profile before suggesting', async () => {
    const nobody = await person(['explorer'], 'No Profile');
    expect((await nobody.client.get('/api/mentorship/suggestions')).statusCode).toBe(409);
  });

  it('dismisses a suggestion silently', async () => {
    await ok(ben.client, 'POST', `/api/mentorship/suggestions/${tom.user.id}/dismiss`, {}, 204);
    const { suggestions } = await ok<SuggestionList>(ben.client, 'GET', '/api/mentorship/suggestions');
    expect(suggestions.map((s) => s.mentorId)).not.toContain(tom.user.id);
    const toTom = await listRecentMail(t.db.db, { limit: 50, to: tom.user.email });
    expect(toTom).toHaveLength(0);
    const tomsRequests = await ok<{ received: unknown[] }>(tom.client, 'GET', '/api/mentorship/requests');
    expect(tomsRequests.received).toHaveLength(0);
  });

  it('sends a request, mails the mentor a link, and the mentor accepts', async () => {
    request = await ok(
      ana.client,
      'POST',
      '/api/mentorship/requests',
      {
        mentorId: rosa.user.id,
        message: 'I would love help with the LPC Associate years.',
        helpWith: ['licensure'],
      },
      201,
    );
    expect(request.status).toBe('pending');
    const mail = await listRecentMail(t.db.db, { limit: 5, to: rosa.user.email });
    expect(mail[0]?.subject).toBe('Ana Mentee asks you to be their mentor');
    expect(mail[0]?.text).toContain(`/mentorship/requests/${request.id}`);
    const again = await ana.client.post('/api/mentorship/requests', { mentorId: rosa.user.id, message: 'again' });
    expect(again.statusCode).toBe(409);

    const answered = await ok<MentorshipRequest>(rosa.client, 'POST', `/api/mentorship/requests/${request.id}/answer`, {
      accept: true,
    });
    expect(answered.status).toBe('accepted');
    expect(answered.mentorshipId).not.toBeNull();
    const profile = await ok<{ lastAnsweredAt: string }>(ana.client, 'GET', `/api/mentorship/mentors/${rosa.user.id}`);
    expect(profile.lastAnsweredAt).toBe(clock.toISOString());
    const toAna = await listRecentMail(t.db.db, { limit: 5, to: ana.user.email });
    expect(toAna[0]?.subject).toBe('Rosa Mentor will mentor you');
    mentorship = await ok(ana.client, 'GET', `/api/mentorship/mentorships/${answered.mentorshipId}`);
    expect(mentorship.role).toBe('mentee');
  });

  it('holds an agreement, conversations with calendar files, private notes and a closing reflection', async () => {
    const base = `/api/mentorship/mentorships/${mentorship.id}`;
    const agreed = await ok<Mentorship>(ana.client, 'PUT', `${base}/agreement`, {
      goals: 'Plan the supervised hours',
      frequency: 'Every two weeks',
      lengthWeeks: 12,
    });
    expect(agreed.agreedAt).not.toBeNull();
    const scheduled = await ok<Mentorship>(
      rosa.client,
      'POST',
      `${base}/conversations`,
      {
        startsAt: '2026-04-08T15:30:00-05:00',
        minutes: 45,
        topic: 'First talk',
      },
      201,
    );
    const conversation = scheduled.conversations[0];
    expect(conversation?.startsAt).toBe('2026-04-08T20:30:00.000Z');
    const ics = await ana.client.get(`${base}/conversations/${conversation?.id}/calendar.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART:20260408T203000Z');
    expect(ics.body).toContain('DTEND:20260408T211500Z');
    expect(ics.body).toContain('SUMMARY:Mentoring conversation with Rosa Mentor: First talk');

    await ok(ana.client, 'POST', `${base}/notes`, { body: 'Ana private: ask about EMDR' }, 201);
    await ok(rosa.client, 'POST', `${base}/notes`, { body: 'Rosa private: seems anxious' }, 201);
    const anaNotes = await ok<{ notes: { body: string }[] }>(ana.client, 'GET', `${base}/notes`);
    expect(anaNotes.notes.map((n) => n.body)).toEqual(['Ana private: ask about EMDR']);
    const rosaNotes = await ok<{ notes: { body: string }[] }>(rosa.client, 'GET', `${base}/notes`);
    expect(rosaNotes.notes.map((n) => n.body)).toEqual(['Rosa private: seems anxious']);

    // Another person reaches none of it.
    for (const url of [
      base,
      `${base}/notes`,
      `/api/mentorship/requests/${request.id}`,
      `${base}/conversations/${conversation?.id}/calendar.ics`,
    ]) {
      expect((await ben.client.get(url)).statusCode, url).toBe(404);
    }
    expect((await ben.client.post(`${base}/notes`, { body: 'intruder' })).statusCode).toBe(404);
    expect((await ben.client.put(`${base}/agreement`, { goals: 'x', frequency: 'y', lengthWeeks: 2 })).statusCode).toBe(
      404,
    );
    expect((await ben.client.post(`/api/mentorship/requests/${request.id}/answer`, { accept: false })).statusCode).toBe(
      404,
    );
    // The mentee cannot answer their own request as if they were the mentor.
    expect((await ana.client.post(`/api/mentorship/requests/${request.id}/answer`, { accept: true })).statusCode).toBe(
      404,
    );

    const closed = await ok<Mentorship>(ana.client, 'POST', `${base}/close`, { reflection: 'I have a plan now.' });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.myReflection).toBe('I have a plan now.');
    const rosaView = await ok<Mentorship>(rosa.client, 'GET', base);
    expect(rosaView.myReflection).toBeNull();
  });

  it('a mentee cannot see the mentor’s other mentees', async () => {
    const req = await ok<MentorshipRequest>(
      ben.client,
      'POST',
      '/api/mentorship/requests',
      {
        mentorId: rosa.user.id,
        message: 'Could you help me too?',
      },
      201,
    );
    const rosaSees = await ok<{ received: MentorshipRequest[] }>(rosa.client, 'GET', '/api/mentorship/requests');
    expect(rosaSees.received.map((r) => r.menteeName).sort()).toEqual(['Ana Mentee', 'Ben Mentee']);
    const anaSees = await ok<{ sent: MentorshipRequest[]; received: MentorshipRequest[] }>(
      ana.client,
      'GET',
      '/api/mentorship/requests',
    );
    expect(JSON.stringify(anaSees)).not.toContain('Ben Mentee');
    expect((await ana.client.get(`/api/mentorship/requests/${req.id}`)).statusCode).toBe(404);
    const profile = await ana.client.get(`/api/mentorship/mentors/${rosa.user.id}`);
    expect(profile.body).not.toContain('Ben');
    const list = await ok<{ mentorships: { menteeName: string }[] }>(ana.client, 'GET', '/api/mentorship/mentorships');
    expect(list.mentorships.map((m) => m.menteeName)).toEqual(['Ana Mentee']);
  });

  it('reminds the mentor on day 5 and expires the request on day 7, once each', async () => {
    const quiet = await person(['mentor'], 'Quiet Mentor');
    await ok(quiet.client, 'PUT', '/api/mentorship/mentor-profile', mentorProfile);
    const cara = await person(['trainee'], 'Cara Mentee');
    await ok(cara.client, 'PUT', '/api/mentorship/mentee-profile', menteeProfile);
    const sent = await ok<MentorshipRequest>(
      cara.client,
      'POST',
      '/api/mentorship/requests',
      { mentorId: quiet.user.id, message: 'Hello?' },
      201,
    );
    const start = clock;
    try {
      clock = new Date(start.getTime() + 5 * DAY + 60_000);
      await ok(cara.client, 'GET', '/api/mentorship/requests');
      await ok(cara.client, 'GET', '/api/mentorship/requests');
      const reminders = (await listRecentMail(t.db.db, { limit: 20, to: quiet.user.email })).filter((m) =>
        m.subject.startsWith('Reminder'),
      );
      expect(reminders).toHaveLength(1);
      expect(reminders[0]?.text).toContain('expires in 2 days');

      clock = new Date(start.getTime() + 7 * DAY + 60_000);
      const after = await ok<{ sent: MentorshipRequest[] }>(cara.client, 'GET', '/api/mentorship/requests');
      expect(after.sent.find((r) => r.id === sent.id)?.status).toBe('expired');
      await ok(cara.client, 'GET', '/api/mentorship/requests');
      const toCara = (await listRecentMail(t.db.db, { limit: 20, to: cara.user.email })).filter(
        (m) => m.subject === 'Your mentoring request: next match',
      );
      expect(toCara).toHaveLength(1);
      // The next match is offered: the silent mentor is not suggested again.
      const { suggestions } = await ok<SuggestionList>(cara.client, 'GET', '/api/mentorship/suggestions');
      expect(suggestions.map((s) => s.mentorId)).not.toContain(quiet.user.id);
      expect(suggestions.length).toBeGreaterThan(0);
      // ...and named in the expiry mail.
      expect(toCara[0]?.text).toContain(`Your next match: ${suggestions[0]?.mentor.displayName}`);
      const late = await quiet.client.post(`/api/mentorship/requests/${sent.id}/answer`, { accept: true });
      expect(late.statusCode).toBe(409);
    } finally {
      clock = start;
    }
  });

  it('mentoring never counts toward supervised hours: nothing appears in the hours log', async () => {
    const hours = await ok<{ items: unknown[]; total: number }>(ana.client, 'GET', '/api/hours/entries');
    expect(hours.total).toBe(0);
    expect(hours.items).toEqual([]);
    const rows = await t.db.db.execute(
      sql`select count(*)::int as n from hours_entries where user_id = ${ana.user.id}`,
    );
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });
});

describe('withdrawing a request', () => {
  it('only its mentee withdraws it, once; the mentor and strangers cannot', async () => {
    const mentor = await person(['mentor'], 'Withdraw Mentor');
    await ok(mentor.client, 'PUT', '/api/mentorship/mentor-profile', mentorProfile);
    const mentee = await person(['trainee'], 'Withdraw Mentee');
    await ok(mentee.client, 'PUT', '/api/mentorship/mentee-profile', menteeProfile);
    const stranger = await person(['trainee'], 'Withdraw Stranger');
    const sent = await ok<MentorshipRequest>(
      mentee.client,
      'POST',
      '/api/mentorship/requests',
      { mentorId: mentor.user.id, message: 'Could you help?' },
      201,
    );
    const byStranger = await stranger.client.post(`/api/mentorship/requests/${sent.id}/withdraw`, {});
    expect(byStranger.statusCode).toBe(404);
    const byMentor = await mentor.client.post(`/api/mentorship/requests/${sent.id}/withdraw`, {});
    expect(byMentor.statusCode).toBe(404);
    const withdrawn = await ok<MentorshipRequest>(
      mentee.client,
      'POST',
      `/api/mentorship/requests/${sent.id}/withdraw`,
      {},
    );
    expect(withdrawn.status).toBe('withdrawn');
    const again = await mentee.client.post(`/api/mentorship/requests/${sent.id}/withdraw`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('This request is already withdrawn.');
    const late = await mentor.client.post(`/api/mentorship/requests/${sent.id}/answer`, { accept: true });
    expect(late.statusCode).toBe(409);
    const theirs = await ok<{ received: MentorshipRequest[] }>(mentor.client, 'GET', '/api/mentorship/requests');
    expect(theirs.received.find((r) => r.id === sent.id)?.status).toBe('withdrawn');
  });
});

describe("an admin's review before suggestions go out", () => {
  it('holds unreviewed suggestions, shows approved ones, and offers the next mentor for a withheld pair', async () => {
    const admin = await person(['admin'], 'Review Admin');
    const m1 = await person(['mentor'], 'Review Mentor One');
    const m2 = await person(['mentor'], 'Review Mentor Two');
    await ok(m1.client, 'PUT', '/api/mentorship/mentor-profile', { ...mentorProfile, capacity: 5 });
    await ok(m2.client, 'PUT', '/api/mentorship/mentor-profile', { ...mentorProfile, capacity: 5, yearsInField: 3 });
    const dee = await person(['trainee'], 'Review Mentee');
    await ok(dee.client, 'PUT', '/api/mentorship/mentee-profile', menteeProfile);

    // Not an admin: refused, whether reading the queue or deciding.
    expect((await dee.client.get('/api/admin/mentorship/review')).statusCode).toBe(403);
    const selfApproval = await dee.client.put('/api/admin/mentorship/review/decisions', {
      menteeId: dee.user.id,
      mentorId: m1.user.id,
      decision: 'approved',
    });
    expect(selfApproval.statusCode).toBe(403);
    expect((await m1.client.put('/api/admin/mentorship/review/settings', { reviewRequired: false })).statusCode).toBe(
      403,
    );

    const before = await ok<SuggestionList>(dee.client, 'GET', '/api/mentorship/suggestions');
    const top = before.suggestions[0]?.mentorId;
    expect(top).toBeDefined();

    const queue = await ok<ReviewQueue>(admin.client, 'PUT', '/api/admin/mentorship/review/settings', {
      reviewRequired: true,
    });
    expect(queue.reviewRequired).toBe(true);
    const mine = queue.items.filter((i) => i.menteeId === dee.user.id);
    expect(mine.map((i) => i.mentorId)).toContain(top);
    expect(mine.every((i) => i.decision === 'pending' && i.strongest.length > 0)).toBe(true);
    // Held while unreviewed.
    expect((await ok<SuggestionList>(dee.client, 'GET', '/api/mentorship/suggestions')).suggestions).toEqual([]);

    await ok(admin.client, 'PUT', '/api/admin/mentorship/review/decisions', {
      menteeId: dee.user.id,
      mentorId: top,
      decision: 'approved',
    });
    const approved = await ok<SuggestionList>(dee.client, 'GET', '/api/mentorship/suggestions');
    expect(approved.suggestions.map((s) => s.mentorId)).toEqual([top]);

    // Withheld: never suggested again; the matcher offers someone else in its place.
    const after = await ok<ReviewQueue>(admin.client, 'PUT', '/api/admin/mentorship/review/decisions', {
      menteeId: dee.user.id,
      mentorId: top,
      decision: 'withheld',
    });
    expect(after.withheld).toContainEqual(expect.objectContaining({ menteeId: dee.user.id, mentorId: top }));
    const next = after.items.filter((i) => i.menteeId === dee.user.id).map((i) => i.mentorId);
    expect(next).not.toContain(top);
    expect(next.length).toBeGreaterThan(0);
    await ok(admin.client, 'PUT', '/api/admin/mentorship/review/settings', { reviewRequired: false });
    const open = await ok<SuggestionList>(dee.client, 'GET', '/api/mentorship/suggestions');
    expect(open.suggestions.map((s) => s.mentorId)).not.toContain(top);
    // The withheld mentor was never told.
    const mentorMail = await listRecentMail(t.db.db, {
      limit: 20,
      to: top === m1.user.id ? m1.user.email : m2.user.email,
    });
    expect(mentorMail).toHaveLength(0);

    const unknown = await admin.client.put('/api/admin/mentorship/review/decisions', {
      menteeId: admin.user.id,
      mentorId: m1.user.id,
      decision: 'approved',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('No such mentee.');
  });
});

describe('mentorship notices (topic "mentorship", ADR 0024)', () => {
  /** The outbox rows of one kind sent to a person, with their headers. */
  const noticesTo = (userId: string, kind: string) =>
    t.db.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.userId, userId), eq(mailOutbox.kind, kind)));

  async function mentorAndMentee(tag: string) {
    const mentor = await person(['mentor'], `${tag} Mentor`);
    await ok(mentor.client, 'PUT', '/api/mentorship/mentor-profile', { ...mentorProfile, capacity: 3 });
    const mentee = await person(['trainee'], `${tag} Mentee`);
    await ok(mentee.client, 'PUT', '/api/mentorship/mentee-profile', menteeProfile);
    return { mentor, mentee };
  }

  it('carry one-click unsubscribe; a mentor who turns them off still gets requests in the app, and they still expire', async () => {
    const { mentor, mentee } = await mentorAndMentee('Nell');
    const first = await ok<MentorshipRequest>(
      mentee.client,
      'POST',
      '/api/mentorship/requests',
      { mentorId: mentor.user.id, message: 'Would you?' },
      201,
    );
    const [request] = await noticesTo(mentor.user.id, 'mentorship-request');
    expect(request?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const token = /\/api\/mail\/unsubscribe\?token=([A-Za-z0-9_-]+)>/.exec(
      request?.headers['List-Unsubscribe'] ?? '',
    )?.[1];
    expect(token).toBeDefined();
    expect(request?.textBody).toContain(`/unsubscribe?token=${token}`);

    // The mail client's one-click POST (no sign-in, no CSRF token) turns the topic off.
    const oneClick = await t.app.inject({
      method: 'POST',
      url: `/api/mail/unsubscribe?token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
      remoteAddress: '10.77.2.1',
    });
    expect(oneClick.statusCode, oneClick.body).toBe(200);
    expect(oneClick.json()).toMatchObject({ topic: 'mentorship', enabled: false });
    const { preferences } = await ok<{ preferences: { topic: string; enabled: boolean; description: string }[] }>(
      mentor.client,
      'GET',
      '/api/account/mail-preferences',
    );
    const setting = preferences.find((p) => p.topic === 'mentorship');
    expect(setting?.enabled).toBe(false);
    // The panel says what turning it off does not change.
    expect(setting?.description).toContain('still waits on your Mentorship page');
    expect(setting?.description).toContain('still expires after 7 days');

    // A second request: no mail, but the request waits in the app all the same.
    const other = await person(['trainee'], 'Nell Second Mentee');
    await ok(other.client, 'PUT', '/api/mentorship/mentee-profile', menteeProfile);
    const second = await ok<MentorshipRequest>(
      other.client,
      'POST',
      '/api/mentorship/requests',
      { mentorId: mentor.user.id, message: 'And me?' },
      201,
    );
    expect(await noticesTo(mentor.user.id, 'mentorship-request')).toHaveLength(1);
    const waiting = await ok<{ received: MentorshipRequest[] }>(mentor.client, 'GET', '/api/mentorship/requests');
    expect(waiting.received.map((r) => [r.id, r.status])).toEqual(
      expect.arrayContaining([
        [first.id, 'pending'],
        [second.id, 'pending'],
      ]),
    );

    const start = clock;
    try {
      // Day 5: no reminder for a mentor who turned the topic off.
      clock = new Date(start.getTime() + 5 * DAY + 60_000);
      await ok(mentee.client, 'GET', '/api/mentorship/requests');
      expect(await noticesTo(mentor.user.id, 'mentorship-reminder')).toEqual([]);
      // Day 7: both requests expire regardless; the mentees (topic on) hear of it, with an unsubscribe link too.
      clock = new Date(start.getTime() + 7 * DAY + 60_000);
      const after = await ok<{ received: MentorshipRequest[] }>(mentor.client, 'GET', '/api/mentorship/requests');
      expect(after.received.filter((r) => r.id === first.id || r.id === second.id).map((r) => r.status)).toEqual([
        'expired',
        'expired',
      ]);
      for (const who of [mentee, other]) {
        const expired = await noticesTo(who.user.id, 'mentorship-expired');
        expect(expired).toHaveLength(1);
        expect(expired[0]?.headers['List-Unsubscribe']).toContain('/api/mail/unsubscribe?token=');
        expect(expired[0]?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      }
    } finally {
      clock = start;
    }
  });

  it('reach a mentee who asked only while the topic is on', async () => {
    const { mentor, mentee } = await mentorAndMentee('Otto');
    await ok(mentee.client, 'PUT', '/api/account/mail-preferences', { preferences: { mentorship: false } });
    const sent = await ok<MentorshipRequest>(
      mentee.client,
      'POST',
      '/api/mentorship/requests',
      { mentorId: mentor.user.id, message: 'Hello' },
      201,
    );
    // The mentor's own setting is untouched by the mentee's.
    expect(await noticesTo(mentor.user.id, 'mentorship-request')).toHaveLength(1);
    await ok(mentor.client, 'POST', `/api/mentorship/requests/${sent.id}/answer`, { accept: false });
    expect(await noticesTo(mentee.user.id, 'mentorship-declined')).toEqual([]);
    const mine = await ok<{ sent: MentorshipRequest[] }>(mentee.client, 'GET', '/api/mentorship/requests');
    expect(mine.sent.find((r) => r.id === sent.id)?.status).toBe('declined');

    await ok(mentee.client, 'PUT', '/api/account/mail-preferences', { preferences: { mentorship: true } });
    const again = await ok<MentorshipRequest>(
      mentee.client,
      'POST',
      '/api/mentorship/requests',
      { mentorId: mentor.user.id, message: 'Hello again' },
      201,
    );
    await ok(mentor.client, 'POST', `/api/mentorship/requests/${again.id}/answer`, { accept: true });
    const accepted = await noticesTo(mentee.user.id, 'mentorship-accepted');
    expect(accepted.map((m) => m.subject)).toEqual(['Otto Mentor will mentor you']);
    expect(accepted[0]?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });
});
