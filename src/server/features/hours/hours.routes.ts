import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  AuditListSchema,
  AuditQuerySchema,
  CompareProgressQuerySchema,
  EntryIdParamsSchema,
  HOURS_LIMITS,
  HourEntryBodySchema,
  HourEntryListSchema,
  HourEntrySchema,
  HoursChartsQuerySchema,
  HoursChartsSchema,
  HoursGoalSchema,
  HoursProgressCompareSchema,
  HoursProgressQuerySchema,
  HoursProgressSchema,
  IdempotencyHeadersSchema,
  ImportCsvBodySchema,
  ImportPreviewSchema,
  ImportResultSchema,
  ListHourEntriesQuerySchema,
  PlacementHoursListSchema,
  PullPlacementHoursBodySchema,
  PullPlacementHoursResultSchema,
  PutHoursGoalBodySchema,
  SavedHourEntrySchema,
} from '#contracts/hours.js';
import { IsoDateSchema } from '#contracts/licensure.js';
import { RuleSetIdSchema } from '#contracts/licensure-api.js';
import { todayUtc } from '#domain/calendar-date.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { requireRole } from '#server/plugins/session.js';
import * as service from './hours.service.js';
import type { HoursReaders } from './hours-readers.js';
import * as importService from './import.service.js';
import { CachedLogSource } from './log-cache.js';
import * as placement from './placement.service.js';
import type { ConfirmedPlacementsOf } from './placement-hours.port.js';
import * as progress from './progress.service.js';
import type { RuleSetCatalog } from './rule-sets.port.js';
import { supervisionRoutes } from './supervision.routes.js';
import * as supervision from './supervision.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };
const withNotFound = { ...errors, 404: ErrorResponseSchema };
const withConflict = { ...withNotFound, 409: ErrorResponseSchema };
const tags = ['hours'];
/** JSON escapes line breaks and quotes, so the body may be somewhat larger than the CSV it carries. */
const IMPORT_BODY_LIMIT = HOURS_LIMITS.maxImportBytes + 4 * 1024 * 1024;

/**
 * The trainee's supervised hours log: entries, goal, progress, charts, import and export. Every route reads
 * and writes only the signed-in trainee's own log. Supervisor routes are in supervision.routes.ts.
 */
export const hoursRoutes: FastifyPluginAsyncZod<{
  db: Db;
  env: Env;
  now: Clock;
  confirmedPlacementsOf: ConfirmedPlacementsOf;
  ruleSets: RuleSetCatalog;
}> = async (app, { db, env, now, confirmedPlacementsOf, ruleSets }) => {
  const today = () => todayUtc(now());
  // Parsed logs of recent trainees, checked against the database's version counter on every use.
  const readers: HoursReaders = { logs: new CachedLogSource(), ruleSets };

  app.get(
    '/api/hours/goal',
    {
      schema: {
        tags,
        summary: 'Your license goal (a rule set) and every rule set you can choose',
        response: { 200: HoursGoalSchema, ...errors },
      },
    },
    async (request) => service.getGoal(db, requireRole(request, 'trainee').id, ruleSets),
  );

  app.put(
    '/api/hours/goal',
    {
      schema: {
        tags,
        summary: 'Choose your license goal (jurisdiction and license), e.g. US-TX:LPC',
        body: PutHoursGoalBodySchema,
        response: { 200: HoursGoalSchema, ...errors },
      },
    },
    async (request) => service.setGoal(db, requireRole(request, 'trainee').id, request.body, ruleSets),
  );

  app.get(
    '/api/hours/entries',
    {
      schema: {
        tags,
        summary: 'Your hour entries, newest first, with why any of them does not count',
        querystring: ListHourEntriesQuerySchema,
        response: { 200: HourEntryListSchema, ...errors },
      },
    },
    async (request) => service.listEntries(db, requireRole(request, 'trainee').id, request.query),
  );

  app.post(
    '/api/hours/entries',
    {
      schema: {
        tags,
        summary: 'Log hours: date, hours (quarter hours) or start/end time, category, site, supervisor, note',
        description:
          'Never put client-identifying details in the site or note. The answer carries warnings when a rule will ' +
          "keep hours from counting (before the agreement starts, the supervisor's license lapsed, group " +
          'supervision beyond the cap, a week over the weekly limit), naming the rule. Send an Idempotency-Key ' +
          'header so that a retry returns the entry the first request made (200, Idempotent-Replayed: true) ' +
          'instead of logging it twice.',
        headers: IdempotencyHeadersSchema,
        body: HourEntryBodySchema,
        response: { 200: SavedHourEntrySchema, 201: SavedHourEntrySchema, 409: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'trainee');
      const { replayed, ...saved } = await service.createEntry(
        db,
        user,
        request.body,
        today(),
        request.headers['idempotency-key'],
        readers,
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(replayed ? 200 : 201).send(saved);
    },
  );

  app.get(
    '/api/hours/entries/:id',
    {
      schema: {
        tags,
        summary: 'One of your entries',
        params: EntryIdParamsSchema,
        response: { 200: HourEntrySchema, ...withNotFound },
      },
    },
    async (request) => service.getEntry(db, requireRole(request, 'trainee').id, request.params.id),
  );

  app.put(
    '/api/hours/entries/:id',
    {
      schema: {
        tags,
        summary: 'Change an unverified or returned entry (a verified entry is locked: 409)',
        params: EntryIdParamsSchema,
        body: HourEntryBodySchema,
        response: { 200: SavedHourEntrySchema, ...withConflict },
      },
    },
    async (request) =>
      service.updateEntry(db, requireRole(request, 'trainee'), request.params.id, request.body, today(), readers),
  );

  app.delete(
    '/api/hours/entries/:id',
    {
      schema: {
        tags,
        summary: 'Delete an unverified or returned entry (a verified entry is locked: 409)',
        params: EntryIdParamsSchema,
        response: { 204: z.null(), ...withConflict },
      },
    },
    async (request, reply) => {
      await service.deleteEntry(db, requireRole(request, 'trainee'), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/hours/progress',
    {
      schema: {
        tags,
        summary: 'Progress per requirement against your goal (or ?ruleSet=), what did not count and why, projection',
        description:
          "Measured by the licensure evaluator against the rule set's current version (returned in ruleSet.id and " +
          'ruleSet.version). basis=verified counts verified entries only. The projected completion date comes ' +
          'from the pace of the 8 weeks up to asOf.',
        querystring: HoursProgressQuerySchema,
        response: { 200: HoursProgressSchema, ...withNotFound },
      },
    },
    async (request) =>
      progress.getProgress(db, requireRole(request, 'trainee').id, { ...request.query, today: today() }, readers),
  );

  app.get(
    '/api/hours/compare',
    {
      schema: {
        tags,
        summary: '"What if I moved": your log measured against several rule sets, side by side',
        querystring: CompareProgressQuerySchema,
        response: { 200: HoursProgressCompareSchema, ...withNotFound },
      },
    },
    async (request) =>
      progress.compareProgress(db, requireRole(request, 'trainee').id, { ...request.query, today: today() }, readers),
  );

  app.get(
    '/api/hours/charts',
    {
      schema: {
        tags,
        summary: 'Hours per category for recent weeks and months (empty periods included)',
        querystring: HoursChartsQuerySchema,
        response: { 200: HoursChartsSchema, ...errors },
      },
    },
    async (request) => progress.getCharts(db, requireRole(request, 'trainee').id, { ...request.query, today: today() }),
  );

  app.get(
    '/api/hours/export.csv',
    {
      schema: {
        tags,
        summary: 'Download every entry as CSV (the import columns, then status, verified_by, verified_at, id)',
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one row per entry'), ...errors },
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'trainee');
      const csv = await progress.exportCsv(db, user.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="vocare-hours-${today()}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/hours/summary.pdf',
    {
      schema: {
        tags,
        summary: 'Download the PDF verification summary (totals, supervisors, per-requirement progress, rules used)',
        querystring: z.object({
          ruleSet: RuleSetIdSchema.optional(),
          asOf: IsoDateSchema.optional(),
          rulesDate: IsoDateSchema.optional(),
        }),
        produces: ['application/pdf'],
        // Binary: Fastify sends a Buffer as is, so this schema only documents the answer.
        response: { 200: z.any().describe('PDF 1.4 document'), ...withNotFound },
      },
    },
    async (request, reply) => {
      const user = requireRole(request, 'trainee');
      const { pdf, ruleSet } = await progress.buildSummaryPdf(db, user, { ...request.query, today: today() }, readers);
      const name = `vocare-hours-summary-${ruleSet.id.replace(':', '-')}-v${ruleSet.version}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-rule-set', `${ruleSet.id}@${ruleSet.version}`)
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },
  );

  app.post(
    '/api/hours/import/preview',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Check a CSV file before importing it: rows, totals, warnings and every bad row (nothing is saved)',
        description:
          'The file starts with the header date,hours,category,site,supervisor,note (columns after these are ' +
          'ignored). date YYYY-MM-DD or MM/DD/YYYY (month first); hours in quarter hours; category one of direct, ' +
          'indirect, supervision-individual, supervision-group or their labels ("Direct client contact"); supervisor ' +
          'matched to your agreements by email or name. Rows repeating an entry already in the log (date, hours, ' +
          'category, site, supervisor) are marked isDuplicate and skipped unless includeDuplicates is true.',
        body: ImportCsvBodySchema,
        response: { 200: ImportPreviewSchema, ...errors },
      },
    },
    async (request) =>
      importService.previewImport(db, requireRole(request, 'trainee').id, request.body, today(), readers),
  );

  app.post(
    '/api/hours/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import a CSV file: every row in one transaction, or none when any row is bad (400 lists them); duplicates of logged entries are skipped unless includeDuplicates',
        body: ImportCsvBodySchema,
        response: { 201: ImportResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await importService.importCsv(db, requireRole(request, 'trainee'), request.body, today());
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/hours/audit',
    {
      schema: {
        tags,
        summary: 'The audit trail of your log, newest first (append-only: no route changes it)',
        querystring: AuditQuerySchema,
        response: { 200: AuditListSchema, ...errors },
      },
    },
    async (request) => supervision.listTraineeAudit(db, requireRole(request, 'trainee').id, request.query),
  );

  app.get(
    '/api/hours/placement-hours',
    {
      schema: {
        tags,
        summary: 'Hours organizations confirmed on your placements (experience board), and which are in your log',
        response: { 200: PlacementHoursListSchema, ...errors },
      },
    },
    async (request) => placement.listPlacementHours(db, requireRole(request, 'trainee').id, confirmedPlacementsOf),
  );

  app.post(
    '/api/hours/placement-hours/pull',
    {
      schema: {
        tags,
        summary: 'Pull confirmed placement hours into your log (each once), with a category and supervisor',
        body: PullPlacementHoursBodySchema,
        response: { 200: PullPlacementHoursResultSchema, ...errors },
      },
    },
    async (request) =>
      placement.pullPlacementHours(db, requireRole(request, 'trainee'), request.body, confirmedPlacementsOf),
  );

  await app.register(supervisionRoutes, { db, env, now });
};
