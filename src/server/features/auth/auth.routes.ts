import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddRoleBodySchema,
  ChangePasswordBodySchema,
  SessionResponseSchema,
  SetRolesBodySchema,
  SignInBodySchema,
  SignUpBodySchema,
  SignUpResponseSchema,
  UserIdParamsSchema,
  UserResponseSchema,
} from '#contracts/auth.js';
import { ErrorResponseSchema } from '#contracts/errors.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import {
  clearSessionCookie,
  ensureCsrfToken,
  requireRole,
  requireUser,
  setSessionCookie,
} from '#server/plugins/session.js';
import * as service from './auth.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

export const authRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; now: Clock }> = async (app, { db, env, now }) => {
  const authRateLimit = {
    rateLimit: { max: env.VOCARE_AUTH_RATE_LIMIT, timeWindow: env.VOCARE_AUTH_RATE_WINDOW_SECONDS * 1000 },
  };

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and the CSRF token to send with state-changing requests',
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const csrfToken = ensureCsrfToken(request, reply, env);
      const user = request.user;
      return {
        csrfToken,
        user: user
          ? {
              id: user.id,
              email: user.email,
              displayName: user.displayName,
              roles: user.roles,
              emailVerified: user.emailVerified,
            }
          : null,
      };
    },
  );

  app.post(
    '/api/auth/signup',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Create an account (or mail the owner if the address has one); opens no session',
        description:
          'Answers 201 with the same body whether the address is new or already has an account, so sign-up never ' +
          'tells whether an address is registered. A new address gets a verification link; an existing one gets a ' +
          'message saying someone tried to sign up. Sign in afterwards with /api/auth/signin.',
        body: SignUpBodySchema,
        response: { 201: SignUpResponseSchema, 429: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const at = now();
      await service.signUp(db, request.body, { env, now: at });
      return reply.status(201).send({ email: request.body.email, next: 'check-email' as const });
    },
  );

  app.post(
    '/api/auth/signin',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: SignInBodySchema,
        response: { 200: UserResponseSchema, 429: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await service.signIn(db, request.body, { days: env.VOCARE_SESSION_DAYS, now: now() });
      setSessionCookie(reply, env, session.token, session.expiresAt);
      return { user: session.user };
    },
  );

  app.post(
    '/api/auth/signout',
    { schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await service.signOut(db, request.user);
      clearSessionCookie(reply, env);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: authRateLimit,
      schema: {
        tags: ['auth'],
        summary: 'Change password (ends your other sessions)',
        body: ChangePasswordBodySchema,
        response: { 204: z.null(), 429: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await service.changePassword(db, user, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/me/roles',
    {
      schema: {
        tags: ['auth'],
        summary: 'Take on another self-service role (e.g. trainee, supervisor, mentor)',
        body: AddRoleBodySchema,
        response: { 200: UserResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return { user: await service.addOwnRole(db, user, request.body.role) };
    },
  );

  app.put(
    '/api/admin/users/:id/roles',
    {
      schema: {
        tags: ['admin'],
        summary: "Set a user's roles (admin only)",
        params: UserIdParamsSchema,
        body: SetRolesBodySchema,
        response: { 200: UserResponseSchema, 404: ErrorResponseSchema, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return { user: await service.setUserRoles(db, request.params.id, request.body.roles) };
    },
  );
};
