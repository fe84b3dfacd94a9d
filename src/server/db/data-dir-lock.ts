import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no cross-process locking: two processes on one data folder silently lose each
 * other's writes. Whoever opens the folder holds this lock file until it closes the database.
 */
export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
  /** The API address when the holder is a server, so read-only CLI commands can go through it. */
  url?: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.startedAt})` +
        `${holder.url ? `, serving ${holder.url}` : ''}. Only one process may open an embedded database at a time: ` +
        'stop that process first, or use the running server.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  setUrl(url: string): void;
  release(): void;
}

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, 'vocare.lock');
}

// Lock files this process holds (by path). A lock file naming our own PID that is not in here was left by an
// earlier process that had the same PID: usual in containers, where the server is PID 1 after every restart.
const heldByThisProcess = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Returns the live holder of the folder's lock, or null when the folder is free (a stale lock counts as free). */
export function readLockHolder(dataDir: string): LockHolder | null {
  const file = lockFilePath(dataDir);
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    if (typeof holder.pid !== 'number') return null;
    if (holder.pid === process.pid) return heldByThisProcess.has(file) ? holder : null;
    return isAlive(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const holder: LockHolder = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // 'wx' fails if the file exists: creation is the atomic step that decides who holds the lock.
      fs.writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
      heldByThisProcess.add(file);
      let released = false;
      return {
        file,
        setUrl(url) {
          holder.url = url;
          fs.writeFileSync(file, JSON.stringify(holder));
        },
        release() {
          if (released) return;
          released = true;
          heldByThisProcess.delete(file);
          try {
            const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
            if (current.pid === process.pid) fs.unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const existing = readLockHolder(dataDir);
      if (existing) throw new DataDirLockedError(dataDir, existing);
      // Stale lock from a process that died (or an earlier process with our PID): remove it and try once more.
      fs.rmSync(file, { force: true });
    }
  }
  const existing = readLockHolder(dataDir);
  throw new DataDirLockedError(dataDir, existing ?? { pid: -1, command: 'unknown', startedAt: 'unknown' });
}
