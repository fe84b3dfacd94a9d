import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openPostgres } from '#server/db/client.js';
import { createTestDb, type TestDb } from '../setup/test-db.js';

// node-postgres only: PGlite has no connections to lose, so this file runs in the postgres project alone.
let t: TestDb;
let admin: pg.Client;
beforeAll(async () => {
  t = await createTestDb();
  admin = new pg.Client({ connectionString: t.url ?? '' });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await t?.close();
});

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('lost database connections', () => {
  it('a connection dropped while checked out is reported once, the transaction fails, the pool goes on', async () => {
    const lost: Error[] = [];
    const handle: DbHandle = await openPostgres(t.url ?? '', 2, (err) => lost.push(err));
    try {
      const transaction = handle.db.transaction(async (tx) => {
        const result = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
          rows: { pid: number }[];
        };
        // The server ends this connection (as a restart would) while the transaction holds it between queries.
        await admin.query('select pg_terminate_backend($1)', [result.rows[0]?.pid]);
        await until(() => lost.length > 0, 'the lost connection to be reported');
        await tx.execute(sql`select 1`);
      });
      await expect(transaction).rejects.toThrow();
      expect(lost).toHaveLength(1);
      expect(lost[0]?.message).toMatch(/terminat/i);
      const after = (await handle.db.execute(sql`select 1 as one`)) as unknown as { rows: { one: number }[] };
      expect(after.rows).toEqual([{ one: 1 }]);
    } finally {
      await handle.close();
    }
  });

  it('an idle connection the server drops is reported once and replaced', async () => {
    const lost: Error[] = [];
    const handle = await openPostgres(t.url ?? '', 2, (err) => lost.push(err));
    try {
      // One query opens an idle connection in the pool; the server then ends every connection of this database.
      await handle.db.execute(sql`select 1`);
      await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      await until(() => lost.length > 0, 'the idle connection to be reported');
      expect(lost).toHaveLength(1);
      const after = (await handle.db.execute(sql`select 2 as two`)) as unknown as { rows: { two: number }[] };
      expect(after.rows).toEqual([{ two: 2 }]);
    } finally {
      await handle.close();
    }
  });
});
