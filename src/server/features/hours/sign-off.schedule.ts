import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { runHoursReminders } from './hours-reminders.service.js';
import { runWeeklySignOffMessages } from './sign-off.service.js';

/**
 * Every process looks every VOCARE_DIGEST_POLL_SECONDS for supervisors whose week's message is not out yet; the
 * first look of an ISO week queues it. Several processes at once are safe: the week is claimed per supervisor.
 * The same look sends the hours reminders (agreements ending, licenses lapsing), each claimed per person and date.
 */
export const signOffSchedule = fp<{ db: Db; env: Env; now: Clock }>(
  async (app: FastifyInstance, { db, env, now }) => {
    let running: Promise<void> | null = null;
    const run = () => {
      if (running) return;
      const ctx = { env, now: now() };
      running = runWeeklySignOffMessages(db, ctx)
        .then(({ queued }) => {
          if (queued > 0) app.log.info({ queued }, 'queued weekly sign-off messages');
          return runHoursReminders(db, ctx);
        })
        .then(({ queued }) => {
          if (queued > 0) app.log.info({ queued }, 'queued hours reminders');
        })
        .catch((err: unknown) => app.log.error({ err }, 'queuing weekly sign-off messages failed'))
        .finally(() => {
          running = null;
        });
    };
    const timer = setInterval(run, env.VOCARE_DIGEST_POLL_SECONDS * 1000);
    timer.unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'hours-sign-off-schedule' },
);
