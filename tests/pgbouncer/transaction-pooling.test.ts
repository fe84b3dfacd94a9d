import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signedInClient, TEST_PASSWORD, uniqueEmail } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

// The pgbouncer project runs the whole PostgreSQL integration suite with the app connected through PgBouncer in
// transaction pooling mode (tests/setup/global-setup.ts). This file checks that the path really goes through it,
// in that mode, with the flows every person takes: sign up, sign in, write (with a replayed Idempotency-Key), read.
let t: TestApp;
let pgbouncerConsole: pg.Client;
beforeAll(async () => {
  t = await createTestApp();
  pgbouncerConsole = new pg.Client({
    connectionString: new URL('/pgbouncer', inject('postgresAppBaseUrl')).toString(),
  });
  await pgbouncerConsole.connect();
});
afterAll(async () => {
  await pgbouncerConsole?.end();
  await t?.close();
});

async function transactionsSeen(database: string): Promise<number> {
  const stats = await pgbouncerConsole.query<{ database: string; total_xact_count: string }>('show stats');
  return Number(stats.rows.find((row) => row.database === database)?.total_xact_count ?? 0);
}

describe('through PgBouncer in transaction pooling mode', () => {
  it('the app connects to PgBouncer, which pools by transaction', async () => {
    expect(new URL(t.db.url ?? '').port).toBe(new URL(inject('postgresAppBaseUrl')).port);
    expect(new URL(t.db.url ?? '').port).not.toBe(new URL(inject('postgresBaseUrl')).port || '5432');
    const config = await pgbouncerConsole.query<{ key: string; value: string }>('show config');
    expect(config.rows.find((row) => row.key === 'pool_mode')?.value).toBe('transaction');
  });

  it('signs up, signs in, writes once under a replayed Idempotency-Key, and reads the entry back', async () => {
    const database = new URL(t.db.url ?? '').pathname.slice(1);
    const before = await transactionsSeen(database);

    const visitor = new TestClient(t.app, '10.77.0.1');
    const email = uniqueEmail('signup');
    const signup = await visitor.post('/api/auth/signup', { email, password: TEST_PASSWORD, displayName: 'Ada' });
    expect(signup.statusCode, signup.body).toBe(201);
    // Sign-up opens no session (ADR 0024); signing in with the new password does.
    const signin = await visitor.post('/api/auth/signin', { email, password: TEST_PASSWORD });
    expect(signin.statusCode, signin.body).toBe(200);
    const session = await visitor.refreshSession();
    expect(session.user?.id).toBeTruthy();

    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const body = { date: '2025-03-03', hours: 1.5, category: 'direct', site: 'Riverside Clinic' };
    const headers = { 'idempotency-key': 'pgbouncer-flow-1' };
    const first = await client.request({ method: 'POST', url: '/api/hours/entries', payload: body, headers });
    expect(first.statusCode, first.body).toBe(201);
    const again = await client.request({ method: 'POST', url: '/api/hours/entries', payload: body, headers });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().entry.id).toBe(first.json().entry.id);

    const list = await client.get('/api/hours/entries');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((entry: { id: string }) => entry.id)).toEqual([first.json().entry.id]);
    expect(list.json().items[0].hours).toBe(1.5);

    // Those requests' transactions went through PgBouncer.
    expect(await transactionsSeen(database)).toBeGreaterThan(before);
  });
});
