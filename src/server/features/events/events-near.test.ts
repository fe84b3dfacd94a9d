import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail, EventList } from '#contracts/events.js';
import { markEmailVerified } from '#server/users/users.repository.js';
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

const body = (title: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'community',
  title,
  description: 'Meet people in the field.',
  start: '2027-02-10T18:00',
  timeZone: 'America/Chicago',
  durationMinutes: 90,
  isOnline: false,
  place: 'Community hall',
  ...overrides,
});

describe('events by distance', () => {
  it('finds in-person events within a radius of a ZIP code or "City, ST" (the shipped US gazetteer)', async () => {
    const admin = await signedInClient(t.app, t.db.db, ['admin'], { displayName: 'Distance Admin' });
    await markEmailVerified(t.db.db, admin.user.id, admin.user.email, clock);
    const post = async (title: string, overrides: Record<string, unknown>) => {
      const created = await admin.client.post('/api/events', body(title, overrides));
      expect(created.statusCode, created.body).toBe(201);
      return created.json() as EventDetail;
    };
    const roundRock = await post('Distancetest Round Rock circle', { near: 'Round Rock, TX' });
    expect(roundRock.near).toBe('Round Rock, TX');
    const dallas = await post('Distancetest Dallas meetup', { near: 'Dallas, TX', start: '2027-02-11T18:00' });
    const online = await post('Distancetest online', {
      isOnline: true,
      place: null,
      onlineUrl: 'https://meet.example.org/d',
      near: 'Austin, TX',
    });
    expect(online.near).toBeNull();
    await post('Distancetest without a point', {});

    const search = async (query: string) => {
      const response = await admin.client.get(`/api/events?q=Distancetest&${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as EventList).events;
    };
    const near = await search('near=78701&radiusMiles=25');
    expect(near.map((e) => e.id)).toEqual([roundRock.id]);
    // Austin's 78701 to Round Rock is about 21 miles as the crow flies.
    expect(near[0]?.distanceMiles).toBeGreaterThan(15);
    expect(near[0]?.distanceMiles).toBeLessThan(25);
    const wide = await search(`near=${encodeURIComponent('Austin, TX')}&radiusMiles=250`);
    expect(wide.map((e) => e.id)).toEqual([roundRock.id, dallas.id]);
    expect(wide[1]?.distanceMiles).toBeGreaterThan(150);
    const everywhere = await search('');
    expect(everywhere).toHaveLength(4);
    expect(everywhere.every((e) => e.distanceMiles === null)).toBe(true);

    // Moving an event moves its point.
    await admin.client.put(
      `/api/events/${roundRock.id}`,
      body('Distancetest Round Rock circle', { near: 'Dallas, TX' }),
    );
    expect(await search('near=78701&radiusMiles=25')).toEqual([]);
  });

  it('names the field when a place is unknown, and saves nothing', async () => {
    const admin = await signedInClient(t.app, t.db.db, ['admin'], { displayName: 'Place Checker' });
    await markEmailVerified(t.db.db, admin.user.id, admin.user.email, clock);
    const unknown = await admin.client.get('/api/events?near=Atlantis%2C%20ZZ');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('query.near');
    const tooFar = await admin.client.get('/api/events?near=78701&radiusMiles=5000');
    expect(tooFar.statusCode).toBe(400);
    const refused = await admin.client.post('/api/events', body('Nowhere event', { near: 'Atlantis, ZZ' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].path).toBe('body.near');
    const mine = (await admin.client.get('/api/events/mine')).json();
    expect(mine.organized).toEqual([]);
  });
});
