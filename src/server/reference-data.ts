import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './db/client.js';
import { meta } from './db/schema/core.js';
import { PROJECT_ROOT } from './project-root.js';

/** The product's shipped reference data (catalog, rules, instruments, guides): read from /data, never from elsewhere. */
export const DATA_DIR = path.join(PROJECT_ROOT, 'data');

export function readDataFile(relativePath: string): string {
  return fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
}

export function readDataJson(relativePath: string): unknown {
  return JSON.parse(readDataFile(relativePath));
}

export function hashContents(contents: string[]): string {
  const hash = createHash('sha256');
  for (const c of contents) hash.update(c).update('\0');
  return hash.digest('hex');
}

/*
 * Every kind of shipped reference data loads the same way: hash the shipped files, compare with the hash stored
 * in `meta` under the loader's key, and when they differ reload everything in one transaction that ends by storing
 * the new hash. Several processes may start at once (replicas on one PostgreSQL): the reloading transaction first
 * takes a transaction-level advisory lock, which PostgreSQL frees at commit or rollback (so it is safe behind
 * PgBouncer in transaction mode, unlike a session lock), and then compares again: whoever waited finds the data
 * loaded and does nothing. On PGlite one process holds the data folder anyway and the lock is free.
 */

// Any constant shared by every Vocare process; "vocare" in ASCII.
const REFERENCE_DATA_LOCK = 0x766f63617265;

async function storedHash(db: DbOrTx, key: string): Promise<string | undefined> {
  const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, key));
  return rows[0]?.value;
}

export type ReloadOutcome<T> = { loaded: false } | { loaded: true; result: T };

/** Runs `reload` (in one transaction, under the reference-data lock) when `contents` changed since the last load. */
export async function reloadWhenChanged<T>(
  db: DbOrTx,
  key: string,
  contents: readonly string[],
  reload: (tx: DbOrTx) => Promise<T>,
): Promise<ReloadOutcome<T>> {
  const hash = hashContents([...contents]);
  // The usual start: nothing changed, no lock taken.
  if ((await storedHash(db, key)) === hash) return { loaded: false };
  return db.transaction(async (tx): Promise<ReloadOutcome<T>> => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFERENCE_DATA_LOCK})`);
    if ((await storedHash(tx, key)) === hash) return { loaded: false };
    const result = await reload(tx);
    await tx
      .insert(meta)
      .values({ key, value: hash })
      .onConflictDoUpdate({ target: meta.key, set: { value: hash, updatedAt: new Date() } });
    return { loaded: true, result };
  });
}
