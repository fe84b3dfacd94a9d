import type { DbHandle } from './db/client.js';
import { migrateDb } from './db/migrate.js';
import { seedDemoData } from './demo/seed-demo.js';
import { ensureCatalogLoaded } from './features/careers/careers.catalog.js';

/** Everything a database needs before the app serves it: migrations, shipped reference data, demo data if asked. */
export async function prepareDb(handle: DbHandle, options: { demo: boolean }): Promise<void> {
  await migrateDb(handle);
  await ensureCatalogLoaded(handle.db);
  if (options.demo) await seedDemoData(handle.db);
}
