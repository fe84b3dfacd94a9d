import type { Db, DbHandle } from './db/client.js';
import { migrateDb } from './db/migrate.js';
import { seedDemoData } from './demo/seed-demo.js';
import { ensurePlacesLoaded } from './features/board/places.loader.js';
import { ensureCatalogLoaded } from './features/careers/careers.catalog.js';
import { ensureGuidesLoaded } from './features/guides/guides.loader.js';
import { ensureRuleSetsLoaded } from './features/licensure/licensure.loader.js';
import { ensureInstrumentsLoaded } from './features/resilience/resilience.loader.js';

/** Loads every kind of shipped reference data (catalog, rules, guides, instruments); each loader skips unchanged data. */
export async function loadReferenceData(db: Db): Promise<void> {
  await ensureCatalogLoaded(db);
  // After the catalog: guides name careers, and the loader checks that they exist.
  await ensureGuidesLoaded(db);
  await ensureInstrumentsLoaded(db);
  await ensurePlacesLoaded(db);
  await ensureRuleSetsLoaded(db);
}

/** Everything a database needs before the app serves it: migrations, reference data, demo data if asked. */
export async function prepareDb(handle: DbHandle, options: { demo: boolean }): Promise<void> {
  await migrateDb(handle);
  await loadReferenceData(handle.db);
  if (options.demo) await seedDemoData(handle.db);
}
