import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDateWithoutYear,
  formatMonth,
  formatWeek,
  localToday,
} from './format-date.js';

describe('the web date format', () => {
  it('shows days, months and weeks one way', () => {
    expect(formatDate('2026-03-09')).toBe('9 Mar 2026');
    expect(formatDate('2026-03-09T23:30:00.000Z')).toBe('9 Mar 2026');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateWithoutYear('2026-12-31')).toBe('31 Dec');
    expect(formatMonth('2026-02')).toBe('Feb 2026');
    expect(formatWeek('2025-12-29')).toBe('29 Dec 2025 to 4 Jan 2026');
  });

  it('shows a moment with its time in the reader’s zone, and the reader’s own today', () => {
    const moment = new Date(2026, 2, 9, 7, 5);
    expect(formatDateTime(moment.toISOString())).toBe('9 Mar 2026, 07:05');
    expect(formatDateTime('garbage')).toBe('garbage');
    expect(localToday(new Date(2026, 0, 2, 23, 59))).toBe('2026-01-02');
  });
});
