import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoursProgress } from '#contracts/hours.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#server/demo/demo-accounts.js';
import { hoursPorts } from '#server/features.js';
import { ensureUser } from '#server/users/users.service.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { seedHoursDemo } from './hours.demo.js';

let t: TestApp;

async function signIn(email: string): Promise<TestClient> {
  const client = new TestClient(t.app, '10.77.0.1');
  const response = await client.post('/api/auth/signin', { email, password: DEMO_PASSWORD });
  if (response.statusCode !== 200) throw new Error(response.body);
  return client;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const account of DEMO_ACCOUNTS.filter(
    (a) => a.email.startsWith('trainee@') || a.email.startsWith('supervisor@'),
  )) {
    await ensureUser(t.db.db, { ...account, password: DEMO_PASSWORD });
  }
});
afterAll(async () => t.close());

describe('hours demo data', () => {
  it('gives the demo trainee a realistic log with the demo supervisor, once', async () => {
    await seedHoursDemo(t.db.db, 'trainee@demo.vocare.test', 'supervisor@demo.vocare.test', hoursPorts.ruleSets);
    await seedHoursDemo(t.db.db, 'trainee@demo.vocare.test', 'supervisor@demo.vocare.test', hoursPorts.ruleSets);
    const trainee = await signIn('trainee@demo.vocare.test');
    const list = (await trainee.get('/api/hours/entries?pageSize=1')).json();
    expect(list.total).toBeGreaterThan(300);
    expect(list.total).toBeLessThan(450);
    const supervisions = (await trainee.get('/api/hours/supervisions')).json().items;
    expect(supervisions).toMatchObject([{ status: 'active', supervisor: { displayName: 'Dr. Sam Supervisor' } }]);

    const progress: HoursProgress = (await trainee.get('/api/hours/progress')).json();
    expect(progress.ruleSet.id).toBe('US-TX:LPC');
    expect(progress.totals.byStatus.verified).toBeGreaterThan(progress.totals.byStatus.unverified);
    expect(progress.totals.byStatus.returned).toBeGreaterThan(0);
    expect(progress.notCounted.some((n) => n.reason.startsWith('before the supervision agreement'))).toBe(true);
    expect(progress.projection.date).not.toBeNull();

    const supervisor = await signIn('supervisor@demo.vocare.test');
    const inbox = (await supervisor.get('/api/hours/inbox')).json();
    expect(inbox.waiting.length).toBeGreaterThanOrEqual(2);
    expect(inbox.supervisees[0].trainee.displayName).toBe('Tomás Trainee');
    const audit = (await trainee.get('/api/hours/audit?limit=5')).json().items;
    expect(audit.length).toBe(5);
  });
});
