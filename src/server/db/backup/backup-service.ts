import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Db } from '../client.js';
import { type BackupManifest, decodeBackup } from './backup-file.js';
import { unknownMigrations } from './database-facts.js';
import { backupPglite, restorePglite } from './pglite-backup.js';
import { backupPostgres, restorePostgres } from './postgres-backup.js';
import { RestoreRefusedError } from './restore-errors.js';

/** The embedded database's client when `db` runs on it (the drizzle instance keeps its driver in $client). */
export function pgliteClientOf(db: Db): PGlite | null {
  const client = (db as unknown as { $client: unknown }).$client;
  return client instanceof PGlite ? client : null;
}

/** Takes a whole-database backup of what `db` is connected to. */
export async function backupDatabase(db: Db, now?: () => Date): Promise<{ bytes: Buffer; manifest: BackupManifest }> {
  const pglite = pgliteClientOf(db);
  if (pglite) return backupPglite(pglite, now);
  const client = (db as unknown as { $client: unknown }).$client;
  const url = (client as pg.Pool).options?.connectionString;
  if (!url) throw new Error('Cannot back up: the PostgreSQL pool has no connection string.');
  return backupPostgres(url, now);
}

/** Restores a backup file's bytes into the configured database, after checking it belongs there. */
export async function restoreDatabase(
  target: { databaseUrl?: string | undefined; dataDir: string },
  bytes: Buffer,
  options: { force: boolean; name?: string },
): Promise<{ manifest: BackupManifest; movedAside: string | null }> {
  const { manifest, payload } = decodeBackup(bytes, options.name);
  const newer = unknownMigrations(manifest.migrations);
  if (newer.length > 0) {
    throw new RestoreRefusedError(
      `This backup comes from a newer Vocare (version ${manifest.appVersion}): it has migration ${newer.join(', ')}, ` +
        'which this version does not know. Upgrade Vocare first, then restore.',
    );
  }
  if (manifest.format === 'pglite-datadir-tar-gz') {
    if (target.databaseUrl) {
      throw new RestoreRefusedError(
        'This is a backup of the embedded database (PGlite) but DATABASE_URL points to PostgreSQL. Unset ' +
          'DATABASE_URL to restore it into the data folder.',
      );
    }
    const result = await restorePglite(target.dataDir, manifest, payload, { force: options.force });
    return { manifest, movedAside: result.movedAside };
  }
  if (!target.databaseUrl) {
    throw new RestoreRefusedError(
      'This is a PostgreSQL backup (pg_dump) but DATABASE_URL is not set. Set DATABASE_URL to the database to restore into.',
    );
  }
  await restorePostgres(target.databaseUrl, manifest, payload, { force: options.force });
  return { manifest, movedAside: null };
}

// The running server's loopback admin route is guarded by a random token in a file only the owner can read: whoever
// can read it can read the database files anyway.
export function adminTokenPath(dataDir: string): string {
  return path.join(dataDir, 'admin-token');
}

export function writeAdminToken(dataDir: string): string {
  const token = randomBytes(32).toString('hex');
  const file = adminTokenPath(dataDir);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, token, { mode: 0o600, flag: 'wx' });
  return token;
}

export function readAdminToken(dataDir: string): string {
  try {
    return fs.readFileSync(adminTokenPath(dataDir), 'utf8').trim();
  } catch (err) {
    throw new RestoreRefusedError(
      `Cannot read the running server's admin token (${adminTokenPath(dataDir)}): ${(err as Error).message}. ` +
        'Run the command as the user that runs the server.',
    );
  }
}

export function removeAdminToken(dataDir: string): void {
  fs.rmSync(adminTokenPath(dataDir), { force: true });
}

export function isSameToken(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const ADMIN_TOKEN_HEADER = 'x-vocare-admin-token';
export const INTERNAL_BACKUP_PATH = '/api/internal/backup';

/** Asks the server holding the data folder for a backup (it answers only on loopback, with the token). */
export async function backupViaServer(baseUrl: string, token: string): Promise<Buffer> {
  const url = new URL(INTERNAL_BACKUP_PATH, baseUrl);
  let response: Response;
  try {
    response = await fetch(url, { headers: { [ADMIN_TOKEN_HEADER]: token } });
  } catch (err) {
    throw new RestoreRefusedError(
      `The server at ${baseUrl} holds the data folder but cannot be reached: ${(err as Error).message}`,
    );
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new RestoreRefusedError(
      `The server at ${baseUrl} refused the backup: ${body.error?.message ?? response.status}`,
    );
  }
  return Buffer.from(await response.arrayBuffer());
}
