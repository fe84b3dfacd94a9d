import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '#tests/setup/test-db.js';
import { listMigrationFiles, migrateDb } from './migrate.js';

let db: TestDb;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-migrations-'));
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const tableExists = async (name: string) => {
  const result = await db.db.execute(sql`select to_regclass(${name}) as t`);
  return (result as unknown as { rows: { t: string | null }[] }).rows[0]?.t !== null;
};

describe('migrateDb', () => {
  it('has applied every shipped migration to the template', async () => {
    const rows = (await db.db.execute(sql`select name from vocare_migrations order by name`)) as unknown as {
      rows: { name: string }[];
    };
    expect(rows.rows.map((r) => r.name)).toEqual(listMigrationFiles());
    expect(await migrateDb(db)).toEqual([]);
  });

  it('applies files in order and rolls back a failing file completely', async () => {
    fs.writeFileSync(path.join(dir, '9001_good.sql'), 'create table mig_good (id int);');
    fs.writeFileSync(path.join(dir, '9002_bad.sql'), 'create table mig_half (id int);\nselect no_such_function();');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
    await expect(migrateDb(db, dir)).rejects.toThrow(/no_such_function/);
    expect(await tableExists('mig_good')).toBe(true);
    expect(await tableExists('mig_half')).toBe(false);

    fs.writeFileSync(path.join(dir, '9002_bad.sql'), 'create table mig_half (id int);');
    expect(await migrateDb(db, dir)).toEqual(['9002_bad.sql']);
    expect(await tableExists('mig_half')).toBe(true);
  });

  it('refuses a migration edited after it was applied, naming the file, and fills in checksums it never had', async () => {
    const file = path.join(dir, '9003_checked.sql');
    fs.writeFileSync(file, 'create table mig_checked (id int);');
    expect(await migrateDb(db, dir)).toEqual(['9003_checked.sql']);
    // A row from before checksums existed is filled in from the file, not refused.
    await db.db.execute(sql`update vocare_migrations set checksum = null where name = '9003_checked.sql'`);
    expect(await migrateDb(db, dir)).toEqual([]);
    const row = (await db.db.execute(
      sql`select checksum from vocare_migrations where name = '9003_checked.sql'`,
    )) as unknown as { rows: { checksum: string | null }[] };
    expect(row.rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    fs.writeFileSync(file, 'create table mig_checked (id bigint);');
    await expect(migrateDb(db, dir)).rejects.toThrow(
      /^Migration 9003_checked\.sql was edited after it was applied to this database .* forward-only/,
    );
  });
});
