import { openBenchDb } from '../bench/bench-kit.js';
import { ensureUser } from '../src/server/features/auth/auth.service.js';
import * as repo from '../src/server/features/hours/hours.repository.js';
import * as srepo from '../src/server/features/hours/supervision.repository.js';
const { handle, cleanup } = await openBenchDb();
const db = handle.db;
const u = await ensureUser(db, { email: 'p@example.test', password: 'x'.repeat(12), displayName: 'P', roles: ['trainee'] });
const importId = '00000000-0000-0000-0000-000000000001';
const rows = Array.from({ length: 50000 }, (_, i) => ({ userId: u.id, entryDate: new Date(Date.UTC(2019,0,1) + (i%2000)*86400000).toISOString().slice(0,10), minutes: 15 * ((i % 8) + 1), startTime: null, endTime: null, category: (['direct','indirect','supervision-individual','supervision-group'] as const)[i % 4], site: 'Community Mental Health Center', supervisionId: null, supervisorName: null, note: `session block ${i}`, source: 'import' as const, importId }));
async function cpu(label: string, f: () => Promise<unknown>) { const c = process.cpuUsage(); const w = performance.now(); await f(); const d = process.cpuUsage(c); console.log(label, 'cpu', ((d.user+d.system)/1000).toFixed(0), 'wall', (performance.now()-w).toFixed(0)); }
await db.transaction(async (tx) => {
  await cpu('insert', () => repo.insertEntries(tx, u.id, rows));
  await cpu('audit', () => srepo.insertImportAuditEvents(tx, importId, { id: u.id, name: 'P' }, 'Imported from a CSV file'));
});
await cleanup();
const { handle: h2, cleanup: c2 } = await openBenchDb();
const db2 = h2.db;
const u2 = await ensureUser(db2, { email: 'q@example.test', password: 'x'.repeat(12), displayName: 'Q', roles: ['trainee'] });
const { sql } = await import('drizzle-orm');
await db2.transaction(async (tx) => {
  await repo.insertEntries(tx, u2.id, rows.map((r) => ({ ...r, userId: u2.id })));
  await cpu('audit-const', () => tx.execute(sql`insert into hours_audit_events (trainee_id, entry_id, supervision_id, actor_id, actor_name, actor_role, action, details)
    select user_id, id, supervision_id, ${u2.id}::uuid, 'Q', 'trainee', 'create', '{}'::jsonb from hours_entries where import_id = ${importId}::uuid`));
});
await c2();
