import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatDay, mondayOf } from '../calendar-date.js';
import { computeReminder, nextDueDate } from './reminder.js';

describe('dates', () => {
  it('adds days and months on the calendar, clamping month ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(daysBetween('2025-12-25', '2026-01-01')).toBe(7);
  });

  it('finds the Monday of the week and formats days the same everywhere', () => {
    expect(mondayOf('2026-03-15')).toBe('2026-03-09'); // Sunday
    expect(mondayOf('2026-03-09')).toBe('2026-03-09'); // Monday
    expect(formatDay('2026-03-09')).toBe('9 Mar 2026');
  });
});

describe('check-in reminders', () => {
  it('is due at once when there has never been a check-in', () => {
    expect(computeReminder('weekly', null, '2026-03-15')).toMatchObject({ isDue: true, nextDueOn: '2026-03-15' });
  });

  it.each([
    ['weekly', '2026-03-08'],
    ['fortnightly', '2026-03-01'],
    ['monthly', '2026-02-15'],
  ] as const)('%s: due on the cadence day itself', (cadence, last) => {
    expect(nextDueDate(cadence, last)).toBe('2026-03-15');
    expect(computeReminder(cadence, last, '2026-03-14')).toMatchObject({ isDue: false });
    expect(computeReminder(cadence, last, '2026-03-15')).toMatchObject({
      isDue: true,
      message: `Your ${cadence} check-in is due today.`,
    });
    expect(computeReminder(cadence, last, '2026-03-20').message).toContain('was due on 15 Mar 2026');
  });
});
