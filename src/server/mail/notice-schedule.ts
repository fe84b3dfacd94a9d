import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import type { NoticeContext } from './notices.js';

/**
 * A periodic notice sweep (ADR 0024): every process runs it every VOCARE_DIGEST_POLL_SECONDS, never two passes at
 * once in one process. Sweeps must be safe to run in several processes at once: each claims what it sends
 * (`claimDigestRun`) in the transaction that queues it.
 */
export function noticeSchedule(name: string, sweep: (db: Db, ctx: NoticeContext) => Promise<{ queued: number }>) {
  return fp<{ db: Db; env: Env; now: Clock }>(
    async (app: FastifyInstance, { db, env, now }) => {
      let running: Promise<void> | null = null;
      const run = () => {
        if (running) return;
        running = sweep(db, { env, now: now() })
          .then(({ queued }) => {
            if (queued > 0) app.log.info({ queued, sweep: name }, 'queued notices');
          })
          .catch((err: unknown) => app.log.error({ err, sweep: name }, 'queuing notices failed'))
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
    { name },
  );
}
