// The subset of RFC 5545 recurrence Vocare events use: FREQ=DAILY/WEEKLY/MONTHLY with INTERVAL, BYDAY, COUNT and
// UNTIL, plus EXDATE and RECURRENCE-ID overrides. Occurrences are expanded on the wall clock of the event's zone, so a
// weekly 18:00 meeting stays at 18:00 across daylight-saving changes (ADR 0028).
import { type LocalDateTime, localAsUtcMs, toInstant, toLocal, utcMsAsLocal } from './time-zones.js';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ByDay {
  weekday: Weekday;
  /** Only with MONTHLY: 1 = first, -1 = last; absent = every such weekday. */
  ordinal?: number;
}

export interface RecurrenceRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay: ByDay[];
  count?: number;
  until?: Date;
}

export type RuleParse = { ok: true; rule: RecurrenceRule } | { ok: false; error: string };

const MAX_COUNT = 1000;

/** Parses an RRULE value ("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"), refusing what the subset does not cover. */
export function parseRecurrenceRule(text: string): RuleParse {
  const value = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const piece of value.split(';')) {
    if (piece === '') continue;
    const [key, part] = piece.split('=');
    if (!key || part === undefined || part === '') return { ok: false, error: `"${piece}" is not NAME=VALUE.` };
    const name = key.toUpperCase();
    if (parts.has(name)) return { ok: false, error: `${name} appears twice.` };
    parts.set(name, part.toUpperCase());
  }
  for (const name of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL', 'WKST'].includes(name)) {
      return { ok: false, error: `${name} is not supported (FREQ, INTERVAL, BYDAY, COUNT and UNTIL are).` };
    }
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    return { ok: false, error: 'FREQ must be DAILY, WEEKLY or MONTHLY.' };
  }
  if (parts.has('WKST') && parts.get('WKST') !== 'MO') return { ok: false, error: 'Only WKST=MO is supported.' };
  const intervalText = parts.get('INTERVAL') ?? '1';
  if (!/^\d{1,3}$/.test(intervalText) || Number(intervalText) < 1) {
    return { ok: false, error: 'INTERVAL must be a whole number from 1 to 999.' };
  }
  const byDay: ByDay[] = [];
  const byDayText = parts.get('BYDAY');
  if (byDayText !== undefined) {
    for (const item of byDayText.split(',')) {
      const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
      if (!match) return { ok: false, error: `BYDAY "${item}" is not a weekday such as MO or 1MO.` };
      const weekday = match[2] as Weekday;
      if (match[1] === undefined) {
        byDay.push({ weekday });
        continue;
      }
      const ordinal = Number(match[1]);
      if (freq !== 'MONTHLY') return { ok: false, error: 'A numbered BYDAY (1MO, -1FR) needs FREQ=MONTHLY.' };
      if (ordinal === 0 || Math.abs(ordinal) > 5)
        return { ok: false, error: 'A BYDAY number runs from -5 to 5, not 0.' };
      byDay.push({ weekday, ordinal });
    }
  }
  const rule: RecurrenceRule = { freq, interval: Number(intervalText), byDay };
  const countText = parts.get('COUNT');
  if (countText !== undefined) {
    if (!/^\d{1,4}$/.test(countText) || Number(countText) < 1 || Number(countText) > MAX_COUNT) {
      return { ok: false, error: `COUNT must be from 1 to ${MAX_COUNT}.` };
    }
    rule.count = Number(countText);
  }
  const untilText = parts.get('UNTIL');
  if (untilText !== undefined) {
    const until = parseUntil(untilText);
    if (!until) return { ok: false, error: 'UNTIL must be a UTC time such as 20270101T000000Z or a date 20270101.' };
    rule.until = until;
  }
  if (rule.count !== undefined && rule.until !== undefined) {
    return { ok: false, error: 'COUNT and UNTIL cannot both be given.' };
  }
  return { ok: true, rule };
}

function parseUntil(text: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = '23', mi = '59', s = '59'] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const date = new Date(ms);
  return date.getUTCDate() === Number(d) ? date : null;
}

/** The RRULE value text, in a fixed order so the same rule always reads the same. */
export function formatRecurrenceRule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${d.weekday}`).join(',')}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until)
    parts.push(
      `UNTIL=${rule.until
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
    );
  return parts.join(';');
}

const DAY_MS = 86_400_000;

/** Monday = 0 … Sunday = 6 for a local date. */
function weekdayIndex(local: LocalDateTime): number {
  return (new Date(localAsUtcMs(local)).getUTCDay() + 6) % 7;
}

function withDate(time: LocalDateTime, year: number, month: number, day: number): LocalDateTime {
  return { ...time, year, month, day };
}

function addLocalDays(local: LocalDateTime, days: number): LocalDateTime {
  return utcMsAsLocal(localAsUtcMs(local) + days * DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Candidate local start times of one period (day, week or month), in order, before COUNT/UNTIL are applied. */
function periodCandidates(rule: RecurrenceRule, start: LocalDateTime, period: number): LocalDateTime[] {
  const step = period * rule.interval;
  if (rule.freq === 'DAILY') {
    const day = addLocalDays(start, step);
    const allowed =
      rule.byDay.length === 0 || rule.byDay.some((d) => WEEKDAYS.indexOf(d.weekday) === weekdayIndex(day));
    return allowed ? [day] : [];
  }
  if (rule.freq === 'WEEKLY') {
    const monday = addLocalDays(start, step * 7 - weekdayIndex(start));
    const days = rule.byDay.length === 0 ? [weekdayIndex(start)] : rule.byDay.map((d) => WEEKDAYS.indexOf(d.weekday));
    return [...new Set(days)].sort((a, b) => a - b).map((offset) => addLocalDays(monday, offset));
  }
  const monthIndex = start.year * 12 + (start.month - 1) + step;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const length = daysInMonth(year, month);
  if (rule.byDay.length === 0) {
    // A monthly rule on the 31st skips months without one (RFC 5545 3.3.10).
    return start.day <= length ? [withDate(start, year, month, start.day)] : [];
  }
  const days = new Set<number>();
  for (const { weekday, ordinal } of rule.byDay) {
    const matching: number[] = [];
    for (let day = 1; day <= length; day += 1) {
      if (weekdayIndex(withDate(start, year, month, day)) === WEEKDAYS.indexOf(weekday)) matching.push(day);
    }
    if (ordinal === undefined) for (const day of matching) days.add(day);
    else {
      const day = ordinal > 0 ? matching[ordinal - 1] : matching[matching.length + ordinal];
      if (day !== undefined) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b).map((day) => withDate(start, year, month, day));
}

/** A changed single occurrence: RECURRENCE-ID names the original start, the rest replaces it. */
export interface OccurrenceOverride {
  recurrenceId: Date;
  start: Date;
  end: Date;
  title?: string;
  cancelled?: boolean;
}

export interface RecurringSeries {
  /** First occurrence's wall clock in `zone`. */
  start: LocalDateTime;
  durationMinutes: number;
  zone: string;
  rule?: RecurrenceRule;
  /** Excluded occurrences, by their original start instant. */
  exdates?: Date[];
  overrides?: OccurrenceOverride[];
}

export interface Occurrence {
  /** The original start (the RECURRENCE-ID), which identifies the occurrence even when it is moved. */
  recurrenceId: Date;
  start: Date;
  end: Date;
  title?: string;
  changed: boolean;
}

export interface ExpandOptions {
  /** Occurrences ending before this are left out. */
  from?: Date;
  /** Occurrences starting at or after this are left out. */
  to?: Date;
  /** A guard for open-ended rules. */
  limit?: number;
}

/**
 * Every occurrence of a series in start order: the rule's dates on the zone's wall clock, less EXDATEs, with
 * overrides applied (a moved occurrence keeps its RECURRENCE-ID). COUNT counts the rule's dates before exclusions,
 * as RFC 5545 does.
 */
export function expandOccurrences(series: RecurringSeries, options: ExpandOptions = {}): Occurrence[] {
  const limit = options.limit ?? 500;
  const durationMs = series.durationMinutes * 60_000;
  const starts: Date[] = [];
  const firstStart = toInstant(series.start, series.zone);
  if (!series.rule) starts.push(firstStart);
  else {
    const rule = series.rule;
    const startMs = localAsUtcMs(series.start);
    let counted = 0;
    let emptyPeriods = 0;
    const windowEnd = options.to?.getTime() ?? Number.POSITIVE_INFINITY;
    outer: for (let period = 0; emptyPeriods < 400; period += 1) {
      const candidates = periodCandidates(rule, series.start, period).filter((c) => localAsUtcMs(c) >= startMs);
      emptyPeriods = candidates.length === 0 ? emptyPeriods + 1 : 0;
      for (const candidate of candidates) {
        const instant = toInstant(candidate, series.zone);
        if (rule.until && instant.getTime() > rule.until.getTime()) break outer;
        if (instant.getTime() >= windowEnd) break outer;
        starts.push(instant);
        counted += 1;
        if (rule.count !== undefined && counted >= rule.count) break outer;
        if (rule.count === undefined && !rule.until && starts.length >= limit * 4 && !options.to) break outer;
      }
    }
    // DTSTART is always the first occurrence even when the rule would not produce it (RFC 5545 3.8.5.3).
    if (starts[0]?.getTime() !== firstStart.getTime()) {
      starts.unshift(firstStart);
      if (rule.count !== undefined && starts.length > rule.count) starts.pop();
    }
  }
  const excluded = new Set((series.exdates ?? []).map((d) => d.getTime()));
  const overrides = new Map((series.overrides ?? []).map((o) => [o.recurrenceId.getTime(), o]));
  const occurrences: Occurrence[] = [];
  for (const start of starts) {
    if (excluded.has(start.getTime())) continue;
    const override = overrides.get(start.getTime());
    if (override?.cancelled) continue;
    const occurrence: Occurrence = override
      ? {
          recurrenceId: start,
          start: override.start,
          end: override.end,
          changed: true,
          ...(override.title ? { title: override.title } : {}),
        }
      : { recurrenceId: start, start, end: new Date(start.getTime() + durationMs), changed: false };
    if (options.from && occurrence.end.getTime() <= options.from.getTime()) continue;
    if (options.to && occurrence.start.getTime() >= options.to.getTime()) continue;
    occurrences.push(occurrence);
  }
  occurrences.sort((a, b) => a.start.getTime() - b.start.getTime());
  return occurrences.slice(0, limit);
}

/** The wall-clock reading of each occurrence, for checks that the time of day held across clock changes. */
export function occurrenceWallClock(occurrence: Occurrence, zone: string): LocalDateTime {
  return toLocal(occurrence.start, zone);
}
