import type { FastifyBaseLogger } from 'fastify';
import type { SweepResult } from '#contracts/board.js';
import { isLockConflict, NOTHING_SWEPT, sweepCutoffs } from '#domain/board/sweep-rules.js';
import type { Clock } from '#server/clock.js';
import type { DbOrTx } from '#server/db/client.js';
import * as repo from './sweep.repository.js';

/**
 * The board's housekeeping: closes listings past their end date, closes listings nobody updated
 * for 60 days, and records a reminder for each application waiting in "new" for over 7 days.
 * Idempotent and safe to run from several processes at once (each step is one conditional SQL
 * write, nothing is kept in memory); search and the organization dashboard run it before they
 * read, so correctness never waits for the timer.
 */
export async function sweepBoard(db: DbOrTx, now: Date = new Date()): Promise<SweepResult> {
  try {
    return await repo.runSweep(db, sweepCutoffs(now));
  } catch (err) {
    // Another process sweeping the same rows at this moment: its sweep does the work, so a search
    // must not fail because of ours.
    if (isLockConflict(err)) return NOTHING_SWEPT;
    throw err;
  }
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
