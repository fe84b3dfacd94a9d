import { sql } from 'drizzle-orm';
import { openBenchDb } from '../bench/bench-kit.js';
import { ensureUser } from '../src/server/features/auth/auth.service.js';
import * as repo from '../src/server/features/hours/hours.repository.js';
const { handle, cleanup } = await openBenchDb();
const db = handle.db;
function lit(values: (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)).join(',')}}`;
}
const r = await db.execute(sql`select * from unnest(${lit(['2025-01-01', '2025-01-02'])}::date[], ${lit([15, 30])}::int[], ${lit(['a,b', 'c"d\\'])}::text[], ${lit([null, 'x'])}::text[]) as t(d, m, s, n)`);
console.log(JSON.stringify((r as any).rows));
const u = await ensureUser(db, { email: 'p@example.test', password: 'x'.repeat(12), displayName: 'P', roles: ['trainee'] });
const n = 50000;
const rows = Array.from({ length: n }, (_, i) => ({ userId: u.id, entryDate: new Date(Date.UTC(2019,0,1) + (i%2000)*86400000).toISOString().slice(0,10), minutes: 15 * ((i % 8) + 1), startTime: null, endTime: null, category: (['direct','indirect','supervision-individual','supervision-group'] as const)[i % 4], site: 'Community Mental Health Center', supervisionId: null, supervisorName: null, note: `session block ${i}`, source: 'import' as const, importId: '00000000-0000-0000-0000-000000000001' }));
for (const [label, f] of [
  ['chunked values', async () => { await db.transaction(async (tx) => { await repo.insertEntries(tx, rows); }); }],
  ['unnest', async () => { await db.transaction(async (tx) => {
    const chunk = 10000;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await tx.execute(sql`insert into hours_entries (user_id, entry_date, minutes, category, site, supervision_id, supervisor_name, note, source, import_id)
        select ${u.id}::uuid, d, m, c, s, sid, sn, n, 'import', ${'00000000-0000-0000-0000-000000000002'}::uuid from unnest(${lit(part.map((r) => r.entryDate))}::date[], ${lit(part.map((r) => r.minutes))}::int[], ${lit(part.map((r) => r.category))}::text[], ${lit(part.map((r) => r.site))}::text[], ${lit(part.map((r) => r.supervisionId))}::uuid[], ${lit(part.map((r) => r.supervisorName))}::text[], ${lit(part.map((r) => r.note))}::text[]) as t(d, m, c, s, sid, sn, n)`);
    }
  }); }],
] as const) {
  const c = process.cpuUsage(); const w = performance.now();
  await f();
  const d = process.cpuUsage(c);
  console.log(label, 'cpu', ((d.user + d.system) / 1000).toFixed(0), 'wall', (performance.now() - w).toFixed(0));
}
await cleanup();
