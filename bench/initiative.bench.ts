import { exportPlan } from '#server/features/initiative/initiative-export.js';
import { bigPlan } from '#tests/factories/initiative.js';
import { type BenchResult, percentile, round } from './bench-kit.js';

const NOW = new Date('2026-12-05T09:00:00Z');

async function time(run: () => Promise<unknown>, rounds: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run();
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

/** The one-page PDF export of an initiative plan (target p95 < 200 ms), small and with 40 activities. */
export async function benchInitiative(): Promise<BenchResult[]> {
  const small = bigPlan(3);
  const large = bigPlan(40);
  const smallTimes = await time(() => exportPlan('bench', small, 'pdf', NOW), 30);
  const largeTimes = await time(() => exportPlan('bench', large, 'pdf', NOW), 15);
  return [
    {
      name: 'initiative_pdf_export_p95',
      value: round(percentile(smallTimes, 95), 1),
      unit: 'ms',
      note: 'one-page summary of a plan with 3 activities (plus appendix), 30 rounds; target < 200 ms',
    },
    {
      name: 'initiative_pdf_export_40_activities_p95',
      value: round(percentile(largeTimes, 95), 1),
      unit: 'ms',
      note: 'one-page summary and a multi-page appendix of a plan with 40 activities, 15 rounds',
    },
  ];
}
