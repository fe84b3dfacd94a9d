import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MyOrganizationsResponseSchema,
  OrganizationBodySchema,
  OrganizationDetailSchema,
  OrganizationIdParamsSchema,
  OrganizationSchema,
  UpdateOrganizationBodySchema,
} from '#contracts/board.js';
import { ErrorResponseSchema as E } from '#contracts/errors.js';
import { requireRole, requireUser } from '#server/plugins/session.js';
import { BOARD_TAG, type BoardRouteOptions, SIGNED_IN_ERRORS } from './board-route-schemas.js';
import * as organizations from './organizations.service.js';

/** Organization profiles: create, read, edit, and the ones you belong to. */
export const organizationsRoutes: FastifyPluginAsyncZod<BoardRouteOptions> = async (app, { db }) => {
  app.post(
    '/api/organizations',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Create an organization profile (organization role); you become its first member',
        body: OrganizationBodySchema,
        response: { 201: OrganizationSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'organization');
      return reply.status(201).send(await organizations.createOrganization(db, user, request.body));
    },
  );

  app.get(
    '/api/organizations/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'An organization profile with its open opportunities and typical response time',
        params: OrganizationIdParamsSchema,
        response: { 200: OrganizationDetailSchema, 400: E, 404: E },
      },
    },
    async (request) => organizations.getOrganizationDetail(db, request.params.id, request.user),
  );

  app.patch(
    '/api/organizations/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Edit an organization profile (members only)',
        params: OrganizationIdParamsSchema,
        body: UpdateOrganizationBodySchema,
        response: { 200: OrganizationSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => organizations.updateOrganization(db, requireUser(request), request.params.id, request.body),
  );

  app.get(
    '/api/me/organizations',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Organizations you are a member of, with reminders waiting',
        response: { 200: MyOrganizationsResponseSchema, 401: E },
      },
    },
    async (request) => organizations.listMyOrganizations(db, requireUser(request)),
  );
};
