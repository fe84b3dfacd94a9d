import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DbHandle, openPglite } from '#server/db/client.js';
import { prepareDb } from '#server/prepare-db.js';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Anything that helps read the number: target, sample size, conditions. */
  note?: string;
}

export function printResult(result: BenchResult): void {
  console.log(JSON.stringify(result));
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] ?? Number.NaN;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A migrated, catalog-loaded embedded database in a throwaway folder. */
export async function openBenchDb(): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-bench-'));
  const handle = await openPglite(dir, 'vocare bench');
  await prepareDb(handle, { demo: false });
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../shared/data');
