/**
 * Turns free text into a prefix tsquery for PostgreSQL full-text search ("volunt" finds
 * "volunteer", "volunteering"); null when no searchable word is left.
 */
export function toGuideTsquery(q: string): string | null {
  const tokens = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0) return null;
  return tokens
    .slice(0, 12)
    .map((t) => `${t}:*`)
    .join(' & ');
}
