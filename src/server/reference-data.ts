import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The product's shipped reference data (catalog, rules, instruments, guides): read from /data, never from elsewhere. */
export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

export function readDataFile(relativePath: string): string {
  return fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
}

export function readDataJson(relativePath: string): unknown {
  return JSON.parse(readDataFile(relativePath));
}

export function hashContents(contents: string[]): string {
  const hash = createHash('sha256');
  for (const c of contents) hash.update(c).update('\0');
  return hash.digest('hex');
}
