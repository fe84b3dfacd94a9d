import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplicationIdParamsSchema,
  ApplicationListSchema,
  ApplicationSchema,
  ApplyBodySchema,
  CreateOpportunityBodySchema,
  ExperienceRecordSchema,
  HoursEntrySchema,
  HoursIdParamsSchema,
  HoursListSchema,
  InviteBodySchema,
  InviteIdParamsSchema,
  ListOrganizationApplicationsQuerySchema,
  LogHoursBodySchema,
  MembersResponseSchema,
  MyInvitesResponseSchema,
  MyOrganizationsResponseSchema,
  OpportunityDetailSchema,
  OpportunityIdParamsSchema,
  OpportunityListSchema,
  OrganizationBodySchema,
  OrganizationDetailSchema,
  OrganizationIdParamsSchema,
  OrganizationSchema,
  PendingHoursListSchema,
  PlaceListSchema,
  RecommendationsSchema,
  ReviewHoursBodySchema,
  SavedListSchema,
  SearchOpportunitiesQuerySchema,
  UpdateApplicationStatusBodySchema,
  UpdateOpportunityBodySchema,
  UpdateOrganizationBodySchema,
} from '../../../contracts/board.js';
import { ErrorResponseSchema } from '../../../contracts/errors.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { requireRole, requireUser } from '../../plugins/session.js';
import * as applications from './applications.service.js';
import { startBoardSweepTimer } from './board-sweep.service.js';
import * as opportunities from './opportunities.service.js';
import * as organizations from './organizations.service.js';
import * as hours from './volunteer-hours.service.js';

const E = ErrorResponseSchema;
const signedIn = { 400: E, 401: E, 403: E, 404: E };
const TAG = ['board'];

export interface BoardRoutesOptions {
  db: Db;
  /** The app's clock: listings close, go stale and remind by it. */
  now: Clock;
  /** How often a listening server runs the board sweep; 0 turns the timer off (the sweep still runs lazily). */
  sweepIntervalMs?: number;
}

export const boardRoutes: FastifyPluginAsyncZod<BoardRoutesOptions> = async (
  app,
  { db, now, sweepIntervalMs = 10 * 60_000 },
) => {
  // Only a server that listens runs the timer (tests and the CLI use inject or call services).
  if (sweepIntervalMs > 0) {
    let stop: (() => void) | null = null;
    app.addHook('onListen', async () => {
      stop = startBoardSweepTimer(db, app.log, sweepIntervalMs, now);
    });
    app.addHook('onClose', async () => stop?.());
  }

  // ---------- organizations ----------

  app.post(
    '/api/organizations',
    {
      schema: {
        tags: TAG,
        summary: 'Create an organization profile (organization role); you become its first member',
        body: OrganizationBodySchema,
        response: { 201: OrganizationSchema, ...signedIn },
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
        tags: TAG,
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
        tags: TAG,
        summary: 'Edit an organization profile (members only)',
        params: OrganizationIdParamsSchema,
        body: UpdateOrganizationBodySchema,
        response: { 200: OrganizationSchema, ...signedIn },
      },
    },
    async (request) => organizations.updateOrganization(db, requireUser(request), request.params.id, request.body),
  );

  app.get(
    '/api/organizations/:id/members',
    {
      schema: {
        tags: TAG,
        summary: 'Members and pending invitations (members only)',
        params: OrganizationIdParamsSchema,
        response: { 200: MembersResponseSchema, ...signedIn },
      },
    },
    async (request) => organizations.listMembers(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/organizations/:id/invites',
    {
      schema: {
        tags: TAG,
        summary: 'Invite an account by email; it joins when it accepts (members only)',
        params: OrganizationIdParamsSchema,
        body: InviteBodySchema,
        response: { 201: MembersResponseSchema, 409: E, ...signedIn },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await organizations.inviteMember(db, requireUser(request), request.params.id, request.body.email)),
  );

  app.get(
    '/api/organizations/:id/applications',
    {
      schema: {
        tags: TAG,
        summary: "Applications to the organization's own opportunities, oldest waiting first (members only)",
        params: OrganizationIdParamsSchema,
        querystring: ListOrganizationApplicationsQuerySchema,
        response: { 200: ApplicationListSchema, ...signedIn },
      },
    },
    async (request) =>
      applications.listOrganizationApplications(db, requireUser(request), request.params.id, request.query, now()),
  );

  app.get(
    '/api/organizations/:id/hours',
    {
      schema: {
        tags: TAG,
        summary: 'Volunteer hours waiting for confirmation (members only)',
        params: OrganizationIdParamsSchema,
        response: { 200: PendingHoursListSchema, ...signedIn },
      },
    },
    async (request) => hours.listPendingHours(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/organizations/:id/opportunities',
    {
      schema: {
        tags: TAG,
        summary: 'Publish (status open) or draft an opportunity (members only)',
        description:
          'The description is Markdown (headings, lists, bold, italics, code, http/https/mailto links); any HTML is removed.',
        params: OrganizationIdParamsSchema,
        body: CreateOpportunityBodySchema,
        response: { 201: OpportunityDetailSchema, ...signedIn },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await opportunities.createOpportunity(db, requireUser(request), request.params.id, request.body, now())),
  );

  app.get(
    '/api/me/organizations',
    {
      schema: {
        tags: TAG,
        summary: 'Organizations you are a member of, with reminders waiting',
        response: { 200: MyOrganizationsResponseSchema, 401: E },
      },
    },
    async (request) => organizations.listMyOrganizations(db, requireUser(request)),
  );

  app.get(
    '/api/me/organization-invites',
    {
      schema: {
        tags: TAG,
        summary: 'Invitations to join an organization sent to your email',
        response: { 200: MyInvitesResponseSchema, 401: E },
      },
    },
    async (request) => organizations.listMyInvites(db, requireUser(request)),
  );

  app.post(
    '/api/organization-invites/:id/accept',
    {
      schema: {
        tags: TAG,
        summary: 'Accept an invitation and join the organization',
        params: InviteIdParamsSchema,
        response: { 200: OrganizationSchema, ...signedIn },
      },
    },
    async (request) => organizations.acceptInvite(db, requireUser(request), request.params.id),
  );

  // ---------- opportunities ----------

  app.get(
    '/api/opportunities',
    {
      schema: {
        tags: TAG,
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
    '/api/places',
    {
      schema: {
        tags: TAG,
        summary: 'Cities that "near" accepts by name, with their approximate coordinates',
        response: { 200: PlaceListSchema },
      },
    },
    async () => opportunities.listPlaces(db),
  );

  app.get(
    '/api/opportunities/:id',
    {
      schema: {
        tags: TAG,
        summary: 'One opportunity, with what the signed-in viewer has done with it',
        params: OpportunityIdParamsSchema,
        response: { 200: OpportunityDetailSchema, 400: E, 404: E },
      },
    },
    async (request) => opportunities.getOpportunityDetail(db, request.params.id, request.user),
  );

  app.patch(
    '/api/opportunities/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Edit, publish, close or reopen an opportunity (members of its organization only)',
        params: OpportunityIdParamsSchema,
        body: UpdateOpportunityBodySchema,
        response: { 200: OpportunityDetailSchema, ...signedIn },
      },
    },
    async (request) =>
      opportunities.updateOpportunity(db, requireUser(request), request.params.id, request.body, now()),
  );

  app.put(
    '/api/me/saved-opportunities/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Save an opportunity',
        params: OpportunityIdParamsSchema,
        response: { 204: z.null(), ...signedIn },
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
        tags: TAG,
        summary: 'Forget a saved opportunity',
        params: OpportunityIdParamsSchema,
        response: { 204: z.null(), ...signedIn },
      },
    },
    async (request, reply) => {
      await opportunities.unsaveOpportunity(db, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/saved-opportunities',
    { schema: { tags: TAG, summary: 'Your saved opportunities', response: { 200: SavedListSchema, 401: E } } },
    async (request) => opportunities.listSaved(db, requireUser(request)),
  );

  app.get(
    '/api/me/recommendations',
    {
      schema: {
        tags: TAG,
        summary: 'Open opportunities for you, from your latest assessment (or saved listings) causes',
        response: { 200: RecommendationsSchema, 401: E },
      },
    },
    async (request) => opportunities.getRecommendations(db, requireUser(request), undefined, now()),
  );

  // ---------- applications ----------

  app.post(
    '/api/opportunities/:id/applications',
    {
      schema: {
        tags: TAG,
        summary: 'Apply: one answer per question and an optional note (once per opportunity)',
        params: OpportunityIdParamsSchema,
        body: ApplyBodySchema,
        response: { 201: ApplicationSchema, 409: E, ...signedIn },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await applications.applyToOpportunity(db, requireUser(request), request.params.id, request.body)),
  );

  app.get(
    '/api/me/applications',
    {
      schema: {
        tags: TAG,
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
        tags: TAG,
        summary: 'One application (its applicant or the organization only)',
        params: ApplicationIdParamsSchema,
        response: { 200: ApplicationSchema, ...signedIn },
      },
    },
    async (request) => applications.getApplication(db, requireUser(request), request.params.id),
  );

  app.patch(
    '/api/applications/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Move an application on: reviewing, accepted or declined, with an optional message (organization)',
        params: ApplicationIdParamsSchema,
        body: UpdateApplicationStatusBodySchema,
        response: { 200: ApplicationSchema, 409: E, ...signedIn },
      },
    },
    async (request) =>
      applications.updateApplicationStatus(db, requireUser(request), request.params.id, request.body, now()),
  );

  app.post(
    '/api/applications/:id/withdraw',
    {
      schema: {
        tags: TAG,
        summary: 'Withdraw your application',
        params: ApplicationIdParamsSchema,
        response: { 200: ApplicationSchema, 409: E, ...signedIn },
      },
    },
    async (request) => applications.withdrawApplication(db, requireUser(request), request.params.id, now()),
  );

  // ---------- volunteer hours ----------

  app.get(
    '/api/applications/:id/hours',
    {
      schema: {
        tags: TAG,
        summary: 'Hours logged against an application (the volunteer or the organization)',
        params: ApplicationIdParamsSchema,
        response: { 200: HoursListSchema, ...signedIn },
      },
    },
    async (request) => hours.listHours(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/applications/:id/hours',
    {
      schema: {
        tags: TAG,
        summary: 'Log hours on an accepted application (the volunteer)',
        params: ApplicationIdParamsSchema,
        body: LogHoursBodySchema,
        response: { 201: HoursEntrySchema, 409: E, ...signedIn },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await hours.logHours(db, requireUser(request), request.params.id, request.body, now())),
  );

  app.patch(
    '/api/volunteer-hours/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Confirm or reject logged hours (the organization)',
        params: HoursIdParamsSchema,
        body: ReviewHoursBodySchema,
        response: { 200: HoursEntrySchema, 409: E, ...signedIn },
      },
    },
    async (request) => hours.reviewHours(db, requireUser(request), request.params.id, request.body, now()),
  );

  app.delete(
    '/api/volunteer-hours/:id',
    {
      schema: {
        tags: TAG,
        summary: 'Remove an entry not yet reviewed (the volunteer)',
        params: HoursIdParamsSchema,
        response: { 204: z.null(), 409: E, ...signedIn },
      },
    },
    async (request, reply) => {
      await hours.deleteHours(db, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/experience',
    {
      schema: {
        tags: TAG,
        summary: 'Your record: confirmed volunteer and placement hours per opportunity',
        response: { 200: ExperienceRecordSchema, 401: E },
      },
    },
    async (request) => hours.getExperienceRecord(db, requireUser(request).id),
  );
};
