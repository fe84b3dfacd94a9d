import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendeeList, CeLog, EventDetail, EventList, FeedAddress } from '#contracts/events.js';
import type { Role } from '#contracts/vocabulary.js';
import { parseIcs, readEventCalendar } from '#domain/events/event-ics.js';
import { expandOccurrences } from '#domain/events/recurrence.js';
import { toLocal } from '#domain/events/time-zones.js';
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

/** A 400 whose details name `path`. */
async function refusedOn(client: TestClient, method: string, url: string, body: unknown, path: string) {
  const response = await client.request({
    method: method as 'PUT',
    url,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  expect(response.statusCode, response.body).toBe(400);
  const error = response.json().error as { details?: { path: string }[] };
  expect(error.details?.map((d) => d.path)).toContain(path);
}

const weekly = {
  kind: 'training',
  title: 'Weekly ethics circle',
  description: 'Ethics cases, once a week.',
  start: '2027-02-03T18:00',
  timeZone: 'America/Chicago',
  durationMinutes: 60,
  recurrenceRule: 'FREQ=WEEKLY;COUNT=8',
  isOnline: true,
  onlineUrl: 'https://meet.example.org/ethics-circle',
  capacity: 20,
  ceHours: 1.5,
};

const dayOf = (iso: string, zone = 'America/Chicago') => {
  const l = toLocal(new Date(iso), zone);
  return `${l.month}/${l.day} ${l.hour}:${String(l.minute).padStart(2, '0')}`;
};

describe('changed single occurrences', () => {
  it('an organizer moves, retitles and cancels one date; the page, search, .ics and feed follow with SEQUENCE raised', async () => {
    const admin = await person('Series Admin', ['admin']);
    const otherOrg = await person('Other Organizer', ['organization']);
    const ana = await person('Ana Attendee', ['trainee']);
    const event = await ok<EventDetail>(admin.client, 'POST', '/api/events', weekly, 201);
    expect(event.sequence).toBe(0);
    await ok(ana.client, 'POST', `/api/events/${event.id}/registration`);
    const feed = await ok<FeedAddress>(ana.client, 'POST', '/api/events/feed/rotate');
    const base = `/api/events/${event.id}/occurrences`;

    // Only the organizer (or an admin) changes a date; signed out, the request is refused before it (CSRF or 401).
    const move = { start: '2027-02-18T19:30', title: 'Ethics special session' };
    expect((await otherOrg.client.put(`${base}/2027-02-17T18:00`, move)).statusCode).toBe(403);
    expect((await ana.client.put(`${base}/2027-02-17T18:00`, move)).statusCode).toBe(403);
    expect((await ana.client.delete(`${base}/2027-02-17T18:00`)).statusCode).toBe(403);
    expect([401, 403]).toContain(
      (await t.app.inject({ method: 'PUT', url: `${base}/2027-02-17T18:00`, payload: move })).statusCode,
    );

    // Validation names the field.
    await refusedOn(admin.client, 'PUT', `${base}/2027-02-18T18:00`, move, 'params.occurrence');
    await refusedOn(admin.client, 'PUT', `${base}/next-week`, move, 'params.occurrence');
    await refusedOn(admin.client, 'PUT', `${base}/2027-02-17T18:00`, { start: '2027-03-14T02:30' }, 'body.start');
    await refusedOn(admin.client, 'PUT', `${base}/2027-02-17T18:00`, { start: '2027-02-30T18:00' }, 'body.start');
    await refusedOn(admin.client, 'PUT', `${base}/2027-02-17T18:00`, { title: 'Hi' }, 'body.title');
    await refusedOn(admin.client, 'PUT', `${base}/2027-02-17T18:00`, { durationMinutes: 1 }, 'body.durationMinutes');
    expect((await ok<EventDetail>(ana.client, 'GET', `/api/events/${event.id}`)).sequence).toBe(0);

    // Move and retitle the third date (the colon may come encoded), cancel the fourth.
    await ok(admin.client, 'PUT', `${base}/${encodeURIComponent('2027-02-17T18:00')}`, move);
    const afterCancel = await ok<EventDetail>(admin.client, 'PUT', `${base}/2027-02-24T18:00`, { cancelled: true });
    expect(afterCancel.sequence).toBe(2);
    expect(afterCancel.changedOccurrences.map((o) => [o.occurrence, o.start, o.title, o.cancelled])).toEqual([
      ['2027-02-17T18:00', '2027-02-18T19:30', 'Ethics special session', false],
      ['2027-02-24T18:00', '2027-02-24T18:00', null, true],
    ]);

    // The page (anyone's view) shows the moved date with its title and leaves out the cancelled one.
    const seen = await ok<EventDetail>(ana.client, 'GET', `/api/events/${event.id}`);
    expect(seen.upcoming.map((o) => [dayOf(o.startsAt), o.title, o.changed])).toEqual([
      ['2/3 18:00', null, false],
      ['2/10 18:00', null, false],
      ['2/18 19:30', 'Ethics special session', true],
      ['3/3 18:00', null, false],
      ['3/10 18:00', null, false],
    ]);
    expect(seen.nextOccurrences).toEqual(seen.upcoming.map((o) => o.startsAt));

    // Search finds the series by the retitled date and shows the change.
    const found = await ok<EventList>(ana.client, 'GET', `/api/events?q=${encodeURIComponent('special session')}`);
    expect(found.events.map((e) => e.id)).toEqual([event.id]);
    expect(found.events[0]?.upcoming.find((o) => o.changed)?.occurrence).toBe('2027-02-17T18:00');

    // The per-event .ics: one UID for the series and its changed dates, SEQUENCE raised, RECURRENCE-ID on the wall
    // clock, the cancelled date as STATUS:CANCELLED; read back, it expands to the same dates.
    const ics = (await ana.client.get(`/api/events/${event.id}/calendar.ics`)).body;
    const vevents = (parseIcs(ics).components[0]?.components ?? []).filter((c) => c.name === 'VEVENT');
    const value = (c: (typeof vevents)[number], name: string) => c.properties.find((p) => p.name === name)?.value;
    expect(vevents.map((v) => [value(v, 'UID'), value(v, 'SEQUENCE'), value(v, 'RECURRENCE-ID') ?? null])).toEqual([
      [`event-${event.id}@vocare`, '2', null],
      [`event-${event.id}@vocare`, '2', '20270217T180000'],
      [`event-${event.id}@vocare`, '2', '20270224T180000'],
    ]);
    expect(ics).toContain('RECURRENCE-ID;TZID=America/Chicago:20270217T180000\r\n');
    expect(ics).toContain('DTSTART;TZID=America/Chicago:20270218T193000\r\n');
    expect(ics).toContain('SUMMARY:Ethics special session\r\n');
    expect(vevents.filter((v) => value(v, 'STATUS') === 'CANCELLED').map((v) => value(v, 'RECURRENCE-ID'))).toEqual([
      '20270224T180000',
    ]);
    const [read] = readEventCalendar(ics);
    if (!read) throw new Error('nothing read back');
    expect(expandOccurrences(read).map((o) => dayOf(o.start.toISOString()))).toEqual([
      '2/3 18:00',
      '2/10 18:00',
      '2/18 19:30',
      '3/3 18:00',
      '3/10 18:00',
      '3/17 18:00',
      '3/24 18:00',
    ]);

    // The personal feed carries the same changed dates.
    const feedText = (await t.app.inject({ method: 'GET', url: feed.path })).body;
    expect(feedText).toContain('RECURRENCE-ID;TZID=America/Chicago:20270217T180000\r\n');
    expect(feedText).toContain('RECURRENCE-ID;TZID=America/Chicago:20270224T180000\r\n');
    expect(feedText).toContain('STATUS:CANCELLED\r\n');

    // Undo the cancellation: the date is back, SEQUENCE rises again; undoing twice is a 404.
    const restored = await ok<EventDetail>(admin.client, 'DELETE', `${base}/2027-02-24T18:00`);
    expect(restored.sequence).toBe(3);
    expect(restored.changedOccurrences.map((o) => o.occurrence)).toEqual(['2027-02-17T18:00']);
    expect(restored.upcoming.map((o) => dayOf(o.startsAt))).toContain('2/24 18:00');
    expect((await admin.client.delete(`${base}/2027-02-24T18:00`)).statusCode).toBe(404);

    // Editing the series keeps changes to dates it still has and drops the others.
    await ok(admin.client, 'PUT', `/api/events/${event.id}`, { ...weekly, title: 'Weekly ethics circle (renamed)' });
    expect(
      (await ok<EventDetail>(ana.client, 'GET', `/api/events/${event.id}`)).changedOccurrences.map((o) => o.occurrence),
    ).toEqual(['2027-02-17T18:00']);
    const shifted = await ok<EventDetail>(admin.client, 'PUT', `/api/events/${event.id}`, {
      ...weekly,
      start: '2027-02-03T19:00',
    });
    expect(shifted.changedOccurrences).toEqual([]);
    expect(shifted.sequence).toBe(5);
  });

  it('a moved last date extends the series for search; a single event has no dates to change', async () => {
    const admin = await person('Short Series Admin', ['admin']);
    const series = await ok<EventDetail>(
      admin.client,
      'POST',
      '/api/events',
      { ...weekly, title: 'Three-week primer', recurrenceRule: 'FREQ=WEEKLY;COUNT=3' },
      201,
    );
    const inApril = '/api/events?from=2027-04-05&to=2027-04-06&q=primer';
    expect((await ok<EventList>(admin.client, 'GET', inApril)).events).toEqual([]);
    await ok(admin.client, 'PUT', `/api/events/${series.id}/occurrences/2027-02-17T18:00`, {
      start: '2027-04-05T18:00',
    });
    expect((await ok<EventList>(admin.client, 'GET', inApril)).events.map((e) => e.id)).toEqual([series.id]);

    const single = await ok<EventDetail>(
      admin.client,
      'POST',
      '/api/events',
      { ...weekly, title: 'One evening', recurrenceRule: null },
      201,
    );
    await refusedOn(
      admin.client,
      'PUT',
      `/api/events/${single.id}/occurrences/2027-02-03T18:00`,
      { cancelled: true },
      'params.occurrence',
    );
  });

  it('date search finds a series that began months before the window and a one-off event still running, by first start', async () => {
    const admin = await person('Lantern Admin', ['admin']);
    const post = async (overrides: Record<string, unknown>) =>
      (await ok<EventDetail>(admin.client, 'POST', '/api/events', { ...weekly, ...overrides }, 201)).id;
    const longAgo = await post({ title: 'Lantern circle', recurrenceRule: 'FREQ=WEEKLY' });
    // Found only by the title of one of its dates.
    const retitled = await post({
      title: 'Quiet circle',
      start: '2027-02-04T18:00',
      recurrenceRule: 'FREQ=WEEKLY;COUNT=40',
    });
    await ok(admin.client, 'PUT', `/api/events/${retitled}/occurrences/2027-10-07T18:00`, { title: 'Lantern special' });
    const running = await post({
      title: 'Lantern retreat',
      start: '2027-10-01T09:00',
      durationMinutes: 5 * 24 * 60,
      recurrenceRule: null,
    });
    const later = await post({ title: 'Lantern evening', start: '2027-10-05T18:00', recurrenceRule: null });
    const ended = await post({ title: 'Lantern morning', start: '2027-10-01T10:00', recurrenceRule: null });
    const ids = async (query: string) =>
      (await ok<EventList>(admin.client, 'GET', `/api/events?q=lantern&${query}`)).events.map((e) => e.id);

    expect(await ids('from=2027-10-04&to=2027-10-08')).toEqual([longAgo, retitled, running, later]);
    expect(await ids('from=2027-10-04&to=2027-10-08&limit=2')).toEqual([longAgo, retitled]);
    expect(await ids('from=2027-09-30&to=2027-10-08')).toEqual([longAgo, retitled, running, ended, later]);
    expect(await ids('from=2027-10-04&to=2027-10-08&mode=in-person')).toEqual([]);
  });

  it('is in the OpenAPI document, with its parameters and body', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; requestBody?: unknown }>>;
    };
    const path = doc.paths['/api/events/{id}/occurrences/{occurrence}'];
    expect(Object.keys(path ?? {}).sort()).toEqual(['delete', 'put']);
    expect(path?.put?.parameters?.map((p) => p.name).sort()).toEqual(['id', 'occurrence']);
    expect(JSON.stringify(path?.put?.requestBody)).toMatch(/cancelled/);
    expect(JSON.stringify(doc.paths['/api/events/{id}/attendance']?.post?.requestBody)).toMatch(/occurrence/);
  });
});

describe('attendance per date of a recurring event', () => {
  it('the organizer confirms each date; each brings its CE hours to the CE log, a cancelled date none', async () => {
    const admin = await person('Attendance Admin', ['admin']);
    const lee = await person('Licensed Lee', ['trainee']);
    const kim = await person('Kim Other', ['trainee']);
    // Weekly since 2 December 2026; by the clock (10 January 2027) six dates have taken place.
    const event = await ok<EventDetail>(
      admin.client,
      'POST',
      '/api/events',
      { ...weekly, title: 'Winter supervision skills', start: '2026-12-02T18:00' },
      201,
    );
    const seat = async (client: TestClient) =>
      (await ok<EventDetail>(client, 'POST', `/api/events/${event.id}/registration`)).myRegistration?.id ?? '';
    const leeSeat = await seat(lee.client);
    const kimSeat = await seat(kim.client);
    const attendance = `/api/events/${event.id}/attendance`;
    const mark = (occurrence: string | undefined, attended = true, registrationId = leeSeat) => ({
      registrationId,
      attended,
      ...(occurrence ? { occurrence } : {}),
    });

    const list = await ok<AttendeeList>(admin.client, 'GET', `/api/events/${event.id}/attendees`);
    expect(list.occurrences.map((o) => o.occurrence)).toEqual([
      '2026-12-02T18:00',
      '2026-12-09T18:00',
      '2026-12-16T18:00',
      '2026-12-23T18:00',
      '2026-12-30T18:00',
      '2027-01-06T18:00',
    ]);

    // A recurring event needs the date; it must be one of the series' dates and have started; only the organizer.
    await refusedOn(admin.client, 'POST', attendance, mark(undefined), 'body.occurrence');
    await refusedOn(admin.client, 'POST', attendance, mark('2026-12-03T18:00'), 'body.occurrence');
    expect((await admin.client.post(attendance, mark('2027-01-13T18:00'))).statusCode).toBe(409);
    expect((await lee.client.post(attendance, mark('2026-12-02T18:00'))).statusCode).toBe(403);

    await ok(admin.client, 'POST', attendance, mark('2026-12-02T18:00'));
    await ok(admin.client, 'POST', attendance, mark('2026-12-09T18:00'));
    await ok(admin.client, 'POST', attendance, mark('2026-12-23T18:00'));
    await ok(admin.client, 'POST', attendance, mark('2026-12-09T18:00', true, kimSeat));
    // A moved date counts on the day it moved to, under its own title.
    await ok(admin.client, 'PUT', `/api/events/${event.id}/occurrences/2026-12-16T18:00`, {
      start: '2026-12-17T17:00',
      title: 'Supervision skills: holiday edition',
    });
    await ok(admin.client, 'POST', attendance, mark('2026-12-16T18:00'));
    // A cancelled date did not take place: its confirmed attendance goes, and it cannot be confirmed again.
    await ok(admin.client, 'PUT', `/api/events/${event.id}/occurrences/2026-12-23T18:00`, { cancelled: true });
    expect((await admin.client.post(attendance, mark('2026-12-23T18:00'))).statusCode).toBe(409);

    const after = await ok<AttendeeList>(admin.client, 'GET', `/api/events/${event.id}/attendees`);
    expect(after.attendees.map((a) => [a.name, a.attendedOccurrences])).toEqual([
      ['Licensed Lee', ['2026-12-02T18:00', '2026-12-09T18:00', '2026-12-16T18:00']],
      ['Kim Other', ['2026-12-09T18:00']],
    ]);
    expect(after.occurrences.map((o) => o.occurrence)).not.toContain('2026-12-23T18:00');

    const log = await ok<CeLog>(lee.client, 'GET', '/api/events/ce-log');
    expect(log.entries.map((e) => [e.occurrence, dayOf(e.startsAt), e.title, e.ceHours])).toEqual([
      ['2026-12-02T18:00', '12/2 18:00', 'Winter supervision skills', 1.5],
      ['2026-12-09T18:00', '12/9 18:00', 'Winter supervision skills', 1.5],
      ['2026-12-16T18:00', '12/17 17:00', 'Supervision skills: holiday edition', 1.5],
    ]);
    expect(log.totalHours).toBe(4.5);
    // The goal's cycle counts dates by their own day: only the two December dates from the 9th on.
    const withGoal = await ok<CeLog>(lee.client, 'PUT', '/api/events/ce-log/goal', {
      license: 'LPC (Texas)',
      cycleStartsOn: '2026-12-05',
      renewsOn: '2028-12-04',
      hoursRequired: 24,
    });
    expect(withGoal.hoursInCycle).toBe(3);

    // Taking one date back removes its hours; Kim's log is hers alone.
    await ok(admin.client, 'POST', attendance, mark('2026-12-02T18:00', false));
    expect((await ok<CeLog>(lee.client, 'GET', '/api/events/ce-log')).totalHours).toBe(3);
    expect((await ok<CeLog>(kim.client, 'GET', '/api/events/ce-log')).entries.map((e) => e.occurrence)).toEqual([
      '2026-12-09T18:00',
    ]);

    // Nobody else reaches these registrations: another organizer neither lists nor confirms them, another registrant
    // sees only their own registration and cannot cancel Lee's.
    const otherOrg = await person('Other Organizer Two', ['organization']);
    expect((await otherOrg.client.get(`/api/events/${event.id}/attendees`)).statusCode).toBe(403);
    expect((await otherOrg.client.post(attendance, mark('2026-12-09T18:00', false))).statusCode).toBe(403);
    expect((await kim.client.get(`/api/events/${event.id}/attendees`)).statusCode).toBe(403);
    expect((await ok<EventDetail>(kim.client, 'GET', `/api/events/${event.id}`)).myRegistration?.id).toBe(kimSeat);
    expect((await kim.client.delete(`/api/events/registrations/${leeSeat}`)).statusCode).toBe(404);
    const kimsEvents = await ok<{ registrations: { registration: { id: string } }[] }>(
      kim.client,
      'GET',
      '/api/events/mine',
    );
    expect(kimsEvents.registrations.map((r) => r.registration.id)).toEqual([kimSeat]);
    expect((await ok<CeLog>(lee.client, 'GET', '/api/events/ce-log')).totalHours).toBe(3);

    // A single event is confirmed without a date; naming one is refused on the field.
    const single = await ok<EventDetail>(
      admin.client,
      'POST',
      '/api/events',
      { ...weekly, title: 'A single evening', start: '2027-01-15T18:00', recurrenceRule: null },
      201,
    );
    const singleSeat = (await ok<EventDetail>(lee.client, 'POST', `/api/events/${single.id}/registration`))
      .myRegistration?.id;
    await refusedOn(
      admin.client,
      'POST',
      `/api/events/${single.id}/attendance`,
      { registrationId: singleSeat, attended: true, occurrence: '2027-01-15T18:00' },
      'body.occurrence',
    );
  });
});
