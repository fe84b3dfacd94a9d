import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema as E } from '#contracts/errors.js';
import {
  CreatePlanBodySchema,
  ExportFormatSchema,
  InviteBodySchema,
  InviteIdParamsSchema,
  MemberParamsSchema,
  MyPlanInvitesSchema,
  NonprofitFiguresSchema,
  PlanIdParamsSchema,
  PlanListSchema,
  PlanSchema,
  PlanSharingSchema,
  SavePlanBodySchema,
  ShareTokenParamsSchema,
} from '#contracts/initiative.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { requireUser, requireVerified } from '#server/plugins/session.js';
import type { PlanRow } from './initiative.repository.js';
import * as service from './initiative.service.js';
import { type ExportFormat, exportFileName, exportPlan, nonprofitFigures } from './initiative-export.js';

const tags = ['initiatives'];
const errors = { 400: E, 401: E, 403: E, 404: E };
/** Invitations send mail: a handful an hour is plenty for one person planning a project. */
const INVITE_RATE_LIMIT = { rateLimit: { max: 30, timeWindow: 3_600_000 } };
const exportResponse = {
  200: z.any().describe('Markdown (text/markdown), a PDF 1.4 document, or an iCalendar file (text/calendar)'),
};

async function sendExport(reply: FastifyReply, row: PlanRow, format: ExportFormat, now: Date) {
  const file = await exportPlan(row.id, row.document, format, now);
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${exportFileName(row.title, file.extension)}"`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/**
 * Initiative plans: CRUD for the owner and co-owners, reading for viewers and share links, sharing for the owner
 * only. Every route checks the reader's access to the one plan it touches.
 */
export const initiativeRoutes: FastifyPluginAsyncZod<{ db: Db; env: Env; now: Clock }> = async (
  app,
  { db, env, now },
) => {
  app.get(
    '/api/initiatives/reference',
    {
      schema: {
        tags,
        summary: 'The US non-profit figures (IRS thresholds, fees, windows) with their sources and dates read',
        response: { 200: NonprofitFiguresSchema },
      },
    },
    async () => nonprofitFigures(),
  );

  app.get(
    '/api/initiatives',
    {
      schema: {
        tags,
        summary: 'Plans you own or were invited to (and accepted)',
        response: { 200: PlanListSchema, 401: E },
      },
    },
    async (request) => service.listPlans(db, requireUser(request)),
  );

  app.post(
    '/api/initiatives',
    {
      schema: {
        tags,
        summary: 'Start a plan from a template (small community project, forming a US non-profit, blank)',
        body: CreatePlanBodySchema,
        response: { 201: PlanSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createPlan(db, requireUser(request), request.body, now())),
  );

  app.get(
    '/api/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'A plan with its health, indicator trends, budget totals and (non-profit template) checklist',
        params: PlanIdParamsSchema,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (request) => service.getPlan(db, requireUser(request), request.params.id),
  );

  app.put(
    '/api/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Save the whole plan (owner and co-owners); refused with 409 when someone saved in between',
        params: PlanIdParamsSchema,
        body: SavePlanBodySchema,
        response: { 200: PlanSchema, 409: E, ...errors },
      },
      // A plan of 200 activities with their links and check-ins is well under this.
      bodyLimit: 2 * 1024 * 1024,
    },
    async (request) => service.savePlan(db, requireUser(request), request.params.id, request.body, now()),
  );

  app.delete(
    '/api/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Delete a plan (owner only)',
        params: PlanIdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deletePlan(db, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/initiatives/:id/export',
    {
      schema: {
        tags,
        summary: 'Export as Markdown, a one-page PDF (plus an appendix when shortened) or the milestones as .ics',
        params: PlanIdParamsSchema,
        querystring: ExportFormatSchema,
        produces: ['text/markdown', 'application/pdf', 'text/calendar'],
        response: { ...exportResponse, ...errors },
      },
    },
    async (request, reply) => {
      const row = await service.readableDocument(db, requireUser(request), request.params.id);
      return sendExport(reply, row, request.query.format, now());
    },
  );

  app.get(
    '/api/initiatives/:id/sharing',
    {
      schema: {
        tags,
        summary: 'Co-owners, viewers and the share link (owner only)',
        params: PlanIdParamsSchema,
        response: { 200: PlanSharingSchema, ...errors },
      },
    },
    async (request) => service.getSharing(db, requireUser(request), request.params.id),
  );

  app.post(
    '/api/initiatives/:id/members',
    {
      config: INVITE_RATE_LIMIT,
      schema: {
        tags,
        summary: 'Invite a co-owner or viewer by email (owner only); the invitation goes through the mail outbox',
        params: PlanIdParamsSchema,
        body: InviteBodySchema,
        response: { 201: PlanSharingSchema, 409: E, 429: E, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.invite(db, env, requireUser(request), request.params.id, request.body, now())),
  );

  app.delete(
    '/api/initiatives/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Remove a co-owner or viewer, or withdraw an invitation (owner only)',
        params: MemberParamsSchema,
        response: { 200: PlanSharingSchema, ...errors },
      },
    },
    async (request) => service.removeMember(db, requireUser(request), request.params.id, request.params.memberId),
  );

  app.post(
    '/api/initiatives/:id/share-link',
    {
      schema: {
        tags,
        summary: 'Make a read-only share link (owner only); an earlier link stops working. The link is shown once.',
        params: PlanIdParamsSchema,
        response: { 201: PlanSharingSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createShareLink(db, requireUser(request), request.params.id, now())),
  );

  app.delete(
    '/api/initiatives/:id/share-link',
    {
      schema: {
        tags,
        summary: 'Revoke the share link (owner only)',
        params: PlanIdParamsSchema,
        response: { 200: PlanSharingSchema, ...errors },
      },
    },
    async (request) => service.revokeShareLink(db, requireUser(request), request.params.id, now()),
  );

  app.get(
    '/api/me/initiative-invites',
    {
      schema: {
        tags,
        summary: 'Pending invitations to plans, sent to your email address',
        response: { 200: MyPlanInvitesSchema, 401: E },
      },
    },
    async (request) => service.myInvites(db, requireUser(request)),
  );

  app.post(
    '/api/initiative-invites/:inviteId/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation (needs a confirmed email address)',
        params: InviteIdParamsSchema,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (request) => service.acceptInvite(db, requireVerified(request), request.params.inviteId, now()),
  );

  app.get(
    '/api/shared/initiatives/:token',
    {
      schema: {
        tags,
        summary: 'A plan through its read-only share link (no sign-in)',
        params: ShareTokenParamsSchema,
        response: { 200: PlanSchema, 400: E, 404: E },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store').header('referrer-policy', 'no-referrer');
      return (await service.sharedPlan(db, request.params.token)).plan;
    },
  );

  app.get(
    '/api/shared/initiatives/:token/export',
    {
      schema: {
        tags,
        summary: 'Export a plan through its read-only share link',
        params: ShareTokenParamsSchema,
        querystring: ExportFormatSchema,
        produces: ['text/markdown', 'application/pdf', 'text/calendar'],
        response: { ...exportResponse, 400: E, 404: E },
      },
    },
    async (request, reply) => {
      const { row } = await service.sharedPlan(db, request.params.token);
      return sendExport(reply, row, request.query.format, now());
    },
  );
};
