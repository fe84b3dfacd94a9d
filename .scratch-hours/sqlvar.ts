import { sql } from 'drizzle-orm';
import { openBenchDb } from '../bench/bench-kit.js';
import { ensureUser } from '../src/server/features/auth/auth.service.js';
import * as repo from '../src/server/features/hours/hours.repository.js';

const { handle, cleanup } = await openBenchDb();
const db = handle.db;
const u = await ensureUser(db, { email: 'p@example.test', password: 'x'.repeat(12), displayName: 'P', roles: ['trainee'] });
const values = [];
for (let i = 0; i < 10000; i++) {
  const day = new Date(Date.UTC(2026, 5, 30) - (2499 - Math.floor(i / 4)) * 86400000).toISOString().slice(0, 10);
  values.push({ userId: u.id, entryDate: day, minutes: 15 * ((i % 8) + 1), startTime: null, endTime: null, category: (['direct','indirect','supervision-individual','supervision-group'] as const)[i % 4], site: 'x', supervisionId: null, supervisorName: null, note: null, source: 'import' as const });
}
await repo.insertEntries(db, values);
async function t(label: string, q: ReturnType<typeof sql>, n = 20) {
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const s = process.cpuUsage(); await db.execute(q); const d = process.cpuUsage(s); ts.push((d.user + d.system) / 1000); }
  ts.sort((a, b) => a - b);
  console.log(label.padEnd(24), 'p50', ts[Math.floor(n / 2)]!.toFixed(1), 'min', ts[0]!.toFixed(1));
}
const id = u.id;
await t('current', sql`select string_agg(id::text || ',' || to_char(entry_date, 'YYYY-MM-DD') || ',' || minutes::text || ',' || left(category, 1) || (case when category = 'supervision-group' then 'g' else '' end) || ',' || left(status, 1) || ',' || coalesce(supervision_id::text, ''), ';') from hours_entries where user_id = ${id}`);
await t('date::text', sql`select string_agg(id::text || ',' || entry_date::text || ',' || minutes::text || ',' || category || ',' || status || ',' || coalesce(supervision_id::text, ''), ';') from hours_entries where user_id = ${id}`);
await t('daynum', sql`select string_agg(id::text || ',' || (entry_date - date '2000-01-01')::text || ',' || minutes::text || ',' || category || ',' || status || ',' || coalesce(supervision_id::text, ''), ';') from hours_entries where user_id = ${id}`);
await t('new', sql`select string_agg(id::text || ',' || (entry_date - date '2000-01-01')::text || ',' || minutes::text || ',' || (case category when 'direct' then 'd' when 'indirect' then 'i' when 'supervision-individual' then 's' else 'g' end) || left(status, 1) || coalesce(supervision_id::text, ''), ';') from hours_entries where user_id = ${id}`);
await t('id only', sql`select string_agg(id::text, ';') from hours_entries where user_id = ${id}`);
await t('no id', sql`select string_agg((entry_date - date '2000-01-01')::text || ',' || minutes::text || ',' || category || ',' || status, ';') from hours_entries where user_id = ${id}`);
await t('count', sql`select count(*) from hours_entries where user_id = ${id}`);
await t('seqscan-ish sum', sql`select sum(minutes) from hours_entries where user_id = ${id}`);
await t('array_agg ids', sql`select array_to_string(array_agg(id), ',') from hours_entries where user_id = ${id}`);
await t('multiple aggs', sql`select string_agg(id::text, ','), string_agg(entry_date::text, ','), string_agg(minutes::text, ','), string_agg(category, ','), string_agg(status, ',') from hours_entries where user_id = ${id}`);
await cleanup();
