import { createHash } from 'node:crypto';
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

/** SHA-256 of a migration file, line endings normalised so a checkout with CRLF is not an edit. */
export function migrationChecksum(script: string): string {
  return createHash('sha256').update(script.replaceAll('\r\n', '\n')).digest('hex');
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
    // The runner's own bookkeeping, not a migration: databases migrated before checksums existed get the column
    // here and their rows are filled in from the files as they are now.
    await handle.db.execute(sql`alter table vocare_migrations add column if not exists checksum text`);
    const done = await handle.db.execute(sql`select name, checksum from vocare_migrations`);
    const doneRows = (done as unknown as { rows: { name: string; checksum: string | null }[] }).rows;
    const checksums = new Map(doneRows.map((r) => [r.name, r.checksum]));
    for (const file of listMigrationFiles(dir)) {
      const script = fs.readFileSync(path.join(dir, file), 'utf8');
      const checksum = migrationChecksum(script);
      if (checksums.has(file)) {
        const stored = checksums.get(file);
        if (stored === null || stored === undefined) {
          await handle.db.execute(sql`update vocare_migrations set checksum = ${checksum} where name = ${file}`);
        } else if (stored !== checksum) {
          throw new Error(
            `Migration ${file} was edited after it was applied to this database (checksum ${stored.slice(0, 12)} ` +
              `then, ${checksum.slice(0, 12)} now). Migrations are forward-only: restore the file as it was and ` +
              'put the change in a new migration.',
          );
        }
        continue;
      }
      const body = script.replaceAll('--> statement-breakpoint', '');
      await handle.execScript(
        `${body}\n;\ninsert into vocare_migrations (name, checksum) values ('${file}', '${checksum}');`,
      );
      applied.push(file);
    }
  } finally {
    if (handle.kind === 'postgres') await handle.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
  }
  return applied;
}
