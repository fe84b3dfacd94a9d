import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CeLog, EventDetail } from '#contracts/events.js';
import type { Role } from '#contracts/vocabulary.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

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

async function ceEvent(
  admin: Awaited<ReturnType<typeof person>>,
  title: string,
  start: string,
  ceHours: number | null,
): Promise<EventDetail> {
  const created = await admin.client.post('/api/events', {
    kind: 'training',
    title,
    description: 'A training with CE hours.',
    start,
    timeZone: 'America/Chicago',
    durationMinutes: 180,
    isOnline: true,
    onlineUrl: 'https://meet.example.org/ce',
    ceHours,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as EventDetail;
}

describe('continuing education log', () => {
  it('collects the CE hours of attended events, counts those inside the renewal cycle, and stays private', async () => {
    const admin = await person('CE Organizer', ['admin']);
    const counselor = await person('Licensed Lee', ['trainee']);
    const other = await person('Other Olga');
    const ethics = await ceEvent(admin, 'Ethics for counselors', '2027-02-01T09:00', 3);
    const early = await ceEvent(admin, 'Before the cycle', '2027-01-20T09:00', 1.5);
    const noCe = await ceEvent(admin, 'Networking lunch', '2027-02-02T12:00', null);
    const missed = await ceEvent(admin, 'Registered but absent', '2027-02-03T09:00', 6);

    const registrationOf = async (event: EventDetail) => {
      const r = await counselor.client.post(`/api/events/${event.id}/registration`);
      expect(r.statusCode, r.body).toBe(200);
      return (r.json() as EventDetail).myRegistration?.id ?? '';
    };
    for (const event of [ethics, early, noCe]) {
      const registrationId = await registrationOf(event);
      const marked = await admin.client.post(`/api/events/${event.id}/attendance`, { registrationId, attended: true });
      expect(marked.statusCode, marked.body).toBe(200);
    }
    await registrationOf(missed);
    // Only the organizer confirms attendance: the attendee cannot mark themselves.
    const own = await counselor.client.get(`/api/events/${missed.id}`);
    const selfMark = await counselor.client.post(`/api/events/${missed.id}/attendance`, {
      registrationId: (own.json() as EventDetail).myRegistration?.id,
      attended: true,
    });
    expect(selfMark.statusCode).toBe(403);

    const log = (await counselor.client.get('/api/events/ce-log')).json() as CeLog;
    expect(log.entries.map((e) => [e.title, e.ceHours])).toEqual([
      ['Before the cycle', 1.5],
      ['Ethics for counselors', 3],
    ]);
    expect(log.totalHours).toBe(4.5);
    expect(log.goal).toBeNull();
    expect(log.hoursInCycle).toBeNull();

    const goal = { license: 'LPC (Texas)', cycleStartsOn: '2027-02-01', renewsOn: '2029-01-31', hoursRequired: 24 };
    const saved = await counselor.client.put('/api/events/ce-log/goal', goal);
    expect(saved.statusCode, saved.body).toBe(200);
    const withGoal = saved.json() as CeLog;
    expect(withGoal.goal).toEqual(goal);
    expect(withGoal.hoursInCycle).toBe(3);
    expect(withGoal.hoursRemaining).toBe(21);
    expect(withGoal.entries.map((e) => e.inCycle)).toEqual([false, true]);

    // An organizer taking attendance back removes the hours.
    const ethicsRegistration = (await counselor.client.get(`/api/events/${ethics.id}`)).json() as EventDetail;
    await admin.client.post(`/api/events/${ethics.id}/attendance`, {
      registrationId: ethicsRegistration.myRegistration?.id,
      attended: false,
    });
    expect(((await counselor.client.get('/api/events/ce-log')).json() as CeLog).hoursInCycle).toBe(0);

    // Another person's log is theirs alone: they see an empty log, and nobody signed out sees any.
    const theirs = (await other.client.get('/api/events/ce-log')).json() as CeLog;
    expect(theirs).toEqual({ entries: [], totalHours: 0, goal: null, hoursInCycle: null, hoursRemaining: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/events/ce-log' })).statusCode).toBe(401);
  });

  it('refuses a renewal goal that ends before it starts or has no hours, naming the field', async () => {
    const counselor = await person('Goal Setter', ['trainee']);
    const backwards = await counselor.client.put('/api/events/ce-log/goal', {
      license: 'LCSW',
      cycleStartsOn: '2028-01-01',
      renewsOn: '2027-01-01',
      hoursRequired: 30,
    });
    expect(backwards.statusCode).toBe(400);
    expect(JSON.stringify(backwards.json().error)).toMatch(/renewsOn/);
    const zero = await counselor.client.put('/api/events/ce-log/goal', {
      license: 'LCSW',
      cycleStartsOn: '2027-01-01',
      renewsOn: '2029-01-01',
      hoursRequired: 0,
    });
    expect(zero.statusCode).toBe(400);
    expect(((await counselor.client.get('/api/events/ce-log')).json() as CeLog).goal).toBeNull();
  });
});
