import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { MailboxQuerySchema, MailboxResponseSchema } from '#contracts/mailbox.js';
import type { Db } from '#server/db/client.js';
import { listRecentMail } from '#server/mail/outbox.repository.js';

/** The dev Mailbox: the outbox, newest first. Registered only where mailbox.feature.ts allows it. */
export const mailboxRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/dev/mailbox',
    {
      schema: {
        tags: ['dev'],
        summary: 'Messages in the outbox, newest first (embedded database or VOCARE_DEV_MAILBOX=1 only)',
        querystring: MailboxQuerySchema,
        response: { 200: MailboxResponseSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => {
      const rows = await listRecentMail(db, { limit: request.query.limit, to: request.query.to });
      return {
        messages: rows.map((r) => ({
          id: r.id,
          to: r.to,
          subject: r.subject,
          text: r.text,
          status: r.status,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );
};
