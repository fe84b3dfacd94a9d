import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  NewReplyBodySchema,
  NewThreadBodySchema,
  PeerModerationBodySchema,
  PeerModerationQueueSchema,
  PeerSpaceDetailSchema,
  PeerSpaceListSchema,
  PeerSpaceSchema,
  PeerThreadSchema,
  PostIdParamsSchema,
  ReportPostBodySchema,
  SpaceSlugParamsSchema,
} from '#contracts/peer-spaces.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import { requireRole, requireUser, requireVerified } from '#server/plugins/session.js';
import * as service from './peer-spaces.service.js';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};
const withConflict = { ...errors, 409: ErrorResponseSchema };
const tags = ['peer-spaces'];

/**
 * Peer spaces: discussion by career, cause or stage. Posts are moderated like guide comments (a first post waits
 * for a moderator; link limit); members-only spaces are read by members only.
 */
export const peerSpacesRoutes: FastifyPluginAsyncZod<{ db: Db; now: Clock }> = async (app, { db, now }) => {
  app.get(
    '/api/peer-spaces',
    {
      schema: {
        tags,
        summary: 'Every space, with whether you are a member',
        response: { 200: PeerSpaceListSchema, ...errors },
      },
    },
    async (request) => service.listSpaces(db, requireUser(request).id),
  );

  app.get(
    '/api/peer-spaces/:slug',
    {
      schema: {
        tags,
        summary: 'A space and its threads (members-only spaces: members only)',
        params: SpaceSlugParamsSchema,
        response: { 200: PeerSpaceDetailSchema, ...errors },
      },
    },
    async (request) => service.getSpace(db, requireUser(request), request.params.slug),
  );

  app.post(
    '/api/peer-spaces/:slug/join',
    {
      schema: {
        tags,
        summary: 'Join a space',
        params: SpaceSlugParamsSchema,
        response: { 200: PeerSpaceSchema, ...errors },
      },
    },
    async (request) => service.joinSpace(db, requireVerified(request), request.params.slug, now()),
  );

  app.post(
    '/api/peer-spaces/:slug/leave',
    {
      schema: {
        tags,
        summary: 'Leave a space',
        params: SpaceSlugParamsSchema,
        response: { 200: PeerSpaceSchema, ...errors },
      },
    },
    async (request) => service.leaveSpace(db, requireUser(request), request.params.slug),
  );

  app.post(
    '/api/peer-spaces/:slug/threads',
    {
      schema: {
        tags,
        summary: 'Start a thread (members; a first post waits for a moderator)',
        params: SpaceSlugParamsSchema,
        body: NewThreadBodySchema,
        response: { 201: PeerThreadSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createThread(db, requireVerified(request), request.params.slug, request.body, now())),
  );

  app.get(
    '/api/peer-spaces/threads/:id',
    {
      schema: {
        tags,
        summary: 'A thread and its replies',
        params: PostIdParamsSchema,
        response: { 200: PeerThreadSchema, ...errors },
      },
    },
    async (request) => service.getThread(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/peer-spaces/threads/:id/replies',
    {
      schema: {
        tags,
        summary: 'Reply to a thread (members; not when locked)',
        params: PostIdParamsSchema,
        body: NewReplyBodySchema,
        response: { 201: PeerThreadSchema, ...withConflict },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.reply(db, requireVerified(request), request.params.id, request.body, now())),
  );

  app.delete(
    '/api/peer-spaces/posts/:id',
    {
      schema: {
        tags,
        summary: 'Remove your own post',
        params: PostIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.removeOwnPost(db, requireUser(request), request.params.id, now());
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/peer-spaces/posts/:id/report',
    {
      schema: {
        tags,
        summary: 'Report a post to the moderators (the author is not told who reported it)',
        params: PostIdParamsSchema,
        body: ReportPostBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.report(db, requireUser(request), request.params.id, request.body.reason, now());
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/peer-spaces/moderation',
    {
      schema: {
        tags: ['admin', ...tags],
        summary: 'Posts waiting for a moderator and reported posts (admin only)',
        response: { 200: PeerModerationQueueSchema, ...errors },
      },
    },
    async (request) => service.moderationQueue(db, requireRole(request, 'admin')),
  );

  app.post(
    '/api/admin/peer-spaces/posts/:id/moderation',
    {
      schema: {
        tags: ['admin', ...tags],
        summary: 'Approve, remove, mark as spam, lock, unlock or move (admin only)',
        params: PostIdParamsSchema,
        body: PeerModerationBodySchema,
        response: { 200: PeerModerationQueueSchema, ...errors },
      },
    },
    async (request) => service.moderate(db, requireRole(request, 'admin'), request.params.id, request.body, now()),
  );
};
