import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Career } from '#contracts/careers.js';
import type { MatchProfile, MatchResult } from '#contracts/matching.js';
import { CAUSE_IDS, EDUCATION_IDS, LEVEL_IDS, SCALE_IDS, WORK_VALUE_IDS } from '#contracts/vocabulary.js';
import { MATCH_WEIGHTS, scoreCareers } from './rank-careers.js';

// The shipped catalog, as the loader writes it.
const dataDir = path.resolve(import.meta.dirname, '../../../data');
const read = (file: string): Career[] => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
const curated = read('careers/curated.json');
const claimed = new Set(curated.filter((c) => c.socMatch === 'exact').map((c) => c.socCode));
const catalog = [...read('onet/occupations.json').filter((o) => !claimed.has(o.socCode)), ...curated];

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function profiles(count: number): MatchProfile[] {
  const random = seeded(19);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items))),
  ];
  const score = () => Math.round(random() * 70) / 10;
  return Array.from({ length: count }, () => {
    const current = random() < 0.5 ? pick(EDUCATION_IDS.slice(0, 4)) : undefined;
    const floor = current === undefined ? 0 : EDUCATION_IDS.indexOf(current);
    const flat = random() < 0.05 ? score() : null;
    return {
      causes: some(CAUSE_IDS, 4),
      scale: pick([...SCALE_IDS, 'any'] as const),
      clientContact: pick([...LEVEL_IDS, 'any'] as const),
      emotionalIntensity: pick([...LEVEL_IDS, 'any'] as const),
      maxEducation: pick(EDUCATION_IDS.slice(floor)),
      currentEducation: current,
      needsFlexibleStudy: random() < 0.3 ? true : undefined,
      values: some(WORK_VALUE_IDS, 3),
      jurisdiction: random() < 0.5 ? pick(['US-TX', 'US-CA', 'US-WY']) : undefined,
      interests:
        random() < 0.8
          ? flat === null
            ? { R: score(), I: score(), A: score(), S: score(), E: score(), C: score() }
            : { R: flat, I: flat, A: flat, S: flat, E: flat, C: flat }
          : undefined,
    };
  });
}

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
    for (const [i, profile] of profiles(120).entries()) {
      const { ranked, explain } = scoreCareers(profile, catalog, { scope: i % 3 === 0 ? 'curated' : 'all' });
      const explained = ranked.map(explain);
      expect(explained.map((r) => r.score)).toEqual(ranked.map((r) => r.score));
      expect(explained.map(rawOf)).toEqual(ranked.map((r) => r.raw));
      expect(ranked.map((r) => r.career.id)).toEqual(rankByExplanations(explained));
    }
  }, 120_000);
});
