import { lte } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DbOrTx } from '../db/client.js';
import { rateLimits, sessions } from '../db/schema/core.js';

/**
 * Sessions past their expiry and rate-limit counters past their window are never read again (the session
 * lookup and the rate-limit store both check the time), but nothing removed them: the tables only grew.
 */
export async function deleteExpiredRows(db: DbOrTx, now: Date): Promise<{ sessions: number; rateLimits: number }> {
  const goneSessions = await db
    .delete(sessions)
    .where(lte(sessions.expiresAt, now))
    .returning({ tokenHash: sessions.tokenHash });
  const goneCounters = await db
    .delete(rateLimits)
    .where(lte(rateLimits.resetAt, now))
    .returning({ key: rateLimits.key });
  return { sessions: goneSessions.length, rateLimits: goneCounters.length };
}

/**
 * Runs `deleteExpiredRows` every `intervalMs` while the app is up; `onClose` stops the timer and waits for a run
 * in progress. Every process runs it: the deletes are idempotent, so two processes at once do no harm.
 */
export const expiredRowsCleanup = fp<{ db: DbOrTx; intervalMs: number; now?: () => Date }>(
  async (app: FastifyInstance, { db, intervalMs, now = () => new Date() }) => {
    let running: Promise<void> | null = null;
    const timer = setInterval(() => {
      if (running) return;
      running = deleteExpiredRows(db, now())
        .then((gone) => {
          if (gone.sessions || gone.rateLimits) app.log.info({ gone }, 'deleted expired sessions and rate limits');
        })
        .catch((err: unknown) => app.log.error({ err }, 'deleting expired sessions and rate limits failed'))
        .finally(() => {
          running = null;
        });
    }, intervalMs);
    // The timer alone never keeps a process (a CLI command, a test) alive.
    timer.unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'expired-rows-cleanup' },
);
