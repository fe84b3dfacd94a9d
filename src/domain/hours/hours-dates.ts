// Calendar-day arithmetic on YYYY-MM-DD strings, in UTC so a day is always 24 hours.

const DAY_MS = 86_400_000;

function toUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative goes back). */
export function addDays(day: string, days: number): string {
  return fromUtc(new Date(toUtc(day).getTime() + days * DAY_MS));
}

/** The Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = toUtc(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export function isMonday(day: string): boolean {
  return toUtc(day).getUTCDay() === 1;
}

/** YYYY-MM of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** YYYY-MM moved by `months`. */
export function addMonthsToMonth(month: string, months: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}`;
}

/** The later of two YYYY-MM-DD dates (ISO dates compare as strings). */
export function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}

/** Today's date in UTC, from a clock reading (callers pass `new Date()`; tests pass a fixed one). */
export function dayOf(instant: Date): string {
  return fromUtc(instant);
}
