import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanStage } from '#contracts/pathways.js';
import { buildICalendar, escapeIcsText, foldIcsLine, formatIcsTimestamp, planCalendarEvents } from './plan-calendar.js';

function unescapeIcsText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

const stageBase: PlanStage = {
  id: 'supervised-practice',
  kind: 'supervised-practice',
  title: 'Supervised practice',
  description: 'Practice, with a supervisor; then more.',
  timing: 'sequential',
  during: null,
  status: 'upcoming',
  durationMonths: 18,
  durationNote: 'At least 18 months',
  targetDate: null,
  projectedStart: '2026-09-01',
  projectedEnd: '2028-03-01',
  facts: [],
  requirements: [],
  checklist: [
    {
      id: 'supervised-practice.supervisor',
      text: 'Find a supervisor',
      origin: 'generated',
      done: false,
      doneAt: null,
      targetDate: '2026-10-15',
    },
    {
      id: 'x',
      text: 'Done already',
      origin: 'own',
      done: true,
      doneAt: '2026-01-01T00:00:00.000Z',
      targetDate: '2026-10-20',
    },
  ],
};

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldIcsLine('SHORT:1')).toBe('SHORT:1');
  });

  it('round-trips any text through escape, fold, unfold and unescape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const normalized = text.replace(/\r\n|\r/g, '\n');
        const line = foldIcsLine(`SUMMARY:${escapeIcsText(text)}`);
        for (const part of line.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(unescapeIcsText(line.replace(/\r\n /g, '').slice('SUMMARY:'.length))).toBe(normalized);
      }),
    );
  });

  it('formats DTSTAMP as UTC basic format', () => {
    expect(formatIcsTimestamp('2026-11-24T09:30:05.123Z')).toBe('20261124T093005Z');
  });
});

describe('plan calendar', () => {
  it('builds a valid VCALENDAR with one all-day VEVENT per milestone', () => {
    const events = planCalendarEvents('plan-1', 'Licensed professional counselor', [
      stageBase,
      {
        ...stageBase,
        id: 'license',
        kind: 'license',
        title: 'License',
        durationMonths: 0,
        projectedStart: '2028-03-01',
        projectedEnd: '2028-03-01',
        checklist: [],
      },
      { ...stageBase, id: 'self-care', kind: 'self-care', timing: 'ongoing', checklist: [] },
      { ...stageBase, id: 'unknown', projectedStart: null, projectedEnd: null, checklist: [] },
    ]);
    expect(events.map((e) => e.uid)).toEqual([
      'plan-1.supervised-practice.start@vocare',
      'plan-1.supervised-practice.end@vocare',
      'plan-1.step.supervised-practice.supervisor@vocare',
      'plan-1.license.milestone@vocare',
    ]);
    const ics = buildICalendar({ name: 'My plan; counselor', stamp: '2026-11-24T09:30:00Z', events });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines).toContain('X-WR-CALNAME:My plan\\; counselor');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(4);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260901');
    expect(lines).toContain('DTEND;VALUE=DATE:20260902');
    expect(lines).toContain('DTSTART;VALUE=DATE:20280301');
    expect(lines.filter((l) => l === 'DTSTAMP:20261124T093000Z')).toHaveLength(4);
    expect(lines).toContain('SUMMARY:Start: Supervised practice');
    expect(lines.some((l) => l.startsWith('DESCRIPTION:Practice\\, with a supervisor\\; then more.\\n'))).toBe(true);
    // Every event has exactly one of each required property.
    const blocks = ics.split('BEGIN:VEVENT').slice(1);
    for (const block of blocks) {
      for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'SUMMARY:']) {
        expect(block.split('\r\n').filter((l) => l.startsWith(prop))).toHaveLength(1);
      }
    }
  });

  it('says "target" for an end the person set', () => {
    const events = planCalendarEvents('p', 'Nurse', [{ ...stageBase, targetDate: '2028-03-01', checklist: [] }]);
    expect(events[1]?.summary).toBe('Done: Supervised practice (target)');
  });
});
