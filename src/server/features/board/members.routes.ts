import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  InviteBodySchema,
  InviteIdParamsSchema,
  MembersResponseSchema,
  MyInvitesResponseSchema,
  OrganizationIdParamsSchema,
  OrganizationInvitationSchema,
  OrganizationSchema,
} from '#contracts/board.js';
import { ErrorResponseSchema as E } from '#contracts/errors.js';
import type { Env } from '#server/env.js';
import { requireUser, requireVerified } from '#server/plugins/session.js';
import { BOARD_TAG, type BoardRouteOptions, SIGNED_IN_ERRORS } from './board-route-schemas.js';
import * as organizations from './organizations.service.js';

/** Who manages an organization: its members, invitations by email (mailed with a link), accepting one. */
export const membersRoutes: FastifyPluginAsyncZod<BoardRouteOptions & { env: Env }> = async (app, { db, env, now }) => {
  app.get(
    '/api/organizations/:id/members',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Members and pending invitations (members only)',
        params: OrganizationIdParamsSchema,
        response: { 200: MembersResponseSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => organizations.listMembers(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/organizations/:id/invites',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Invite an address by email (a link is mailed to it); it joins when it accepts (members only)',
        params: OrganizationIdParamsSchema,
        body: InviteBodySchema,
        response: { 201: MembersResponseSchema, 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await organizations.inviteMember(
            db,
            { env, now: now() },
            requireUser(request),
            request.params.id,
            request.body.email,
          ),
        ),
  );

  app.get(
    '/api/me/organization-invites',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Invitations to join an organization sent to your email',
        response: { 200: MyInvitesResponseSchema, 401: E },
      },
    },
    async (request) => organizations.listMyInvites(db, requireUser(request)),
  );

  app.get(
    '/api/organization-invites/:id',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'The invitation behind an emailed link (only for the account of the invited address)',
        params: InviteIdParamsSchema,
        response: { 200: OrganizationInvitationSchema, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => organizations.getInvitation(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/organization-invites/:id/accept',
    {
      schema: {
        tags: BOARD_TAG,
        summary: 'Accept an invitation and join the organization (needs the invited address, confirmed)',
        params: InviteIdParamsSchema,
        response: { 200: OrganizationSchema, 409: E, ...SIGNED_IN_ERRORS },
      },
    },
    async (request) => organizations.acceptInvite(db, now(), requireVerified(request), request.params.id),
  );
};
