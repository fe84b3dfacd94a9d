/*
 * Calendar arithmetic on YYYY-MM-DD dates for the planner, as whole days since 1970-01-01 (UTC, no clock,
 * no time zones), so a plan projects to the same dates on every machine.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number of a real YYYY-MM-DD date, or null when it is not one. */
export function parseIsoDay(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function formatIsoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The same day-of-month `months` later, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const dayOfMonth = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/** Whole months from `from` to `to` (0 when `to` is not later); consistent with addMonthsToDay. */
export function wholeMonthsBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const a = new Date(from * MS_PER_DAY);
  const b = new Date(to * MS_PER_DAY);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonthsToDay(from, months) > to) months--;
  return Math.max(0, months);
}
