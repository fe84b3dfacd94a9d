import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  MAIL_TOPIC_INFO,
  MailPreferencesResponseSchema,
  UnsubscribeQuerySchema,
  UnsubscribeResponseSchema,
  UpdateMailPreferencesBodySchema,
} from '#contracts/mail-preferences.js';
import type { Clock } from '#server/clock.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { listTopicSettings, setTopicSettings, unsubscribeWithToken } from '#server/mail/notices.js';
import { requireUser } from '#server/plugins/session.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

async function preferencesOf(db: DbOrTx, userId: string) {
  const settings = await listTopicSettings(db, userId);
  return {
    preferences: settings.map((s) => ({
      ...s,
      label: MAIL_TOPIC_INFO[s.topic].label,
      description: MAIL_TOPIC_INFO[s.topic].description,
    })),
  };
}

/** Which notices a person wants, and the one-click unsubscribe every notice links to (ADR 0024). */
export const noticesRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; now: Clock }> = async (app, { db, env, now }) => {
  // RFC 8058: a mail client POSTs `List-Unsubscribe=One-Click` form-encoded; the token is in the URL.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get(
    '/api/account/mail-preferences',
    {
      schema: {
        tags: ['account'],
        summary: 'Which notices you get by mail (account mail is always sent)',
        response: { 200: MailPreferencesResponseSchema, ...errors },
      },
    },
    async (request) => preferencesOf(db, requireUser(request).id),
  );

  app.put(
    '/api/account/mail-preferences',
    {
      schema: {
        tags: ['account'],
        summary: 'Turn notices on or off; topics not sent keep their setting',
        body: UpdateMailPreferencesBodySchema,
        response: { 200: MailPreferencesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await setTopicSettings(db, user.id, request.body.preferences, now());
      return preferencesOf(db, user.id);
    },
  );

  app.post(
    '/api/mail/unsubscribe',
    {
      config: {
        isCsrfExempt: true,
        rateLimit: { max: env.VOCARE_AUTH_RATE_LIMIT, timeWindow: env.VOCARE_AUTH_RATE_WINDOW_SECONDS * 1000 },
      },
      schema: {
        tags: ['account'],
        summary: "One-click unsubscribe (RFC 8058) with the token of a notice's link: turns that topic off, no sign-in",
        querystring: UnsubscribeQuerySchema,
        response: { 200: UnsubscribeResponseSchema, 429: ErrorResponseSchema, ...errors },
      },
    },
    async (request) => {
      const done = await unsubscribeWithToken(db, request.query.token, now());
      if (!done) {
        throw new AppError(
          'BAD_REQUEST',
          'This unsubscribe link is not valid. Change your notices on your account page.',
          [{ path: 'querystring.token', message: 'is not a valid unsubscribe link' }],
        );
      }
      return { topic: done.topic, label: MAIL_TOPIC_INFO[done.topic].label, enabled: false as const };
    },
  );
};
