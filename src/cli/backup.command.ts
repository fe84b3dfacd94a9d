import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Command } from 'commander';
import { BackupFileError, decodeBackup, writeFileDurably } from '#server/db/backup/backup-file.js';
import { backupViaServer, readAdminToken, restoreDatabase } from '#server/db/backup/backup-service.js';
import { backupPglite, hasPgliteData, pgdataPath } from '#server/db/backup/pglite-backup.js';
import { backupPostgres } from '#server/db/backup/postgres-backup.js';
import { RestoreRefusedError } from '#server/db/backup/restore-errors.js';
import { acquireDataDirLock, readLockHolder } from '#server/db/data-dir-lock.js';
import { parseEnv } from '#server/env.js';
import { CliError, describeHolder } from './cli-context.js';

function defaultBackupName(now: Date): string {
  return `vocare-backup-${now
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d+Z$/, 'Z')}.vocare-backup`;
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** A backup of the configured database: pg_dump, the running server, or the data folder directly. */
async function takeBackup(): Promise<{ bytes: Buffer; how: string }> {
  const env = parseEnv();
  if (env.DATABASE_URL) {
    const { bytes } = await backupPostgres(env.DATABASE_URL);
    return { bytes, how: 'pg_dump' };
  }
  const dataDir = env.VOCARE_DATA_DIR;
  const holder = readLockHolder(dataDir);
  if (holder) {
    if (!holder.url) {
      throw new CliError(
        `The data folder ${dataDir} is in use by ${describeHolder(holder)}, which is not a server. Wait for it to finish.`,
      );
    }
    return {
      bytes: await backupViaServer(holder.url, readAdminToken(dataDir)),
      how: `the running server at ${holder.url}`,
    };
  }
  if (!hasPgliteData(dataDir)) throw new CliError(`There is no database in ${dataDir} to back up.`, 2);
  const lock = acquireDataDirLock(dataDir, 'vocare db backup');
  try {
    const client = await PGlite.create(pgdataPath(dataDir));
    try {
      return { bytes: (await backupPglite(client)).bytes, how: `the data folder ${dataDir}` };
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

export function registerBackupCommands(db: Command): void {
  db.command('backup')
    .argument('[file]', 'where to write the backup (default: vocare-backup-<time>.vocare-backup here)')
    .description('Write a consistent backup of the whole database (works while the server runs)')
    .action(async (fileArg: string | undefined) => {
      const file = path.resolve(fileArg ?? defaultBackupName(new Date()));
      const { bytes, how } = await withRefusalsAsCliErrors(takeBackup);
      // The manifest is checked before the file is kept: a reply that is not a backup never lands on disk.
      const { manifest } = decodeBackup(bytes, 'the backup');
      writeFileDurably(file, bytes);
      const rows = Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0);
      console.log(
        `Backed up ${rows} rows in ${Object.keys(manifest.rowCounts).length} tables from ${how} to ${file} ` +
          `(${describeSize(bytes.length)}, migration ${manifest.migrations.at(-1) ?? 'none'}).`,
      );
    });

  db.command('restore')
    .argument('<file>', 'a file written by `vocare db backup`')
    .option('--force', 'replace a database that already has data (PGlite: the old folder is moved aside)')
    .description('Restore a backup into the configured database (the server must be stopped on the embedded database)')
    .action(async (fileArg: string, options: { force?: boolean }) => {
      const file = path.resolve(fileArg);
      if (!fs.existsSync(file)) throw new CliError(`No file ${file}.`, 2);
      const env = parseEnv();
      const result = await withRefusalsAsCliErrors(() =>
        restoreDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.VOCARE_DATA_DIR }, fs.readFileSync(file), {
          force: options.force === true,
          name: file,
        }),
      );
      const rows = Object.values(result.manifest.rowCounts).reduce((a, b) => a + b, 0);
      console.log(
        `Restored ${rows} rows (backup of ${result.manifest.createdAt}, migration ` +
          `${result.manifest.migrations.at(-1) ?? 'none'}); row counts verified.` +
          (result.movedAside ? ` The previous database was moved to ${result.movedAside}.` : ''),
      );
    });
}

async function withRefusalsAsCliErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof RestoreRefusedError || err instanceof BackupFileError) throw new CliError(err.message, 2);
    throw err;
  }
}
