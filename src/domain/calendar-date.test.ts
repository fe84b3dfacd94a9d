import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '#contracts/licensure.js';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  dateRange,
  daysBetween,
  formatDay,
  formatMonth,
  isIsoDate,
  isMonday,
  MONTH_NAMES,
  mondayOf,
  monthOf,
  parseIsoDay,
  readDate,
  todayUtc,
  wholeMonthsBetween,
} from './calendar-date.js';

const arbitraryDate = fc
  .integer({ min: parseIsoDay('1990-01-01') ?? 0, max: parseIsoDay('2090-12-31') ?? 0 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('reads today in UTC from the instant it is given, whatever the hour', () => {
    expect(todayUtc(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(todayUtc(new Date('2026-03-02T00:00:00.000Z'))).toBe('2026-03-02');
    expect(todayUtc(new Date('2026-03-01T20:00:00-05:00'))).toBe('2026-03-02');
  });

  it('validates YYYY-MM-DD as real calendar dates, leap years included', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
  });

  it('agrees with the shared IsoDateSchema on every input (property)', () => {
    const text = fc.oneof(
      arbitraryDate,
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(isIsoDate(t)).toBe(IsoDateSchema.safeParse(t).success);
      }),
    );
  });

  it('throws on a non-date instead of rolling it over', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => mondayOf('soon')).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2025-03-01')).toBe(-365);
  });

  it('adds months clamped to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonthsToMonth('2026-11', 2)).toBe('2027-01');
    expect(addMonthsToMonth('2026-01', -1)).toBe('2025-12');
    expect(monthOf('2026-07-04')).toBe('2026-07');
  });

  it('counts whole months consistently with adding them (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 0, max: 400 }), (date, months) => {
        const from = parseIsoDay(date) ?? 0;
        const to = parseIsoDay(addMonths(date, months)) ?? 0;
        expect(wholeMonthsBetween(from, to)).toBe(months);
      }),
    );
  });

  it('finds the Monday of ISO weeks, including weeks that cross a year', () => {
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // a Thursday
    expect(mondayOf('2027-01-03')).toBe('2026-12-28'); // a Sunday
    expect(mondayOf('2024-12-30')).toBe('2024-12-30');
    expect(mondayOf('1969-12-31')).toBe('1969-12-29');
    expect(isMonday('2026-03-02')).toBe(true);
    expect(isMonday('2026-03-03')).toBe(false);
  });

  it('puts every date within six days after its Monday (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, (date) => {
        const monday = mondayOf(date);
        expect(isMonday(monday)).toBe(true);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThan(7);
      }),
    );
  });

  it('lists a date range with both ends, across a year end, and nothing when it is reversed', () => {
    expect(dateRange('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(dateRange('2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('names the months in order', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[1]).toBe('Feb');
  });
});

describe('reading typed dates', () => {
  it('reads ISO and US month-first dates, and nothing day-first', () => {
    expect(readDate('2026-10-07')).toEqual({ date: '2026-10-07', notation: 'iso' });
    expect(readDate('10/07/2026')).toEqual({ date: '2026-10-07', notation: 'us' });
    expect(readDate('2/29/2028')).toEqual({ date: '2028-02-29', notation: 'us' });
    expect(readDate('25/07/2026')).toBeNull();
    expect(readDate('2/29/2027')).toBeNull();
    expect(readDate('07.10.2026')).toBeNull();
  });
});

describe('date display', () => {
  it('shows a date as day, short month and year, and a month as short month and year', () => {
    expect(formatDay('2026-03-09')).toBe('9 Mar 2026');
    expect(formatDay('0099-12-31')).toBe('31 Dec 99');
    expect(formatMonth('2026-11')).toBe('Nov 2026');
    expect(() => formatMonth('2026-13')).toThrow(RangeError);
  });
});
