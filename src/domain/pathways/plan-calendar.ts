import type { PlanStage } from '#contracts/pathways.js';
import { formatIsoDay, parseIsoDay } from '../calendar-date.js';

/*
 * iCalendar (RFC 5545) export of a plan's milestones: all-day events, CRLF line ends, text escaped and long
 * lines folded at 75 octets. Pure: the caller passes the timestamp (DTSTAMP) so the same plan exports the same
 * bytes.
 */

export interface CalendarEvent {
  /** Unique and stable for the same milestone of the same plan, so re-importing updates instead of duplicating. */
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  description: string;
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 section 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never splitting a character; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (currentBytes + size > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    currentBytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

/** UTC date-time in the basic format iCalendar wants, e.g. 20261124T093000Z. */
export function formatIcsTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll('-', '')
    .replaceAll(':', '');
}

/** A VCALENDAR with one all-day VEVENT per event. */
export function buildICalendar(options: { name: string; stamp: string; events: readonly CalendarEvent[] }): string {
  const stamp = formatIcsTimestamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vocare//Pathway planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.name)}`,
  ];
  for (const event of options.events) {
    const day = parseIsoDay(event.date);
    if (day === null) throw new RangeError(`event ${event.uid} has no real date: ${event.date}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(formatIsoDay(day + 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/**
 * The milestones of a plan: each remaining stage's projected start and end (one event for a milestone such as an
 * exam), and every checklist step with a target date. Stages without dates give no event.
 */
export function planCalendarEvents(planId: string, careerTitle: string, stages: readonly PlanStage[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const uid = (suffix: string) => `${planId}.${suffix}@vocare`;
  for (const stage of stages) {
    if (stage.timing === 'sequential') {
      const isMilestone = stage.durationMonths === 0;
      const endLabel = stage.targetDate !== null ? 'target' : 'projected';
      if (isMilestone && stage.projectedStart) {
        events.push({
          uid: uid(`${stage.id}.milestone`),
          date: stage.projectedStart,
          summary: `${stage.title} (${careerTitle})`,
          description: `${stage.description}\nProjected by your Vocare plan.`,
        });
      } else {
        if (stage.projectedStart) {
          events.push({
            uid: uid(`${stage.id}.start`),
            date: stage.projectedStart,
            summary: `Start: ${stage.title}`,
            description: `${stage.description}\nProjected start, from your Vocare plan for ${careerTitle}.`,
          });
        }
        if (stage.projectedEnd) {
          events.push({
            uid: uid(`${stage.id}.end`),
            date: stage.projectedEnd,
            summary: `Done: ${stage.title} (${endLabel})`,
            description: `${stage.durationNote ?? ''}\nFrom your Vocare plan for ${careerTitle}.`.trim(),
          });
        }
      }
    }
    for (const step of stage.checklist) {
      if (step.targetDate === null || step.done) continue;
      events.push({
        uid: uid(`step.${step.id}`),
        date: step.targetDate,
        summary: `Step: ${step.text}`,
        description: `Part of "${stage.title}" in your Vocare plan for ${careerTitle}.`,
      });
    }
  }
  return events;
}
