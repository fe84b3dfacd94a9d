import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateOpportunityBodySchema,
  OpportunityDetailSchema,
  OpportunityIdParamsSchema,
  OpportunityListSchema,
  OrganizationIdParamsSchema,
  RecommendationsSchema,
  SearchOpportunitiesQuerySchema,
  UpdateOpportunityBodySchema,
} from '#contracts/board.js';
import { ErrorResponseSchema as E } from '#contracts/errors.js';
import { requireUser } from '#server/plugins/session.js';
import type { LatestAssessmentBasis } from './assessment-basis.port.js';
import { BOARD_TAG, type BoardRouteOptions, SIGNED_IN_ERRORS } from './board-route-schemas.js';
import * as opportunities from './opportunities.service.js';

/** Opportunity listings: search, read, publish, edit, and recommendations from your assessment. */
export const opportunitiesRoutes: FastifyPluginAsyncZod<
  BoardRouteOptions & { latestAssessmentBasis: LatestAssessmentBasis }
> = async (app, { db, now, latestAssessmentBasis }) => {
  app.get(
    '/api/opportunities',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Search open opportunities',
        description:
          'Full-text search ("counselor" also finds counseling) with filters; comma-separate several values of one filter. ' +
          'near is "lat,lon" or a city from GET /api/places, with km (default 25). sort: relevance (default), date or distance.',
        querystring: SearchOpportunitiesQuerySchema,
        response: { 200: OpportunityListSchema, 400: E },
      },
    },
    async (request) => opportunities.searchOpportunities(db, request.query, now()),
  );

  app.get(
    '/api/opportunities/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'One opportunity, with what the signed-in viewer has done with it',
        params: OpportunityIdParamsSchema,
        response: { 200: OpportunityDetailSchema, 400: E, 404: E },
      },
    },
    async (request) => opportunities.getOpportunityDetail(db, request.params.id, request.user),
  );

  app.post(
    '/api/organizations/:id/opportunities',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Publish (status open) or draft an opportunity (members only)',
        description:
          'The description is Markdown (headings, lists, bold, italics, code, links), stored exactly as typed; ' +
          'HTML in it is shown as the text typed, never interpreted.',
        params: OrganizationIdParamsSchema,
        body: CreateOpportunityBodySchema,
        response: { 201: OpportunityDetailSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await opportunities.createOpportunity(db, requireUser(request), request.params.id, request.body, now())),
  );

  app.patch(
    '/api/opportunities/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Edit, publish, close or reopen an opportunity (members of its organization only)',
        params: OpportunityIdParamsSchema,
        body: UpdateOpportunityBodySchema,
        response: { 200: OpportunityDetailSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) =>
      opportunities.updateOpportunity(db, requireUser(request), request.params.id, request.body, now()),
  );

  app.get(
    '/api/me/recommendations',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Open opportunities for you, from your latest assessment (or saved listings) causes',
        response: { 200: RecommendationsSchema, 401: E },
      },
    },
    async (request) =>
      opportunities.getRecommendations(db, requireUser(request), latestAssessmentBasis, undefined, now()),
  );
};
