import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Career } from '#contracts/careers.js';
import { buildCatalogIndex, type CatalogIndex } from '#domain/atlas/catalog-search.js';
import type { DbOrTx } from '#server/db/client.js';
import { meta } from '#server/db/schema/core.js';
import { listAllCareers } from './careers.repository.js';

const REVISION_KEY = 'catalog-revision';

/** How long a checked revision is trusted: an import by another process is seen within this time (ADR 0030). */
export const REVISION_TTL_MS = 1000;
/**
 * After a change in this process, every read checks the revision until it reads the one written (the change's
 * commit may lag the call), or for this long at most (a transaction rolled back never shows its revision).
 */
const RECHECK_AFTER_CHANGE_MS = 10_000;
let recheckUntil = 0;
/** The revision this process wrote last, until a read has seen it. */
let awaitedRevision: string | null = null;

/** Marks the catalog as changed; call inside the transaction that changes careers rows. */
export async function bumpCatalogRevision(db: DbOrTx): Promise<void> {
  const value = randomUUID();
  await db
    .insert(meta)
    .values({ key: REVISION_KEY, value })
    .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: new Date() } });
  recheckUntil = performance.now() + RECHECK_AFTER_CHANGE_MS;
  awaitedRevision = value;
}

export interface CatalogSnapshot {
  revision: string;
  all: readonly Career[];
  curated: readonly Career[];
  /** Search, filters and ranking of the atlas, in memory. */
  index: CatalogIndex;
  /** Answers already worked out for this revision (serialized bodies by request), dropped with the snapshot. */
  answers: Map<string, Promise<string>>;
}

interface Cached {
  snapshot: CatalogSnapshot;
  checkedAt: number;
}

// The catalog (about 1,050 rows) changes only on import, and reading it costs far more than searching or ranking
// it. This copy is a cache of shared data, not state of its own: the revision row is read again at most every
// REVISION_TTL_MS (at once after a change made in this process), so an import by any process is seen. Keyed by
// database handle for tests.
const snapshots = new WeakMap<object, Cached>();

async function readRevision(db: DbOrTx): Promise<string> {
  const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, REVISION_KEY));
  return rows[0]?.value ?? 'none';
}

/** The whole catalog and its index, read from the database only when its revision changed. */
export async function getCatalogSnapshot(db: DbOrTx): Promise<CatalogSnapshot> {
  const now = performance.now();
  const cached = snapshots.get(db);
  if (cached && now - cached.checkedAt < REVISION_TTL_MS && now > recheckUntil) return cached.snapshot;
  const revision = await readRevision(db);
  // Once the revision written here is read back, the change is committed and visible: no need to read the
  // revision on every request for the rest of the window (ten seconds of that cost the API most of its throughput
  // after each import or start).
  if (revision === awaitedRevision) {
    awaitedRevision = null;
    recheckUntil = 0;
  }
  if (cached && cached.snapshot.revision === revision) {
    cached.checkedAt = now;
    return cached.snapshot;
  }
  const all = await listAllCareers(db, { curatedOnly: false });
  const snapshot: CatalogSnapshot = {
    revision,
    all,
    curated: all.filter((c) => c.curated),
    index: buildCatalogIndex(all),
    answers: new Map(),
  };
  snapshots.set(db, { snapshot, checkedAt: now });
  return snapshot;
}

const MAX_ANSWERS = 2000;

/**
 * A serialized answer for this catalog revision, worked out once: `GET /api/careers` and friends are pure
 * functions of the request and the catalog. Bounded; the oldest answers go first.
 */
export function rememberAnswer(snapshot: CatalogSnapshot, key: string, make: () => Promise<string>): Promise<string> {
  const known = snapshot.answers.get(key);
  if (known) return known;
  const made = make();
  made.catch(() => snapshot.answers.delete(key));
  if (snapshot.answers.size >= MAX_ANSWERS) {
    const oldest = snapshot.answers.keys().next().value;
    if (oldest !== undefined) snapshot.answers.delete(oldest);
  }
  snapshot.answers.set(key, made);
  return made;
}
