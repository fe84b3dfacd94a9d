import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { readBackupFile, writeFileDurably } from './backup-file.js';
import { backupPglite, verifyPgliteBackup } from './pglite-backup.js';
import { verifySnapshotFileOffThread } from './verify-off-thread.js';

const SNAPSHOT_NAME = /^snapshot-.+\.vocare-backup$/;
const DAY_MS = 86_400_000;

export interface SnapshotResult {
  file: string;
  /** How long PGlite ran no other query (row counts and tar). */
  blockedMs: number;
  totalMs: number;
  /** Files removed by rotation. */
  removed: string[];
}

/** The default snapshot folder: beside the data folder, so deleting one does not delete the other. */
export function defaultSnapshotDir(dataDir: string): string {
  return `${path.resolve(dataDir)}-snapshots`;
}

/** Where the server writes its snapshots: VOCARE_SNAPSHOT_DIR, or beside the data folder. */
export function snapshotDirOf(env: { VOCARE_SNAPSHOT_DIR?: string | undefined; VOCARE_DATA_DIR: string }): string {
  return env.VOCARE_SNAPSHOT_DIR ?? defaultSnapshotDir(env.VOCARE_DATA_DIR);
}

/** When a snapshot was taken, from its name (`snapshot-2026-03-04T03-00-00.000Z.vocare-backup`). */
export function snapshotTakenAt(file: string): string {
  const stamp = path
    .basename(file)
    .replace(/^snapshot-/, '')
    .replace(/\.vocare-backup$/, '');
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3');
}

export function listSnapshots(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => SNAPSHOT_NAME.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Opens a snapshot file in a fresh PGlite and compares its rows with the manifest; [] means it is good. */
export async function verifySnapshotFile(file: string): Promise<string[]> {
  try {
    const { manifest, payload } = readBackupFile(file);
    return await verifyPgliteBackup(manifest, payload);
  } catch (err) {
    return [(err as Error).message];
  }
}

/**
 * Writes one snapshot, verifies it from disk (in a worker thread: the server keeps answering), and keeps the newest `keep`. A snapshot that fails verification is
 * renamed `*.corrupt` (kept for inspection, never counted) and the error names what differed.
 */
export async function takeSnapshot(
  client: PGlite,
  options: { dir: string; keep: number; now: () => Date },
): Promise<SnapshotResult> {
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const { bytes, manifest, timing } = await backupPglite(client, options.now);
  const stamp = manifest.createdAt.replaceAll(':', '-');
  const file = path.join(options.dir, `snapshot-${stamp}.vocare-backup`);
  writeFileDurably(file, bytes);
  const { differences } = await verifySnapshotFileOffThread(file);
  if (differences.length > 0) {
    fs.renameSync(file, `${file}.corrupt`);
    throw new Error(`Snapshot ${file} failed verification: ${differences.join('; ')}`);
  }
  const removed = rotateSnapshots(options.dir, options.keep);
  return { file, blockedMs: timing.blockedMs, totalMs: timing.totalMs, removed };
}

export function rotateSnapshots(dir: string, keep: number): string[] {
  const all = listSnapshots(dir);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

export interface SnapshotLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** One snapshot at start, then one every `intervalMs` (a day); the timer never keeps the process alive. */
export function startAutomaticSnapshots(
  client: PGlite,
  options: { dir: string; keep: number; now: () => Date; log: SnapshotLog; intervalMs?: number },
): { stop(): Promise<void>; first: Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const runOnce = () => {
    running = takeSnapshot(client, options)
      .then((r) =>
        options.log.info(
          {
            file: r.file,
            blockedMs: Math.round(r.blockedMs),
            totalMs: Math.round(r.totalMs),
            removed: r.removed.length,
          },
          'snapshot written and verified',
        ),
      )
      .catch((err: unknown) => options.log.error({ err }, 'snapshot failed'));
    return running;
  };
  const first = runOnce();
  const timer = setInterval(() => void runOnce(), options.intervalMs ?? DAY_MS);
  timer.unref();
  return {
    /** Stops the timer and waits for a snapshot in progress (the database must stay open until it ends). */
    stop() {
      clearInterval(timer);
      return running;
    },
    first,
  };
}
