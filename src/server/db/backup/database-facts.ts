import fs from 'node:fs';
import path from 'node:path';
import { listMigrationFiles, MIGRATIONS_DIR } from '../migrate.js';

/** The least a fact needs from a database connection: run one SQL text, get rows (PGlite and pg.Client both fit). */
export type RunQuery = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

const APP_TABLES_SQL = `select table_name from information_schema.tables
  where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;

export async function listAppTables(query: RunQuery): Promise<string[]> {
  return (await query(APP_TABLES_SQL)).rows.map((r) => String(r.table_name));
}

/** Exact rows per table in the public schema; one statement, so it sees one moment. */
export async function countRows(query: RunQuery): Promise<Record<string, number>> {
  const tables = await listAppTables(query);
  if (tables.length === 0) return {};
  const parts = tables.map(
    (t) => `select '${t.replaceAll("'", "''")}' as name, count(*)::int as n from "${t.replaceAll('"', '""')}"`,
  );
  const { rows } = await query(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [String(r.name), Number(r.n)]));
}

export async function listAppliedMigrations(query: RunQuery): Promise<string[]> {
  const tables = await listAppTables(query);
  if (!tables.includes('vocare_migrations')) return [];
  return (await query('select name from vocare_migrations order by name')).rows.map((r) => String(r.name));
}

/** Migrations a backup has that this version of Vocare does not know: the backup is from a newer version. */
export function unknownMigrations(migrations: readonly string[], known = listMigrationFiles()): string[] {
  const knownSet = new Set(known);
  return migrations.filter((m) => !knownSet.has(m));
}

/** Names the first differences between two row-count maps, or returns [] when they agree. */
export function compareRowCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const differences: string[] = [];
  for (const name of names) {
    if (expected[name] !== actual[name]) {
      differences.push(`${name}: expected ${expected[name] ?? 'no table'}, found ${actual[name] ?? 'no table'}`);
    }
  }
  return differences;
}

let cachedVersion: string | null = null;

export function appVersion(): string {
  if (cachedVersion === null) {
    const pkg = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    cachedVersion = pkg.version ?? 'unknown';
  }
  return cachedVersion;
}
