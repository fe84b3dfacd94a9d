// Turns what a person types into a PostgreSQL tsquery for the board's english-configured index.
// The english stemmer keeps agent nouns whole ("counselor" stays 'counselor' while "counseling"
// becomes 'counsel'), so a word is also searched as its root, and listings are indexed with the
// roots of their own agent nouns (see agentRoots): "counselor" finds counseling, "counsel" finds
// counselor, "therapist" finds therapy. Terms are whole lexemes, not prefixes: a prefix makes the
// GIN index walk every matching entry, which measured 2-3 times slower on common words.

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

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words people type for a role that listings describe differently: "tutor" finds a homework-club mentor. Kept
 * small and two-way on purpose; each entry widens a search, so a loose one would flood the results.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  tutor: ['homework', 'mentor'],
  tutoring: ['homework', 'mentor'],
  mentor: ['tutor'],
  homework: ['tutor'],
};

/**
 * The forms one typed word is searched as: itself, its root, the root as a "-y" noun (therap -> therapy), and
 * its synonyms.
 */
export function searchForms(word: string): string[] {
  const root = wordRoot(word);
  const synonyms = SYNONYMS[word] ?? [];
  return [...new Set(root ? [word, root, `${root}y`, ...synonyms] : [word, ...synonyms])];
}

/**
 * A tsquery string (for to_tsquery('english', ...)) that requires every word, each in any of its
 * forms. Only letters and digits reach the query, so its syntax cannot be broken by input. Null
 * when nothing searchable is left.
 */
export function toOpportunityTsquery(text: string): string | null {
  const typed = words(text);
  if (typed.length === 0) return null;
  return typed
    .slice(0, 12)
    .map((word) => {
      const forms = searchForms(word);
      return forms.length === 1 ? word : `(${forms.join(' | ')})`;
    })
    .join(' & ');
}

/** The roots (and "-y" nouns) of the agent nouns in a text, added to a listing's search text. */
export function agentRoots(text: string): string[] {
  const roots = new Set<string>();
  for (const word of words(text)) {
    const root = wordRoot(word);
    if (root) {
      roots.add(root);
      roots.add(`${root}y`);
    }
  }
  return [...roots];
}
