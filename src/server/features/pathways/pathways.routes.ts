import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  CreatePlanBodySchema,
  CreatePlanStepBodySchema,
  PathwayOptionsQuerySchema,
  PathwayOptionsSchema,
  PathwayPreviewQuerySchema,
  PlanDetailSchema,
  PlanIdParamsSchema,
  PlanListSchema,
  PlanStageParamsSchema,
  PlanStepParamsSchema,
  RoadmapSchema,
  SetStageTargetBodySchema,
  UpdatePlanBodySchema,
  UpdatePlanStepBodySchema,
} from '#contracts/pathways.js';
import { todayUtc } from '#domain/calendar-date.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import { requireUser } from '#server/plugins/session.js';
import { readPathwayReference } from './pathways.reference.js';
import type { PathwaysContext } from './pathways.service.js';
import * as service from './pathways.service.js';
import type { PathwaysPorts } from './pathways-ports.port.js';

const tags = ['pathways'];
const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};

export const pathwaysRoutes: FastifyPluginAsyncZod<{ db: Db; now: Clock; ports: PathwaysPorts }> = async (
  app,
  { db, now, ports },
) => {
  const reference: PathwaysContext = { ...readPathwayReference(), ...ports };

  app.get(
    '/api/pathways/options',
    {
      schema: {
        tags,
        summary: 'What can be chosen for a career: the rule sets that license it and the stages that fit its road',
        querystring: PathwayOptionsQuerySchema,
        response: { 200: PathwayOptionsSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => service.getPathwayOptions(db, reference, request.query.careerId),
  );

  app.get(
    '/api/pathways/preview',
    {
      schema: {
        tags,
        summary: 'A roadmap for a career from a stage and start date, without saving it',
        description:
          'Pick the rules with ruleSetId (e.g. US-TX:LPC) or jurisdiction (+ license when that jurisdiction has several for the career).',
        querystring: PathwayPreviewQuerySchema,
        response: { 200: RoadmapSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => service.previewPathway(db, reference, request.query, todayUtc(now())),
  );

  app.get(
    '/api/plans',
    { schema: { tags, summary: 'Your saved plans', response: { 200: PlanListSchema, ...errors } } },
    async (request) => service.listPlans(db, reference, requireUser(request).id),
  );

  app.post(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Save a plan for a career (and a rule set when the career is licensed)',
        description: 'The plan records the rule set id and version it is measured against.',
        body: CreatePlanBodySchema,
        response: { 201: PlanDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      return reply.status(201).send(await service.createPlan(db, reference, user.id, request.body));
    },
  );

  app.get(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'One of your plans with its roadmap, ticks, own steps and target dates',
        params: PlanIdParamsSchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (request) => service.getPlan(db, reference, requireUser(request).id, request.params.id),
  );

  app.patch(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Change a plan’s title, stage or start date, or move it to the rule set’s current version',
        params: PlanIdParamsSchema,
        body: UpdatePlanBodySchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (request) => service.updatePlan(db, reference, requireUser(request).id, request.params.id, request.body),
  );

  app.delete(
    '/api/plans/:id',
    {
      schema: { tags, summary: 'Delete a plan', params: PlanIdParamsSchema, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await service.deletePlan(db, requireUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/plans/:id/steps/:stepId',
    {
      schema: {
        tags,
        summary: 'Tick or untick a checklist step, or set its target date',
        params: PlanStepParamsSchema,
        body: UpdatePlanStepBodySchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (request) =>
      service.updatePlanStep(
        db,
        reference,
        requireUser(request).id,
        request.params.id,
        request.params.stepId,
        request.body,
        now(),
      ),
  );

  app.post(
    '/api/plans/:id/steps',
    {
      schema: {
        tags,
        summary: 'Add your own step to a stage',
        params: PlanIdParamsSchema,
        body: CreatePlanStepBodySchema,
        response: { 201: PlanDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await service.addPlanStep(db, reference, requireUser(request).id, request.params.id, request.body);
      return reply.status(201).send(detail);
    },
  );

  app.delete(
    '/api/plans/:id/steps/:stepId',
    {
      schema: {
        tags,
        summary: 'Delete one of your own steps',
        params: PlanStepParamsSchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (request) =>
      service.deletePlanStep(db, reference, requireUser(request).id, request.params.id, request.params.stepId),
  );

  app.put(
    '/api/plans/:id/stages/:stageId/target',
    {
      schema: {
        tags,
        summary: 'Set or clear (null) your target end date for a stage; the projection then uses it',
        params: PlanStageParamsSchema,
        body: SetStageTargetBodySchema,
        response: { 200: PlanDetailSchema, ...errors },
      },
    },
    async (request) =>
      service.setStageTarget(
        db,
        reference,
        requireUser(request).id,
        request.params.id,
        request.params.stageId,
        request.body.targetDate,
      ),
  );

  app.get(
    '/api/plans/:id/calendar.ics',
    {
      schema: {
        tags,
        summary: 'Your plan’s milestones as an iCalendar file',
        params: PlanIdParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('iCalendar (RFC 5545)'), ...errors },
      },
    },
    async (request, reply) => {
      const { filename, ics } = await service.exportPlanCalendar(
        db,
        reference,
        requireUser(request).id,
        request.params.id,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(ics);
    },
  );
};
