import { describe, expect, it } from 'vitest';
import { formatDateWithoutYear } from '#web/lib/format-date.js';
import { describeSeries, midDay, niceTicks } from './chart-scale.js';

describe('chart scale', () => {
  it('picks round ticks', () => {
    expect(niceTicks(5, 25)).toEqual([5, 10, 15, 20, 25]);
    expect(niceTicks(0, 9)).toEqual([0, 2.5, 5, 7.5]);
    expect(niceTicks(0, 100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('describes a series in words', () => {
    const format = (v: number) => `${v} hours`;
    expect(describeSeries([], format)).toBe('No data yet.');
    expect(
      describeSeries(
        [
          { date: '2026-03-02', value: 7 },
          { date: '2026-03-09', value: 5.5, note: 'low' },
          { date: '2026-03-16', value: 6 },
        ],
        format,
      ),
    ).toBe(
      '3 values from 2 Mar 2026 to 16 Mar 2026. Latest 6 hours. Lowest 5.5 hours on 9 Mar 2026, highest 7 hours on 2 Mar 2026.',
    );
    expect(formatDateWithoutYear('2026-03-02')).toBe('2 Mar');
    expect(midDay('2026-02-26', '2026-03-04')).toBe('2026-03-01');
  });
});
