import underPressure from '@fastify/under-pressure';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import type { Db } from '../db/client.js';
import type { Env } from '../env.js';
import { AppError } from '../errors.js';

const READY_TIMEOUT_MS = 2_000;

/**
 * What an orchestrator or load balancer asks: /api/health/live (the process answers; never touches the database,
 * so a database outage does not get every app process restarted), /api/health/ready (the database answers too:
 * take this process out of rotation while it does not). Under event-loop pressure every other request is shed with
 * a 503 and Retry-After rather than queued until it times out.
 */
export const operability = fp<{ db: Db; env: Env; dbKind: 'pglite' | 'postgres' }>(
  async (app: FastifyInstance, { db, env, dbKind }) => {
    if (env.VOCARE_MAX_EVENT_LOOP_DELAY_MS > 0) {
      await app.register(underPressure, {
        maxEventLoopDelay: env.VOCARE_MAX_EVENT_LOOP_DELAY_MS,
        exposeStatusRoute: false,
        pressureHandler: async (request, _reply, type, value) => {
          request.log.warn({ type, value }, 'shedding load');
          throw new AppError('UNAVAILABLE', 'The server is busy. Try again in a few seconds.');
        },
      });
    }
    // A response finished during shutdown closes its keep-alive connection: otherwise server.close() waits for the
    // client's idle socket until the keep-alive timeout, past the grace period.
    // Node closes the connections idle when close() is called, not those that turn idle later: sweep them until
    // the server has closed.
    let isClosing = false;
    let sweeper: NodeJS.Timeout | undefined;
    app.addHook('preClose', async () => {
      isClosing = true;
      sweeper = setInterval(() => app.server.closeIdleConnections?.(), 100);
      sweeper.unref();
    });
    app.addHook('onClose', async () => clearInterval(sweeper));
    app.addHook('onSend', async (_request, reply, payload) => {
      if (isClosing) reply.header('connection', 'close');
      return payload;
    });

    // Liveness is answered even under pressure: a busy process is not a dead one.
    const alwaysAnswer = { pressureHandler: () => undefined };

    app.get(
      '/api/health/live',
      {
        config: alwaysAnswer,
        schema: {
          tags: ['meta'],
          summary: 'Liveness: the process is up (the database is not consulted)',
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async () => ({ ok: true as const }),
    );

    app.get(
      '/api/health/ready',
      {
        schema: {
          tags: ['meta'],
          summary: 'Readiness: the process and its database answer (503 while the database does not)',
          response: {
            200: z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']) }),
            503: ErrorResponseSchema,
          },
        },
      },
      async () => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), READY_TIMEOUT_MS);
        });
        try {
          await Promise.race([db.execute(sql`select 1`), timeout]);
        } catch (err) {
          app.log.warn({ message: err instanceof Error ? err.message : String(err) }, 'not ready: database');
          throw new AppError('UNAVAILABLE', 'The database does not answer.');
        } finally {
          clearTimeout(timer);
        }
        return { ok: true as const, database: dbKind };
      },
    );
  },
  { name: 'operability' },
);
