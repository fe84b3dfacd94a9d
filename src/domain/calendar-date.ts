/*
 * The one calendar-date module: dates are YYYY-MM-DD strings (months YYYY-MM), computed in UTC so a day is always
 * 24 hours and a plan projects to the same dates on every machine. No clock is read here: "today" comes from an
 * instant the caller passes (the app's injected `now()`), so tests fix it. Behaviour is in ADR 0012.
 * Internally a date is a day number (whole days since 1970-01-01), the form the pathway planner computes with.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Short English month names, January first: the one list for every displayed date. */
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** A UTC midnight; setUTCFullYear because Date.UTC reads years 0-99 as 1900-1999. */
function utcMidnight(year: number, monthIndex: number, dayOfMonth: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, dayOfMonth);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month, 0).getUTCDate();
}

function dayNumberOf(year: number, month: number, dayOfMonth: number): number {
  return Math.round(utcMidnight(year, month - 1, dayOfMonth).getTime() / MS_PER_DAY);
}

/** Day number of a real YYYY-MM-DD date (2026-02-30 is not one), or null. */
export function parseIsoDay(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf(year, month, day);
}

/** The two ways a typed date is read: ISO (2026-10-07) or US month/day/year (10/07/2026, 7 October 2026). */
export type DateNotation = 'iso' | 'us';

export const DATE_NOTATION_LABELS: Record<DateNotation, string> = {
  iso: 'YYYY-MM-DD',
  us: 'MM/DD/YYYY (month first, US style)',
};

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a date written YYYY-MM-DD or MM/DD/YYYY. Slashed dates are always month first (US style), never
 * day first, so "10/07/2026" is 7 October 2026 and "25/07/2026" is refused. Returns the ISO date and the
 * notation it was read in, or null.
 */
export function readDate(text: string): { date: string; notation: DateNotation } | null {
  if (parseIsoDay(text) !== null) return { date: text, notation: 'iso' };
  const match = US_DATE.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[1]?.padStart(2, '0')}-${match[2]?.padStart(2, '0')}`;
  return parseIsoDay(iso) === null ? null : { date: iso, notation: 'us' };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  return parseIsoDay(text) !== null;
}

/** YYYY-MM-DD of a day number. */
export function formatIsoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of a date the caller already validated; a non-date is a programming error and throws. */
function toDay(date: string): number {
  const day = parseIsoDay(date);
  if (day === null) throw new RangeError(`"${date}" is not a YYYY-MM-DD calendar date`);
  return day;
}

/** The UTC calendar date of an instant (pass the injected clock's `now()`, never read the wall clock here). */
export function todayUtc(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return formatIsoDay(toDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** The same day of the month `months` later, clamped to a shorter month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayNumberOf(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}

/** `addMonthsToDay` on a YYYY-MM-DD date. */
export function addMonths(date: string, months: number): string {
  return formatIsoDay(addMonthsToDay(toDay(date), months));
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

/** The Monday of the ISO week holding `date` (weeks run Monday to Sunday, so it may be in the previous year). */
export function mondayOf(date: string): string {
  const day = toDay(date);
  // Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 counts days since Monday.
  return formatIsoDay(day - ((((day + 3) % 7) + 7) % 7));
}

export function isMonday(date: string): boolean {
  return mondayOf(date) === date;
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function dateRange(from: string, to: string): string[] {
  const start = toDay(from);
  const end = toDay(to);
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => formatIsoDay(start + i));
}

/** YYYY-MM of a date. */
export function monthOf(date: string): string {
  return formatIsoDay(toDay(date)).slice(0, 7);
}

/** YYYY-MM moved by `months`. */
export function addMonthsToMonth(month: string, months: number): string {
  const match = ISO_MONTH.exec(month);
  const m = match ? Number(match[2]) : 0;
  if (!match || m < 1 || m > 12) throw new RangeError(`"${month}" is not a YYYY-MM month`);
  return addMonths(`${match[1]}-${match[2]}-01`, months).slice(0, 7);
}

/** "3 Mar 2026": the one way a date is shown to a person (server messages and web pages), the same in every locale. */
export function formatDay(date: string): string {
  const day = toDay(date);
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Mar 2026" from YYYY-MM. */
export function formatMonth(month: string): string {
  return formatDay(`${addMonthsToMonth(month, 0)}-01`).replace(/^1 /, '');
}
