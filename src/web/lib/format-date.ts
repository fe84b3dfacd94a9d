import { addDays, formatMonth as formatCalendarMonth, formatDay, MONTH_NAMES } from '#domain/calendar-date.js';

/*
 * The one way the web app shows dates (ADR 0012): "3 Mar 2026" for a day, "Mar 2026" for a month,
 * "3 Mar 2026, 14:05" for a moment. The same text in every browser locale, and the same as the dates in the
 * server's messages (both come from domain/calendar-date.ts). No page formats a date any other way.
 */

/** "3 Mar 2026" for a YYYY-MM-DD date, or for the UTC day of an ISO timestamp; text that is neither is shown as is. */
export function formatDate(value: string): string {
  try {
    return formatDay(value.slice(0, 10));
  } catch {
    return value;
  }
}

/** "3 Mar" (chart axes, where the year is shown once elsewhere). */
export function formatDateWithoutYear(date: string): string {
  return formatDate(date).replace(/ -?\d+$/, '');
}

/** "Mar 2026" for a YYYY-MM month. */
export function formatMonth(month: string): string {
  return formatCalendarMonth(month);
}

/** "3 Mar 2026 to 9 Mar 2026" for the week starting on `monday`. */
export function formatWeek(monday: string): string {
  return `${formatDate(monday)} to ${formatDate(addDays(monday, 6))}`;
}

/** "3 Mar 2026, 14:05" for an ISO timestamp, in the reader's own time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${d.getDate()} ${MONTH_NAMES[d.getMonth()]} ${d.getFullYear()}, ${time}`;
}

/** The reader's own calendar day (YYYY-MM-DD), the default of date fields: what "today" is where they are. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
