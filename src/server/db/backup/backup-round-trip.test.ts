import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '#server/demo/seed-demo.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { databaseUrlFor } from '#tests/setup/test-db-config.js';
import { backupDatabase, restoreDatabase } from './backup-service.js';
import { listAppTables, type RunQuery } from './database-facts.js';
import { pgdataPath } from './pglite-backup.js';

// "Back up a database with data in every feature, restore it into an empty one, and compare every table's rows",
// and "a backup taken while the server writes restores to a consistent state". Both databases.
let t: TestApp;
let dir: string;
const isPostgres = inject('dbKind') === 'postgres';
const extraDatabases: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-round-trip-'));
  // The demo seeding fills every feature's main tables; what it leaves empty, real requests fill below.
  await seedDemoData(t.db.db);
  const { client, user } = await signedInClient(t.app, t.db.db, ['trainee']);
  const assessment = await client.post('/api/match', {
    causes: ['mental-health'],
    scale: 'micro',
    clientContact: 'high',
    emotionalIntensity: 'some',
    maxEducation: 'master',
    currentEducation: 'bachelor',
    interests: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 },
    values: ['relationships'],
    motivations: ['empathy'],
  });
  expect(assessment.statusCode, assessment.body).toBe(200);
  const careers = await t.app.inject({ method: 'GET', url: '/api/careers?limit=2' });
  const careerId = (careers.json() as { items: { id: string }[] }).items[0]?.id;
  expect((await client.post('/api/match/dismissals', { careerId })).statusCode).toBe(201);
  const listings = await t.app.inject({ method: 'GET', url: '/api/opportunities' });
  const listingId = (listings.json() as { items: { id: string }[] }).items[0]?.id;
  expect((await client.put(`/api/me/saved-opportunities/${listingId}`)).statusCode).toBe(204);
  expect(
    (await client.put('/api/resilience/settings', { cadence: 'weekly', instrumentId: 'vocare-reflective-checkin' }))
      .statusCode,
  ).toBeLessThan(300);
  // A reset request writes a token and a queued message in one transaction.
  const reset = await new TestClient(t.app, '10.201.0.1').post('/api/auth/password-reset/request', {
    email: user.email,
  });
  expect(reset.statusCode).toBeLessThan(300);
});

afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (isPostgres && extraDatabases.length > 0) {
    const admin = new pg.Client({ connectionString: inject('postgresBaseUrl') });
    await admin.connect();
    for (const name of extraDatabases) await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
});

type Target = { databaseUrl?: string; dataDir: string };

async function emptyTarget(): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(dir, 'target-'));
  if (!isPostgres) return { dataDir };
  const name = `${inject('postgresTemplate').replace(/_tpl$/, '')}_rt_${extraDatabases.length}`;
  const admin = new pg.Client({ connectionString: inject('postgresBaseUrl') });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  extraDatabases.push(name);
  return { databaseUrl: databaseUrlFor(inject('postgresBaseUrl'), name), dataDir };
}

async function onTarget<T>(target: Target, fn: (q: RunQuery) => Promise<T>): Promise<T> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      return await fn((text) => client.query(text) as unknown as ReturnType<RunQuery>);
    } finally {
      await client.end();
    }
  }
  const client = await PGlite.create(pgdataPath(target.dataDir));
  try {
    return await fn((text) => client.query(text) as ReturnType<RunQuery>);
  } finally {
    await client.close();
  }
}

const sourceQuery: RunQuery = async (text) => {
  const result = (await t.db.db.execute(text)) as unknown as { rows: Record<string, unknown>[] };
  return { rows: result.rows };
};

/** Every row of every table as JSON text, sorted: any difference in any column of any row shows. */
async function everyRow(query: RunQuery): Promise<Record<string, string[]>> {
  const tables = await listAppTables(query);
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    const { rows } = await query(`select row_to_json(x)::text as r from ${quoted} x order by 1`);
    result[table] = rows.map((r) => String(r.r));
  }
  return result;
}

describe('a backup of a database with data in every feature', () => {
  it('restores into an empty database with every row of every table equal', async () => {
    const source = await everyRow(sourceQuery);
    // Each feature's own tables hold rows, so the comparison below is about real data, not empty tables.
    for (const table of [
      'users',
      'sessions',
      'careers',
      'assessments',
      'match_dismissals',
      'guides',
      'guide_comments',
      'resilience_checkins',
      'resilience_journal_entries',
      'resilience_settings',
      'organizations',
      'opportunities',
      'opportunity_applications',
      'saved_opportunities',
      'rule_sets',
      'plans',
      'hours_entries',
      'hours_supervisions',
      'account_tokens',
      'mail_outbox',
    ]) {
      expect(source[table]?.length ?? 0, `${table} has rows`).toBeGreaterThan(0);
    }
    const { bytes } = await backupDatabase(t.db.db);
    const target = await emptyTarget();
    await restoreDatabase(target, bytes, { force: false });
    const restored = await onTarget(target, everyRow);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(source).sort());
    for (const table of Object.keys(source)) expect(restored[table], table).toEqual(source[table]);
  });
});

describe('a backup taken while the server writes', () => {
  it('restores to a consistent state: no transaction is half there', async () => {
    // Each write is one transaction that adds a row to two tables with a pause in between; a backup that caught a
    // transaction half done would restore a first row without its second.
    await t.db.db.execute(sql`create table backup_probe_a (id integer primary key)`);
    await t.db.db.execute(sql`create table backup_probe_b (id integer primary key references backup_probe_a (id))`);
    let next = 0;
    let isWriting = true;
    const writer = (async () => {
      while (isWriting) {
        const id = ++next;
        await t.db.db.transaction(async (tx) => {
          await tx.execute(sql`insert into backup_probe_a (id) values (${id})`);
          await sleep(2);
          await tx.execute(sql`insert into backup_probe_b (id) values (${id})`);
        });
      }
    })();
    try {
      await sleep(50);
      const { bytes } = await backupDatabase(t.db.db);
      await sleep(20);
      isWriting = false;
      await writer;
      const target = await emptyTarget();
      await restoreDatabase(target, bytes, { force: false });
      const counts = await onTarget(target, async (q) => ({
        a: Number((await q('select count(*)::int as n from backup_probe_a')).rows[0]?.n),
        b: Number((await q('select count(*)::int as n from backup_probe_b')).rows[0]?.n),
        orphans: Number(
          (
            await q(
              'select count(*)::int as n from backup_probe_a a where not exists (select 1 from backup_probe_b b where b.id = a.id)',
            )
          ).rows[0]?.n,
        ),
      }));
      expect(counts.a).toBeGreaterThan(0);
      expect(counts.orphans).toBe(0);
      expect(counts.b).toBe(counts.a);
      // The writer kept going during and after the backup: the backup is a moment, not the end state.
      const live = Number((await sourceQuery('select count(*)::int as n from backup_probe_a')).rows[0]?.n);
      expect(live).toBeGreaterThan(counts.a);
    } finally {
      isWriting = false;
      await writer;
      await t.db.db.execute(sql`drop table backup_probe_b`);
      await t.db.db.execute(sql`drop table backup_probe_a`);
    }
  });
});
