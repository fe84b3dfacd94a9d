import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type DbHandle, openPostgres } from '#server/db/client.js';
import { listMigrationFiles, migrateDb } from '#server/db/migrate.js';
import { databaseUrlFor } from '../setup/test-db-config.js';

// Two processes migrating one fresh database at once (app replicas starting together). Runs in the postgres
// project and, through PgBouncer in transaction pooling mode, in the pgbouncer project: there a session advisory
// lock and its unlock, sent as two pooled queries, could land on two server connections and stay held.
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function freshDatabase(): Promise<{ name: string; admin: pg.Client; appUrl: string }> {
  const name = `${inject('postgresTemplate').replace(/_tpl$/, '')}_mig_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('postgresBaseUrl') });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return { name, admin, appUrl: databaseUrlFor(inject('postgresAppBaseUrl'), name) };
}

async function open(url: string): Promise<DbHandle> {
  const handle = await openPostgres(url, 3);
  cleanups.push(() => handle.close());
  return handle;
}

describe('two migrators at once', () => {
  it('apply every file exactly once, in order, and leave no advisory lock held', async () => {
    const { name, admin, appUrl } = await freshDatabase();
    const [a, b, c] = await Promise.all([open(appUrl), open(appUrl), open(appUrl)]);
    const runs = await Promise.all([migrateDb(a), migrateDb(b), migrateDb(c)]);

    const files = listMigrationFiles();
    expect(runs.flat().sort()).toEqual(files);
    for (const run of runs) expect(run).toEqual([...run].sort());
    const db = new pg.Client({ connectionString: databaseUrlFor(inject('postgresBaseUrl'), name) });
    await db.connect();
    try {
      const rows = await db.query<{ name: string }>('select name from vocare_migrations order by applied_at, name');
      expect(rows.rows.map((r) => r.name)).toEqual(files);
    } finally {
      await db.end();
    }
    // Every lock ended with its transaction: none is left on any server connection (PgBouncer keeps them open).
    const locks = await admin.query<{ n: string }>(
      `select count(*) as n from pg_locks l join pg_database d on d.oid = l.database
       where l.locktype = 'advisory' and d.datname = $1`,
      [name],
    );
    expect(Number(locks.rows[0]?.n)).toBe(0);
    // And a later run finds nothing to do without waiting on a lock nobody releases.
    expect(await migrateDb(a)).toEqual([]);
  });
});
