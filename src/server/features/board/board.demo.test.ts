import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '#contracts/vocabulary.js';
import { DEMO_PASSWORD } from '#server/demo/demo-accounts.js';
import { seedDemoData } from '#server/demo/seed-demo.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db.db);
  // A second run (every demo start) adds nothing.
  await seedDemoData(t.db.db);
});
afterAll(async () => {
  await t.close();
});

async function signIn(email: string): Promise<TestClient> {
  const client = new TestClient(t.app, `10.77.0.${email.length}`);
  const response = await client.post('/api/auth/signin', { email, password: DEMO_PASSWORD });
  expect(response.statusCode, response.body).toBe(200);
  return client;
}

describe('board demo data', () => {
  it('lists open opportunities in every cause area', async () => {
    const anonymous = new TestClient(t.app);
    for (const cause of CAUSE_IDS) {
      const body = (await anonymous.get(`/api/opportunities?cause=${cause}&pageSize=100`)).json();
      expect(body.total, cause).toBeGreaterThan(0);
    }
    const all = (await anonymous.get('/api/opportunities?pageSize=100')).json();
    expect(all.total).toBeGreaterThanOrEqual(25);
    expect(new Set(all.items.map((i: { id: string }) => i.id)).size).toBe(all.total);
  });

  it('the demo organization account manages Riverside, with a reminder and hours to confirm', async () => {
    const org = await signIn('org@demo.vocare.test');
    const mine = (await org.get('/api/me/organizations')).json().organizations;
    const riverside = mine.find((o: { name: string }) => o.name === 'Riverside Community Services');
    expect(riverside).toBeDefined();
    const applications = (await org.get(`/api/organizations/${riverside.id}/applications`)).json().items;
    expect(applications.some((a: { isOverdue: boolean }) => a.isOverdue)).toBe(true);
    const hours = (await org.get(`/api/organizations/${riverside.id}/hours`)).json().items;
    expect(hours).toHaveLength(1);
    const after = (await org.get('/api/me/organizations')).json().organizations;
    expect(after.find((o: { id: string }) => o.id === riverside.id).waitingReminders).toBe(1);
  });

  it('the demo trainee has confirmed placement hours on their record', async () => {
    const trainee = await signIn('trainee@demo.vocare.test');
    const record = (await trainee.get('/api/me/experience')).json();
    expect(record.placementHours).toBe(21.5);
    expect(record.items[0].organization.name).toBe('Riverside Community Services');
  });
});
