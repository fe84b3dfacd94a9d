/**
 * Where "Plan this path" goes: the pathway planner with the career (and a jurisdiction, when the person gave one)
 * already chosen. Other features link here, e.g. a match result:
 *   <Link to={planPathHref(result.id, profile.jurisdiction)}>Plan this path</Link>
 */
export function planPathHref(careerId: string, jurisdiction?: string | null): string {
  const params = new URLSearchParams({ career: careerId });
  if (jurisdiction) params.set('jurisdiction', jurisdiction);
  return `/pathways?${params}`;
}
