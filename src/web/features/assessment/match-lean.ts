/**
 * Every career starts at 50 (neutral) and each answered factor moves it up or down, so 50 means "nothing for or
 * against", not "half a match". The words and the signed distance are measured from that neutral point.
 */
export const NEUTRAL_SCORE = 50;

export interface MatchLean {
  /** Plain words for the lean, e.g. "Leans your way". */
  words: string;
  /** Points above (+) or below (-) neutral. */
  fromNeutral: number;
}

export function matchLean(score: number): MatchLean {
  const fromNeutral = score - NEUTRAL_SCORE;
  const words =
    fromNeutral >= 30
      ? 'A strong fit'
      : fromNeutral >= 15
        ? 'A good fit'
        : fromNeutral >= 5
          ? 'Leans your way'
          : fromNeutral > -5
            ? 'Neutral: nothing much for or against'
            : fromNeutral > -15
              ? 'Leans away from you'
              : 'A poor fit';
  return { words, fromNeutral };
}

/** "+12 from neutral", "−8 from neutral", "at neutral". */
export function formatFromNeutral(fromNeutral: number): string {
  if (fromNeutral === 0) return 'at neutral';
  return `${fromNeutral > 0 ? '+' : '−'}${Math.abs(fromNeutral)} from neutral`;
}
