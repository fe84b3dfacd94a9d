import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CareerDetailSchema,
  CareerIdParamsSchema,
  CareerListSchema,
  CareerMapSchema,
  ListCareersQuerySchema,
} from '#contracts/careers.js';
import { ErrorResponseSchema } from '#contracts/errors.js';
import type { Db } from '#server/db/client.js';
import * as service from './careers.service.js';

export const careersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/careers',
    {
      schema: {
        tags: ['careers'],
        summary: 'Search and filter the career atlas',
        description:
          'Full-text search (prefix: "counsel" finds counselor and counseling) with filters. Comma-separate several values of one filter. ' +
          'curated=true (default) lists the hand-curated helping careers; all adds every O*NET occupation.',
        querystring: ListCareersQuerySchema,
        response: { 200: CareerListSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => service.listCareers(db, request.query),
  );

  app.get(
    '/api/careers/map',
    {
      schema: {
        tags: ['careers'],
        summary: 'The micro-to-macro map: curated careers and the transition paths between them',
        response: { 200: CareerMapSchema },
      },
    },
    async () => service.getCareerMap(db),
  );

  app.get(
    '/api/careers/:id',
    {
      schema: {
        tags: ['careers'],
        summary: 'One career with its sourced figures and related careers',
        params: CareerIdParamsSchema,
        response: { 200: CareerDetailSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request) => service.getCareerDetail(db, request.params.id),
  );
};
