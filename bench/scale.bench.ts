// `npm run bench scale`: the production topology of deploy/compose.yaml built from Debian's packages on this
// machine, no containers: a scratch PostgreSQL cluster, PgBouncer in transaction pooling mode, three compiled app
// processes behind HAProxy. Autocannon drives mixed reads and writes (hours entries under an Idempotency-Key, each
// sent again as a client retry would); afterwards the database is checked for lost and duplicated writes.
// VOCARE_BENCH_SCALE_SECONDS (default 60) and VOCARE_BENCH_SCALE_CONNECTIONS (default 200) change the load.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openPostgres } from '#server/db/client.js';
import { ensureUser } from '#server/users/users.service.js';
import { type AppProcess, signInOverHttp, startAppProcess } from '#tests/setup/app-process.js';
import { hasPgBouncer, startPgBouncer } from '#tests/setup/pgbouncer.js';
import { createThrowawayCluster, freePort } from '#tests/setup/throwaway-cluster.js';
import { buildAll } from '../scripts/build.mjs';
import { type BenchResult, percentile, round } from './bench-kit.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const HAPROXY_BIN = '/usr/sbin/haproxy';
const APPS = 3;
const USERS = 100;
const PASSWORD = 'bench-password-not-secret';
const WRITE_PATH = '/api/hours/entries';

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

function waitForPort(port: number, child: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`${what} exited with ${child.exitCode}`));
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`${what} did not listen on ${port} in 15 s`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** HAProxy on a loopback port, health-checking the apps' readiness endpoint, as deploy/haproxy.cfg does. */
async function startHaproxy(appUrls: string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-haproxy-'));
  const port = await freePort();
  const servers = appUrls.map((url, i) => `  server app${i + 1} ${new URL(url).host} check`);
  fs.writeFileSync(
    path.join(dir, 'haproxy.cfg'),
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  timeout http-keep-alive 30s',
      '  option forwardfor',
      'frontend web',
      `  bind 127.0.0.1:${port}`,
      '  default_backend app',
      'backend app',
      '  balance leastconn',
      '  option httpchk GET /api/health/ready',
      '  http-check expect status 200',
      '  default-server inter 2s fall 2 rise 2',
      ...servers,
      '',
    ].join('\n'),
  );
  const child = spawn(HAPROXY_BIN, ['-db', '-f', path.join(dir, 'haproxy.cfg')], { stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child, 'haproxy');
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}

interface Session {
  cookie: string;
  csrf: string;
}

interface ConnectionContext {
  session?: Session;
  id?: number;
  n?: number;
  key?: string;
}

/** Day `n` counted back from 2025-12-31: each write of a connection on a day of its own, never in the future. */
function pastDate(n: number): string {
  const d = new Date(Date.UTC(2025, 11, 31));
  d.setUTCDate(d.getUTCDate() - (n % 3000));
  return d.toISOString().slice(0, 10);
}

export async function benchScale(): Promise<BenchResult[]> {
  const seconds = positiveInt('VOCARE_BENCH_SCALE_SECONDS', 60);
  const connections = positiveInt('VOCARE_BENCH_SCALE_CONNECTIONS', 200);
  for (const [what, file] of [
    ['pgbouncer', '/usr/sbin/pgbouncer'],
    ['haproxy', HAPROXY_BIN],
  ] as const) {
    if (what === 'pgbouncer' ? !hasPgBouncer() : !fs.existsSync(file)) {
      throw new Error(`bench scale needs Debian's ${what} (${file}): apt install ${what}`);
    }
  }
  await buildAll(ROOT, { only: 'node' });

  // Stopped in reverse order in `finally`, and on Ctrl-C: nothing is left running after the bench.
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await Promise.resolve(stop()).catch(() => undefined);
  };
  const onSignal = () => {
    void stopAll().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    console.error('bench scale: PostgreSQL cluster, PgBouncer (transaction pooling)...');
    const cluster = await createThrowawayCluster();
    stops.push(() => cluster.destroy());
    const bouncer = await startPgBouncer(cluster.url, { poolSize: 40 });
    stops.push(() => bouncer.stop());
    const appDatabaseUrl = bouncer.via(cluster.url);

    // All three at once, through PgBouncer: they migrate and load the catalog together (one does the work).
    console.error(`bench scale: ${APPS} compiled app processes...`);
    const apps: AppProcess[] = [];
    stops.push(async () => {
      for (const app of apps) await app.stop();
    });
    const started = await Promise.allSettled(
      Array.from({ length: APPS }, () =>
        startAppProcess({ databaseUrl: appDatabaseUrl, compiled: true, env: { TRUST_PROXY: '1' } }),
      ),
    );
    for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const proxy = await startHaproxy(apps.map((app) => app.url));
    stops.push(() => proxy.stop());

    console.error(`bench scale: ${USERS} trainees, signed in through HAProxy...`);
    const direct = await openPostgres(cluster.url, 4, () => undefined);
    const emails = Array.from({ length: USERS }, (_, i) => `bench-${i}@example.test`);
    try {
      for (const [i, email] of emails.entries()) {
        await ensureUser(direct.db, { email, password: PASSWORD, displayName: `Bench ${i}`, roles: ['trainee'] });
      }
    } finally {
      await direct.close();
    }
    const sessions: Session[] = [];
    for (const email of emails) sessions.push(await signInOverHttp(proxy.url, email, PASSWORD));

    // What each connection sends, in turn: reads of the catalog, guides, board and the person's own log, and one
    // new hours entry per round, sent again under the same Idempotency-Key (a retry: must not log it twice).
    let nextConnection = 0;
    const acknowledged = new Map<string, string>(); // Idempotency-Key -> entry id answered
    const conflicting: string[] = []; // keys answered with two different entries
    const authed = (req: autocannon.Request, context: ConnectionContext): autocannon.Request => {
      if (!context.session) {
        context.id = nextConnection++;
        context.n = 0;
        context.session = sessions[context.id % sessions.length];
      }
      const session = context.session as Session;
      return { ...req, headers: { ...req.headers, cookie: session.cookie, 'x-csrf-token': session.csrf } };
    };
    const onWriteAnswer = (status: number, body: string, context: ConnectionContext) => {
      if ((status !== 200 && status !== 201) || !context.key) return;
      const id = (JSON.parse(body) as { entry?: { id?: string } }).entry?.id ?? '';
      const previous = acknowledged.get(context.key);
      if (previous !== undefined && previous !== id) conflicting.push(context.key);
      acknowledged.set(context.key, id);
    };
    const write = (fresh: boolean): autocannon.Request => ({
      method: 'POST',
      path: WRITE_PATH,
      setupRequest: (req, ctx) => {
        const context = ctx as ConnectionContext;
        const request = authed(req, context);
        if (fresh || !context.key) context.key = `c${context.id}-${context.n}`;
        if (fresh) context.n = (context.n ?? 0) + 1;
        const n = Number(context.key.split('-')[1]);
        return {
          ...request,
          headers: { ...request.headers, 'content-type': 'application/json', 'idempotency-key': context.key },
          body: JSON.stringify({ date: pastDate(n), hours: 0.25, category: 'direct', site: `bench ${context.key}` }),
        };
      },
      onResponse: (status, body, ctx) => onWriteAnswer(status, body, ctx as ConnectionContext),
    });
    const read = (p: string): autocannon.Request => ({
      method: 'GET',
      path: p,
      setupRequest: (req, ctx) => authed(req, ctx as ConnectionContext),
    });
    const requests = [
      read('/api/careers?pageSize=20'),
      write(true),
      read('/api/hours/entries?pageSize=20'),
      read('/api/guides'),
      write(false),
      read('/api/opportunities'),
      read('/api/auth/session'),
      read('/api/careers?q=counselor'),
    ];

    console.error(`bench scale: ${connections} connections for ${seconds} s...`);
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let instance: autocannon.Instance | undefined;
    stops.push(() => instance?.stop());
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon({ url: proxy.url, connections, duration: seconds, timeout: 30, requests }, (err, res) =>
        err ? reject(err) : resolve(res),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      });
    });

    // Every acknowledged write is in the database exactly once, with the id the API answered; no key twice.
    const check = new pg.Client({ connectionString: cluster.url });
    await check.connect();
    let rows: { site: string; ids: string[] }[];
    try {
      rows = (
        await check.query<{ site: string; ids: string[] }>(
          "select site, array_agg(id::text) as ids from hours_entries where site like 'bench %' group by site",
        )
      ).rows;
    } finally {
      await check.end();
    }
    const bySite = new Map(rows.map((row) => [row.site.replace(/^bench /, ''), row.ids]));
    let lost = 0;
    for (const [key, id] of acknowledged) if (!bySite.get(key)?.includes(id)) lost++;
    const duplicated = rows.filter((row) => row.ids.length > 1).length + conflicting.length;
    const unacknowledged = rows.filter((row) => !acknowledged.has(row.site.replace(/^bench /, ''))).length;

    for (const app of apps) {
      if (app.process.exitCode !== null) throw new Error(`an app process exited during the bench:\n${app.output}`);
    }
    const sorted = latencies.sort((a, b) => a - b);
    const total = latencies.length;
    const non2xx = [...statuses].filter(([status]) => status >= 400).reduce((sum, [, n]) => sum + n, 0);
    const shed = statuses.get(503) ?? 0;
    const setup = `${APPS} apps (compiled) behind HAProxy, PgBouncer transaction pooling, ${connections} connections, ${seconds} s, ${os.cpus().length} cores`;
    return [
      { name: 'scale.throughput', value: round(total / seconds, 1), unit: 'req/s', note: setup },
      {
        name: 'scale.requests',
        value: total,
        unit: 'count',
        note: 'a quarter of them writes: 1 in 8 a new hours entry, 1 in 8 its retry under the same Idempotency-Key',
      },
      { name: 'scale.latency.p50', value: round(percentile(sorted, 50)), unit: 'ms' },
      { name: 'scale.latency.p95', value: round(percentile(sorted, 95)), unit: 'ms' },
      { name: 'scale.latency.p99', value: round(percentile(sorted, 99)), unit: 'ms' },
      {
        name: 'scale.errors',
        value: non2xx + result.errors,
        unit: 'count',
        note: `4xx/5xx answers ${non2xx} (of which 503 load shedding ${shed}), socket errors ${result.errors}, timeouts ${result.timeouts}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      },
      { name: 'scale.writes.acknowledged', value: acknowledged.size, unit: 'count' },
      {
        name: 'scale.writes.lost',
        value: lost,
        unit: 'count',
        note: 'acknowledged, not in the database with that id',
      },
      {
        name: 'scale.writes.duplicated',
        value: duplicated,
        unit: 'count',
        note: 'one Idempotency-Key stored twice or answered with two ids',
      },
      {
        name: 'scale.writes.unacknowledged_stored',
        value: unacknowledged,
        unit: 'count',
        note: 'stored, but the answer never reached the client (a retry would replay it)',
      },
    ];
  } finally {
    await stopAll();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
