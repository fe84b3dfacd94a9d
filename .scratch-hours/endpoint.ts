import { buildApp } from '../src/server/app.js';
import { testEnv } from '../src/server/env.js';
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
await repo.upsertGoal(db, u.id, 'US-TX:LPC');
const app = await buildApp({ env: testEnv({ VOCARE_WEB_DIR: '/nonexistent' }), db, dbKind: 'pglite' });
const CSRF='x'.repeat(43);
const signin = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: 'p@example.test', password: 'x'.repeat(12) }, headers: { 'x-csrf-token': CSRF, cookie: `vocare_csrf=${CSRF}` } });
const cookie = `vocare_session=${signin.cookies.find((c) => c.name === 'vocare_session')!.value}`;
for (const url of ['/api/hours/progress?asOf=2026-06-30', '/api/hours/goal', '/api/auth/session']) {
  const cpu: number[] = []; const wall: number[] = [];
  for (let i = 0; i < 60; i++) { const s = process.cpuUsage(); const w = performance.now(); const r = await app.inject({ method: 'GET', url, headers: { cookie } }); if (r.statusCode !== 200) throw new Error(r.body); const d = process.cpuUsage(s); if (i >= 10) { cpu.push((d.user + d.system) / 1000); wall.push(performance.now() - w); } }
  cpu.sort((a, b) => a - b); wall.sort((a, b) => a - b);
  console.log(url.padEnd(40), 'cpu p50', cpu[25]!.toFixed(1), 'p95', cpu[47]!.toFixed(1), 'wall p50', wall[25]!.toFixed(1), 'p95', wall[47]!.toFixed(1));
}
await app.close(); await cleanup();
