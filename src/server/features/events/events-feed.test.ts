import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail } from '#contracts/events.js';
import type { Role } from '#contracts/vocabulary.js';
import { type IcsComponent, parseIcs, unescapeIcsText } from '#domain/events/event-ics.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
const clock = new Date('2027-01-10T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
});
afterAll(async () => {
  await t.close();
});

const person = (name: string, roles: Role[] = ['explorer']) =>
  signedInClient(t.app, t.db.db, roles, { displayName: name, emailVerifiedAt: clock });

async function ok<T>(client: TestClient, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const response = await client.request({
    method: method as 'GET',
    url,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

/** The feed's VEVENTs as UID -> { SEQUENCE, SUMMARY, DTSTART with its parameters }. */
function feedItems(text: string) {
  const calendar = parseIcs(text).components.find((c) => c.name === 'VCALENDAR') as IcsComponent;
  const items = new Map<string, { sequence: string; summary: string; start: string }>();
  for (const vevent of calendar.components.filter((c) => c.name === 'VEVENT')) {
    const prop = (name: string) => vevent.properties.find((p) => p.name === name);
    const start = prop('DTSTART');
    items.set(prop('UID')?.value ?? '', {
      sequence: prop('SEQUENCE')?.value ?? '',
      summary: unescapeIcsText(prop('SUMMARY')?.value ?? ''),
      start: `${Object.entries(start?.params ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(';')}:${start?.value}`,
    });
  }
  return items;
}

const eventBody = {
  kind: 'training',
  title: 'Feed merge training',
  description: 'In the feed.',
  start: '2027-02-03T18:00',
  timeZone: 'America/Chicago',
  durationMinutes: 60,
  isOnline: true,
  onlineUrl: 'https://meet.example.org/feed-merge',
};

describe('the private calendar feed', () => {
  it('merges registrations, mentoring conversations and plan milestones, with UIDs and SEQUENCE stable across edits', async () => {
    const admin = await person('Feed Admin', ['admin']);
    const ana = await person('Ana Feed', ['trainee']);
    const rosa = await person('Rosa Feed Mentor', ['mentor']);
    const stranger = await person('Stranger Sam');

    // A seat at an event.
    const event = await ok<EventDetail>(admin.client, 'POST', '/api/events', eventBody, 201);
    await ok(ana.client, 'POST', `/api/events/${event.id}/registration`);

    // A mentorship with one conversation.
    await ok(rosa.client, 'PUT', '/api/mentorship/mentor-profile', {
      headline: 'Counselor',
      careers: ['licensed-professional-counselor'],
      yearsInField: 8,
      scales: ['micro'],
      causes: ['mental-health'],
      values: ['lived-experience'],
      helpWith: ['licensure'],
      capacity: 1,
    });
    await ok(ana.client, 'PUT', '/api/mentorship/mentee-profile', {
      goals: 'Get licensed',
      careers: ['licensed-professional-counselor'],
      stage: 'degree-done-accruing-hours',
      scale: 'micro',
      causes: ['mental-health'],
      values: ['lived-experience'],
      helpWith: ['licensure'],
    });
    const request = await ok<{ id: string }>(
      ana.client,
      'POST',
      '/api/mentorship/requests',
      { mentorId: rosa.user.id, message: 'Please mentor me.', helpWith: ['licensure'] },
      201,
    );
    const answered = await ok<{ mentorshipId: string }>(
      rosa.client,
      'POST',
      `/api/mentorship/requests/${request.id}/answer`,
      { accept: true },
    );
    const base = `/api/mentorship/mentorships/${answered.mentorshipId}`;
    const scheduled = await ok<{ conversations: { id: string }[] }>(
      rosa.client,
      'POST',
      `${base}/conversations`,
      { startsAt: '2027-01-20T15:30:00-06:00', minutes: 45, topic: 'First talk' },
      201,
    );
    const conversationId = scheduled.conversations[0]?.id;
    const conversationIcs = await ana.client.get(`${base}/conversations/${conversationId}/calendar.ics`);
    const conversationUid = [...feedItems(conversationIcs.body).keys()][0] ?? '';

    // A plan with a dated milestone.
    const plan = await ok<{ id: string; version: number; document: Record<string, unknown> }>(
      ana.client,
      'POST',
      '/api/initiatives',
      { template: 'blank', title: 'Homework club' },
      201,
    );
    const withMilestone = {
      ...plan.document,
      milestones: [{ id: 'm1', title: 'Open the doors', dueDate: '2027-03-01' }],
    };
    const saved = await ok<{ version: number; document: Record<string, unknown> }>(
      ana.client,
      'PUT',
      `/api/initiatives/${plan.id}`,
      { version: plan.version, document: withMilestone },
    );

    const { path } = await ok<{ path: string }>(ana.client, 'POST', '/api/events/feed/rotate');
    const first = await t.app.inject({ method: 'GET', url: path });
    expect(first.statusCode).toBe(200);
    const items = feedItems(first.body);
    const eventUid = `event-${event.id}@vocare`;
    const milestoneUid = `${plan.id}.m1@vocare-initiative`;
    expect(items.get(eventUid)).toEqual({
      sequence: '0',
      summary: 'Feed merge training',
      start: 'TZID=America/Chicago:20270203T180000',
    });
    expect(items.get(conversationUid)).toEqual({
      sequence: '0',
      summary: 'Mentoring conversation with Rosa Feed Mentor: First talk',
      start: ':20270120T213000Z',
    });
    expect(items.get(milestoneUid)).toEqual({
      sequence: String(saved.version),
      summary: 'Homework club: Open the doors',
      start: 'VALUE=DATE:20270301',
    });
    // The mentor's own feed shows the same conversation under the same UID, named for the mentee.
    const rosaFeed = await ok<{ path: string }>(rosa.client, 'POST', '/api/events/feed/rotate');
    const rosaItems = feedItems((await t.app.inject({ method: 'GET', url: rosaFeed.path })).body);
    expect(rosaItems.get(conversationUid)?.summary).toBe('Mentoring conversation with Ana Feed: First talk');
    expect(rosaItems.has(milestoneUid)).toBe(false);

    // Edits keep every UID and raise SEQUENCE where the item changed.
    await ok(admin.client, 'PUT', `/api/events/${event.id}`, { ...eventBody, title: 'Feed merge training, moved' });
    const moved = { ...saved.document, milestones: [{ id: 'm1', title: 'Open the doors', dueDate: '2027-03-08' }] };
    const resaved = await ok<{ version: number }>(ana.client, 'PUT', `/api/initiatives/${plan.id}`, {
      version: saved.version,
      document: moved,
    });
    const after = feedItems((await t.app.inject({ method: 'GET', url: path })).body);
    expect([...after.keys()].sort()).toEqual([...items.keys()].sort());
    expect(after.get(eventUid)).toMatchObject({ sequence: '1', summary: 'Feed merge training, moved' });
    expect(after.get(milestoneUid)).toMatchObject({
      sequence: String(resaved.version),
      start: 'VALUE=DATE:20270308',
    });
    expect(Number(after.get(milestoneUid)?.sequence)).toBeGreaterThan(Number(items.get(milestoneUid)?.sequence));
    expect(after.get(conversationUid)).toEqual(items.get(conversationUid));

    // Someone else's feed carries none of it; a replaced address stops working.
    const strangerFeed = await ok<{ path: string }>(stranger.client, 'POST', '/api/events/feed/rotate');
    const theirs = feedItems((await t.app.inject({ method: 'GET', url: strangerFeed.path })).body);
    expect(theirs.size).toBe(0);
    await ok(ana.client, 'POST', '/api/events/feed/rotate');
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });
});
