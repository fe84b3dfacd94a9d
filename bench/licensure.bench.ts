import fs from 'node:fs';
import path from 'node:path';
import { type HourEntryForEvaluation, type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import { HOUR_CATEGORY_IDS } from '#contracts/vocabulary.js';
import { evaluateRules } from '#domain/licensure/evaluate-rules.js';
import { type BenchResult, percentile, round } from './bench-kit.js';

const ENTRIES = 10_000;
const WARM_UP_RUNS = 30;
const TIMED_RUNS = 300;
const TARGET_MS = 10;

/** A deterministic log: ~9 entries a day over three years, every category, quarter-hour durations. */
function buildLog(count: number): HourEntryForEvaluation[] {
  let seed = 20_260_901;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const start = Date.UTC(2024, 0, 1);
  const days = 3 * 365;
  return Array.from({ length: count }, (_, i) => ({
    id: `entry-${String(i).padStart(5, '0')}`,
    date: new Date(start + Math.floor(next() * days) * 86_400_000).toISOString().slice(0, 10),
    hours: (1 + Math.floor(next() * 24)) * 0.25,
    category: HOUR_CATEGORY_IDS[Math.floor(next() * HOUR_CATEGORY_IDS.length)] ?? 'direct',
  }));
}

/** A shipped rule set with a weekly limit, a window and a group cap added, so every code path is exercised. */
function everyKindRuleSet(base: RuleSet): RuleSet {
  return RuleSetSchema.parse({
    ...base,
    requirements: [
      ...base.requirements.map((r) => (r.kind === 'supervision-hours' && r.verified ? { ...r, groupCap: 100 } : r)),
      { id: 'weekly-limit', kind: 'max-hours-per-week', label: 'Weekly limit', verified: true, hours: 40 },
      { id: 'window', kind: 'window', label: 'Within 6 years', verified: true, months: 72 },
    ],
  });
}

/**
 * Wall-clock and CPU time of each timed run, sorted. CPU time (this process, all threads, so GC included) is reported
 * too because on a busy machine a 3 ms run that loses the CPU shows up as a wall-clock spike of a whole time slice.
 */
function timeRuns(ruleSet: RuleSet, log: readonly HourEntryForEvaluation[]): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < WARM_UP_RUNS; i++) evaluateRules(ruleSet, log);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    evaluateRules(ruleSet, log);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

export async function benchLicensure(): Promise<BenchResult[]> {
  const file = path.resolve(import.meta.dirname, '../data/licensure/rules.json');
  const shipped = RuleSetSchema.array().parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const texasMft = shipped.find((r) => r.id === 'US-TX:LMFT');
  if (!texasMft) throw new Error('US-TX:LMFT missing from data/licensure/rules.json');
  const log = buildLog(ENTRIES);
  const results: BenchResult[] = [];
  for (const [label, ruleSet] of [
    ['us_tx_lmft', texasMft],
    ['every_kind', everyKindRuleSet(texasMft)],
  ] as const) {
    const { wall, cpu } = timeRuns(ruleSet, log);
    const note = `${ENTRIES} entries, ${ruleSet.requirements.length} requirements, ${TIMED_RUNS} runs after ${WARM_UP_RUNS} warm-up; target < ${TARGET_MS} ms`;
    results.push(
      { name: `licensure_evaluate_10k_${label}_median`, value: round(percentile(wall, 50), 3), unit: 'ms', note },
      { name: `licensure_evaluate_10k_${label}_p95`, value: round(percentile(wall, 95), 3), unit: 'ms', note },
      {
        name: `licensure_evaluate_10k_${label}_cpu_p95`,
        value: round(percentile(cpu, 95), 3),
        unit: 'ms',
        note: 'CPU time of the process per run (unaffected by other processes taking the CPU)',
      },
    );
  }
  return results;
}
