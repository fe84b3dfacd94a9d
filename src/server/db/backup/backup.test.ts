import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '#server/app.js';
import { openPglite } from '#server/db/client.js';
import { migrateDb } from '#server/db/migrate.js';
import { testEnv } from '#server/env.js';
import { signedInClient } from '#tests/factories/users.js';
import { runCli } from '#tests/setup/run-cli.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { databaseUrlFor } from '#tests/setup/test-db-config.js';
import { decodeBackup, encodeBackup } from './backup-file.js';
import { backupDatabase, restoreDatabase, writeAdminToken } from './backup-service.js';
import { countRows, type RunQuery } from './database-facts.js';
import { pgdataPath } from './pglite-backup.js';
import { RestoreRefusedError } from './restore-errors.js';

let t: TestApp;
let dir: string;
const isPostgres = inject('dbKind') === 'postgres';
const extraDatabases: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-backup-'));
  // Some personal data beyond the reference catalog.
  await signedInClient(t.app, t.db.db, ['trainee'], { displayName: 'Backed Up Person' });
  await signedInClient(t.app, t.db.db, ['supervisor']);
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

/** An empty restore target: a new PostgreSQL database, or a new data folder. */
async function emptyTarget(): Promise<{ databaseUrl?: string; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(dir, 'target-'));
  if (!isPostgres) return { dataDir };
  const name = `${inject('postgresTemplate').replace(/_tpl$/, '')}_restore_${extraDatabases.length}`;
  const admin = new pg.Client({ connectionString: inject('postgresBaseUrl') });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  extraDatabases.push(name);
  return { databaseUrl: databaseUrlFor(inject('postgresBaseUrl'), name), dataDir };
}

/** Runs `fn` with a plain query function on the restore target. */
async function onTarget<T>(target: { databaseUrl?: string; dataDir: string }, fn: (q: RunQuery) => Promise<T>) {
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

describe('backup and restore', () => {
  it('round-trips every table: the restored row counts and rows equal the source', async () => {
    const { bytes, manifest } = await backupDatabase(t.db.db);
    expect(manifest.format).toBe(isPostgres ? 'pg_dump-custom' : 'pglite-datadir-tar-gz');
    expect(manifest.migrations.at(-1)).toMatch(/^\d{4}_/);
    expect(manifest.rowCounts.users).toBeGreaterThanOrEqual(2);
    const target = await emptyTarget();
    await restoreDatabase(target, bytes, { force: false });
    const sourceCounts = await countRows(sourceQuery);
    const restored = await onTarget(target, async (q) => ({
      counts: await countRows(q),
      users: (await q('select id, email, display_name, password_hash from users order by id')).rows,
      migrations: (await q('select name from vocare_migrations order by name')).rows,
    }));
    expect(restored.counts).toEqual(sourceCounts);
    expect(restored.users).toEqual(
      (await sourceQuery('select id, email, display_name, password_hash from users order by id')).rows,
    );
    expect(restored.users.map((u) => u.display_name)).toContain('Backed Up Person');
    expect(restored.migrations.map((m) => m.name)).toEqual(manifest.migrations);
  });

  it('refuses a non-empty database without --force, and replaces it with --force', async () => {
    const { bytes } = await backupDatabase(t.db.db);
    const target = await emptyTarget();
    await restoreDatabase(target, bytes, { force: false });
    await expect(restoreDatabase(target, bytes, { force: false })).rejects.toThrow(/--force/);
    const result = await restoreDatabase(target, bytes, { force: true });
    if (!isPostgres) expect(result.movedAside && fs.existsSync(result.movedAside)).toBe(true);
    expect(await onTarget(target, countRows)).toEqual(await countRows(sourceQuery));
  });

  it('refuses a backup from a newer migration level, naming the migration', async () => {
    const { bytes } = await backupDatabase(t.db.db);
    const { manifest, payload } = decodeBackup(bytes);
    const newer = encodeBackup(
      { ...manifest, migrations: [...manifest.migrations, '9999_from_the_future.sql'] },
      payload,
    );
    const target = await emptyTarget();
    const attempt = restoreDatabase(target, newer, { force: true });
    await expect(attempt).rejects.toThrow(RestoreRefusedError);
    await expect(attempt).rejects.toThrow(/newer Vocare.*9999_from_the_future\.sql/);
  });

  it('refuses a file that is not a backup, and a backup meant for the other database', async () => {
    await expect(restoreDatabase({ dataDir: dir }, Buffer.from('hello'), { force: false })).rejects.toThrow(
      /not a Vocare backup/,
    );
    const { bytes } = await backupDatabase(t.db.db);
    const wrong = isPostgres ? { dataDir: dir } : { databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: dir };
    await expect(restoreDatabase(wrong, bytes, { force: true })).rejects.toThrow(RestoreRefusedError);
  });
});

describe('GET /api/admin/backup', () => {
  it('is for admins only: anonymous 401, other roles 403', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/backup' })).statusCode).toBe(401);
    for (const role of ['trainee', 'supervisor', 'organization'] as const) {
      const { client } = await signedInClient(t.app, t.db.db, [role]);
      const response = await client.get('/api/admin/backup');
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
  });

  it('gives an admin the whole database as a backup file', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['admin']);
    const response = await client.get('/api/admin/backup');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="vocare-backup-.*"/);
    const { manifest } = decodeBackup(response.rawPayload);
    expect(manifest.rowCounts).toEqual(await countRows(sourceQuery));
  });

  it('has no loopback route without a token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/internal/backup' });
    expect(response.statusCode).toBe(404);
  });
});

describe('vocare db backup while a server holds the data folder', () => {
  it('goes through the server (loopback + token), and restore refuses while it runs', async () => {
    const dataDir = fs.mkdtempSync(path.join(dir, 'served-'));
    const handle = await openPglite(dataDir, 'vocare server (test)');
    await migrateDb(handle);
    const token = writeAdminToken(dataDir);
    expect(fs.statSync(path.join(dataDir, 'admin-token')).mode & 0o777).toBe(0o600);
    const app = await buildApp({
      env: testEnv({ VOCARE_WEB_DIR: '/nonexistent' }),
      db: handle.db,
      dbKind: 'pglite',
      adminToken: token,
    });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      handle.lock?.setUrl(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      const wrongToken = await app.inject({
        method: 'GET',
        url: '/api/internal/backup',
        headers: { 'x-vocare-admin-token': 'nope' },
      });
      expect(wrongToken.statusCode).toBe(403);
      const notLoopback = await app.inject({
        method: 'GET',
        url: '/api/internal/backup',
        headers: { 'x-vocare-admin-token': token },
        remoteAddress: '10.0.0.9',
      });
      expect(notLoopback.statusCode).toBe(403);

      const file = path.join(dir, 'served.vocare-backup');
      const run = await runCli(['db', 'backup', file], { VOCARE_DATA_DIR: dataDir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/from the running server at http:\/\/127\.0\.0\.1:\d+/);
      const { manifest } = decodeBackup(fs.readFileSync(file));
      expect(manifest.migrations.length).toBeGreaterThan(0);

      const restore = await runCli(['db', 'restore', file, '--force'], { VOCARE_DATA_DIR: dataDir });
      expect(restore.code).toBe(2);
      expect(restore.stderr).toMatch(/Cannot restore while the data folder is in use/);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
