import path from 'node:path';
import { buildAll } from '../../scripts/build.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Global setup of the projects that run the compiled server or CLI (CLI tests, end-to-end tests): brings dist/
 * up to date once, before any worker starts, so no test runs stale code and no two workers compile at once.
 * A no-op when `npm test` has just built.
 */
export default async function ensureBuild(): Promise<void> {
  await buildAll(ROOT, { only: 'node' });
}

export async function ensureWebAndNodeBuild(): Promise<void> {
  await buildAll(ROOT);
}
