import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../../project-root.js';

export interface OffThreadVerification {
  /** [] when the snapshot opens and its row counts match its manifest. */
  differences: string[];
  /** The worker thread that did the work (never the server's main thread, 0). */
  threadId: number;
}

/** tsx's ES-module API (its CommonJS build cannot register the ESM loader in a worker). */
function tsxEsmApiPath(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = manifest.exports['./esm/api']?.import.default;
  if (!entry) throw new Error('tsx has no ./esm/api export');
  return path.join(path.dirname(manifestPath), entry);
}

/**
 * A worker thread for the verification. Opening a snapshot runs PGlite (WebAssembly) synchronously for seconds on a
 * large database (`npm run bench backup`); on the main thread the server would answer nothing meanwhile. From the
 * bundle the worker is its own compiled entry; from the TypeScript sources (tests, `npm run dev`) it is loaded
 * through tsx, as the rest of the sources are.
 */
function startVerifyWorker(file: string): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(path.join(PROJECT_ROOT, 'dist', 'node', 'server', 'verify-snapshot.worker.js'), {
      workerData: { file },
    });
  }
  const tsxApi = pathToFileURL(tsxEsmApiPath()).href;
  const entry = new URL('./verify-snapshot.worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { file } });
}

/** Verifies a snapshot file in a worker thread; a worker that fails to run reports that as the difference. */
export function verifySnapshotFileOffThread(file: string): Promise<OffThreadVerification> {
  return new Promise((resolve) => {
    let isSettled = false;
    const settle = (result: OffThreadVerification) => {
      if (isSettled) return;
      isSettled = true;
      resolve(result);
    };
    const worker = startVerifyWorker(file);
    worker.once('message', (message: OffThreadVerification) => settle(message));
    worker.once('error', (err) =>
      settle({ differences: [`verification could not run: ${err.message}`], threadId: -1 }),
    );
    worker.once('exit', (code) =>
      settle({ differences: [`verification could not run: its thread exited with code ${code}`], threadId: -1 }),
    );
  });
}
