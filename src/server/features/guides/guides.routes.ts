import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  AdminGuideListSchema,
  GuideDetailSchema,
  GuideListSchema,
  GuideSlugParamsSchema,
  ListGuidesQuerySchema,
  SaveGuideBodySchema,
} from '#contracts/guides.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { requireRole } from '#server/plugins/session.js';
import { commentsRoutes } from './comments.routes.js';
import * as service from './guides.service.js';

const adminErrors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

export const guidesRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; now: Clock }> = async (app, { db, env, now }) => {
  app.get(
    '/api/guides',
    {
      schema: {
        tags: ['guides'],
        summary: 'Published guides, with full-text search (prefix words) and a tag filter',
        querystring: ListGuidesQuerySchema,
        response: { 200: GuideListSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => service.listGuides(db, request.query),
  );

  app.get(
    '/api/guides/:slug',
    {
      schema: {
        tags: ['guides'],
        summary: 'One guide (Markdown body) with its related careers and the previous/next guide',
        params: GuideSlugParamsSchema,
        response: { 200: GuideDetailSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request) => service.getGuide(db, request.params.slug, request.user),
  );

  app.get(
    '/api/admin/guides',
    {
      schema: {
        tags: ['admin', 'guides'],
        summary: 'Every guide, drafts first (admin only)',
        response: { 200: AdminGuideListSchema, ...adminErrors },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return service.listAllGuides(db);
    },
  );

  app.post(
    '/api/admin/guides',
    {
      schema: {
        tags: ['admin', 'guides'],
        summary: 'Write a new guide (admin only); the shipped-file loader never overwrites it',
        body: SaveGuideBodySchema,
        response: { 201: GuideDetailSchema, 409: ErrorResponseSchema, ...adminErrors },
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'admin');
      return reply.status(201).send(await service.createGuide(db, request.body, user));
    },
  );

  app.put(
    '/api/admin/guides/:slug',
    {
      schema: {
        tags: ['admin', 'guides'],
        summary: 'Edit a guide (admin only); an edited shipped guide becomes admin-owned',
        params: GuideSlugParamsSchema,
        body: SaveGuideBodySchema,
        response: { 200: GuideDetailSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, ...adminErrors },
      },
    },
    async (request) => {
      const user = requireRole(request, 'admin');
      return service.updateGuide(db, request.params.slug, request.body, user);
    },
  );

  await app.register(commentsRoutes, { db, env, now });
};
