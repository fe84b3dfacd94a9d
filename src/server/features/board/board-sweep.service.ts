import type { FastifyBaseLogger } from 'fastify';
import { REMINDER_AFTER_DAYS, STALE_AFTER_DAYS, type SweepResult } from '../../../contracts/board.js';
import { utcDate } from '../../../domain/board/board-rules.js';
import type { Clock } from '../../clock.js';
import type { DbOrTx } from '../../db/client.js';
import * as repo from './sweep.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The board's housekeeping: closes listings past their end date, closes listings nobody updated
 * for 60 days, and records a reminder for each application waiting in "new" for over 7 days.
 * Idempotent and safe to run from several processes at once (each step is one conditional SQL
 * write, nothing is kept in memory); search and the organization dashboard run it before they
 * read, so correctness never waits for the timer.
 */
export async function sweepBoard(db: DbOrTx, now: Date = new Date()): Promise<SweepResult> {
  try {
    return await repo.runSweep(db, {
      today: utcDate(now),
      staleCutoff: new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS),
      reminderCutoff: new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS),
      now,
    });
  } catch (err) {
    // Another process sweeping the same rows at this moment: its sweep does the work, so a search
    // must not fail because of ours.
    if (isLockConflict(err)) return { closedEnded: 0, closedStale: 0, remindersCreated: 0 };
    throw err;
  }
}

/** PostgreSQL's deadlock_detected and lock_not_available, wherever the driver put the code. */
function isLockConflict(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === '40P01' || code === '55P03') return true;
  }
  return false;
}

/** Runs the sweep every `intervalMs` in this process; returns the function that stops it. */
export function startBoardSweepTimer(db: DbOrTx, log: FastifyBaseLogger, intervalMs: number, now: Clock): () => void {
  let isRunning = false;
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    sweepBoard(db, now())
      .then((result) => {
        if (result.closedEnded || result.closedStale || result.remindersCreated) log.info({ result }, 'board sweep');
      })
      .catch((err: unknown) => log.error({ err }, 'board sweep failed'))
      .finally(() => {
        isRunning = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
