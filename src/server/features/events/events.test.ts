import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail } from '#contracts/events.js';
import type { Role } from '#contracts/vocabulary.js';
import { listRecentMail } from '#server/mail/outbox.repository.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

let t: TestApp;
let clock = new Date('2027-01-10T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
});
afterAll(async () => {
  await t.close();
});

const person = (name: string, roles: Role[] = ['explorer']) =>
  signedInClient(t.app, t.db.db, roles, { displayName: name, emailVerifiedAt: clock });

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'training',
  title: 'Motivational interviewing basics',
  description: 'Learn the **basics** of MI.',
  causes: ['mental-health'],
  careers: ['licensed-professional-counselor'],
  start: '2027-03-27T18:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 120,
  isOnline: true,
  onlineUrl: 'https://meet.example.org/mi-basics',
  capacity: 1,
  ceHours: 2,
  ...overrides,
});

async function approvedEvent(overrides: Record<string, unknown> = {}) {
  const org = await person('River Org', ['organization']);
  const admin = await person('Ada Admin', ['admin']);
  const created = await org.client.post('/api/events', body(overrides));
  expect(created.statusCode, created.body).toBe(201);
  const event = created.json() as EventDetail;
  await admin.client.post(`/api/admin/events/${event.id}/review`, { decision: 'approve' });
  return { org, admin, event };
}

describe('events', () => {
  it('waits for an admin before it is public; only organizers post', async () => {
    const org = await person('Org Poster', ['organization']);
    const admin = await person('Admin Reviewer', ['admin']);
    const explorer = await person('Eve Explorer');
    expect((await explorer.client.post('/api/events', body())).statusCode).toBe(403);
    const badZone = await org.client.post('/api/events', body({ timeZone: 'Mars/Olympus' }));
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().error.message).toMatch(/IANA/);
    const badRule = await org.client.post('/api/events', body({ recurrenceRule: 'FREQ=YEARLY' }));
    expect(badRule.statusCode).toBe(400);
    const skipped = await org.client.post('/api/events', body({ start: '2027-03-28T02:30' }));
    expect(skipped.json().error.message).toMatch(/skip/);

    const created = await org.client.post('/api/events', body({ title: 'Pending approval talk' }));
    const event = created.json() as EventDetail;
    expect(event.status).toBe('pending');
    expect(event.startsAt).toBe('2027-03-27T17:00:00.000Z');
    expect((await explorer.client.get(`/api/events/${event.id}`)).statusCode).toBe(404);
    const search = async () =>
      (await explorer.client.get('/api/events?q=approval')).json().events.map((e: { id: string }) => e.id);
    expect(await search()).not.toContain(event.id);
    const queue = (await admin.client.get('/api/admin/events/pending')).json();
    expect(queue.events.map((e: { id: string }) => e.id)).toContain(event.id);
    expect((await org.client.get('/api/admin/events/pending')).statusCode).toBe(403);
    await admin.client.post(`/api/admin/events/${event.id}/review`, { decision: 'approve' });
    expect(await search()).toContain(event.id);
  });

  it('searches by text, date range and online/in person', async () => {
    const { event } = await approvedEvent({
      title: 'Harm reduction walk-in',
      isOnline: false,
      onlineUrl: null,
      place: 'Hall 3, Leipzig',
      start: '2027-05-02T10:00',
    });
    const anon = (await person('Searcher')).client;
    const ids = async (query: string) =>
      (await anon.get(`/api/events?${query}`)).json().events.map((e: { id: string }) => e.id);
    expect(await ids('q=harm%20reduction')).toContain(event.id);
    expect(await ids('q=harm%20reduction&mode=online')).not.toContain(event.id);
    expect(await ids('q=harm%20reduction&mode=in-person')).toContain(event.id);
    expect(await ids('q=harm%20reduction&from=2027-05-01&to=2027-05-03')).toContain(event.id);
    expect(await ids('q=harm%20reduction&from=2027-06-01')).not.toContain(event.id);
    expect((await anon.get('/api/events?from=2027-06-01&to=2027-05-01')).statusCode).toBe(400);
  });

  it('nobody edits another organizer’s event; an edit raises the calendar SEQUENCE', async () => {
    const { org, event } = await approvedEvent({ title: 'Edited later' });
    const other = await person('Other Org', ['organization']);
    const refused = await other.client.put(`/api/events/${event.id}`, body({ title: 'Hijacked' }));
    expect(refused.statusCode).toBe(403);
    const edited = await org.client.put(`/api/events/${event.id}`, body({ title: 'Edited now' }));
    expect(edited.json()).toMatchObject({ title: 'Edited now', sequence: 1 });
    const ics = await other.client.get(`/api/events/${event.id}/calendar.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain(`UID:event-${event.id}@vocare`);
    expect(ics.body).toContain('SEQUENCE:1');
    expect(ics.body).toContain('DTSTART;TZID=Europe/Berlin:20270327T180000');
    expect(ics.body).toContain('BEGIN:VTIMEZONE');
  });

  it('a full event has a waiting list; a freed seat is offered by mail and claimed before it lapses', async () => {
    const { org, event } = await approvedEvent({ title: 'One seat only' });
    const ana = await person('Ana First');
    const ben = await person('Ben Second');
    const cy = await person('Cy Third');
    const anaView = (await ana.client.post(`/api/events/${event.id}/registration`)).json() as EventDetail;
    expect(anaView.myRegistration?.state).toBe('confirmed');
    expect(anaView.onlineUrl).toBe('https://meet.example.org/mi-basics');
    const benView = (await ben.client.post(`/api/events/${event.id}/registration`)).json() as EventDetail;
    expect(benView.myRegistration).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
    expect(benView.onlineUrl).toBeNull();
    await cy.client.post(`/api/events/${event.id}/registration`);
    expect((await ana.client.post(`/api/events/${event.id}/registration`)).statusCode).toBe(409);

    // Ben cannot cancel Ana's registration.
    const anaRegistration = anaView.myRegistration?.id as string;
    expect((await ben.client.delete(`/api/events/registrations/${anaRegistration}`)).statusCode).toBe(404);
    const cancelled = await ana.client.delete(`/api/events/registrations/${anaRegistration}`);
    expect(cancelled.json().myRegistration.state).toBe('cancelled');

    const mail = await listRecentMail(t.db.db, { limit: 5, to: ben.user.email });
    expect(mail[0]?.subject).toContain('One seat only');
    const token = /claim\?token=([\w-]+)/.exec(mail[0]?.text ?? '')?.[1] as string;
    expect(token, mail[0]?.text).toBeTruthy();
    // The link is Ben's alone.
    expect((await cy.client.post('/api/events/claim', { token })).statusCode).toBe(404);
    const claimed = await ben.client.post('/api/events/claim', { token });
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect(claimed.json().myRegistration.state).toBe('confirmed');
    expect((await ben.client.post('/api/events/claim', { token })).statusCode).toBe(404);

    // Ben cancels; Cy's offer lapses after 24 h and Cy can no longer claim.
    await ben.client.delete(`/api/events/registrations/${claimed.json().myRegistration.id}`);
    const cyMail = await listRecentMail(t.db.db, { limit: 5, to: cy.user.email });
    const cyToken = /claim\?token=([\w-]+)/.exec(cyMail[0]?.text ?? '')?.[1] as string;
    const saved = clock;
    clock = new Date(clock.getTime() + 25 * 3_600_000);
    const late = await cy.client.post('/api/events/claim', { token: cyToken });
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().error.message).toMatch(/lapsed/);
    clock = saved;

    // Attendance: the organizer only.
    expect((await cy.client.get(`/api/events/${event.id}/attendees`)).statusCode).toBe(403);
    const list = (await org.client.get(`/api/events/${event.id}/attendees`)).json();
    expect(list.attendees).toEqual([]);
  });

  it('a private feed of your registrations, rotated to revoke; nobody reads another’s feed', async () => {
    const { org, event } = await approvedEvent({ title: 'Feed event', capacity: null });
    const ana = await person('Ana Feed');
    const ben = await person('Ben Feed');
    await ana.client.post(`/api/events/${event.id}/registration`);
    const first = (await ana.client.post('/api/events/feed/rotate')).json();
    const feed = await ben.client.get(first.path);
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain('Feed event');
    expect(feed.body).toContain('https://meet.example.org/mi-basics');
    const benFeed = (await ben.client.post('/api/events/feed/rotate')).json();
    expect((await ben.client.get(benFeed.path)).body).not.toContain('Feed event');
    const second = (await ana.client.post('/api/events/feed/rotate')).json();
    expect((await ana.client.get(first.path)).statusCode).toBe(404);
    expect((await ana.client.get(second.path)).statusCode).toBe(200);
    expect((await ana.client.get('/api/events/mine')).json()).toMatchObject({ hasFeed: true });

    const mine = (await ana.client.get('/api/events/mine')).json();
    const registrationId = mine.registrations[0].registration.id;
    const marked = await org.client.post(`/api/events/${event.id}/attendance`, { registrationId, attended: true });
    expect(marked.json().attendees[0]).toMatchObject({ name: 'Ana Feed', attended: true });
    expect(
      (await ana.client.post(`/api/events/${event.id}/attendance`, { registrationId, attended: true })).statusCode,
    ).toBe(403);
  });
});
