import { describe, expect, it } from 'vitest';
import { latestOfEachDay, previousCountingCheckin } from './daily.js';

describe('several check-ins on one day', () => {
  const points = [
    { id: 'b', date: '2026-12-04', createdAt: '2026-12-04T18:00:00.000Z' },
    { id: 'a', date: '2026-12-04', createdAt: '2026-12-04T08:00:00.000Z' },
    { id: 'c', date: '2026-12-01', createdAt: '2026-12-01T09:00:00.000Z' },
    { id: 'd', date: '2026-11-20' },
    { id: 'e', date: '2026-11-20' },
  ];

  it('keeps the latest saved check-in of each day, oldest day first, whatever the input order', () => {
    expect(latestOfEachDay(points).map((p) => p.id)).toEqual(['e', 'c', 'b']);
    expect(latestOfEachDay([...points].reverse()).map((p) => p.id)).toEqual(['d', 'c', 'b']);
  });

  it('compares a new check-in with the counting check-in of the latest earlier day', () => {
    expect(previousCountingCheckin(points, '2026-12-04')?.id).toBe('c');
    expect(previousCountingCheckin(points, '2026-12-05')?.id).toBe('b');
    expect(previousCountingCheckin(points, '2026-11-20')).toBeNull();
  });
});
