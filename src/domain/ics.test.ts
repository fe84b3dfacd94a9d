import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIcsCalendar, escapeIcsText, foldIcsLine } from './ics.js';

describe('ics', () => {
  it('writes one event in UTC with a stable UID and SEQUENCE', () => {
    const text = buildIcsCalendar(
      [
        {
          uid: 'abc@vocare',
          sequence: 2,
          start: new Date('2026-03-08T15:30:00Z'),
          end: new Date('2026-03-08T16:15:00Z'),
          summary: 'Mentoring: goals, next steps',
          location: 'Café; room 2',
        },
      ],
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(text).toContain('\r\nDTSTART:20260308T153000Z\r\n');
    expect(text).toContain('\r\nDTEND:20260308T161500Z\r\n');
    expect(text).toContain('\r\nUID:abc@vocare\r\nSEQUENCE:2\r\n');
    expect(text).toContain('SUMMARY:Mentoring: goals\\, next steps');
    expect(text).toContain('LOCATION:Café\\; room 2');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes text so it reads back the same', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const unescaped = escapeIcsText(s).replace(/\\(n|\\|;|,)/g, (_, c: string) => (c === 'n' ? '\n' : c));
        expect(unescaped).toBe(s.replace(/\r\n/g, '\n'));
      }),
    );
  });

  it('folds lines to at most 75 octets and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldIcsLine(`DESCRIPTION:${s}`);
        for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${s}`);
      }),
    );
  });
});
