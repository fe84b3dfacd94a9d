import type { MatchProfile } from '#contracts/matching.js';
import { CAUSE_IDS, EDUCATION_IDS, LEVEL_IDS, SCALE_IDS, WORK_VALUE_IDS } from '#contracts/vocabulary.js';

/** A small deterministic generator (mulberry32): the same seed gives the same profiles on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Varied assessment answers for tests and benchmarks: causes, scale, education within reach, values, sometimes a
 * state, usually interest scores. `flatInterestShare` of the interest profiles score every area the same (the
 * case where interests cannot tell careers apart).
 */
export function generateMatchProfiles(
  count: number,
  options: { seed: number; jurisdictions: readonly string[]; flatInterestShare?: number },
): MatchProfile[] {
  const random = seeded(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items))),
  ];
  const score = () => Math.round(random() * 70) / 10;
  const flatShare = options.flatInterestShare ?? 0;
  return Array.from({ length: count }, () => {
    const current = random() < 0.5 ? pick(EDUCATION_IDS.slice(0, 4)) : undefined;
    const floor = current === undefined ? 0 : EDUCATION_IDS.indexOf(current);
    const profile: MatchProfile = {
      causes: some(CAUSE_IDS, 4),
      scale: pick([...SCALE_IDS, 'any'] as const),
      clientContact: pick([...LEVEL_IDS, 'any'] as const),
      emotionalIntensity: pick([...LEVEL_IDS, 'any'] as const),
      maxEducation: pick(EDUCATION_IDS.slice(floor)),
      currentEducation: current,
      needsFlexibleStudy: random() < 0.3 ? true : undefined,
      values: some(WORK_VALUE_IDS, 3),
      jurisdiction: random() < 0.5 ? pick(options.jurisdictions) : undefined,
    };
    if (random() < 0.8) {
      const flat = flatShare > 0 && random() < flatShare ? score() : null;
      profile.interests =
        flat === null
          ? { R: score(), I: score(), A: score(), S: score(), E: score(), C: score() }
          : { R: flat, I: flat, A: flat, S: flat, E: flat, C: flat };
    }
    return profile;
  });
}
