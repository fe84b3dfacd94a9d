import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { RuleSetSchema } from '#contracts/licensure.js';
import {
  ListRuleSetsQuerySchema,
  PendingShippedRuleSetSchema,
  RuleSetDetailSchema,
  RuleSetIdParamsSchema,
  RuleSetListSchema,
  RuleSetVersionQuerySchema,
  RulesCoverageSchema,
} from '#contracts/licensure-api.js';
import type { Db } from '#server/db/client.js';
import { requireRole } from '#server/plugins/session.js';
import * as service from './licensure.service.js';

const adminErrors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

/** Checked before the body is validated, so a non-admin learns "not allowed" rather than what is wrong with a body. */
const adminOnly = {
  preValidation: async (request: FastifyRequest) => {
    requireRole(request, 'admin');
  },
};

export const licensureRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/rules',
    {
      schema: {
        tags: ['licensure'],
        summary: 'Every licensure rule set (current versions), optionally for one career or jurisdiction',
        querystring: ListRuleSetsQuerySchema,
        response: { 200: RuleSetListSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => service.listRuleSets(db, request.query),
  );

  app.get(
    '/api/rules/coverage',
    {
      schema: {
        tags: ['licensure'],
        summary: 'Which states and licenses have rules, and how many requirements are verified',
        description:
          'One row per rule set in force; `officialSources` counts requirements a statute, code, board or national body states.',
        response: { 200: RulesCoverageSchema },
      },
    },
    async () => service.getRulesCoverage(db),
  );

  app.get(
    '/api/rules/:id',
    {
      schema: {
        tags: ['licensure'],
        summary: 'One rule set (e.g. US-TX:LPC) at its current version, or a kept one with ?version=N',
        description: 'Every figure is sourced or marked not verified; `versions` lists every kept version.',
        params: RuleSetIdParamsSchema,
        querystring: RuleSetVersionQuerySchema,
        response: { 200: RuleSetDetailSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request) =>
      service.getRuleSetDetail(
        db,
        request.params.id,
        request.query.on === undefined
          ? request.query.version
          : (await service.getRuleSetInForce(db, request.params.id, request.query.on)).version,
      ),
  );

  app.get(
    '/api/rules/:id/shipped',
    {
      ...adminOnly,
      schema: {
        tags: ['licensure'],
        summary: 'The shipped rule set held back while an admin edit is in force (admin only)',
        params: RuleSetIdParamsSchema,
        response: { 200: PendingShippedRuleSetSchema, 404: ErrorResponseSchema, ...adminErrors },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return { ruleSet: await service.getPendingShipped(db, request.params.id) };
    },
  );

  app.post(
    '/api/rules',
    {
      ...adminOnly,
      schema: {
        tags: ['licensure'],
        summary: 'Add a rule set (admin only); it becomes version 1',
        description:
          'The body is a whole rule set; an invalid one is refused with each field named (body.requirements.0.hours).',
        body: RuleSetSchema,
        response: { 201: RuleSetDetailSchema, 409: ErrorResponseSchema, ...adminErrors },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      return reply.status(201).send(await service.createRuleSet(db, admin, request.body));
    },
  );

  app.put(
    '/api/rules/:id',
    {
      ...adminOnly,
      schema: {
        tags: ['licensure'],
        summary: 'Edit a rule set (admin only); the edit is stored as a new version and old versions are kept',
        description:
          'Send the whole rule set with `version` set to the version you edited; if someone saved a newer one meanwhile the answer is 409 and nothing is stored.',
        params: RuleSetIdParamsSchema,
        body: RuleSetSchema,
        response: { 200: RuleSetDetailSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, ...adminErrors },
      },
    },
    async (request) => {
      const admin = requireRole(request, 'admin');
      return service.updateRuleSet(db, admin, request.params.id, request.body);
    },
  );
};
