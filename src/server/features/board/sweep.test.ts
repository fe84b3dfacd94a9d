import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { startBoardSweepTimer, sweepBoard } from './board-sweep.service.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof organizationWithMember>>;

beforeAll(async () => {
  t = await createTestApp();
  org = await organizationWithMember(t.app, t.db.db, { name: 'Sweep Test Collective' });
});
afterAll(async () => {
  await t.close();
});

async function backdate(table: string, id: string, column: string, value: string): Promise<void> {
  await t.db.db.execute(sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${value} where id = ${id}`);
}

async function status(id: string): Promise<{ status: string; closedReason: string | null }> {
  const detail = (await org.client.get(`/api/opportunities/${id}`)).json();
  return { status: detail.status, closedReason: detail.closedReason };
}

describe('the board sweep', () => {
  it('closes listings past their end date, once', async () => {
    const ended = await publishOpportunity(org.client, org.organizationId, { endDate: '2031-01-01' });
    const current = await publishOpportunity(org.client, org.organizationId, { endDate: '2031-01-01' });
    await backdate('opportunities', ended, 'end_date', '2024-03-31');

    const now = new Date('2026-06-01T12:00:00Z');
    const first = await sweepBoard(t.db.db, now);
    expect(first.closedEnded).toBeGreaterThanOrEqual(1);
    expect(await status(ended)).toEqual({ status: 'closed', closedReason: 'ended' });
    expect(await status(current)).toEqual({ status: 'open', closedReason: null });
    const second = await sweepBoard(t.db.db, now);
    expect(second).toEqual({ closedEnded: 0, closedStale: 0, remindersCreated: 0 });
  });

  it('a listing is open through its end date and closes the day after', async () => {
    const id = await publishOpportunity(org.client, org.organizationId, { endDate: '2031-01-01' });
    await backdate('opportunities', id, 'end_date', '2026-06-01');
    await sweepBoard(t.db.db, new Date('2026-06-01T23:59:00Z'));
    expect((await status(id)).status).toBe('open');
    await sweepBoard(t.db.db, new Date('2026-06-02T00:01:00Z'));
    expect(await status(id)).toEqual({ status: 'closed', closedReason: 'ended' });
  });

  it('closes listings nobody updated for 60 days; an update restarts the clock', async () => {
    const stale = await publishOpportunity(org.client, org.organizationId);
    const fresh = await publishOpportunity(org.client, org.organizationId);
    const old = new Date(Date.now() - 61 * 24 * 3600 * 1000).toISOString();
    await backdate('opportunities', stale, 'updated_at', old);
    await backdate('opportunities', fresh, 'updated_at', old);
    await org.client.patch(`/api/opportunities/${fresh}`, { hoursPerWeek: 5 });

    const result = await sweepBoard(t.db.db);
    expect(result.closedStale).toBeGreaterThanOrEqual(1);
    expect(await status(stale)).toEqual({ status: 'closed', closedReason: 'stale' });
    expect((await status(fresh)).status).toBe('open');
    expect((await sweepBoard(t.db.db)).closedStale).toBe(0);
  });

  it('search runs the sweep first, so an expired listing never shows even without the timer', async () => {
    const id = await publishOpportunity(org.client, org.organizationId, { title: 'Lazy sweep marigold' });
    await backdate('opportunities', id, 'end_date', '2020-01-01');
    const anonymous = new TestClient(t.app);
    const search = (await anonymous.get('/api/opportunities?q=marigold')).json();
    expect(search.items).toEqual([]);
    expect(await status(id)).toEqual({ status: 'closed', closedReason: 'ended' });
  });

  it('reminds the organization once about applications waiting more than 7 days', async () => {
    const id = await publishOpportunity(org.client, org.organizationId);
    const waiting = await signedInClient(t.app, t.db.db, ['explorer']);
    const recent = await signedInClient(t.app, t.db.db, ['explorer']);
    const answered = await signedInClient(t.app, t.db.db, ['explorer']);
    const body = { answers: ['Because I love books.'] };
    const oldApp = (await waiting.client.post(`/api/opportunities/${id}/applications`, body)).json();
    const newApp = (await recent.client.post(`/api/opportunities/${id}/applications`, body)).json();
    const doneApp = (await answered.client.post(`/api/opportunities/${id}/applications`, body)).json();
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString();
    await backdate('opportunity_applications', oldApp.id, 'created_at', eightDaysAgo);
    await backdate('opportunity_applications', doneApp.id, 'created_at', eightDaysAgo);
    await org.client.patch(`/api/applications/${doneApp.id}`, { status: 'reviewing' });

    const first = await sweepBoard(t.db.db);
    expect(first.remindersCreated).toBe(1);
    expect((await sweepBoard(t.db.db)).remindersCreated).toBe(0);

    const list = (
      await org.client.get(`/api/organizations/${org.organizationId}/applications?opportunityId=${id}`)
    ).json();
    const overdue = Object.fromEntries(list.items.map((a: { id: string; isOverdue: boolean }) => [a.id, a.isOverdue]));
    expect(overdue).toEqual({ [oldApp.id]: true, [newApp.id]: false, [doneApp.id]: false });
    const mine = (await org.client.get('/api/me/organizations')).json();
    expect(mine.organizations.find((o: { id: string }) => o.id === org.organizationId).waitingReminders).toBe(1);

    // Answering the application clears it from the reminders.
    await org.client.patch(`/api/applications/${oldApp.id}`, { status: 'reviewing' });
    const after = (await org.client.get('/api/me/organizations')).json();
    expect(after.organizations.find((o: { id: string }) => o.id === org.organizationId).waitingReminders).toBe(0);
  });

  it('sweeps started together change each row once', async () => {
    const ids = await Promise.all([1, 2, 3].map(() => publishOpportunity(org.client, org.organizationId)));
    for (const id of ids) await backdate('opportunities', id, 'end_date', '2021-01-01');
    const results = await Promise.all([sweepBoard(t.db.db), sweepBoard(t.db.db), sweepBoard(t.db.db)]);
    expect(results.reduce((sum, r) => sum + r.closedEnded, 0)).toBe(3);
    for (const id of ids) expect(await status(id)).toEqual({ status: 'closed', closedReason: 'ended' });
  });

  it('the timer a listening server starts runs the sweep by itself', async () => {
    const id = await publishOpportunity(org.client, org.organizationId);
    await backdate('opportunities', id, 'end_date', '2022-02-02');
    const stop = startBoardSweepTimer(t.db.db, t.app.log, 20, () => new Date('2026-06-01T12:00:00Z'));
    try {
      await expect.poll(async () => (await status(id)).status, { timeout: 5000, interval: 50 }).toBe('closed');
    } finally {
      stop();
    }
  });
});
