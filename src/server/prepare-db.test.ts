import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createTestDb } from '#tests/setup/test-db.js';
import { databaseUrlFor } from '#tests/setup/test-db-config.js';
import { type DbHandle, openPostgres } from './db/client.js';
import { migrateDb } from './db/migrate.js';
import { ensurePlacesLoaded } from './features/board/places.loader.js';
import { readGuideFiles } from './features/guides/guides.loader.js';
import { ensureRuleSetsLoaded } from './features/licensure/licensure.loader.js';
import { readInstrumentFiles } from './features/resilience/resilience.loader.js';
import { loadReferenceData } from './prepare-db.js';
import { readDataJson } from './reference-data.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * Two handles on one database with no reference data loaded, as two processes starting at once would have: on
 * PostgreSQL two connection pools on a fresh, migrated database; on PGlite (one process holds the folder) the one
 * instance, on a copy of the template whose stored hashes are gone, as after an upgrade that changes every file.
 */
async function twoHandlesOnAnEmptyDatabase(): Promise<[DbHandle, DbHandle]> {
  if (inject('dbKind') === 'pglite') {
    const handle = await createTestDb();
    cleanups.push(() => handle.close());
    // The catalog stays loaded: reloading it on PGlite takes most of a minute and proves nothing more here.
    await handle.db.execute(sql`delete from meta where key like '%version' and key <> 'catalog-version'`);
    return [handle, handle];
  }
  const baseUrl = inject('postgresBaseUrl');
  const name = `${inject('postgresTemplate').replace(/_tpl$/, '')}_ref_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  // The app's way in: straight to the server, or through PgBouncer in the pgbouncer project.
  const appUrl = databaseUrlFor(inject('postgresAppBaseUrl'), name);
  const first = await openPostgres(appUrl, 4);
  cleanups.push(() => first.close());
  await migrateDb(first);
  const second = await openPostgres(appUrl, 4);
  cleanups.push(() => second.close());
  return [first, second];
}

async function count(handle: DbHandle, query: ReturnType<typeof sql>): Promise<number> {
  const result = (await handle.db.execute(query)) as unknown as { rows: { n: number | string }[] };
  return Number(result.rows[0]?.n);
}

describe('loadReferenceData', () => {
  it('two processes loading at once both succeed and leave one copy of the data', async () => {
    const [a, b] = await twoHandlesOnAnEmptyDatabase();
    await Promise.all([loadReferenceData(a.db), loadReferenceData(b.db)]);

    const places = (readDataJson('places/us-cities.json') as { places: unknown[] }).places.length;
    const rules = (readDataJson('licensure/rules.json') as unknown[]).length;
    expect(places).toBeGreaterThan(0);
    expect(await count(a, sql`select count(*) as n from board_places`)).toBe(places);
    // One rule set row per shipped rule set and one version per shipped version (the latest, and the earlier
    // versions of the law kept in earlier-versions.json): a second load would have made more.
    const earlier = (readDataJson('licensure/earlier-versions.json') as unknown[]).length;
    expect(earlier).toBeGreaterThan(0);
    expect(await count(a, sql`select count(*) as n from rule_sets`)).toBe(rules);
    expect(await count(a, sql`select count(*) as n from rule_set_versions`)).toBe(rules + earlier);
    expect(await count(a, sql`select count(*) as n from guides where origin = 'repository'`)).toBe(
      readGuideFiles().length,
    );
    expect(await count(a, sql`select count(*) as n from resilience_instruments where is_shipped`)).toBe(
      readInstrumentFiles().instruments.length,
    );
    expect(await count(a, sql`select count(*) as n from careers`)).toBeGreaterThan(0);

    // A third start finds everything loaded and changes nothing.
    const before = await count(a, sql`select count(*) as n from rule_set_versions`);
    await loadReferenceData(b.db);
    expect(await count(a, sql`select count(*) as n from rule_set_versions`)).toBe(before);
  });

  it('under the lock, the process that waited finds the data loaded and does not load it again', async () => {
    const [a, b] = await twoHandlesOnAnEmptyDatabase();
    const places = await Promise.all([ensurePlacesLoaded(a.db), ensurePlacesLoaded(b.db)]);
    expect(places.map((p) => p.loaded).sort()).toEqual([false, true]);
    const rules = await Promise.all([ensureRuleSetsLoaded(a.db), ensureRuleSetsLoaded(b.db)]);
    expect(rules.map((r) => r.loaded).sort()).toEqual([false, true]);
    // The one that loaded went through every shipped rule set once.
    const outcomes: Record<string, number> = rules.find((r) => r.loaded)?.outcomes ?? {};
    expect(Object.values(outcomes).reduce((sum, n) => sum + n, 0)).toBe(
      (readDataJson('licensure/rules.json') as unknown[]).length,
    );
  });
});
