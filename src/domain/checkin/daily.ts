/*
 * Several check-ins on one day (docs/decisions/0020-checkins-per-day.md): the latest of the day counts. Every
 * place that reads check-ins as a series (the latest card, trends, early warnings, shared summaries) passes them
 * through `latestOfEachDay` first, so a day has one score per subscale everywhere. Earlier check-ins of the day stay
 * in the person's records (history, export) and can be deleted there.
 */

/** A check-in as far as this rule cares: its day and, when known, when it was saved (ISO-8601). */
export interface DatedCheckin {
  date: string;
  createdAt?: string | undefined;
}

/**
 * One check-in per day, the latest saved of each, oldest day first. Check-ins without `createdAt` are taken in
 * the order given (a later one of the same day wins).
 */
export function latestOfEachDay<T extends DatedCheckin>(checkins: readonly T[]): T[] {
  const ordered = checkins
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        a.c.date.localeCompare(b.c.date) || (a.c.createdAt ?? '').localeCompare(b.c.createdAt ?? '') || a.i - b.i,
    );
  const byDay = new Map<string, T>();
  for (const { c } of ordered) byDay.set(c.date, c);
  return [...byDay.values()];
}

/** The check-in that counts for the latest day before `date` (what a new check-in is compared with), or null. */
export function previousCountingCheckin<T extends DatedCheckin>(checkins: readonly T[], date: string): T | null {
  return (
    latestOfEachDay(checkins)
      .filter((c) => c.date < date)
      .at(-1) ?? null
  );
}
