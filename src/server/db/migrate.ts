import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';
import type { DbHandle, ScriptTransaction } from './client.js';

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
 * Applies pending migrations, each in its own transaction with its bookkeeping row, so a failing file leaves the
 * database as it was. On PostgreSQL each of those transactions first takes a transaction-level advisory lock and
 * then looks again at what is applied: processes starting together apply each file once, in order. The lock ends
 * with its transaction, on the connection that took it: a session lock and its unlock sent as two pooled queries
 * could land on two server connections behind PgBouncer's transaction pooling, and the lock would stay held.
 * (PGlite has one process per folder by construction.)
 */
export async function migrateDb(handle: DbHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  const lock = async (tx: ScriptTransaction) => {
    if (handle.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
  };
  await handle.scriptTransaction(async (tx) => {
    await lock(tx);
    await tx.exec(
      `create table if not exists vocare_migrations (name text primary key, applied_at timestamptz not null default now());
      -- The runner's own bookkeeping, not a migration: databases migrated before checksums existed get the column
      -- here and their rows are filled in from the files as they are now.
      alter table vocare_migrations add column if not exists checksum text;`,
    );
  });
  const applied: string[] = [];
  for (const file of listMigrationFiles(dir)) {
    const script = fs.readFileSync(path.join(dir, file), 'utf8');
    const checksum = migrationChecksum(script);
    await handle.scriptTransaction(async (tx) => {
      await lock(tx);
      const [row] = await tx.query<{ checksum: string | null }>(
        'select checksum from vocare_migrations where name = $1',
        [file],
      );
      if (row) {
        if (row.checksum === null) {
          await tx.query('update vocare_migrations set checksum = $1 where name = $2', [checksum, file]);
        } else if (row.checksum !== checksum) {
          throw new Error(
            `Migration ${file} was edited after it was applied to this database (checksum ${row.checksum.slice(0, 12)} ` +
              `then, ${checksum.slice(0, 12)} now). Migrations are forward-only: restore the file as it was and ` +
              'put the change in a new migration.',
          );
        }
        return;
      }
      await tx.exec(script.replaceAll('--> statement-breakpoint', ''));
      await tx.query('insert into vocare_migrations (name, checksum) values ($1, $2)', [file, checksum]);
      applied.push(file);
    });
  }
  return applied;
}
