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
});
