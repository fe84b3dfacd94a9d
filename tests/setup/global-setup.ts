import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres, wrapPglite } from '#server/db/client.js';
import { migrateDb } from '#server/db/migrate.js';
import { loadReferenceData } from '#server/prepare-db.js';
import { hasPgBouncer, startPgBouncer } from './pgbouncer.js';
import { databaseUrlFor, testDatabaseUrl } from './test-db-config.js';

// Per run, not per machine: two runs side by side never touch each other's databases.
const RUN_ID = `${process.pid}_${Date.now().toString(36)}`;
export const TEST_DB_PREFIX = 'vocare_test_';

/** Migrates and loads the catalog once per project; every test file then starts from a copy of that template. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.name === 'postgres') return setupPostgres(project);
  if (project.name === 'pgbouncer') {
    // The PostgreSQL pass of the integration suite (ADR 0033). Where PgBouncer cannot be installed, `npm test` still
    // runs that suite, straight to PostgreSQL and under a banner; CI refuses to run without it (scripts/test.mjs).
    if (!hasPgBouncer()) console.warn('PgBouncer missing: the pgbouncer project connects to PostgreSQL directly.');
    return setupPostgres(project, { viaPgBouncer: hasPgBouncer() });
  }
  return setupPglite(project);
}

async function setupPglite(project: TestProject): Promise<() => Promise<void>> {
  const client = await PGlite.create();
  const handle = wrapPglite(client, 'memory://template');
  await migrateDb(handle);
  await loadReferenceData(handle.db);
  const dump = await client.dumpDataDir('none');
  const file = path.join(os.tmpdir(), `vocare-pglite-template-${RUN_ID}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('dbKind', 'pglite');
  project.provide('pgliteTemplateFile', file);
  return async () => fs.rmSync(file, { force: true });
}

/**
 * Every file gets a copy of a migrated template database. With `viaPgBouncer` the app and the CLI reach their copy
 * through PgBouncer in transaction pooling mode (a PgBouncer of this run's own, on a loopback port), as in the
 * production topology (ADR 0019); creating and dropping databases goes straight to the server, as a copy needs a
 * template nobody is connected to.
 */
async function setupPostgres(
  project: TestProject,
  options: { viaPgBouncer?: boolean } = {},
): Promise<() => Promise<void>> {
  const baseUrl = testDatabaseUrl();
  const template = `${TEST_DB_PREFIX}${RUN_ID}_tpl`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect().catch((err: Error) => {
    throw new Error(`PostgreSQL test server unreachable at ${baseUrl}: ${err.message}`);
  });
  await admin.query(`create database "${template}"`);
  const handle = await openPostgres(databaseUrlFor(baseUrl, template), 2);
  await migrateDb(handle);
  await loadReferenceData(handle.db);
  await handle.close();
  project.provide('dbKind', 'postgres');
  project.provide('postgresTemplate', template);
  project.provide('postgresBaseUrl', baseUrl);
  const bouncer = options.viaPgBouncer ? await startPgBouncer(baseUrl) : null;
  project.provide('postgresAppBaseUrl', bouncer ? bouncer.via(baseUrl) : baseUrl);
  return async () => {
    await bouncer?.stop();
    // Drop the template and any per-file database a crashed test left behind.
    const leftovers = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${TEST_DB_PREFIX}${RUN_ID}%`,
    ]);
    for (const { datname } of leftovers.rows) {
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.end();
  };
}
