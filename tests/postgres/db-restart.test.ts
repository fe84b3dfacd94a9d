import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { openPostgres } from '#server/db/client.js';
import { ensureUser } from '#server/users/users.service.js';
import { type AppProcess, signInOverHttp, startAppProcess } from '../setup/app-process.js';
import { createThrowawayCluster, type ThrowawayCluster } from '../setup/throwaway-cluster.js';

// Issue 12: a fast PostgreSQL restart under load crashed app processes ("Unhandled 'error' event ... 57P01").
// Two real app processes on a cluster of this test's own, concurrent writes, a restart in the middle.
const PASSWORD = 'correct-horse-battery';
const WORKERS_PER_APP = 4;

let cluster: ThrowawayCluster;
const apps: AppProcess[] = [];
const startApp = (databaseUrl: string) => startAppProcess({ databaseUrl });
const signIn = (baseUrl: string, email: string) => signInOverHttp(baseUrl, email, PASSWORD);

beforeAll(async () => {
  cluster = await createThrowawayCluster();
  // One at a time: the first migrates and loads reference data, the second finds it done.
  apps.push(await startApp(cluster.url));
  apps.push(await startApp(cluster.url));
});

afterAll(async () => {
  for (const app of apps) await app.stop();
  cluster?.destroy();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('a PostgreSQL restart under load', () => {
  it('keeps both app processes alive, answers 503 with Retry-After meanwhile, serves again by itself, loses and doubles nothing', async () => {
    const handle = await openPostgres(cluster.url, 2, () => undefined);
    const emails: string[] = [];
    try {
      for (let i = 0; i < apps.length * WORKERS_PER_APP; i++) {
        const email = `load-${i}-${randomBytes(3).toString('hex')}@example.test`;
        await ensureUser(handle.db, { email, password: PASSWORD, displayName: `Load ${i}`, roles: ['trainee'] });
        emails.push(email);
      }
    } finally {
      await handle.close();
    }

    const acknowledged = new Map<string, string>(); // Idempotency-Key -> entry id the API answered with
    const attempted = new Set<string>();
    const refusals: { status: number; retryAfter: string | null; body: unknown }[] = [];
    let stopping = false;

    const worker = async (app: AppProcess, email: string, index: number) => {
      const session = await signIn(app.url, email);
      for (let n = 0; !stopping; n++) {
        const key = `w${index}-${n}`;
        const body = { date: addDays('2023-01-01', n), hours: 1, category: 'direct', site: `site ${key}` };
        attempted.add(key);
        // Retry the same write with the same key until it is acknowledged, as a careful client does.
        while (!stopping) {
          try {
            const response = await fetch(`${app.url}/api/hours/entries`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'x-csrf-token': session.csrf,
                cookie: session.cookie,
                'idempotency-key': key,
              },
              body: JSON.stringify(body),
            });
            const json = (await response.json()) as { entry?: { id: string } };
            if (response.status === 201 || response.status === 200) {
              const previous = acknowledged.get(key);
              if (previous && previous !== json.entry?.id) throw new Error(`key ${key} answered with two entries`);
              acknowledged.set(key, json.entry?.id ?? '');
              break;
            }
            refusals.push({ status: response.status, retryAfter: response.headers.get('retry-after'), body: json });
          } catch (err) {
            // A socket the app closed: the app is not allowed to go away, so this fails the test below.
            refusals.push({ status: 0, retryAfter: null, body: String(err) });
          }
          await sleep(100);
        }
      }
    };

    const workers = apps.flatMap((app, a) =>
      emails
        .slice(a * WORKERS_PER_APP, (a + 1) * WORKERS_PER_APP)
        .map((email, w) => worker(app, email, a * WORKERS_PER_APP + w)),
    );

    // Under way: every worker has signed in (argon2 is slow on a busy machine) and writes are being acknowledged.
    for (let waited = 0; acknowledged.size < emails.length * 2 && waited < 60_000; waited += 100) await sleep(100);
    const beforeRestart = acknowledged.size;
    expect(beforeRestart).toBeGreaterThan(0);
    cluster.restart();
    const restartedAt = Date.now();
    // Each app serves a database read again by itself (no restart of the app) within 10 s.
    const recoveredAfter = await Promise.all(
      apps.map(async (app) => {
        for (;;) {
          const response = await fetch(`${app.url}/api/careers?pageSize=1`).catch(() => null);
          if (response?.status === 200) return Date.now() - restartedAt;
          if (Date.now() - restartedAt > 10_000) return Number.POSITIVE_INFINITY;
          await sleep(100);
        }
      }),
    );
    await sleep(2_000);
    stopping = true;
    await Promise.all(workers);

    for (const app of apps) expect(app.process.exitCode, app.output).toBeNull();
    for (const ms of recoveredAfter) expect(ms).toBeLessThan(10_000);
    expect(acknowledged.size).toBeGreaterThan(beforeRestart);
    // While the database was away, a refusal was a 503 with Retry-After in the one error shape, never a dropped socket.
    for (const refusal of refusals) {
      expect(refusal.status).toBe(503);
      expect(refusal.retryAfter).toMatch(/^\d+$/);
      expect(ErrorResponseSchema.parse(refusal.body).error.code).toBe('UNAVAILABLE');
    }

    // No acknowledged write lost, none written twice.
    const check = new pg.Client({ connectionString: cluster.url });
    await check.connect();
    try {
      const { rows } = await check.query<{ site: string; ids: string[] }>(
        `select e.site, array_agg(e.id::text) as ids from hours_entries e join users u on u.id = e.user_id
         where u.email = any($1) group by e.site`,
        [emails],
      );
      const bySite = new Map(rows.map((r) => [r.site, r.ids]));
      for (const [key, id] of acknowledged) expect(bySite.get(`site ${key}`)).toEqual([id]);
      for (const row of rows) {
        expect(row.ids).toHaveLength(1);
        expect(attempted.has(row.site.replace(/^site /, ''))).toBe(true);
      }
    } finally {
      await check.end();
    }
  });

  it('answers 503 with Retry-After while the database is down, and serves again once it is back', async () => {
    cluster.stop();
    try {
      for (const app of apps) {
        const response = await fetch(`${app.url}/api/careers?pageSize=1`);
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
        expect(ErrorResponseSchema.parse(await response.json()).error.code).toBe('UNAVAILABLE');
        // Liveness does not depend on the database; readiness does.
        expect((await fetch(`${app.url}/api/health/live`)).status).toBe(200);
        const ready = await fetch(`${app.url}/api/health/ready`);
        expect(ready.status).toBe(503);
        expect(ready.headers.get('retry-after')).toBe('5');
      }
    } finally {
      cluster.start();
    }
    for (const app of apps) {
      const started = Date.now();
      let status = 0;
      while (Date.now() - started < 10_000) {
        status = (await fetch(`${app.url}/api/careers?pageSize=1`)).status;
        if (status === 200) break;
        await sleep(100);
      }
      expect(status).toBe(200);
      expect(app.process.exitCode).toBeNull();
    }
  });

  it('shuts down gracefully on SIGTERM: requests in flight finish, the process exits 0', async () => {
    for (const app of apps) {
      const inFlight = fetch(`${app.url}/api/careers?pageSize=50`);
      await sleep(5);
      const exited = new Promise<number | null>((resolve) => app.process.once('exit', (code) => resolve(code)));
      app.process.kill('SIGTERM');
      expect((await inFlight).status).toBe(200);
      expect(await exited, app.output.slice(-2500)).toBe(0);
    }
  });
});
