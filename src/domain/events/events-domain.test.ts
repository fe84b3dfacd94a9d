import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canClaim,
  freeSeats,
  nextSeatChanges,
  type SeatHolder,
  stateForNewRegistration,
  waitlistPosition,
} from './capacity.js';
import { buildEventCalendar, type CalendarEvent, readEventCalendar } from './event-ics.js';
import { expandOccurrences, formatRecurrenceRule, parseRecurrenceRule, WEEKDAYS } from './recurrence.js';
import { isKnownTimeZone, type LocalDateTime, localTimeExists, toInstant, toLocal } from './time-zones.js';

/** 56 zones: both hemispheres' daylight saving, half- and quarter-hour offsets, zones without any change. */
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Halifax',
  'America/St_Johns',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Havana',
  'America/Bogota',
  'America/Lima',
  'America/Santiago',
  'America/Asuncion',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/Godthab',
  'Atlantic/Azores',
  'Atlantic/Reykjavik',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Athens',
  'Europe/Helsinki',
  'Europe/Kyiv',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Africa/Cairo',
  'Africa/Casablanca',
  'Africa/Lagos',
  'Africa/Johannesburg',
  'Africa/Nairobi',
  'Asia/Jerusalem',
  'Asia/Beirut',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Kabul',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Yangon',
  'Asia/Bangkok',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Adelaide',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
];

const local = (y: number, mo: number, d: number, h = 0, mi = 0): LocalDateTime => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: 0,
});

describe('time zones (Intl only)', () => {
  it('knows every zone in the test list and refuses made-up names', () => {
    expect(ZONES.length).toBeGreaterThanOrEqual(50);
    for (const zone of ZONES) expect(isKnownTimeZone(zone), zone).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('moves a skipped time forward and takes the earlier of a repeated time (RFC 5545 3.3.5)', () => {
    expect(toInstant(local(2026, 3, 8, 2, 30), 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(localTimeExists(local(2026, 3, 8, 2, 30), 'America/New_York')).toBe(false);
    expect(toInstant(local(2026, 11, 1, 1, 30), 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(toInstant(local(2026, 7, 1, 12), 'Asia/Kathmandu').toISOString()).toBe('2026-07-01T06:15:00.000Z');
  });

  it('reads back the wall clock of every existing local time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2037-12-31T00:00:00Z'), noInvalidDate: true }),
        (zone, instant) => {
          const wall = toLocal(instant, zone);
          const back = toInstant(wall, zone);
          // Same wall clock; the instant may be the earlier of a repeated hour.
          expect(toLocal(back, zone)).toEqual(wall);
          expect(back.getTime()).toBeLessThanOrEqual(Math.floor(instant.getTime() / 1000) * 1000);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('recurrence rules', () => {
  it('parses the subset and refuses the rest with a reason', () => {
    const parsed = parseRecurrenceRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,1MO;COUNT=5');
    expect(parsed.ok && formatRecurrenceRule(parsed.rule)).toBe('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,1MO;COUNT=5');
    expect(parseRecurrenceRule('FREQ=YEARLY')).toEqual({ ok: false, error: 'FREQ must be DAILY, WEEKLY or MONTHLY.' });
    expect(parseRecurrenceRule('FREQ=WEEKLY;BYDAY=1MO').ok).toBe(false);
    expect(parseRecurrenceRule('FREQ=DAILY;COUNT=3;UNTIL=20270101T000000Z').ok).toBe(false);
    expect(parseRecurrenceRule('FREQ=DAILY;BYHOUR=3').ok).toBe(false);
  });

  it('keeps a weekly 18:00 meeting at 18:00 across the US change to daylight time', () => {
    const parsed = parseRecurrenceRule('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6');
    if (!parsed.ok) throw new Error(parsed.error);
    const occurrences = expandOccurrences({
      start: local(2026, 3, 3, 18),
      durationMinutes: 90,
      zone: 'America/Chicago',
      rule: parsed.rule,
    });
    expect(occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-03-04T00:00:00.000Z',
      '2026-03-06T00:00:00.000Z',
      '2026-03-10T23:00:00.000Z',
      '2026-03-12T23:00:00.000Z',
      '2026-03-17T23:00:00.000Z',
      '2026-03-19T23:00:00.000Z',
    ]);
  });

  it('skips months without the 31st and finds the last Friday', () => {
    const on31 = parseRecurrenceRule('FREQ=MONTHLY;COUNT=4');
    const lastFriday = parseRecurrenceRule('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3');
    if (!on31.ok || !lastFriday.ok) throw new Error('rules');
    const days = (rule: typeof on31.rule, start: LocalDateTime) =>
      expandOccurrences({ start, durationMinutes: 60, zone: 'UTC', rule }).map((o) =>
        o.start.toISOString().slice(0, 10),
      );
    expect(days(on31.rule, local(2026, 1, 31, 9))).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
    expect(days(lastFriday.rule, local(2026, 1, 30, 9))).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  const ruleArbitrary = fc.record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
    interval: fc.integer({ min: 1, max: 3 }),
    days: fc.subarray([...WEEKDAYS]),
    count: fc.integer({ min: 1, max: 30 }),
  });

  it('keeps every occurrence on the wall clock of its zone, across 56 zones and their clock changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        ruleArbitrary,
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        (zone, r, year, month, day, hour, minute) => {
          const text = `FREQ=${r.freq};INTERVAL=${r.interval}${r.days.length ? `;BYDAY=${r.days.join(',')}` : ''};COUNT=${r.count}`;
          const parsed = parseRecurrenceRule(text);
          if (!parsed.ok) throw new Error(parsed.error);
          const start = local(year, month, day, hour, minute);
          const occurrences = expandOccurrences({ start, durationMinutes: 60, zone, rule: parsed.rule });
          expect(occurrences.length).toBeGreaterThan(0);
          expect(occurrences.length).toBeLessThanOrEqual(r.count);
          for (const occurrence of occurrences) {
            const wall = toLocal(occurrence.start, zone);
            const intended = { ...wall, hour, minute, second: 0 };
            // Either the time of day held, or that time did not exist on that day (a spring-forward gap).
            if (wall.hour !== hour || wall.minute !== minute) expect(localTimeExists(intended, zone)).toBe(false);
          }
          for (let i = 1; i < occurrences.length; i += 1) {
            expect(occurrences[i]?.start.getTime()).toBeGreaterThan(occurrences[i - 1]?.start.getTime() ?? 0);
          }
        },
      ),
      { numRuns: 400 },
    );
    // 400 runs take about 2 s alone; a shared, loaded machine needs more room than Vitest's default 5 s.
  }, 30_000);

  it('leaves out EXDATEs and applies changed occurrences', () => {
    const parsed = parseRecurrenceRule('FREQ=DAILY;COUNT=4');
    if (!parsed.ok) throw new Error(parsed.error);
    const zone = 'Europe/Berlin';
    const base = expandOccurrences({ start: local(2026, 3, 27, 10), durationMinutes: 60, zone, rule: parsed.rule });
    const [first, second, third] = base;
    if (!first || !second || !third) throw new Error('occurrences');
    const moved = new Date(third.start.getTime() + 2 * 3_600_000);
    const result = expandOccurrences({
      start: local(2026, 3, 27, 10),
      durationMinutes: 60,
      zone,
      rule: parsed.rule,
      exdates: [second.start],
      overrides: [
        { recurrenceId: third.start, start: moved, end: new Date(moved.getTime() + 3_600_000), title: 'Moved' },
      ],
    });
    expect(result.map((o) => [toLocal(o.start, zone).day, toLocal(o.start, zone).hour, o.changed])).toEqual([
      [27, 10, false],
      [29, 12, true],
      [30, 10, false],
    ]);
  });
});

describe('event calendar files', () => {
  it('writes a VTIMEZONE with the real changes and zoned times', () => {
    const text = buildEventCalendar(
      [
        {
          uid: 'e1@vocare',
          sequence: 3,
          title: 'Peer circle',
          start: local(2026, 3, 3, 18),
          durationMinutes: 60,
          zone: 'America/Chicago',
        },
      ],
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n');
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\n');
    expect(text).toContain('DTSTART;TZID=America/Chicago:20260303T180000\r\n');
    expect(text).toContain('UID:e1@vocare\r\nSEQUENCE:3\r\n');
  });

  it('round-trips series, exclusions and changed occurrences across zones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(
          'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=12',
          'FREQ=DAILY;INTERVAL=3;COUNT=20',
          'FREQ=MONTHLY;BYDAY=2WE;COUNT=8',
        ),
        fc.integer({ min: 2024, max: 2034 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: -48, max: 48 }),
        (zone, ruleText, year, month, hour, excludedIndex, movedIndex, cancelledIndex, shiftHours) => {
          const parsed = parseRecurrenceRule(ruleText);
          if (!parsed.ok) throw new Error(parsed.error);
          const series = { start: local(year, month, 10, hour, 30), durationMinutes: 75, zone, rule: parsed.rule };
          const plain = expandOccurrences(series);
          const excluded = plain[excludedIndex];
          const movedFrom = plain[movedIndex];
          const cancelledOne = plain[cancelledIndex];
          if (!excluded || !movedFrom || !cancelledOne) throw new Error('occurrences');
          // A moved occurrence keeps its wall-clock start in the zone when read back, even when the shift crosses
          // a clock change (moved to a skipped local time, it reads back as the instant the writer wrote).
          const movedStart = new Date(movedFrom.start.getTime() + shiftHours * 3_600_000);
          const event: CalendarEvent = {
            ...series,
            uid: `x-${year}@vocare`,
            sequence: 1,
            title: 'Training; part 1, intro',
            description: 'Line one\nline two',
            exdates: excludedIndex === movedIndex ? [] : [excluded.start],
            overrides: [
              {
                recurrenceId: movedFrom.start,
                start: movedStart,
                end: new Date(movedStart.getTime() + 3_600_000),
                title: 'Moved session',
              },
              ...(cancelledIndex !== movedIndex && cancelledIndex !== excludedIndex
                ? [
                    {
                      recurrenceId: cancelledOne.start,
                      start: cancelledOne.start,
                      end: cancelledOne.end,
                      cancelled: true,
                    },
                  ]
                : []),
            ],
          };
          const [read] = readEventCalendar(buildEventCalendar([event], new Date('2026-01-01T00:00:00Z')));
          if (!read) throw new Error('nothing read');
          expect(read.title).toBe(event.title);
          expect(read.description).toBe(event.description);
          expect(read.zone).toBe(zone);
          expect(expandOccurrences(read)).toEqual(expandOccurrences(event));
          // The changed occurrences themselves round-trip: RECURRENCE-ID, new times, title and cancellation.
          const key = (o: NonNullable<CalendarEvent['overrides']>[number]) => [
            o.recurrenceId.getTime(),
            o.start.getTime(),
            o.end.getTime(),
            o.cancelled === true,
          ];
          expect(read.overrides?.map(key)).toEqual(event.overrides?.map(key));
          expect(read.sequence).toBe(event.sequence);
          expect(read.uid).toBe(event.uid);
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('changed occurrences on a repeated local time', () => {
  it('writes a date moved to the later 01:30 of a fall-back night in UTC, so it reads back exactly', () => {
    const parsed = parseRecurrenceRule('FREQ=WEEKLY;COUNT=3');
    if (!parsed.ok) throw new Error(parsed.error);
    const zone = 'America/New_York';
    const series = { start: local(2027, 10, 31, 18), durationMinutes: 60, zone, rule: parsed.rule };
    const [, second] = expandOccurrences(series);
    if (!second) throw new Error('occurrences');
    // 7 November 2027: 01:30 EDT is 05:30Z, 01:30 EST (the later one) is 06:30Z.
    const later = new Date('2027-11-07T06:30:00Z');
    const event: CalendarEvent = {
      ...series,
      uid: 'fall-back@vocare',
      sequence: 4,
      title: 'Night shift debrief',
      overrides: [{ recurrenceId: second.start, start: later, end: new Date(later.getTime() + 3_600_000) }],
    };
    const text = buildEventCalendar([event], new Date('2027-01-01T00:00:00Z'));
    expect(text).toContain('RECURRENCE-ID;TZID=America/New_York:20271107T180000\r\nDTSTART:20271107T063000Z\r\n');
    const [read] = readEventCalendar(text);
    expect(read?.overrides?.[0]?.start.toISOString()).toBe(later.toISOString());
  });
});

describe('seats and the waiting list', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  const holders: SeatHolder[] = [
    { id: 'a', state: 'confirmed', arrival: 1, registeredAt: at(-50) },
    { id: 'b', state: 'cancelled', arrival: 2, registeredAt: at(-40) },
    { id: 'c', state: 'waitlisted', arrival: 4, registeredAt: at(-20) },
    { id: 'd', state: 'waitlisted', arrival: 3, registeredAt: at(-30) },
  ];

  it('gives a seat only when one is free and nobody waits', () => {
    expect(stateForNewRegistration(2, holders.slice(0, 2), now)).toBe('confirmed');
    expect(stateForNewRegistration(2, holders, now)).toBe('waitlisted');
    expect(stateForNewRegistration(null, [], now)).toBe('confirmed');
  });

  it('offers a freed seat to the longest waiting person with a 24-hour claim', () => {
    const changes = nextSeatChanges(2, holders, now);
    expect(changes).toEqual({ lapse: [], offer: [{ id: 'd', expiresAt: at(24 * 60) }] });
    expect(waitlistPosition('c', holders)).toBe(2);
  });

  it('among registrations stamped with the same instant, the earlier arrival is offered first', () => {
    const sameInstant: SeatHolder[] = [
      { id: 'a', state: 'confirmed', arrival: 1, registeredAt: now },
      { id: 'z-first', state: 'waitlisted', arrival: 2, registeredAt: now },
      { id: 'b-second', state: 'waitlisted', arrival: 3, registeredAt: now },
    ];
    const freed = sameInstant.map((h) => (h.id === 'a' ? { ...h, state: 'cancelled' as const } : h));
    expect(nextSeatChanges(1, freed, now).offer.map((o) => o.id)).toEqual(['z-first']);
    expect(waitlistPosition('b-second', sameInstant)).toBe(2);
  });

  it('lapses a stale offer and passes the seat on', () => {
    const offered: SeatHolder[] = [
      { id: 'a', state: 'confirmed', arrival: 1, registeredAt: at(-50) },
      { id: 'd', state: 'offered', arrival: 3, registeredAt: at(-30), offerExpiresAt: at(-1) },
      { id: 'c', state: 'waitlisted', arrival: 4, registeredAt: at(-20) },
    ];
    expect(canClaim(offered[1] as SeatHolder, now)).toEqual({ ok: false, reason: 'expired' });
    expect(freeSeats(2, offered, now)).toBe(1);
    expect(nextSeatChanges(2, offered, now, 12)).toEqual({
      lapse: ['d'],
      offer: [{ id: 'c', expiresAt: at(12 * 60) }],
    });
  });
});
