// Turns what a person types into a PostgreSQL tsquery for the board's english-configured index.
// The english stemmer keeps agent nouns whole ("counselor" stays 'counselor' while "counseling"
// becomes 'counsel'), so each word also matches the prefix of its root: "counselor" finds
// counseling, "therapist" finds therapy, "teacher" finds teaching.

const AGENT_SUFFIXES = ['ors', 'ers', 'ists', 'ians', 'or', 'er', 'ist', 'ian', 'ing', 'ion', 'ions'];
/** Shorter roots match too much ("mentor" -> "ment" would find "mental"). */
const MIN_ROOT_LENGTH = 5;

/** The root a word shares with its relatives, or null when stripping a suffix would leave too little. */
export function wordRoot(word: string): string | null {
  for (const suffix of AGENT_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_ROOT_LENGTH) {
      return word.slice(0, -suffix.length);
    }
  }
  return null;
}

/**
 * A tsquery string (for to_tsquery('english', ...)) that requires every word, each as a prefix
 * of itself or of its root. Only letters and digits reach the query, so its syntax cannot be
 * broken by input. Null when nothing searchable is left.
 */
export function toOpportunityTsquery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((word) => {
      const root = wordRoot(word);
      return root ? `(${word}:* | ${root}:*)` : `${word}:*`;
    })
    .join(' & ');
}
