import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OpportunityIdParamsSchema, SavedListSchema } from '#contracts/board.js';
import { ErrorResponseSchema as E } from '#contracts/errors.js';
import { requireUser } from '#server/plugins/session.js';
import { BOARD_TAG, type BoardRouteOptions, SIGNED_IN_ERRORS } from './board-route-schemas.js';
import * as opportunities from './opportunities.service.js';

/** The listings a person saved for later. */
export const savedOpportunitiesRoutes: FastifyPluginAsyncZod<BoardRouteOptions> = async (app, { db }) => {
  app.get(
    '/api/me/saved-opportunities',
    { schema: { tags: BOARD_TAG, summary: 'Your saved opportunities', response: { 200: SavedListSchema, 401: E } } },
    async (request) => opportunities.listSaved(db, requireUser(request)),
  );

  app.put(
    '/api/me/saved-opportunities/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Save an opportunity',
        params: OpportunityIdParamsSchema,
        response: { 204: z.null(), ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) => {
      await opportunities.saveOpportunity(db, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/me/saved-opportunities/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Forget a saved opportunity',
        params: OpportunityIdParamsSchema,
        response: { 204: z.null(), ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) => {
      await opportunities.unsaveOpportunity(db, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
