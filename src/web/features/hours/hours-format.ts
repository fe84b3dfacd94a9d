import type { EntryStatus, SupervisionStatus } from '#contracts/hours.js';
import { countWords, formatCount } from '#domain/count-words.js';
import { formatDate } from '#web/lib/format-date.js';

// Words and number formats of the hours pages; pure, so they are unit-tested without a browser.

/** "1.75" / "1,500": hours with at most two decimals. */
export function formatHours(hours: number): string {
  return formatCount(hours);
}

/** "1 hour", "2.5 hours", "18 months". */
export function formatAmount(value: number, unit: 'hours' | 'months'): string {
  return countWords(value, unit.slice(0, -1), unit);
}

/** The banner after logging an entry: "Logged 1 hour on 3 Mar 2026." */
export function loggedMessage(hours: number, date: string): string {
  return `Logged ${formatAmount(hours, 'hours')} on ${formatDate(date)}.`;
}

export const STATUS_LABELS: Record<EntryStatus, string> = {
  unverified: 'Awaiting verification',
  verified: 'Verified',
  returned: 'Returned for correction',
};

export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = {
  invited: 'Invited',
  active: 'Supervising',
  ended: 'Ended',
  removed: 'Removed',
  declined: 'Declined',
};

/** Hours from a start and end time (HH:MM), or null when they do not make a positive quarter-hour span. */
export function hoursBetween(start: string, end: string): number | null {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  if (!/^\d{2}:\d{2}$/.test(start) || !/^\d{2}:\d{2}$/.test(end)) return null;
  const span = minutes(end) - minutes(start);
  return span > 0 && span % 15 === 0 ? span / 60 : null;
}

/** Round tick values from 0 to at least `max`, about `count` of them. */
export function chartTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}
