import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplicationIdParamsSchema,
  ExperienceRecordSchema,
  HoursEntrySchema,
  HoursIdParamsSchema,
  HoursListSchema,
  LogHoursBodySchema,
  OrganizationIdParamsSchema,
  PendingHoursListSchema,
  ReviewHoursBodySchema,
} from '#contracts/board.js';
import { ErrorResponseSchema as E } from '#contracts/errors.js';
import { requireUser } from '#server/plugins/session.js';
import { BOARD_TAG, type BoardRouteOptions, SIGNED_IN_ERRORS } from './board-route-schemas.js';
import * as hours from './volunteer-hours.service.js';

/** Hours logged on accepted applications, their confirmation, and the experience record. */
export const volunteerHoursRoutes: FastifyPluginAsyncZod<BoardRouteOptions> = async (app, { db, now }) => {
  app.post(
    '/api/applications/:id/hours',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Log hours on an accepted application (the volunteer)',
        params: ApplicationIdParamsSchema,
        body: LogHoursBodySchema,
        response: { 201: HoursEntrySchema, 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await hours.logHours(db, requireUser(request), request.params.id, request.body, now())),
  );

  app.get(
    '/api/applications/:id/hours',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Hours logged against an application (the volunteer or the organization)',
        params: ApplicationIdParamsSchema,
        response: { 200: HoursListSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => hours.listHours(db, requireUser(request), request.params.id),
  );

  app.patch(
    '/api/volunteer-hours/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Confirm or reject logged hours (the organization)',
        params: HoursIdParamsSchema,
        body: ReviewHoursBodySchema,
        response: { 200: HoursEntrySchema, 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => hours.reviewHours(db, requireUser(request), request.params.id, request.body, now()),
  );

  app.delete(
    '/api/volunteer-hours/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Remove an entry not yet reviewed (the volunteer)',
        params: HoursIdParamsSchema,
        response: { 204: z.null(), 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) => {
      await hours.deleteHours(db, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/organizations/:id/hours',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Volunteer hours waiting for confirmation (members only)',
        params: OrganizationIdParamsSchema,
        response: { 200: PendingHoursListSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => hours.listPendingHours(db, requireUser(request), request.params.id),
  );

  app.get(
    '/api/me/experience',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Your record: confirmed volunteer and placement hours per opportunity',
        response: { 200: ExperienceRecordSchema, 401: E },
      },
    },
    async (request) => hours.getExperienceRecord(db, requireUser(request).id),
  );
};
