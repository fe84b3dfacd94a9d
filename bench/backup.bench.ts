import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { backupDatabase, restoreDatabase } from '#server/db/backup/backup-service.js';
import { takeSnapshot } from '#server/db/backup/snapshots.js';
import { type DbHandle, openPostgres } from '#server/db/client.js';
import { prepareDb } from '#server/prepare-db.js';
import { ensureUser } from '#server/users/users.service.js';
import { type BenchResult, openBenchDb, round } from './bench-kit.js';

const ENTRIES = 100_000;
const NOTE = `${ENTRIES.toLocaleString('en-US')} hours entries on top of the catalog`;

/** One trainee with ENTRIES hours entries, written by the database itself (the bench measures backups, not inserts). */
async function fillHours(handle: DbHandle): Promise<void> {
  const user = await ensureUser(handle.db, {
    email: 'bench-backup@example.test',
    password: 'bench-password-123',
    displayName: 'Bench Backup',
    roles: ['trainee'],
  });
  await handle.db.execute(sql`
    insert into hours_entries (user_id, entry_date, minutes, category, site, supervisor_name, note)
    select ${user.id}::uuid, date '2020-01-01' + (g / 40), 15 * (1 + g % 16),
      (array['direct', 'indirect', 'supervision-individual', 'supervision-group'])[1 + g % 4],
      'Community Clinic ' || (g % 7), 'Dr. Rivera', 'session block ' || g
    from generate_series(1, ${ENTRIES}) g`);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

async function benchEmbedded(results: BenchResult[]): Promise<void> {
  const { handle, cleanup } = await openBenchDb();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-bench-backup-'));
  try {
    await fillHours(handle);
    const backup = await timed(() => backupDatabase(handle.db));
    const file = backup.value.bytes;
    results.push({ name: 'backup.pglite.backup', value: round(backup.ms, 0), unit: 'ms', note: NOTE });
    results.push({ name: 'backup.pglite.file-size', value: round(file.length / 1_048_576, 1), unit: 'MiB' });
    const restore = await timed(() => restoreDatabase({ dataDir: path.join(dir, 'restored') }, file, { force: false }));
    results.push({
      name: 'backup.pglite.restore',
      value: round(restore.ms, 0),
      unit: 'ms',
      note: `${NOTE}; includes opening the restored folder and checking every table's row count`,
    });
    const client = (handle.db as unknown as { $client: Parameters<typeof takeSnapshot>[0] }).$client;
    const snapshot = await takeSnapshot(client, { dir: path.join(dir, 'snapshots'), keep: 1, now: () => new Date() });
    results.push({
      name: 'backup.pglite.snapshot-blocked',
      value: round(snapshot.blockedMs, 0),
      unit: 'ms',
      note: 'how long a running server answers no query while an automatic snapshot is taken',
    });
    results.push({
      name: 'backup.pglite.snapshot-total',
      value: round(snapshot.totalMs, 0),
      unit: 'ms',
      note: 'snapshot written and verified (opened again, row counts compared)',
    });
  } finally {
    await cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(results: BenchResult[], baseUrl: string): Promise<void> {
  const stamp = `${process.pid}_${Date.now()}`;
  const names = [`vocare_bench_backup_${stamp}`, `vocare_bench_restore_${stamp}`];
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const urlOf = (name: string) => {
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  let handle: DbHandle | null = null;
  try {
    for (const name of names) await admin.query(`create database "${name}"`);
    handle = await openPostgres(urlOf(names[0] as string));
    await prepareDb(handle, { demo: false });
    await fillHours(handle);
    const backup = await timed(() => backupDatabase((handle as DbHandle).db));
    results.push({ name: 'backup.postgres.backup', value: round(backup.ms, 0), unit: 'ms', note: `pg_dump; ${NOTE}` });
    results.push({
      name: 'backup.postgres.file-size',
      value: round(backup.value.bytes.length / 1_048_576, 1),
      unit: 'MiB',
    });
    const restore = await timed(() =>
      restoreDatabase({ databaseUrl: urlOf(names[1] as string), dataDir: os.tmpdir() }, backup.value.bytes, {
        force: false,
      }),
    );
    results.push({
      name: 'backup.postgres.restore',
      value: round(restore.ms, 0),
      unit: 'ms',
      note: `pg_restore; ${NOTE}`,
    });
  } finally {
    await handle?.close();
    for (const name of names) await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

/** `npm run bench backup`: backup and restore of a database with 100,000 hours entries, on both databases. */
export async function benchBackup(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await benchEmbedded(results);
  const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  try {
    await benchPostgres(results, baseUrl);
  } catch (err) {
    results.push({
      name: 'backup.postgres',
      value: Number.NaN,
      unit: 'ms',
      note: `NOT RUN: ${(err as Error).message}`,
    });
  }
  return results;
}
