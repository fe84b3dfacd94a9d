import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  CommentFormSchema,
  CommentIdParamsSchema,
  CommentThreadListSchema,
  GuideSlugParamsSchema,
  ListCommentsQuerySchema,
  ModerateCommentBodySchema,
  ModerateCommentResponseSchema,
  ModerationQueueQuerySchema,
  ModerationQueueSchema,
  PostCommentBodySchema,
  PostCommentResponseSchema,
  ReplyNotificationListSchema,
} from '#contracts/guides.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { requireRole, requireUser } from '#server/plugins/session.js';
import { loadFormSecret, readFormTokenAge, signFormToken } from './comment-form-token.js';
import * as service from './comments.service.js';
import { findReadableGuide } from './guides.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

export const commentsRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; now: Clock }> = async (
  app,
  { db, env, now },
) => {
  // Read once per process; the key itself lives in the database, shared by every process.
  let secret: Promise<Buffer> | null = null;
  const formSecret = () => {
    secret ??= loadFormSecret(db).catch((err: unknown) => {
      secret = null;
      throw err;
    });
    return secret;
  };
  const commentRateLimit = {
    rateLimit: {
      max: env.VOCARE_COMMENT_RATE_LIMIT,
      timeWindow: env.VOCARE_COMMENT_RATE_WINDOW_SECONDS * 1000,
    },
  };

  app.get(
    '/api/guides/:slug/comments',
    {
      schema: {
        tags: ['guides'],
        summary: 'Published comments, oldest first, each with its published replies (one level deep)',
        description: 'Commenters’ email addresses are never part of any response.',
        params: GuideSlugParamsSchema,
        querystring: ListCommentsQuerySchema,
        response: { 200: CommentThreadListSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request) => service.listThreads(db, request.params.slug, request.user, request.query),
  );

  app.get(
    '/api/guides/:slug/comment-form',
    {
      schema: {
        tags: ['guides'],
        summary: 'A signed, timestamped token for the comment form (spam defence: minimum time-to-submit)',
        params: GuideSlugParamsSchema,
        response: { 200: CommentFormSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      await findReadableGuide(db, request.params.slug, request.user);
      reply.header('cache-control', 'no-store');
      return {
        formToken: signFormToken(await formSecret(), now().getTime()),
        minSeconds: env.VOCARE_COMMENT_MIN_SECONDS,
      };
    },
  );

  app.post(
    '/api/guides/:slug/comments',
    {
      config: commentRateLimit,
      schema: {
        tags: ['guides'],
        summary: 'Post a comment or a reply; a first comment from an unknown email waits for moderation',
        description:
          'Spam defences: the honeypot field "topic" must be empty, the formToken must be at least ' +
          'VOCARE_COMMENT_MIN_SECONDS old, links are limited, and each address may post a few comments per window.',
        params: GuideSlugParamsSchema,
        body: PostCommentBodySchema,
        response: {
          201: PostCommentResponseSchema,
          404: ErrorResponseSchema,
          429: ErrorResponseSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const formAgeMs = readFormTokenAge(await formSecret(), request.body.formToken, now().getTime());
      const comment = await service.postComment(
        db,
        { env, now: now() },
        {
          slug: request.params.slug,
          body: request.body,
          user: request.user,
          formAgeMs,
          minAgeMs: env.VOCARE_COMMENT_MIN_SECONDS * 1000,
        },
      );
      return reply.status(201).send({ comment });
    },
  );

  app.get(
    '/api/admin/comments',
    {
      schema: {
        tags: ['admin', 'guides'],
        summary: 'The moderation queue: comments by status, oldest first (admin only)',
        querystring: ModerationQueueQuerySchema,
        response: { 200: ModerationQueueSchema, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return service.listModerationQueue(db, request.query);
    },
  );

  app.post(
    '/api/admin/comments/:id/moderation',
    {
      schema: {
        tags: ['admin', 'guides'],
        summary: 'Approve, reject or mark a comment as spam (admin only)',
        params: CommentIdParamsSchema,
        body: ModerateCommentBodySchema,
        response: { 200: ModerateCommentResponseSchema, 404: ErrorResponseSchema, ...errors },
      },
    },
    async (request) => {
      const moderator = requireRole(request, 'admin');
      return service.moderateComment(db, { env, now: now() }, request.params.id, request.body.action, moderator);
    },
  );

  app.get(
    '/api/me/replies',
    {
      schema: {
        tags: ['guides'],
        summary: 'Replies to the comments you wrote while signed in and asked to be told about',
        description:
          'Every notification is stored; account holders who keep the comment-reply topic on are also mailed, and ' +
          'emailDelivery says what became of that message (emailed, queued, failed, not-emailed).',
        response: { 200: ReplyNotificationListSchema, ...errors },
      },
    },
    async (request) => service.listReplyNotifications(db, requireUser(request)),
  );

  app.post(
    '/api/me/replies/read',
    {
      schema: {
        tags: ['guides'],
        summary: 'Mark every reply notification as read',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.markRepliesRead(db, requireUser(request));
      return reply.status(204).send(null);
    },
  );
};
