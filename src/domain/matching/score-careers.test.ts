import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Career } from '#contracts/careers.js';
import type { MatchResult } from '#contracts/matching.js';
import { generateMatchProfiles } from '#tests/factories/match-profiles.js';
import { MATCH_WEIGHTS, scoreCareers } from './rank-careers.js';

// The shipped catalog, as the loader writes it.
const dataDir = path.resolve(import.meta.dirname, '../../../data');
const read = (file: string): Career[] => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
const curated = read('careers/curated.json');
const claimed = new Set(curated.filter((c) => c.socMatch === 'exact').map((c) => c.socCode));
const catalog = [...read('onet/occupations.json').filter((o) => !claimed.has(o.socCode)), ...curated];

const rawOf = (r: MatchResult): number => r.factors.reduce((sum: number, f) => sum + f.points, MATCH_WEIGHTS.base);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ranking as it was made before numeric scoring: explain every career, then sort by its factors' total. */
function rankByExplanations(results: MatchResult[]): string[] {
  return [...results]
    .sort(
      (a, b) => b.score - a.score || rawOf(b) - rawOf(a) || compareText(a.title, b.title) || compareText(a.id, b.id),
    )
    .map((r) => r.id);
}

describe('numeric scoring', () => {
  it('ranks 120 generated profiles over the shipped catalog exactly as explaining every career does', () => {
    for (const [i, profile] of generateMatchProfiles(120, {
      seed: 19,
      jurisdictions: ['US-TX', 'US-CA', 'US-WY'],
      flatInterestShare: 0.05,
    }).entries()) {
      const { ranked, explain } = scoreCareers(profile, catalog, { scope: i % 3 === 0 ? 'curated' : 'all' });
      const explained = ranked.map(explain);
      expect(explained.map((r) => r.score)).toEqual(ranked.map((r) => r.score));
      expect(explained.map(rawOf)).toEqual(ranked.map((r) => r.raw));
      expect(ranked.map((r) => r.career.id)).toEqual(rankByExplanations(explained));
    }
  }, 120_000);
});
