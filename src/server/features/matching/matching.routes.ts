import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CareerIdParamsSchema } from '#contracts/careers.js';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  AssessmentIdParamsSchema,
  AssessmentListSchema,
  AssessmentSchema,
  CreateDismissalBodySchema,
  DismissalListSchema,
  DismissalParamsSchema,
  LatestAssessmentResponseSchema,
  ListAssessmentsQuerySchema,
  MatchApiResponseSchema,
  MatchRequestSchema,
  SameCauseResponseSchema,
} from '#contracts/matching.js';
import type { Db } from '#server/db/client.js';
import { requireUser } from '#server/plugins/session.js';
import type { CatalogSnapshotOf } from './catalog.port.js';
import { readLicensureCoverage } from './licensure-coverage.js';
import * as service from './matching.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };

export const matchingRoutes: FastifyPluginAsyncZod<{ db: Db; catalogOf: CatalogSnapshotOf }> = async (
  app,
  { db, catalogOf },
) => {
  // Shipped reference data: read once per process, like the rest of the data folder.
  const context: service.MatchingContext = { coverage: readLicensureCoverage(), catalogOf };

  app.post(
    '/api/match',
    {
      schema: {
        tags: ['matching'],
        summary: 'Rank careers for a self-assessment, with the reasons for every score',
        description:
          'Works signed out. scope=curated (default) ranks the curated helping careers, all ranks every occupation. ' +
          'Careers the person set aside (stored dismissals and the body’s `dismissed`) are left out, so the next one ' +
          'moves up. Signed in, the answers are saved (unless they equal the latest saved ones) and `previous` says ' +
          'what changed since the assessment before.',
        body: MatchRequestSchema,
        response: { 200: MatchApiResponseSchema, ...errors },
      },
    },
    async (request) => service.matchCareers(db, request.user, request.body, context),
  );

  app.get(
    '/api/match/dismissals',
    {
      schema: {
        tags: ['matching'],
        summary: 'Careers you set aside, newest first',
        response: { 200: DismissalListSchema, ...errors },
      },
    },
    async (request) => service.listDismissals(db, requireUser(request).id),
  );

  app.post(
    '/api/match/dismissals',
    {
      schema: {
        tags: ['matching'],
        summary: 'Set a career aside: it is left out of your matches until you bring it back',
        body: CreateDismissalBodySchema,
        response: { 200: DismissalListSchema, 201: DismissalListSchema, 404: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const isNew = await service.dismissCareer(db, user.id, request.body.careerId);
      return reply.status(isNew ? 201 : 200).send(await service.listDismissals(db, user.id));
    },
  );

  app.delete(
    '/api/match/dismissals/:careerId',
    {
      schema: {
        tags: ['matching'],
        summary: 'Bring a career you set aside back into your matches',
        params: DismissalParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.restoreCareer(db, requireUser(request).id, request.params.careerId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/assessments',
    {
      schema: {
        tags: ['matching'],
        summary: 'Your saved assessments, newest first, each with its best few careers',
        querystring: ListAssessmentsQuerySchema,
        response: { 200: AssessmentListSchema, ...errors },
      },
    },
    async (request) => service.listAssessments(db, requireUser(request).id, request.query.limit),
  );

  app.get(
    '/api/assessments/latest',
    {
      schema: {
        tags: ['matching'],
        summary: 'Your latest saved assessment (null when you have none)',
        response: { 200: LatestAssessmentResponseSchema, ...errors },
      },
    },
    async (request) => service.getLatestAssessment(db, requireUser(request).id),
  );

  app.get(
    '/api/assessments/:id',
    {
      schema: {
        tags: ['matching'],
        summary: 'One of your saved assessments with its full ranking',
        params: AssessmentIdParamsSchema,
        response: { 200: AssessmentSchema, 404: ErrorResponseSchema, ...errors },
      },
    },
    async (request) => service.getAssessment(db, requireUser(request).id, request.params.id),
  );

  app.delete(
    '/api/assessments/:id',
    {
      schema: {
        tags: ['matching'],
        summary: 'Delete one of your saved assessments',
        params: AssessmentIdParamsSchema,
        response: { 204: z.null(), 404: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteAssessment(db, requireUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/careers/:id/same-cause',
    {
      schema: {
        tags: ['matching'],
        summary: 'Same cause, different level: curated careers serving the same causes at the other scales',
        params: CareerIdParamsSchema,
        response: { 200: SameCauseResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request) => service.getSameCause(db, request.params.id, catalogOf),
  );
};
