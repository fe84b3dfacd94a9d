import type { Career } from '#contracts/careers.js';
import type { DbOrTx } from '#server/db/client.js';

/**
 * The catalog link: every career and the curated ones, as ranking needs them. The careers feature implements it
 * with its per-process snapshot (`careers/catalog.adapter.ts`); the manifest, the CLI and the bench wire it.
 */
export type CatalogSnapshotOf = (db: DbOrTx) => Promise<{ all: readonly Career[]; curated: readonly Career[] }>;
