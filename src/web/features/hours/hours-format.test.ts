import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatWeek } from '#web/lib/format-date.js';
import { chartTicks, formatAmount, formatHours, hoursBetween, loggedMessage } from './hours-format.js';

describe('hours formats', () => {
  it('formats hours, amounts, days, months and weeks the same in every locale', () => {
    expect(formatHours(1500)).toBe('1,500');
    expect(formatHours(1.755)).toBe('1.76');
    expect(formatAmount(1, 'hours')).toBe('1 hour');
    expect(formatAmount(18, 'months')).toBe('18 months');
    expect(formatDate('2026-03-03')).toBe('3 Mar 2026');
    expect(formatMonth('2026-11')).toBe('Nov 2026');
    expect(formatWeek('2026-03-02')).toBe('2 Mar 2026 to 8 Mar 2026');
  });

  // Issue 18, item 10: the banner said "Logged 1 hours".
  it('says "Logged 1 hour", and hours for any other amount, in the banner after logging', () => {
    expect(loggedMessage(1, '2026-03-03')).toBe('Logged 1 hour on 3 Mar 2026.');
    expect(loggedMessage(2, '2026-03-03')).toBe('Logged 2 hours on 3 Mar 2026.');
    expect(loggedMessage(0.25, '2026-03-03')).toBe('Logged 0.25 hours on 3 Mar 2026.');
  });

  it('turns start and end times into quarter hours, or null', () => {
    expect(hoursBetween('09:00', '10:45')).toBe(1.75);
    expect(hoursBetween('09:00', '09:50')).toBeNull();
    expect(hoursBetween('10:00', '09:00')).toBeNull();
    expect(hoursBetween('', '09:00')).toBeNull();
  });
});

describe('chartTicks', () => {
  it('covers the highest value with round steps from zero', () => {
    expect(chartTicks(0)).toEqual([0, 1]);
    expect(chartTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(chartTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(chartTicks(41)).toEqual([0, 20, 40, 60]);
  });
});
