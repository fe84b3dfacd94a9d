import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock, DataDirLockedError } from '../data-dir-lock.js';
import { type BackupManifest, encodeBackup } from './backup-file.js';
import { appVersion, compareRowCounts, countRows, listAppliedMigrations, type RunQuery } from './database-facts.js';
import { RestoreRefusedError } from './restore-errors.js';

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

/** The data folder's PostgreSQL directory, as `openPglite` names it. */
export function pgdataPath(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

export interface PgliteSnapshotTiming {
  /** How long other queries waited: the part that holds PGlite's lock (row counts, checkpoint, tar). */
  blockedMs: number;
  totalMs: number;
}

/**
 * A consistent snapshot of a running PGlite. Inside `transaction()` PGlite runs nothing else (its query() and exec()
 * wait for the same lock), so no other transaction is half done: the row counts and the tarball see one moment.
 * Compression happens after the lock is released, on libuv's thread pool.
 */
export async function backupPglite(
  client: PGlite,
  now: () => Date = () => new Date(),
): Promise<{ bytes: Buffer; manifest: BackupManifest; timing: PgliteSnapshotTiming }> {
  const started = performance.now();
  let blockedMs = 0;
  const { tar, rowCounts, migrations } = await client.transaction(async (tx) => {
    const lockedAt = performance.now();
    const query: RunQuery = (text) => tx.query(text) as ReturnType<RunQuery>;
    const rowCounts = await countRows(query);
    const migrations = await listAppliedMigrations(query);
    const blob = await client.dumpDataDir('none');
    const tar = Buffer.from(await blob.arrayBuffer());
    blockedMs = performance.now() - lockedAt;
    return { tar, rowCounts, migrations };
  });
  const manifest: BackupManifest = {
    format: 'pglite-datadir-tar-gz',
    appVersion: appVersion(),
    migrations,
    createdAt: now().toISOString(),
    rowCounts,
  };
  const bytes = encodeBackup(manifest, await gzip(tar, { level: 6 }));
  return { bytes, manifest, timing: { blockedMs, totalMs: performance.now() - started } };
}

/** Opens a data-folder tarball in a fresh in-memory PGlite and returns how its rows differ from the manifest's. */
export async function verifyPgliteBackup(manifest: BackupManifest, payload: Buffer): Promise<string[]> {
  let client: PGlite | null = null;
  try {
    const tar = await gunzip(payload);
    client = await PGlite.create({ loadDataDir: new Blob([tar]) });
    const actual = await countRows((text) => (client as PGlite).query(text) as ReturnType<RunQuery>);
    return compareRowCounts(manifest.rowCounts, actual);
  } catch (err) {
    return [`it does not open: ${(err as Error).message}`];
  } finally {
    await client?.close().catch(() => undefined);
  }
}

export function hasPgliteData(dataDir: string): boolean {
  const dir = pgdataPath(dataDir);
  return fs.existsSync(dir) && fs.readdirSync(dir).length > 0;
}

/**
 * Restores a data-folder tarball into `dataDir`. Takes the folder's lock first, so it refuses while a server (or
 * any process) has the folder open. An existing database is moved aside, never deleted, and only with `force`.
 */
export async function restorePglite(
  dataDir: string,
  manifest: BackupManifest,
  payload: Buffer,
  options: { force: boolean; now?: () => Date },
): Promise<{ movedAside: string | null; rowCounts: Record<string, number> }> {
  let lock: ReturnType<typeof acquireDataDirLock>;
  try {
    lock = acquireDataDirLock(dataDir, 'vocare db restore');
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      throw new RestoreRefusedError(
        `Cannot restore while the data folder is in use: ${err.message.replace(/^The data folder \S+ is /, 'it is ')}`,
      );
    }
    throw err;
  }
  const target = pgdataPath(dataDir);
  let movedAside: string | null = null;
  let isWriting = false;
  try {
    if (hasPgliteData(dataDir)) {
      if (!options.force) {
        throw new RestoreRefusedError(
          `The data folder ${dataDir} already holds a database. Restoring replaces it: run again with --force ` +
            '(the current database is moved aside, not deleted).',
        );
      }
      const stamp = (options.now?.() ?? new Date())
        .toISOString()
        .replaceAll(':', '-')
        .replace(/\.\d+Z$/, 'Z');
      movedAside = `${target}.before-restore-${stamp}`;
      fs.renameSync(target, movedAside);
    } else {
      fs.rmSync(target, { recursive: true, force: true });
    }
    isWriting = true;
    const tar = await gunzip(payload);
    const client = await PGlite.create({ dataDir: target, loadDataDir: new Blob([tar]) });
    let rowCounts: Record<string, number>;
    try {
      rowCounts = await countRows((text) => client.query(text) as ReturnType<RunQuery>);
    } finally {
      await client.close();
    }
    const differences = compareRowCounts(manifest.rowCounts, rowCounts);
    if (differences.length > 0) {
      throw new RestoreRefusedError(`The restored database does not match the backup: ${differences.join('; ')}`);
    }
    return { movedAside, rowCounts };
  } catch (err) {
    // Put the folder back as it was: nothing half restored is left under the live name.
    if (isWriting) fs.rmSync(target, { recursive: true, force: true });
    if (movedAside) fs.renameSync(movedAside, target);
    throw err;
  } finally {
    lock.release();
  }
}
