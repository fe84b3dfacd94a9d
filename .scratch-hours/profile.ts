import { openBenchDb } from '../bench/bench-kit.js';
import { ensureUser } from '../src/server/features/auth/auth.service.js';
import * as repo from '../src/server/features/hours/hours.repository.js';
import { loadAgreements } from '../src/server/features/hours/hours.service.js';
import { getRuleSet } from '../src/server/features/licensure/licensure.service.js';
import { progressOf } from '../src/server/features/hours/progress.service.js';
import { HoursProgressSchema } from '../src/contracts/hours.js';
import { buildExclusions } from '../src/domain/hours/entry-rules.js';
import { evaluateRules, projectCompletion } from '../src/domain/licensure/evaluate-rules.js';

const { handle, cleanup } = await openBenchDb();
const db = handle.db;
const u = await ensureUser(db, { email: 'p@example.test', password: 'x'.repeat(12), displayName: 'P', roles: ['trainee'] });
const values = [];
for (let i = 0; i < 10000; i++) {
  const day = new Date(Date.UTC(2026, 5, 30) - (2499 - Math.floor(i / 4)) * 86400000).toISOString().slice(0, 10);
  values.push({ userId: u.id, entryDate: day, minutes: 15 * ((i % 8) + 1), startTime: null, endTime: null, category: (['direct','indirect','supervision-individual','supervision-group'] as const)[i % 4], site: 'x', supervisionId: null, supervisorName: null, note: null, source: 'import' as const });
}
await repo.insertEntries(db, values);
async function t(label: string, f: () => Promise<unknown> | unknown, n = 30) {
  const ts: number[] = [];
  let r: unknown;
  for (let i = 0; i < n; i++) { const s = process.cpuUsage(); r = await f(); const d = process.cpuUsage(s); ts.push((d.user + d.system) / 1000); }
  ts.sort((a, b) => a - b);
  console.log(label.padEnd(20), 'p50', ts[Math.floor(n / 2)]!.toFixed(1), 'min', ts[0]!.toFixed(1));
  return r;
}
const log = (await t('loadLog', () => repo.loadLog(db, u.id))) as Awaited<ReturnType<typeof repo.loadLog>>;
const agreements = (await t('agreements', () => loadAgreements(db, u.id))) as Awaited<ReturnType<typeof loadAgreements>>;
const rs = (await t('ruleSet', () => getRuleSet(db, 'US-TX:LPC'))) as Awaited<ReturnType<typeof getRuleSet>>;
await t('goal', () => repo.findGoalRuleSetId(db, u.id));
const ex = buildExclusions(log, agreements, 'logged');
const ev = (await t('evaluate', () => evaluateRules(rs, log, { asOf: '2026-06-30', excluded: ex }))) as ReturnType<typeof evaluateRules>;
await t('project', () => projectCompletion(ev, log, '2026-06-30'));
const p = (await t('progressOf', () => progressOf(rs, { log, agreements }, '2026-06-30', 'logged'))) as ReturnType<typeof progressOf>;
await t('zod parse', () => HoursProgressSchema.parse(p));
await t('json', () => JSON.stringify(p));
console.log('rejected', p.notCounted.length, 'json bytes', JSON.stringify(p).length);
await cleanup();
