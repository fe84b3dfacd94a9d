import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
import { getCatalogSnapshot, rememberAnswer } from './careers.snapshot.js';

/** Bump when the shape of catalog answers changes, so browsers holding an old answer fetch the new one. */
const ANSWER_FORMAT = 1;

/**
 * A catalog answer is a function of the request and the catalog revision alone: it is serialized once per revision
 * and request, and its ETag is the revision, so a repeat request with If-None-Match gets 304 and no body.
 */
async function sendCatalogAnswer(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  make: () => Promise<unknown>,
): Promise<FastifyReply> {
  const snapshot = await getCatalogSnapshot(db);
  const etag = `W/"catalog-${ANSWER_FORMAT}-${snapshot.revision}"`;
  reply.header('etag', etag).header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  const body = await rememberAnswer(snapshot, request.url, async () => JSON.stringify(await make()));
  return reply.type('application/json; charset=utf-8').send(body);
}

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
        response: { 200: CareerListSchema, 304: z.null(), 400: ErrorResponseSchema },
      },
    },
    async (request, reply) => sendCatalogAnswer(db, request, reply, () => service.listCareers(db, request.query)),
  );

  app.get(
    '/api/careers/map',
    {
      schema: {
        tags: ['careers'],
        summary: 'The micro-to-macro map: curated careers and the transition paths between them',
        response: { 200: CareerMapSchema, 304: z.null() },
      },
    },
    async (request, reply) => sendCatalogAnswer(db, request, reply, () => service.getCareerMap(db)),
  );

  app.get(
    '/api/careers/:id',
    {
      schema: {
        tags: ['careers'],
        summary: 'One career with its sourced figures and related careers',
        params: CareerIdParamsSchema,
        response: { 200: CareerDetailSchema, 304: z.null(), 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) =>
      sendCatalogAnswer(db, request, reply, () => service.getCareerDetail(db, request.params.id)),
  );
};
