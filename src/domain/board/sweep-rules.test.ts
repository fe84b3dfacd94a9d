import { describe, expect, it } from 'vitest';
import { isLockConflict, sweepCutoffs } from './sweep-rules.js';

describe('sweepCutoffs', () => {
  it('takes today in UTC, 60 days back for stale listings and 7 days back for reminders', () => {
    const now = new Date('2026-06-02T00:01:00Z');
    expect(sweepCutoffs(now)).toEqual({
      today: '2026-06-02',
      staleCutoff: new Date('2026-04-03T00:01:00Z'),
      reminderCutoff: new Date('2026-05-26T00:01:00Z'),
      now,
    });
  });

  it('keeps the previous day until UTC midnight, whatever the local offset', () => {
    expect(sweepCutoffs(new Date('2026-06-01T23:59:00Z')).today).toBe('2026-06-01');
    expect(sweepCutoffs(new Date('2026-06-01T20:00:00-05:00')).today).toBe('2026-06-02');
  });
});

describe('isLockConflict', () => {
  const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

  it('recognizes a deadlock and a lock that was not available', () => {
    expect(isLockConflict(pgError('40P01'))).toBe(true);
    expect(isLockConflict(pgError('55P03'))).toBe(true);
  });

  it('finds the code where the query builder wrapped the driver error', () => {
    const wrapped = new Error('Failed query: with ended as (...)', { cause: pgError('40P01') });
    expect(isLockConflict(wrapped)).toBe(true);
    expect(isLockConflict(new Error('outer', { cause: wrapped }))).toBe(true);
  });

  it('treats every other failure as a fault', () => {
    expect(isLockConflict(new Error('connection lost'))).toBe(false);
    expect(isLockConflict(pgError('23505'))).toBe(false);
    expect(isLockConflict(new Error('wrapped', { cause: pgError('57014') }))).toBe(false);
    expect(isLockConflict({ code: 40 })).toBe(false);
    expect(isLockConflict(null)).toBe(false);
    expect(isLockConflict('40P01')).toBe(false);
  });

  it('stops at a cause chain that loops back on itself', () => {
    const looping = new Error('loop');
    Object.assign(looping, { cause: looping });
    expect(isLockConflict(looping)).toBe(false);
  });
});
