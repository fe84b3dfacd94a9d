import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient, TEST_PASSWORD } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('personal data export', () => {
  it('exports the account without any secret, and only to its owner', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['explorer', 'trainee']);
    const response = await client.get('/api/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const body = response.json();
    expect(body.format).toBe('vocare-personal-data/1');
    expect(body.sections.account).toMatchObject({ id: user.id, email: user.email, roles: ['explorer', 'trainee'] });
    expect(response.body).not.toMatch(/argon2|passwordHash|password_hash|tokenHash/);

    const anonymous = await t.app.inject({ method: 'GET', url: '/api/me/export' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('account deletion', () => {
  it('refuses without the right password or confirmation and deletes nothing', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    const wrong = await client.post('/api/me/delete', { password: 'wrong-password', confirm: 'delete my account' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('body.password');
    const unconfirmed = await client.post('/api/me/delete', { password: TEST_PASSWORD, confirm: 'yes' });
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.json().error.details[0].path).toBe('body.confirm');
    expect((await client.refreshSession()).user?.id).toBe(user.id);
  });

  it('deletes the account and its sessions; the email can sign up again', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    const deleted = await client.post('/api/me/delete', { password: TEST_PASSWORD, confirm: 'delete my account' });
    expect(deleted.statusCode).toBe(204);
    expect((await client.refreshSession()).user).toBeNull();
    const again = await new TestClient(t.app, '10.9.9.9').post('/api/auth/signin', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(again.statusCode).toBe(401);
  });

  it('every table that points at users deletes its rows with the user (ON DELETE CASCADE)', async () => {
    const result = await t.db.db.execute(sql`
      select tc.table_name, rc.delete_rule
      from information_schema.referential_constraints rc
      join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name
      where ccu.table_name = 'users' and tc.table_schema = 'public'`);
    const rows = (result as unknown as { rows: { table_name: string; delete_rule: string }[] }).rows;
    expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(['sessions', 'user_roles']));
    const notCascading = rows.filter((r) => r.delete_rule !== 'CASCADE' && r.delete_rule !== 'SET NULL');
    expect(notCascading).toEqual([]);
  });
});
