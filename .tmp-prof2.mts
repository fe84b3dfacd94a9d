import { ensureUser } from './src/server/features/auth/auth.service.js';
import { getDashboard } from './src/server/features/resilience/resilience.service.js';
import { directHoursPerWeekFromHoursLog } from './src/server/features/resilience/direct-hours.port.js';
import { openBenchDb } from './bench/bench-kit.js';
import { utcToday, addDays } from './src/domain/checkin/dates.js';
import { resilienceSelfCareDays, resilienceCheckins } from './src/server/db/schema/resilience.js';
import { getInstrument } from './src/server/features/resilience/resilience.service.js';
import { scoreAnswers } from './src/domain/checkin/instrument.js';
import * as repo from './src/server/features/resilience/resilience.repository.js';
const { handle, cleanup } = await openBenchDb();
const user = await ensureUser(handle.db, { email: 'p@x.test', password: 'bench-password-123', displayName: 'P', roles: ['trainee'] });
const today = utcToday();
const { instrument } = await getInstrument(handle.db, 'vocare-reflective-checkin');
const logs = []; for (let d = 1095; d >= 0; d--) logs.push({ userId: user.id, logDate: addDays(today, -d), sleepHours: 7, activityMinutes: 30, mood: 3, supportContact: 'none', boundaries: 'kept', mealsRating: 3, breaksTaken: 2 });
for (let i = 0; i < logs.length; i += 500) await handle.db.insert(resilienceSelfCareDays).values(logs.slice(i, i + 500));
const cks = []; for (let w = 156; w >= 0; w--) { const a = Object.fromEntries(instrument.items.map((it, i) => [it.id, 1 + ((w + i) % 5)])); const s = scoreAnswers(instrument, a); if (s.ok) cks.push({ userId: user.id, instrumentId: instrument.id, takenOn: addDays(today, -7 * w), answers: a, scores: s.value }); }
await handle.db.insert(resilienceCheckins).values(cks);
async function t(label: string, fn: () => Promise<unknown>, n = 200) {
  for (let i = 0; i < 10; i++) await fn();
  const c0 = process.cpuUsage();
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await fn(); ts.push(performance.now() - s); }
  const c = process.cpuUsage(c0);
  ts.sort((a, b) => a - b);
  console.log(label.padEnd(16), 'p50', ts[n / 2 | 0].toFixed(2), 'p95', ts[Math.floor(n * 0.95)].toFixed(2), 'cpu', ((c.user + c.system) / 1000 / n).toFixed(2));
}
const from = addDays(today, -182);
await t('service', () => getDashboard(handle.db, user.id, { today, weeks: 26 }, directHoursPerWeekFromHoursLog));
await t('checkinScores', () => repo.listCheckinScores(handle.db, user.id, { from, to: today }));
await t('latest6', () => repo.listLatestCheckins(handle.db, user.id, 6));
await t('selfcare70', () => repo.listSelfCareDays(handle.db, user.id, { from: addDays(today, -69), to: today }));
await t('weeks', () => repo.summarizeSelfCareWeeks(handle.db, user.id, from, today));
await cleanup();
