import { buildApp } from './src/server/app.js';
import { testEnv } from './src/server/env.js';
import { ensureUser } from './src/server/features/auth/auth.service.js';
import { openBenchDb } from './bench/bench-kit.js';
import { utcToday, addDays } from './src/domain/checkin/dates.js';
import { resilienceSelfCareDays, resilienceCheckins } from './src/server/db/schema/resilience.js';
import { getInstrument } from './src/server/features/resilience/resilience.service.js';
import { scoreAnswers } from './src/domain/checkin/instrument.js';
const { handle, cleanup } = await openBenchDb();
const user = await ensureUser(handle.db, { email: 'p@x.test', password: 'bench-password-123', displayName: 'P', roles: ['trainee'] });
const today = utcToday();
const { instrument } = await getInstrument(handle.db, 'vocare-reflective-checkin');
const logs = []; for (let d = 1095; d >= 0; d--) logs.push({ userId: user.id, logDate: addDays(today, -d), sleepHours: 7, activityMinutes: 30, mood: 3, supportContact: 'none', boundaries: 'kept', mealsRating: 3, breaksTaken: 2 });
for (let i = 0; i < logs.length; i += 500) await handle.db.insert(resilienceSelfCareDays).values(logs.slice(i, i + 500));
const cks = []; for (let w = 156; w >= 0; w--) { const a = Object.fromEntries(instrument.items.map((it, i) => [it.id, 1 + ((w + i) % 5)])); const s = scoreAnswers(instrument, a); if (s.ok) cks.push({ userId: user.id, instrumentId: instrument.id, takenOn: addDays(today, -7 * w), answers: a, scores: s.value }); }
await handle.db.insert(resilienceCheckins).values(cks);
const app = await buildApp({ env: testEnv({ VOCARE_WEB_DIR: '/nonexistent' }), db: handle.db, dbKind: 'pglite' });
const signin = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: 'p@x.test', password: 'bench-password-123' }, headers: { 'x-csrf-token': 'x'.repeat(43), cookie: `vocare_csrf=${'x'.repeat(43)}` } });
const cookie = `vocare_session=${signin.cookies.find((c) => c.name === 'vocare_session')!.value}`;
const { Session } = await import('node:inspector/promises');
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.start');
for (let i = 0; i < 300; i++) await app.inject({ method: 'GET', url: `/api/resilience/dashboard?today=${today}`, headers: { cookie } });
const { profile } = await session.post('Profiler.stop');
// self time per function
const self = new Map<string, number>();
const nodes = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const n: any = nodes.get(samples[i]); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-3).join('/')}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', total / 1000, 'per request', total / 1000 / 300);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000 / 300).toFixed(3), k);
await app.close(); await cleanup();
