// Calendar files for events: times on the event zone's wall clock with a VTIMEZONE built from Intl (so calendar apps
// keep the time of day across clock changes), RRULE, EXDATE and one VEVENT per changed occurrence (RECURRENCE-ID).
// The parser reads back what the writer writes, for round-trip tests and imports of the same shape (ADR 0028).
import { escapeIcsText, foldIcsLine, formatIcsUtc } from '../ics.js';
import {
  formatRecurrenceRule,
  type OccurrenceOverride,
  parseRecurrenceRule,
  type RecurringSeries,
} from './recurrence.js';
import {
  type LocalDateTime,
  localAsUtcMs,
  toInstant,
  toLocal,
  transitionsBetween,
  utcMsAsLocal,
} from './time-zones.js';

export interface CalendarEvent extends RecurringSeries {
  /** Stable across edits. */
  uid: string;
  /** Raised on every edit. */
  sequence: number;
  title: string;
  description?: string;
  location?: string;
  url?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatLocal(local: LocalDateTime): string {
  return `${pad(local.year, 4)}${pad(local.month)}${pad(local.day)}T${pad(local.hour)}${pad(local.minute)}${pad(local.second)}`;
}

function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(ms) / 60_000;
  return `${sign}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

/** A VTIMEZONE for the years the events span, one STANDARD/DAYLIGHT block per actual change (no guessed rules). */
export function buildVtimezone(zone: string, from: Date, to: Date): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const spanStart = new Date(Date.UTC(from.getUTCFullYear(), 0, 1));
  const spanEnd = new Date(Date.UTC(to.getUTCFullYear() + 1, 0, 1));
  const transitions = transitionsBetween(spanStart, spanEnd, zone);
  if (transitions.length === 0) {
    const offset = localAsUtcMs(toLocal(spanStart, zone)) - spanStart.getTime();
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${formatLocal(utcMsAsLocal(spanStart.getTime() + offset))}`,
      `TZOFFSETFROM:${formatOffset(offset)}`,
      `TZOFFSETTO:${formatOffset(offset)}`,
      'END:STANDARD',
    );
  }
  for (const change of transitions) {
    // Daylight time is the one with the larger offset of the pair.
    const kind = change.offsetTo > change.offsetFrom ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${formatLocal(utcMsAsLocal(change.at.getTime() + change.offsetFrom))}`,
      `TZOFFSETFROM:${formatOffset(change.offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(change.offsetTo)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * A time on the zone's wall clock, or in UTC when the wall clock cannot name it: the later of a repeated local time
 * (a moved occurrence can land there) reads back as the earlier one (RFC 5545 3.3.5), so it is written as UTC.
 */
function zoned(name: string, instant: Date, zone: string): string {
  const local = toLocal(instant, zone);
  if (toInstant(local, zone).getTime() !== instant.getTime()) return `${name}:${formatIcsUtc(instant)}`;
  return `${name};TZID=${zone}:${formatLocal(local)}`;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const start = toInstant(event.start, event.zone);
  const end = new Date(start.getTime() + event.durationMinutes * 60_000);
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `SEQUENCE:${event.sequence}`, `DTSTAMP:${formatIcsUtc(stamp)}`];
  lines.push(`DTSTART;TZID=${event.zone}:${formatLocal(event.start)}`, zoned('DTEND', end, event.zone));
  if (event.rule) lines.push(`RRULE:${formatRecurrenceRule(event.rule)}`);
  for (const exdate of event.exdates ?? []) lines.push(zoned('EXDATE', exdate, event.zone));
  lines.push(`SUMMARY:${escapeIcsText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  for (const override of event.overrides ?? []) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `SEQUENCE:${event.sequence}`, `DTSTAMP:${formatIcsUtc(stamp)}`);
    lines.push(zoned('RECURRENCE-ID', override.recurrenceId, event.zone));
    lines.push(zoned('DTSTART', override.start, event.zone), zoned('DTEND', override.end, event.zone));
    lines.push(`SUMMARY:${escapeIcsText(override.title ?? event.title)}`);
    if (override.cancelled) lines.push('STATUS:CANCELLED');
    lines.push('END:VEVENT');
  }
  return lines;
}

/**
 * Something else a person's private feed carries, from another feature: a timed item kept in UTC (a mentoring
 * conversation) or a whole day (a plan milestone's due date, which has no time). UID and SEQUENCE come from its
 * owner, stable across edits like an event's.
 */
export type FeedEntry = {
  uid: string;
  sequence: number;
  summary: string;
  location?: string;
  url?: string;
} & ({ start: Date; end: Date } | { date: string });

const compactDate = (isoDate: string) => isoDate.replaceAll('-', '');

function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function feedEntryLines(entry: FeedEntry, stamp: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${entry.uid}`, `SEQUENCE:${entry.sequence}`, `DTSTAMP:${formatIcsUtc(stamp)}`];
  if ('date' in entry) {
    // A whole day: DTEND is the next day, exclusive (RFC 5545 3.6.1).
    lines.push(`DTSTART;VALUE=DATE:${compactDate(entry.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(entry.date))}`);
  } else {
    lines.push(`DTSTART:${formatIcsUtc(entry.start)}`, `DTEND:${formatIcsUtc(entry.end)}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(entry.summary)}`);
  if (entry.location) lines.push(`LOCATION:${escapeIcsText(entry.location)}`);
  if (entry.url) lines.push(`URL:${entry.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A whole VCALENDAR: one VTIMEZONE per zone used, then the events, then any other feed entries. CRLF line ends,
 * folded at 75 octets.
 */
export function buildEventCalendar(
  events: readonly CalendarEvent[],
  stamp: Date,
  name = 'Vocare events',
  entries: readonly FeedEntry[] = [],
): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vocare//Events//EN', 'CALSCALE:GREGORIAN'];
  lines.push(`X-WR-CALNAME:${escapeIcsText(name)}`);
  const zones = new Map<string, { from: Date; to: Date }>();
  for (const event of events) {
    const start = toInstant(event.start, event.zone);
    // Changed occurrences may move past the rule's span: the VTIMEZONE covers them too.
    const last = new Date(
      Math.max(
        (event.rule?.until ?? new Date(start.getTime() + 366 * 86_400_000)).getTime(),
        ...(event.overrides ?? []).map((o) => o.end.getTime()),
      ),
    );
    const span = zones.get(event.zone);
    zones.set(event.zone, {
      from: span && span.from < start ? span.from : start,
      to: span && span.to > last ? span.to : last,
    });
  }
  for (const [zone, span] of zones) lines.push(...buildVtimezone(zone, span.from, span.to));
  for (const event of events) lines.push(...eventLines(event, stamp));
  for (const entry of entries) lines.push(...feedEntryLines(entry, stamp));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

// ---- Reading ----

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

export function unescapeIcsText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits calendar text into its component tree (unfolding continuation lines). */
export function parseIcs(text: string): IcsComponent {
  const lines = text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const root: IcsComponent = { name: 'ROOT', properties: [], components: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = findValueColon(line);
    if (colon < 0) throw new Error(`Line without a value: ${line.slice(0, 40)}`);
    const [name = '', ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const upper = name.toUpperCase();
    const current = stack[stack.length - 1] as IcsComponent;
    if (upper === 'BEGIN') {
      const component: IcsComponent = { name: value.toUpperCase(), properties: [], components: [] };
      current.components.push(component);
      stack.push(component);
    } else if (upper === 'END') {
      if (current.name !== value.toUpperCase()) throw new Error(`END:${value} does not close ${current.name}`);
      stack.pop();
    } else {
      const params: Record<string, string> = {};
      for (const part of paramParts) {
        const [key = '', paramValue = ''] = part.split('=');
        params[key.toUpperCase()] = paramValue.replace(/^"|"$/g, '');
      }
      current.properties.push({ name: upper, params, value });
    }
  }
  if (stack.length !== 1) throw new Error('Calendar text ends inside a component.');
  return root;
}

/** The colon that ends the name and parameters: colons inside quoted parameter values do not count. */
function findValueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}

function parseLocal(text: string): LocalDateTime {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(text);
  if (!match) throw new Error(`Not a date-time: ${text}`);
  return {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6]),
  };
}

function readInstant(property: IcsProperty | undefined): Date {
  if (!property) throw new Error('A required date-time is missing.');
  return property.value.endsWith('Z') || !property.params.TZID
    ? new Date(localAsUtcMs(parseLocal(property.value.replace(/Z$/, ''))))
    : toInstant(parseLocal(property.value), property.params.TZID);
}

/** Reads the events a calendar holds back into series, joining changed occurrences to their series by UID. */
export function readEventCalendar(text: string): CalendarEvent[] {
  const calendar = parseIcs(text).components.find((c) => c.name === 'VCALENDAR');
  if (!calendar) throw new Error('No VCALENDAR.');
  const vevents = calendar.components.filter((c) => c.name === 'VEVENT');
  const prop = (c: IcsComponent, name: string) => c.properties.find((p) => p.name === name);
  const events = new Map<string, CalendarEvent>();
  for (const vevent of vevents.filter((v) => !prop(v, 'RECURRENCE-ID'))) {
    const dtstart = prop(vevent, 'DTSTART');
    if (!dtstart) throw new Error('A VEVENT has no DTSTART.');
    const zone = dtstart.params.TZID ?? 'UTC';
    const start = readInstant(dtstart);
    const end = readInstant(prop(vevent, 'DTEND'));
    const uid = prop(vevent, 'UID')?.value ?? '';
    const event: CalendarEvent = {
      uid,
      sequence: Number(prop(vevent, 'SEQUENCE')?.value ?? 0),
      title: unescapeIcsText(prop(vevent, 'SUMMARY')?.value ?? ''),
      start: dtstart.params.TZID ? parseLocal(dtstart.value) : toLocal(start, zone),
      durationMinutes: Math.round((end.getTime() - start.getTime()) / 60_000),
      zone,
      exdates: vevent.properties
        .filter((p) => p.name === 'EXDATE')
        .flatMap((p) => p.value.split(',').map((value) => readInstant({ ...p, value }))),
      overrides: [],
    };
    const rrule = prop(vevent, 'RRULE');
    if (rrule) {
      const parsed = parseRecurrenceRule(rrule.value);
      if (!parsed.ok) throw new Error(parsed.error);
      event.rule = parsed.rule;
    }
    const description = prop(vevent, 'DESCRIPTION');
    if (description) event.description = unescapeIcsText(description.value);
    const location = prop(vevent, 'LOCATION');
    if (location) event.location = unescapeIcsText(location.value);
    const url = prop(vevent, 'URL');
    if (url) event.url = url.value;
    events.set(uid, event);
  }
  for (const vevent of vevents.filter((v) => prop(v, 'RECURRENCE-ID'))) {
    const series = events.get(prop(vevent, 'UID')?.value ?? '');
    if (!series) continue;
    const override: OccurrenceOverride = {
      recurrenceId: readInstant(prop(vevent, 'RECURRENCE-ID')),
      start: readInstant(prop(vevent, 'DTSTART')),
      end: readInstant(prop(vevent, 'DTEND')),
      title: unescapeIcsText(prop(vevent, 'SUMMARY')?.value ?? series.title),
    };
    if (prop(vevent, 'STATUS')?.value.toUpperCase() === 'CANCELLED') override.cancelled = true;
    series.overrides?.push(override);
  }
  return [...events.values()];
}
