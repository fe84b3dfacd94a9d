import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '#domain/markdown/markdown.js';
import { type BenchResult, percentile, round } from './bench-kit.js';

// Runs of unclosed markup: the inputs that make a naive parser quadratic.
const HOSTILE = [
  { source: '*a '.repeat(4000) + '[['.repeat(3000) + '`'.repeat(3000), allowHeadings: false },
  { source: '> '.repeat(5000), allowHeadings: false },
  { source: '_a '.repeat(5000) + '**b '.repeat(5000), allowHeadings: true },
];

function time(run: () => void, rounds: number): number[] {
  for (let i = 0; i < 3; i++) run();
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

/** The Markdown dialect on a shipped guide and on hostile input (pure CPU, no database). */
export async function benchMarkdown(): Promise<BenchResult[]> {
  const guide = readFileSync(
    path.resolve(import.meta.dirname, '../data/guides/licensure-and-supervised-hours.md'),
    'utf8',
  );
  const guideTimes = time(() => parseMarkdown(guide, { allowHeadings: true }), 200);
  const hostileTimes = time(() => {
    for (const { source, allowHeadings } of HOSTILE) parseMarkdown(source, { allowHeadings });
  }, 10);
  return [
    {
      name: 'markdown_guide_parse_p50',
      value: round(percentile(guideTimes, 50), 3),
      unit: 'ms',
      note: `one shipped guide (${guide.length} characters), 200 rounds`,
    },
    {
      name: 'markdown_hostile_parse_p95',
      value: round(percentile(hostileTimes, 95)),
      unit: 'ms',
      note: 'three 12-20k-character runs of unclosed *, _, **, [[, ` and > together; target < 500 ms',
    },
  ];
}
