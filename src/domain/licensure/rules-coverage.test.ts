import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RuleSetSchema } from '#contracts/licensure.js';
import { RulesCoverageSchema } from '#contracts/licensure-api.js';
import { summarizeCoverage } from './rules-coverage.js';

const shipped = RuleSetSchema.array().parse(
  JSON.parse(readFileSync(new URL('../../../data/licensure/rules.json', import.meta.url), 'utf8')),
);

describe('summarizeCoverage', () => {
  it('counts the shipped rules: every state and DC, verified and official counts that add up', () => {
    const coverage = RulesCoverageSchema.parse(summarizeCoverage(shipped));
    expect(coverage.ruleSets).toBe(205);
    expect(coverage.jurisdictions).toBe(51);
    expect(coverage.requirements).toBe(shipped.reduce((n, r) => n + r.requirements.length, 0));
    expect(coverage.verified).toBeLessThanOrEqual(coverage.requirements);
    expect(coverage.officialSources).toBeLessThanOrEqual(coverage.verified);
    for (const row of coverage.rows) expect(row.verified + row.notVerified).toBe(row.requirements);
    expect(coverage.rows[0]?.jurisdictionName).toBe('Alabama');
    expect(coverage.rows.slice(0, 4).map((r) => r.family)).toEqual(['counselor', 'mft', 'social-work', 'psychology']);
  });

  it('counts a requirement resting on one third-party site as neither verified nor official', () => {
    const base = shipped.find((r) => r.id === 'US-TX:LPC');
    if (!base) throw new Error('no US-TX:LPC');
    const rs = RuleSetSchema.parse({
      ...base,
      requirements: [
        {
          id: 'total-hours',
          kind: 'total-hours',
          label: 'Total',
          verified: false,
          sources: [
            {
              url: 'https://guide.example/tx',
              title: 'Guide',
              kind: 'third-party',
              quote: '3,000 hours',
              readOn: '2026-12-04',
            },
          ],
        },
      ],
    });
    const coverage = summarizeCoverage([rs]);
    expect(coverage).toMatchObject({ ruleSets: 1, requirements: 1, verified: 0, officialSources: 0 });
    expect(coverage.bySourceKind['third-party']).toBe(1);
  });
});
