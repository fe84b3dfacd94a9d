/** Every hours query starts with this key, so a change to the log invalidates them all at once. */
export const hoursKey = ['hours'] as const;

/** The person's own calendar date (YYYY-MM-DD): entries and "today" follow their clock, not the server's. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
