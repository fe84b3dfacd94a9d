// Wall-clock times in IANA zones using the runtime's Intl data only: no time-zone library and no download at run
// time (ADR 0028). A "local time" is a wall-clock reading with no zone; an instant is a Date (UTC).

/** A wall-clock reading: calendar fields with no zone attached. Months are 1-12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the zone name (Intl throws a RangeError for unknown names). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant in a zone. */
export function toLocal(instant: Date, zone: string): LocalDateTime {
  const parts = formatterFor(zone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' || era === 'B' ? 1 - field('year') : field('year');
  return {
    year,
    month: field('month'),
    day: field('day'),
    hour: field('hour') % 24,
    minute: field('minute'),
    second: field('second'),
  };
}

/** The local reading as if it were UTC, in milliseconds: handy for arithmetic on wall-clock fields. */
export function localAsUtcMs(local: LocalDateTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, 0);
  return date.getTime();
}

export function utcMsAsLocal(ms: number): LocalDateTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds (east positive). Seconds are dropped, as in ICS. */
export function offsetAt(instant: Date, zone: string): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return localAsUtcMs(toLocal(new Date(whole), zone)) - whole;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock reading names in a zone. An ambiguous reading (clocks turned back) takes the earlier
 * instant and a reading that does not exist (clocks turned forward) is moved forward by the gap, both as RFC 5545
 * 3.3.5 says. Assumes at most one offset change within a day either side, which holds for every IANA zone.
 */
export function toInstant(local: LocalDateTime, zone: string): Date {
  const wall = localAsUtcMs(local);
  const offsetBefore = offsetAt(new Date(wall - DAY_MS), zone);
  const offsetAfter = offsetAt(new Date(wall + DAY_MS), zone);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter((t) => offsetAt(new Date(t), zone) === wall - t);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wall - offsetBefore);
}

/** True when the reading exists in the zone (not skipped by a clock change). */
export function localTimeExists(local: LocalDateTime, zone: string): boolean {
  return sameLocal(toLocal(toInstant(local, zone), zone), local);
}

export function sameLocal(a: LocalDateTime, b: LocalDateTime): boolean {
  return localAsUtcMs(a) === localAsUtcMs(b);
}

/** An offset change: the instant it happens and the offsets either side (milliseconds). */
export interface ZoneTransition {
  at: Date;
  offsetFrom: number;
  offsetTo: number;
}

/**
 * Every offset change between two instants, found by scanning a day at a time and bisecting to the second. No
 * IANA zone changes offset twice within one day, so a daily scan misses none.
 */
export function transitionsBetween(from: Date, to: Date, zone: string): ZoneTransition[] {
  const step = DAY_MS;
  const found: ZoneTransition[] = [];
  let t = from.getTime();
  let offset = offsetAt(new Date(t), zone);
  while (t < to.getTime()) {
    const next = Math.min(t + step, to.getTime());
    const nextOffset = offsetAt(new Date(next), zone);
    if (nextOffset !== offset) {
      let low = t;
      let high = next;
      while (high - low > 1000) {
        const middle = Math.floor((low + high) / 2000) * 1000;
        if (offsetAt(new Date(middle), zone) === offset) low = middle;
        else high = middle;
      }
      found.push({ at: new Date(high), offsetFrom: offset, offsetTo: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return found;
}
