import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { PROJECT_ROOT } from '../project-root.js';
import type { DbHandle } from './client.js';

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'migrations');

// Any constant works; it only has to be the same in every process of the app.
const MIGRATION_LOCK_ID = 424_242;

/** Migration files in order: `NNNN_name.sql`, forward-only, never edited once landed. */
export function listMigrationFiles(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f))
    .sort();
}

/**
 * Applies pending migrations, each in its own transaction with its bookkeeping row, so a failing
 * file leaves the database as it was. On PostgreSQL an advisory lock keeps processes starting
 * together in line (PGlite has one process per folder by construction).
 */
export async function migrateDb(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied: string[] = [];
  if (handle.kind === 'postgres') await handle.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
  try {
    await handle.db.execute(
      sql`create table if not exists vocare_migrations (name text primary key, applied_at timestamptz not null default now())`,
    );
    const done = await handle.db.execute(sql`select name from vocare_migrations`);
    const doneNames = new Set((done as unknown as { rows: { name: string }[] }).rows.map((r) => r.name));
    for (const file of listMigrationFiles(dir)) {
      if (doneNames.has(file)) continue;
      const script = fs.readFileSync(path.join(dir, file), 'utf8').replaceAll('--> statement-breakpoint', '');
      await handle.execScript(`${script}\n;\ninsert into vocare_migrations (name) values ('${file}');`);
      applied.push(file);
    }
  } finally {
    if (handle.kind === 'postgres') await handle.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
  }
  return applied;
}
