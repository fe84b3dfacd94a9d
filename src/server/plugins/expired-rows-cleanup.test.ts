import { randomBytes } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { rateLimits, sessions } from '../db/schema/core.js';
import { deleteExpiredRows } from './expired-rows-cleanup.js';

let t: TestApp;
beforeAll(async () => {
  // A short interval so the app's own timer runs during the test.
  t = await createTestApp({ VOCARE_CLEANUP_INTERVAL_SECONDS: 0.2 });
});
afterAll(async () => {
  await t?.close();
});

const HOUR = 3_600_000;

async function plantRows(userId: string, now: number) {
  const tag = randomBytes(4).toString('hex');
  const rows = {
    expiredSession: `expired-${tag}`,
    liveSession: `live-${tag}`,
    expiredCounter: `expired-${tag}`,
    liveCounter: `live-${tag}`,
  };
  await t.db.db.insert(sessions).values([
    { tokenHash: rows.expiredSession, userId, expiresAt: new Date(now - HOUR) },
    { tokenHash: rows.liveSession, userId, expiresAt: new Date(now + HOUR) },
  ]);
  await t.db.db.insert(rateLimits).values([
    { key: rows.expiredCounter, count: 3, resetAt: new Date(now - HOUR) },
    { key: rows.liveCounter, count: 3, resetAt: new Date(now + HOUR) },
  ]);
  return rows;
}

async function remaining(rows: Awaited<ReturnType<typeof plantRows>>) {
  const s = await t.db.db
    .select({ id: sessions.tokenHash })
    .from(sessions)
    .where(inArray(sessions.tokenHash, [rows.expiredSession, rows.liveSession]));
  const r = await t.db.db
    .select({ id: rateLimits.key })
    .from(rateLimits)
    .where(inArray(rateLimits.key, [rows.expiredCounter, rows.liveCounter]));
  return [...s.map((x) => `session ${x.id}`), ...r.map((x) => `counter ${x.id}`)].sort();
}

describe('expired sessions and rate-limit counters', () => {
  it('deleteExpiredRows removes what expired and keeps what is live', async () => {
    const { user } = await signedInClient(t.app, t.db.db);
    // Far from the wall clock, so the app's timer (which uses the real time) decides nothing here.
    const now = Date.UTC(2100, 0, 1);
    const rows = await plantRows(user.id, now + 100 * 24 * HOUR);
    const gone = await deleteExpiredRows(t.db.db, new Date(now + 100 * 24 * HOUR));
    expect(gone.sessions).toBeGreaterThanOrEqual(1);
    expect(gone.rateLimits).toBeGreaterThanOrEqual(1);
    expect(await remaining(rows)).toEqual([`counter ${rows.liveCounter}`, `session ${rows.liveSession}`]);
  });

  it('the app runs the cleanup on a timer: expired rows go, live ones stay, and a signed-in person stays in', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    const rows = await plantRows(user.id, Date.now());
    for (let i = 0; i < 100 && (await remaining(rows)).length > 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await remaining(rows)).toEqual([`counter ${rows.liveCounter}`, `session ${rows.liveSession}`]);
    expect((await client.get('/api/auth/session')).json().user?.id).toBe(user.id);
  });
});
