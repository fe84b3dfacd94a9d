/**
 * A count with its noun in the right number: "1 hour", "2.5 hours", "0 requirements", "1 entry", "3 entries".
 * Every text shown to a person uses this (or a sentence written for each case) instead of "hour(s)"; a test scans
 * the source for "(s)" plurals. Exactly 1 is singular; 0, fractions and anything else are plural, as in English.
 */
export function countWords(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "1,500", "1.75": at most two decimals, the same in every locale. */
export function formatCount(count: number): string {
  return (Math.round(count * 100) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
}
