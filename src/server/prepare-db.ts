import type { Db, DbHandle } from './db/client.js';
import { migrateDb } from './db/migrate.js';
import { seedDemoData } from './demo/seed-demo.js';
import { ensureCatalogLoaded } from './features/careers/careers.catalog.js';

/** Loads every kind of shipped reference data (catalog, rules, guides, instruments); each loader skips unchanged data. */
export async function loadReferenceData(db: Db): Promise<void> {
  await ensureCatalogLoaded(db);
}

/** Everything a database needs before the app serves it: migrations, reference data, demo data if asked. */
export async function prepareDb(handle: DbHandle, options: { demo: boolean }): Promise<void> {
  await migrateDb(handle);
  await loadReferenceData(handle.db);
  if (options.demo) await seedDemoData(handle.db);
}
