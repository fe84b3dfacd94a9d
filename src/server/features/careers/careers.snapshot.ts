import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Career } from '#contracts/careers.js';
import type { DbOrTx } from '#server/db/client.js';
import { meta } from '#server/db/schema/core.js';
import { listAllCareers } from './careers.repository.js';

const REVISION_KEY = 'catalog-revision';

/** Marks the catalog as changed; call inside the transaction that changes careers rows. */
export async function bumpCatalogRevision(db: DbOrTx): Promise<void> {
  const value = randomUUID();
  await db
    .insert(meta)
    .values({ key: REVISION_KEY, value })
    .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: new Date() } });
}

interface Snapshot {
  revision: string;
  all: readonly Career[];
  curated: readonly Career[];
}

// Ranking reads the whole catalog (about 1,050 rows), which costs far more than ranking it. The copy is
// checked against the revision row on every call, so a change made by any process (import, reload) is seen
// at once: this is a cache of shared data, not state of its own. Keyed by database handle for tests.
const snapshots = new WeakMap<object, Snapshot>();

/** The whole catalog, read from the database only when its revision changed since the last call. */
export async function getCatalogSnapshot(db: DbOrTx): Promise<{ all: readonly Career[]; curated: readonly Career[] }> {
  const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, REVISION_KEY));
  const revision = rows[0]?.value ?? 'none';
  const cached = snapshots.get(db);
  if (cached && cached.revision === revision) return cached;
  const all = await listAllCareers(db, { curatedOnly: false });
  const snapshot = { revision, all, curated: all.filter((c) => c.curated) };
  snapshots.set(db, snapshot);
  return snapshot;
}
