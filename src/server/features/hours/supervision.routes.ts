import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  AcceptInvitationLinkBodySchema,
  AuditListSchema,
  AuditQuerySchema,
  EntryIdParamsSchema,
  HourEntrySchema,
  InviteSupervisorBodySchema,
  ReturnEntryBodySchema,
  SignOffPreviewSchema,
  SignOffResultSchema,
  SignOffTokenBodySchema,
  SuperviseeEntriesQuerySchema,
  SupervisionIdParamsSchema,
  SupervisionListSchema,
  SupervisionSchema,
  SupervisorInboxSchema,
  SupervisorLicenseBodySchema,
  UpdateAgreementBodySchema,
  VerifyWeekBodySchema,
  VerifyWeekResultSchema,
} from '#contracts/hours.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { requireRole, requireUser, requireVerified } from '#server/plugins/session.js';
import * as signOff from './sign-off.service.js';
import * as service from './supervision.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };
const withNotFound = { ...errors, 404: ErrorResponseSchema };
const withConflict = { ...withNotFound, 409: ErrorResponseSchema };
const tags = ['hours'];

/**
 * Supervision agreements and sign-off. Trainees invite and remove supervisors; the invited email's account
 * accepts (recording its license) and then sees only entries that name it, verifies them one by one or a week
 * at a time, or returns them with a comment. No route edits or deletes the audit trail.
 */
export const supervisionRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; now: Clock }> = async (
  app,
  { db, env, now },
) => {
  const ctx = () => ({ env, now: now() });
  // The no-login routes take a token from a mailed link: limited like the account links.
  const linkRateLimit = {
    rateLimit: { max: env.VOCARE_AUTH_RATE_LIMIT, timeWindow: env.VOCARE_AUTH_RATE_WINDOW_SECONDS * 1000 },
  };

  app.get(
    '/api/hours/supervisions',
    {
      schema: {
        tags,
        summary: 'Your supervisors and invitations (trainee)',
        response: { 200: SupervisionListSchema, ...errors },
      },
    },
    async (request) => service.listSupervisors(db, requireRole(request, 'trainee').id),
  );

  app.post(
    '/api/hours/supervisions',
    {
      schema: {
        tags,
        summary: "Invite a supervisor by email, with the supervision agreement's start (and end) date",
        body: InviteSupervisorBodySchema,
        response: { 201: SupervisionSchema, 409: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const supervision = await service.inviteSupervisor(db, ctx(), requireRole(request, 'trainee'), request.body);
      return reply.status(201).send(supervision);
    },
  );

  app.patch(
    '/api/hours/supervisions/:id',
    {
      schema: {
        tags,
        summary: "Change the agreement's start or end date (the trainee, or the supervisor it names)",
        params: SupervisionIdParamsSchema,
        body: UpdateAgreementBodySchema,
        response: { 200: SupervisionSchema, ...withNotFound },
      },
    },
    async (request) => service.updateAgreement(db, requireUser(request), request.params.id, request.body),
  );

  app.delete(
    '/api/hours/supervisions/:id',
    {
      schema: {
        tags,
        summary: 'Withdraw an invitation or remove a supervisor: they lose access to your log at once',
        params: SupervisionIdParamsSchema,
        response: { 204: z.null(), ...withNotFound },
      },
    },
    async (request, reply) => {
      await service.removeSupervisor(db, requireRole(request, 'trainee'), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/hours/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations to supervise sent to your email address',
        response: { 200: SupervisionListSchema, ...errors },
      },
    },
    async (request) => service.listInvitations(db, requireUser(request)),
  );

  app.post(
    '/api/hours/invitations/:id/accept',
    {
      schema: {
        tags,
        summary:
          'Accept an invitation, recording your license (type, number, jurisdiction, expiry); needs a confirmed address',
        description: 'Your account gains the supervisor role. Supervising is free: no paid plan is involved.',
        params: SupervisionIdParamsSchema,
        body: SupervisorLicenseBodySchema,
        response: { 200: SupervisionSchema, ...withNotFound },
      },
    },
    async (request) => service.acceptInvitation(db, requireVerified(request), request.params.id, request.body),
  );

  app.post(
    '/api/hours/invitations/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline an invitation to supervise',
        params: SupervisionIdParamsSchema,
        response: { 204: z.null(), ...withNotFound },
      },
    },
    async (request, reply) => {
      await service.declineInvitation(db, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/hours/inbox',
    {
      schema: {
        tags,
        summary: 'What waits for you as a supervisor: invitations, and unverified entries per supervisee and week',
        response: { 200: SupervisorInboxSchema, ...errors },
      },
    },
    async (request) => service.getInbox(db, requireRole(request, 'supervisor')),
  );

  app.put(
    '/api/hours/supervisions/:id/license',
    {
      schema: {
        tags,
        summary: 'Update your license on an agreement (e.g. after renewal)',
        params: SupervisionIdParamsSchema,
        body: SupervisorLicenseBodySchema,
        response: { 200: SupervisionSchema, ...withNotFound },
      },
    },
    async (request) => service.updateLicense(db, requireRole(request, 'supervisor'), request.params.id, request.body),
  );

  app.get(
    '/api/hours/supervisions/:id/entries',
    {
      schema: {
        tags,
        summary: "A supervisee's entries that name you (optionally one status and one week)",
        params: SupervisionIdParamsSchema,
        querystring: SuperviseeEntriesQuerySchema,
        response: { 200: z.object({ items: z.array(HourEntrySchema) }), ...withNotFound },
      },
    },
    async (request) =>
      service.listSuperviseeEntries(db, requireRole(request, 'supervisor'), request.params.id, request.query),
  );

  app.post(
    '/api/hours/supervisions/:id/verify-week',
    {
      schema: {
        tags,
        summary: 'Verify every unverified entry of one week (Monday to Sunday) that names you, in one action',
        params: SupervisionIdParamsSchema,
        body: VerifyWeekBodySchema,
        response: { 200: VerifyWeekResultSchema, ...withNotFound },
      },
    },
    async (request) =>
      service.verifyWeek(db, requireRole(request, 'supervisor'), request.params.id, request.body.weekStart),
  );

  app.get(
    '/api/hours/supervisions/:id/audit',
    {
      schema: {
        tags,
        summary: 'The audit trail of this agreement: every event about entries that name you',
        params: SupervisionIdParamsSchema,
        querystring: AuditQuerySchema,
        response: { 200: AuditListSchema, ...withNotFound },
      },
    },
    async (request) =>
      service.listSupervisionAudit(db, requireRole(request, 'supervisor'), request.params.id, request.query),
  );

  app.post(
    '/api/hours/entries/:id/verify',
    {
      schema: {
        tags,
        summary: 'Verify one entry that names you; it is then locked',
        params: EntryIdParamsSchema,
        response: { 200: HourEntrySchema, ...withConflict },
      },
    },
    async (request) => service.verifyEntry(db, requireRole(request, 'supervisor'), request.params.id),
  );

  app.post(
    '/api/hours/entries/:id/return',
    {
      schema: {
        tags,
        summary: 'Return an entry to the trainee with a comment (also unlocks a verified entry for correction)',
        params: EntryIdParamsSchema,
        body: ReturnEntryBodySchema,
        response: { 200: HourEntrySchema, ...withConflict },
      },
    },
    async (request) =>
      service.returnEntry(db, ctx(), requireRole(request, 'supervisor'), request.params.id, request.body.comment),
  );

  app.post(
    '/api/hours/invitations/by-link',
    {
      schema: {
        tags,
        summary: 'The invitation behind an emailed link (only for the account of the invited address)',
        body: SignOffTokenBodySchema,
        response: { 200: SupervisionSchema, ...withNotFound },
      },
    },
    async (request) => service.getInvitationByLink(db, requireUser(request), request.body.token),
  );

  app.post(
    '/api/hours/invitations/by-link/accept',
    {
      schema: {
        tags,
        summary: 'Accept from the emailed link, recording your license; the link also confirms your address',
        body: AcceptInvitationLinkBodySchema,
        response: { 200: SupervisionSchema, ...withNotFound },
      },
    },
    async (request) => service.acceptInvitationByLink(db, now(), requireUser(request), request.body),
  );

  app.post(
    '/api/hours/sign-off/preview',
    {
      config: linkRateLimit,
      schema: {
        tags,
        summary: "What a supervisor's emailed sign-off link would verify (no sign-in)",
        body: SignOffTokenBodySchema,
        response: { 200: SignOffPreviewSchema, 409: ErrorResponseSchema, 429: ErrorResponseSchema, ...errors },
      },
    },
    async (request) => signOff.previewSignOff(db, now(), request.body.token),
  );

  app.post(
    '/api/hours/sign-off',
    {
      config: linkRateLimit,
      schema: {
        tags,
        summary: 'Verify the entries of an emailed sign-off link, without signing in (once, 14 days, unchanged)',
        body: SignOffTokenBodySchema,
        response: { 200: SignOffResultSchema, 409: ErrorResponseSchema, 429: ErrorResponseSchema, ...errors },
      },
    },
    async (request) => signOff.signOffWithLink(db, now(), request.body.token),
  );
};
