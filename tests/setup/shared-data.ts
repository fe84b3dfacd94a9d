import fs from 'node:fs';
import path from 'node:path';

/*
 * ../shared/data is the team's hand-checked source folder; the product never reads it, but a few tests compare
 * the committed data/ with it. CI runs with ../shared beside the clone, so there a missing file fails the run;
 * a clone without ../shared says loudly which comparisons it did not run.
 */
const SHARED_DATA_DIR = path.resolve(import.meta.dirname, '../../../shared/data');
const isCi = process.env.CI === 'true' || process.env.CI === '1';

/** The path of a ../shared/data file, or null (with a loud warning) when absent outside CI; absent in CI throws. */
export function sharedDataFile(name: string, comparison: string): string | null {
  const file = path.join(SHARED_DATA_DIR, name);
  if (fs.existsSync(file)) return file;
  const message = `${file} is missing, so "${comparison}" cannot run.`;
  if (isCi) throw new Error(`${message} CI must have ../shared beside the clone.`);
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! NOT RUN: ${message}\n${line}\n`);
  return null;
}
