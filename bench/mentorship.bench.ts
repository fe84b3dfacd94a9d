import {
  HELP_KIND_IDS,
  type MatcherMentee,
  MatcherMenteeSchema,
  type MatcherMentor,
  MatcherMentorSchema,
  MENTORING_VALUE_IDS,
} from '#contracts/mentorship.js';
import { CURRENT_STAGE_IDS } from '#contracts/pathways.js';
import { CAUSE_IDS, SCALE_IDS } from '#contracts/vocabulary.js';
import { assignMentorPool } from '#domain/mentorship/match-mentors.js';
import { type BenchResult, round } from './bench-kit.js';

/** mulberry32: every run matches the same pool. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function some<T>(random: () => number, all: readonly T[], max: number): T[] {
  const n = Math.floor(random() * (max + 1));
  return [...new Set(Array.from({ length: n }, () => all[Math.floor(random() * all.length)] as T))];
}

const CAREERS = Array.from({ length: 60 }, (_, i) => `career-${i}`);
const POPULATIONS = ['veterans', 'youth', 'elders', 'refugees', 'families', 'students'];
const LANGUAGES = ['en', 'es', 'fr', 'vi', 'zh'];

/** The bench pool: 10,000 mentees and 2,000 mentors with capacities 1-5, the same every run. */
export function buildMentorPool(): { mentees: MatcherMentee[]; mentors: MatcherMentor[] } {
  const random = seeded(16);
  const mentors = Array.from({ length: 2000 }, (_, i) =>
    MatcherMentorSchema.parse({
      id: `mentor-${String(i).padStart(4, '0')}`,
      careers: some(random, CAREERS, 3),
      scales: some(random, SCALE_IDS, 2),
      causes: some(random, CAUSE_IDS, 4),
      values: some(random, MENTORING_VALUE_IDS, 4),
      helpWith: some(random, HELP_KIND_IDS, 4),
      stages: some(random, CURRENT_STAGE_IDS, 4),
      populations: some(random, POPULATIONS, 2),
      languages: random() < 0.8 ? ['en'] : ['en', LANGUAGES[1 + Math.floor(random() * 4)]],
      mode: random() < 0.6 ? 'either' : random() < 0.5 ? 'remote' : 'in-person',
      place: 'Austin',
      capacity: 1 + Math.floor(random() * 5),
      taken: Math.floor(random() * 2),
    }),
  );
  const mentees = Array.from({ length: 10_000 }, (_, i) =>
    MatcherMenteeSchema.parse({
      id: `mentee-${String(i).padStart(5, '0')}`,
      careers: some(random, CAREERS, 2),
      scale: SCALE_IDS[Math.floor(random() * 3)],
      causes: some(random, CAUSE_IDS, 3),
      values: some(random, MENTORING_VALUE_IDS, 3),
      helpWith: some(random, HELP_KIND_IDS, 3),
      stage: CURRENT_STAGE_IDS[Math.floor(random() * CURRENT_STAGE_IDS.length)],
      populations: some(random, POPULATIONS, 1),
      languages: random() < 0.9 ? ['en'] : [LANGUAGES[Math.floor(random() * 5)]],
      mode: random() < 0.7 ? 'either' : 'remote',
    }),
  );
  return { mentees, mentors };
}

/** Matches the bench pool `runs` times. */
export async function benchMentorship(runs = 3): Promise<BenchResult[]> {
  const { mentees, mentors } = buildMentorPool();
  const times: number[] = [];
  const cpu: number[] = [];
  let suggested = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const result = assignMentorPool(mentees, mentors);
    times.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    suggested = result.reduce((n, x) => n + x.suggestions.length, 0);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return [
    {
      name: 'mentorship.match-pool.10k-mentees-2k-mentors.median',
      value: round(times[Math.floor(times.length / 2)] ?? Number.NaN),
      unit: 'ms',
      note: `target < 2000 ms; ${runs} runs; ${suggested} suggestions handed out with capacities respected`,
    },
    {
      name: 'mentorship.match-pool.10k-mentees-2k-mentors.cpu-median',
      value: round(cpu[Math.floor(cpu.length / 2)] ?? Number.NaN),
      unit: 'ms',
      note: 'CPU time of the same runs (less sensitive to a busy machine than wall time)',
    },
  ];
}
