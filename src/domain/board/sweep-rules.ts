// The decisions of the board sweep, apart from the SQL that carries them out
// (server/features/board/sweep.repository.ts): which instants count as ended, stale and overdue,
// and which failures mean "another process is sweeping the same rows" rather than a fault.
import { REMINDER_AFTER_DAYS, STALE_AFTER_DAYS, type SweepResult } from '#contracts/board.js';
import { utcDate } from './board-rules.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a sweep changes when it changes nothing. */
export const NOTHING_SWEPT: SweepResult = { closedEnded: 0, closedStale: 0, remindersCreated: 0 };

export interface SweepCutoffs {
  /** Listings whose end date is before this calendar day (UTC) have ended. */
  today: string;
  /** Open listings not updated since this instant are stale. */
  staleCutoff: Date;
  /** Applications still "new" since before this instant are overdue for an answer. */
  reminderCutoff: Date;
  now: Date;
}

/** The cutoffs of a sweep run at `now`: a listing is open through its end date, UTC. */
export function sweepCutoffs(now: Date): SweepCutoffs {
  return {
    today: utcDate(now),
    staleCutoff: new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS),
    reminderCutoff: new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS),
    now,
  };
}

const LOCK_CONFLICT_CODES = new Set(['40P01', '55P03']);
// Drivers wrap errors a few levels deep at most; the limit also ends a cause that points back to itself.
const MAX_CAUSE_DEPTH = 8;

/**
 * Whether a failed sweep collided with another process sweeping the same rows: PostgreSQL's
 * deadlock_detected (40P01) or lock_not_available (55P03), on the error or on any error in its
 * `cause` chain (drizzle wraps the driver's error). That sweep does the work, so ours gives way.
 */
export function isLockConflict(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current && typeof current === 'object'; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && LOCK_CONFLICT_CODES.has(code)) return true;
    current = cause;
  }
  return false;
}
