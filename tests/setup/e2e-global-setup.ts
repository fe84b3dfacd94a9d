import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServerIn } from '../e2e/harness.js';
import { ensureWebAndNodeBuild } from './ensure-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder the compiled server migrated, loaded and seeded with the demo once; each e2e file copies it. */
    e2eSeededDataDir: string;
  }
}

/**
 * Global setup of the end-to-end project: the compiled server and the built web app, both current; then one start of
 * that server on an empty folder, stopped cleanly, so every spec file begins from a copy of the same seeded folder
 * instead of migrating and seeding its own.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  await ensureWebAndNodeBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-e2e-seeded-'));
  const server = await startServerIn(dataDir);
  await server.stop();
  project.provide('e2eSeededDataDir', dataDir);
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
