import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus, traineeWithSupervisor } from '#tests/factories/hours.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const HEADER = 'date,hours,category,site,supervisor,note';

async function countEntries(userId: string): Promise<{ entries: number; audit: number; stamps: number }> {
  const result = await t.db.db.execute(sql`select
      (select count(*) from hours_entries where user_id = ${userId})::int as entries,
      (select count(*) from hours_audit_events where trainee_id = ${userId} and action = 'create')::int as audit,
      (select count(distinct created_at) from hours_entries where user_id = ${userId})::int as stamps`);
  return (
    (result as unknown as { rows: { entries: number; audit: number; stamps: number }[] }).rows[0] ?? {
      entries: -1,
      audit: -1,
      stamps: -1,
    }
  );
}

describe('CSV import', () => {
  it('previews a good file, then saves every row, matching supervisors by email or name', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2025-02-01',
    });
    const csv = [
      HEADER,
      `2025-02-03,1.5,direct,Riverside Clinic,${supervisor.user.email},intake`,
      '2025-02-04,1,supervision-individual,Riverside Clinic,dr. sam supervisor,',
      '2025-01-20,2,indirect,"Clinic, annex",Dr. Elsewhere,notes',
    ].join('\r\n');
    const preview = await trainee.client.post('/api/hours/import/preview', { csv });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      rowCount: 3,
      validCount: 3,
      hours: 4.5,
      byCategory: { direct: 1.5, indirect: 2, 'supervision-individual': 1, 'supervision-group': 0 },
      errors: [],
      unmatchedSupervisors: ['Dr. Elsewhere'],
      warningCount: 0,
    });
    expect(
      preview.json().rows.map((r: { line: number; supervisionId: string | null }) => [r.line, r.supervisionId]),
    ).toEqual([
      [2, supervisionId],
      [3, supervisionId],
      [4, null],
    ]);
    expect((await countEntries(trainee.user.id)).entries).toBe(0);

    const saved = await trainee.client.post('/api/hours/import', { csv });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toEqual({ imported: 3, hours: 4.5, skippedDuplicates: 0 });
    const entries = (await trainee.client.get('/api/hours/entries')).json().items;
    expect(entries.map((e: { supervisorName: string | null; source: string }) => [e.supervisorName, e.source])).toEqual(
      [
        ['Dr. Sam Supervisor', 'import'],
        ['Dr. Sam Supervisor', 'import'],
        ['Dr. Elsewhere', 'import'],
      ],
    );
    expect(await countEntries(trainee.user.id)).toMatchObject({ entries: 3, audit: 3 });
    // The supervisor named by email sees the imported entries waiting for them.
    const inbox = (await supervisor.client.get('/api/hours/inbox')).json();
    expect(inbox.waiting).toMatchObject([{ weekStart: '2025-02-03', entries: 2, hours: 2.5 }]);
  });

  it("marks rows that repeat logged entries as duplicates and skips them: the log's own export adds nothing", async () => {
    const { trainee, supervisor } = await traineeWithSupervisor(t.app, t.db.db, { startDate: '2025-02-01' });
    const first = [
      HEADER,
      `2025-02-03,1.5,direct,Riverside Clinic,${supervisor.user.email},intake`,
      '2025-02-04,1,indirect,Riverside Clinic,Dr. Elsewhere,',
    ].join('\n');
    expectStatus(await trainee.client.post('/api/hours/import', { csv: first }), 201);
    expectStatus(
      await trainee.client.post('/api/hours/entries', {
        date: '2025-02-05',
        hours: 2,
        category: 'supervision-individual',
        site: 'Riverside Clinic',
        supervisionId: (await trainee.client.get('/api/hours/supervisions')).json().items[0].id,
      }),
      201,
    );
    const exported = (await trainee.client.get('/api/hours/export.csv')).body;
    const preview = (await trainee.client.post('/api/hours/import/preview', { csv: exported })).json();
    expect(preview).toMatchObject({ rowCount: 3, validCount: 3, duplicateCount: 3, hours: 0, errors: [] });
    expect(preview.rows.map((r: { isDuplicate: boolean }) => r.isDuplicate)).toEqual([true, true, true]);
    const again = await trainee.client.post('/api/hours/import', { csv: exported });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ imported: 0, hours: 0, skippedDuplicates: 3 });
    expect((await countEntries(trainee.user.id)).entries).toBe(3);

    // The same file with a US date, a label and one new row: only the new row is saved, unless asked otherwise.
    const mixed = [
      HEADER,
      `02/03/2025,1.5,Direct client contact,riverside clinic,${supervisor.user.email},other note`,
      '2025-02-04,1,indirect,Riverside Clinic,Dr. Elsewhere,',
      '2025-02-04,1,indirect,Riverside Clinic,Dr. Elsewhere,a second session that day',
      '2025-02-06,1,direct,Riverside Clinic,,',
    ].join('\n');
    const second = (await trainee.client.post('/api/hours/import/preview', { csv: mixed })).json();
    expect(second).toMatchObject({ validCount: 4, duplicateCount: 2, hours: 2, dateNotations: ['iso', 'us'] });
    expect(second.rows.map((r: { isDuplicate: boolean }) => r.isDuplicate)).toEqual([true, true, false, false]);
    const all = (
      await trainee.client.post('/api/hours/import/preview', { csv: mixed, includeDuplicates: true })
    ).json();
    expect(all).toMatchObject({ duplicateCount: 2, hours: 4.5 });
    const saved = await trainee.client.post('/api/hours/import', { csv: mixed });
    expect(saved.json()).toEqual({ imported: 2, hours: 2, skippedDuplicates: 2 });
    expect((await countEntries(trainee.user.id)).entries).toBe(5);
    const forced = await trainee.client.post('/api/hours/import', { csv: mixed, includeDuplicates: true });
    expect(forced.json()).toEqual({ imported: 4, hours: 4.5, skippedDuplicates: 0 });
    expect((await countEntries(trainee.user.id)).entries).toBe(9);
    expectStatus(await trainee.client.post('/api/hours/import', { csv: mixed, includeDuplicates: 'yes' }), 400);
  });

  it('warns in the preview about rows the rules will not count', async () => {
    const { trainee, supervisor } = await traineeWithSupervisor(t.app, t.db.db, { startDate: '2025-02-01' });
    const csv = `${HEADER}\n2025-01-27,1,direct,Clinic,${supervisor.user.email},\n`;
    const preview = (await trainee.client.post('/api/hours/import/preview', { csv })).json();
    expect(preview.warningCount).toBe(1);
    expect(preview.rows[0].warnings).toEqual([
      'These hours will not count: before the supervision agreement with Dr. Sam Supervisor started on 2025-02-01.',
    ]);
  });

  it('reports every bad row with its line number and reason, and saves nothing', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['trainee']);
    const csv = [
      HEADER,
      '2025-02-03,1,direct,Clinic,,',
      '2025-02-31,1,direct,Clinic,,',
      '2025-02-05,0.3,direct,Clinic,,',
      '2025-02-06,1,counseling,Clinic,,',
      '2999-01-01,1,direct,Clinic,,',
      '2025-02-07,2,indirect,Clinic,,',
    ].join('\n');
    const preview = (await client.post('/api/hours/import/preview', { csv })).json();
    expect(preview.errors).toEqual([
      {
        line: 3,
        reason:
          'date "2025-02-31" is not a real calendar date (slashed dates are read month first: 10/07/2026 is 7 October 2026)',
      },
      { line: 4, reason: 'hours 0.3 is not a multiple of a quarter hour (e.g. 1.25)' },
      {
        line: 5,
        reason:
          'category "counseling" is not one of direct, indirect, supervision-individual, supervision-group (or their labels, such as "Direct client contact")',
      },
      { line: 6, reason: 'date 2999-01-01 is in the future (hours cannot be logged ahead)' },
    ]);
    expect(preview).toMatchObject({ rowCount: 6, validCount: 2 });
    const refused = await client.post('/api/hours/import', { csv });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      '4 rows have problems; nothing was saved. Fix them and import the file again.',
    );
    expect(refused.json().error.details).toEqual([
      {
        path: 'body.csv',
        message:
          'line 3: date "2025-02-31" is not a real calendar date (slashed dates are read month first: 10/07/2026 is 7 October 2026)',
      },
      { path: 'body.csv', message: 'line 4: hours 0.3 is not a multiple of a quarter hour (e.g. 1.25)' },
      {
        path: 'body.csv',
        message:
          'line 5: category "counseling" is not one of direct, indirect, supervision-individual, supervision-group (or their labels, such as "Direct client contact")',
      },
      { path: 'body.csv', message: 'line 6: date 2999-01-01 is in the future (hours cannot be logged ahead)' },
    ]);
    expect(await countEntries(user.id)).toMatchObject({ entries: 0, audit: 0 });
    const header = await client.post('/api/hours/import', { csv: 'when,hours,category,site,supervisor,note\n' });
    expect(header.json().error.details).toEqual([
      {
        path: 'body.csv',
        message:
          'line 1: the header must be "date,hours,category,site,supervisor,note" (column 1 is "when", expected "date")',
      },
    ]);
    const empty = await client.post('/api/hours/import', { csv: `${HEADER}\n` });
    expect(empty.json().error.details).toEqual([{ path: 'body.csv', message: 'has a header but no rows' }]);
  });

  it('imports 50,000 rows in one transaction (one timestamp for all), through a body far over the 1 MB default', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['trainee']);
    const categories = ['direct', 'indirect', 'supervision-individual', 'supervision-group'];
    const lines = [HEADER];
    const start = Date.UTC(2019, 0, 1);
    for (let i = 0; i < 50_000; i++) {
      const day = new Date(start + (i % 2000) * 86_400_000).toISOString().slice(0, 10);
      lines.push(
        `${day},${((i % 8) + 1) / 4},${categories[i % 4]},Community Mental Health Center ${i % 7},,session block ${i}`,
      );
    }
    const csv = lines.join('\n');
    expect(csv.length).toBeGreaterThan(2_000_000);
    const started = performance.now();
    const response = await client.post('/api/hours/import', { csv });
    const seconds = (performance.now() - started) / 1000;
    expect(response.statusCode).toBe(201);
    expect(response.json().imported).toBe(50_000);
    // now() is the transaction's start time: one distinct created_at means one transaction.
    expect(await countEntries(user.id)).toEqual({ entries: 50_000, audit: 50_000, stamps: 1 });
    expect(seconds).toBeLessThan(120);
    const list = (await client.get('/api/hours/entries?pageSize=1')).json();
    expect(list.total).toBe(50_000);
  }, 180_000);

  it('a file with one bad row among 50,000 saves none of them', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['trainee']);
    const lines = [HEADER];
    for (let i = 0; i < 50_000; i++) lines.push(`2024-05-0${(i % 9) + 1},1,direct,Clinic,,`);
    lines[40_001] = '2024-05-01,1,direct,,,';
    const response = await client.post('/api/hours/import', { csv: lines.join('\n') });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ path: 'body.csv', message: 'line 40002: site is empty' }]);
    expect((await countEntries(user.id)).entries).toBe(0);
  }, 120_000);

  it('keeps the raised body limit to the import routes only', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const big = await client.post('/api/hours/entries', {
      date: '2025-01-01',
      hours: 1,
      category: 'direct',
      site: 'Clinic',
      note: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(big.statusCode).toBe(413);
    expectStatus(
      await client.post('/api/hours/import/preview', {
        csv: `${HEADER}\n2025-01-01,1,direct,Clinic,,${'y'.repeat(400)}`,
      }),
      200,
    );
  });
});
