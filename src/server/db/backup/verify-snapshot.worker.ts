// Worker thread entry: verifies one snapshot file (opens it in a fresh PGlite and compares row counts) away from
// the server's event loop. Loaded by verify-off-thread.ts; bundled as its own entry (scripts/build.mjs).
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { readBackupFile } from './backup-file.js';
import { verifyPgliteBackup } from './pglite-backup.js';

const { file } = workerData as { file: string };
async function verify(): Promise<string[]> {
  try {
    const { manifest, payload } = readBackupFile(file);
    return await verifyPgliteBackup(manifest, payload);
  } catch (err) {
    return [(err as Error).message];
  }
}

parentPort?.postMessage({ differences: await verify(), threadId });
