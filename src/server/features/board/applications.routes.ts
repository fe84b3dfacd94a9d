import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApplicationIdParamsSchema,
  ApplicationListSchema,
  ApplicationMessageListSchema,
  ApplicationSchema,
  ApplyBodySchema,
  ListOrganizationApplicationsQuerySchema,
  OpportunityIdParamsSchema,
  OrganizationIdParamsSchema,
  PostApplicationMessageBodySchema,
  UpdateApplicationStatusBodySchema,
} from '#contracts/board.js';
import { ErrorResponseSchema as E } from '#contracts/errors.js';
import type { Env } from '#server/env.js';
import { requireUser } from '#server/plugins/session.js';
import * as applications from './applications.service.js';
import { BOARD_TAG, type BoardRouteOptions, SIGNED_IN_ERRORS } from './board-route-schemas.js';

/** Applying to an opportunity and moving an application on (applicant and organization). */
export const applicationsRoutes: FastifyPluginAsyncZod<BoardRouteOptions & { env: Env }> = async (
  app,
  { db, env, now },
) => {
  // Notices queued with a change are written in its transaction, dated by the app's clock.
  const mail = () => ({ env, now: now() });

  app.post(
    '/api/opportunities/:id/applications',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Apply: one answer per question and an optional note (once per opportunity)',
        params: OpportunityIdParamsSchema,
        body: ApplyBodySchema,
        response: { 201: ApplicationSchema, 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await applications.applyToOpportunity(db, requireUser(request), request.params.id, request.body, mail())),
  );

  app.get(
    '/api/me/applications',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Your applications and their status',
        response: { 200: ApplicationListSchema, 401: E },
      },
    },
    async (request) => applications.listMyApplications(db, requireUser(request)),
  );

  app.get(
    '/api/applications/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'One application (its applicant or the organization only)',
        params: ApplicationIdParamsSchema,
        response: { 200: ApplicationSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => applications.getApplication(db, requireUser(request), request.params.id),
  );

  app.patch(
    '/api/applications/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Move an application on: reviewing, accepted or declined, with an optional message (organization)',
        params: ApplicationIdParamsSchema,
        body: UpdateApplicationStatusBodySchema,
        response: { 200: ApplicationSchema, 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) =>
      applications.updateApplicationStatus(db, requireUser(request), request.params.id, request.body, mail()),
  );

  app.post(
    '/api/applications/:id/withdraw',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Withdraw your application',
        params: ApplicationIdParamsSchema,
        response: { 200: ApplicationSchema, 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => applications.withdrawApplication(db, requireUser(request), request.params.id, now()),
  );

  app.get(
    '/api/organizations/:id/applications',
    {
      schema: {
        tags: BOARD_TAG,
        summary: "Applications to the organization's own opportunities, oldest waiting first (members only)",
        params: OrganizationIdParamsSchema,
        querystring: ListOrganizationApplicationsQuerySchema,
        response: { 200: ApplicationListSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) =>
      applications.listOrganizationApplications(db, requireUser(request), request.params.id, request.query, now()),
  );

  app.get(
    '/api/applications/:id/messages',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'The message thread of an application, oldest first (its applicant or the organization only)',
        params: ApplicationIdParamsSchema,
        response: { 200: ApplicationMessageListSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => applications.listMessages(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/applications/:id/messages',
    {
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags: BOARD_TAG,
        summary: 'Write in the thread of an application, as its applicant or for the organization',
        params: ApplicationIdParamsSchema,
        body: PostApplicationMessageBodySchema,
        response: { 201: ApplicationMessageListSchema, 409: E, 429: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await applications.postMessage(db, requireUser(request), request.params.id, request.body, mail())),
  );
};
