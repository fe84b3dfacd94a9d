import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptedResponseSchema,
  ChangeEmailBodySchema,
  ConfirmEmailChangeBodySchema,
  EmailVerifiedResponseSchema,
  PasswordResetCompleteBodySchema,
  PasswordResetRequestBodySchema,
  VerifyEmailBodySchema,
} from '#contracts/auth.js';
import { ErrorResponseSchema } from '#contracts/errors.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { clearSessionCookie, requireUser } from '#server/plugins/session.js';
import * as service from './account-mail.service.js';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  409: ErrorResponseSchema,
  429: ErrorResponseSchema,
};

/** Address verification, password reset and email change: everything that works through a link sent by mail. */
export const accountMailRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; now: Clock }> = async (
  app,
  { db, env, now },
) => {
  const authRateLimit = {
    rateLimit: { max: env.VOCARE_AUTH_RATE_LIMIT, timeWindow: env.VOCARE_AUTH_RATE_WINDOW_SECONDS * 1000 },
  };
  const ctx = () => ({ env, now: now() });

  app.post(
    '/api/auth/verify-email',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Confirm an email address with the token from the verification link',
        body: VerifyEmailBodySchema,
        response: { 200: EmailVerifiedResponseSchema, ...errors },
      },
    },
    async (request) => ({
      ...(await service.verifyEmail(db, ctx(), request.body.token)),
      emailVerified: true as const,
    }),
  );

  app.post(
    '/api/auth/verify-email/resend',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Send the verification link again (a few per hour)',
        response: { 202: AcceptedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await service.resendVerification(db, ctx(), user);
      return reply.status(202).send({ message: `A new link is on its way to ${user.email}.` });
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Email a password reset link (same answer whether or not the address has an account)',
        body: PasswordResetRequestBodySchema,
        response: { 202: AcceptedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await service.requestPasswordReset(db, ctx(), request.body.email);
      return reply.status(202).send({ message: service.RESET_REQUESTED_MESSAGE });
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with the token from the reset link (ends every session)',
        body: PasswordResetCompleteBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.completePasswordReset(db, ctx(), request.body);
      clearSessionCookie(reply, env);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/email',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Change your email address: the new one confirms, the old one is told',
        body: ChangeEmailBodySchema,
        response: { 202: AcceptedResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await service.requestEmailChange(db, ctx(), requireUser(request), request.body);
      return reply.status(202).send({ message: service.EMAIL_CHANGE_REQUESTED_MESSAGE });
    },
  );

  app.post(
    '/api/auth/email/confirm',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Confirm a new email address with the token from the link sent to it',
        body: ConfirmEmailChangeBodySchema,
        response: { 200: EmailVerifiedResponseSchema, ...errors },
      },
    },
    async (request) => ({
      ...(await service.confirmEmailChange(db, ctx(), request.body.token)),
      emailVerified: true as const,
    }),
  );
};
