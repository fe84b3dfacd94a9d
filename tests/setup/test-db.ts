import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type DbHandle, openPostgres, wrapPglite } from '#server/db/client.js';
import { databaseUrlFor } from './test-db-config.js';

export interface TestDb extends DbHandle {
  /** The PostgreSQL URL of this copy (postgres only), for CLI runs against the same data. */
  url: string | null;
}

/** A fresh copy of the migrated, catalog-loaded template database for one test file. */
export async function createTestDb(): Promise<TestDb> {
  if (inject('dbKind') === 'postgres') {
    const baseUrl = inject('postgresBaseUrl');
    const name = `${inject('postgresTemplate').replace(/_tpl$/, '')}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database "${name}" template "${inject('postgresTemplate')}"`);
    const url = databaseUrlFor(inject('postgresAppBaseUrl'), name);
    const handle = await openPostgres(url, 4);
    return {
      ...handle,
      url,
      close: async () => {
        await handle.close();
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteTemplateFile'));
  const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return { ...wrapPglite(client, 'memory://test'), url: null };
}

/**
 * Fills an empty folder with a copy of the migrated, catalog-loaded template, for a `vocare` run on the embedded
 * database: the CLI then starts where a prepared server would, instead of migrating and loading the catalog
 * (about 8 s) in every test file. Returns the folder.
 */
export async function seedPgliteDataDir(dir: string): Promise<string> {
  const dump = fs.readFileSync(inject('pgliteTemplateFile'));
  const client = await PGlite.create(dir, { loadDataDir: new Blob([dump]) });
  await client.close();
  return dir;
}
