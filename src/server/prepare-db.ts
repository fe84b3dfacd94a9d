import type { Db, DbHandle } from './db/client.js';
import { migrateDb } from './db/migrate.js';
import { seedDemoData } from './demo/seed-demo.js';
import { SERVER_FEATURES } from './features.js';

/**
 * Loads every feature's shipped reference data (catalog, guides, instruments, places, rules) in manifest order:
 * the catalog comes first because guides name careers and the guides loader checks that they exist.
 */
export async function loadReferenceData(db: Db): Promise<void> {
  for (const feature of SERVER_FEATURES) await feature.loadReferenceData?.(db);
}

/** Everything a database needs before the app serves it: migrations, reference data, demo data if asked. */
export async function prepareDb(handle: DbHandle, options: { demo: boolean }): Promise<void> {
  await migrateDb(handle);
  await loadReferenceData(handle.db);
  if (options.demo) await seedDemoData(handle.db);
}
