import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckinListSchema,
  CheckinSchema,
  CreateCheckinBodySchema,
  CreatedCheckinSchema,
  CreatedShareSchema,
  CreateJournalEntryBodySchema,
  CreateShareBodySchema,
  DashboardQuerySchema,
  DashboardSchema,
  DateRangeQuerySchema,
  DeleteAllQuerySchema,
  DeletedCountsSchema,
  ExportCsvQuerySchema,
  InstrumentDetailSchema,
  InstrumentIdParamsSchema,
  InstrumentListSchema,
  InstrumentSchema,
  JournalEntrySchema,
  JournalListSchema,
  ListJournalQuerySchema,
  PutSelfCareBodySchema,
  RecordIdParamsSchema,
  ReminderSchema,
  ResilienceExportSchema,
  ResilienceSettingsSchema,
  SelfCareDateParamsSchema,
  SelfCareDaySchema,
  SelfCareListSchema,
  ShareListSchema,
  ShareSnapshotSchema,
  ShareTokenParamsSchema,
  TodayQuerySchema,
  UpdateJournalEntryBodySchema,
  UpdateResilienceSettingsBodySchema,
} from '#contracts/checkin.js';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { todayUtc } from '#domain/calendar-date.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import { requireRole, requireUser } from '#server/plugins/session.js';
import { createCheckin, deleteCheckin, getCheckin, listCheckins } from './checkins.service.js';
import { getDashboard } from './dashboard.service.js';
import type { DirectHoursPerWeek } from './direct-hours.port.js';
import { getInstrument, listInstruments, loadInstrument } from './instruments.service.js';
import { createJournalEntry, deleteJournalEntry, listJournal, updateJournalEntry } from './journal.service.js';
import { deleteAll, exportAll, exportCsv } from './resilience-export.service.js';
import { deleteSelfCareDay, getSelfCareDay, listSelfCare, putSelfCareDay } from './self-care.service.js';
import { getReminder, getSettings, updateSettings } from './settings.service.js';
import { createShare, getSharedSnapshot, listShares, revokeShare } from './sharing.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };
const withNotFound = { ...errors, 404: ErrorResponseSchema };
const tags = ['resilience'];

/**
 * Check-ins, self-care log, journal and shared summaries. Every route but the shared-summary link reads
 * only the signed-in person's own records; no role (supervisor, organization, admin) widens that.
 */
export const resilienceRoutes: FastifyPluginAsyncZod<{
  db: Db;
  now: Clock;
  directHoursPerWeek: DirectHoursPerWeek;
}> = async (app, { db, now, directHoursPerWeek }) => {
  // The most private data in the product: never kept by a browser or proxy cache.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store, private');
  });

  app.get(
    '/api/resilience/instruments',
    {
      schema: {
        tags,
        summary: 'Check-in instruments available (the shipped reflective check-in and any an admin loaded)',
        response: { 200: InstrumentListSchema, ...errors },
      },
    },
    async (request) => {
      requireUser(request);
      return listInstruments(db);
    },
  );

  app.get(
    '/api/resilience/instruments/:id',
    {
      schema: {
        tags,
        summary: 'One instrument with its items, response scale, subscales and bands',
        params: InstrumentIdParamsSchema,
        response: { 200: InstrumentDetailSchema, ...withNotFound },
      },
    },
    async (request) => {
      requireUser(request);
      return getInstrument(db, request.params.id);
    },
  );

  app.post(
    '/api/admin/instruments',
    {
      schema: {
        tags: ['admin', ...tags],
        summary: 'Load or replace a check-in instrument (admin only); a bad one is refused naming the field',
        description:
          'The body is an instrument file: items, subscales (sum or mean, optional recode), reverse-scored items and ' +
          'bands that must cover every possible score without overlap. Past check-ins keep the scores they were given.',
        body: InstrumentSchema,
        response: { 200: InstrumentDetailSchema, 201: InstrumentDetailSchema, 409: ErrorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'admin');
      const { detail, isNew } = await loadInstrument(db, admin, request.body);
      return reply.status(isNew ? 201 : 200).send(detail);
    },
  );

  app.get(
    '/api/resilience/settings',
    {
      schema: {
        tags,
        summary: 'Your check-in cadence and instrument',
        response: { 200: ResilienceSettingsSchema, ...errors },
      },
    },
    async (request) => getSettings(db, requireUser(request).id),
  );

  app.put(
    '/api/resilience/settings',
    {
      schema: {
        tags,
        summary: 'Choose your check-in cadence (weekly, fortnightly, monthly) and instrument',
        body: UpdateResilienceSettingsBodySchema,
        response: { 200: ResilienceSettingsSchema, ...errors },
      },
    },
    async (request) => updateSettings(db, requireUser(request).id, request.body),
  );

  app.get(
    '/api/resilience/reminder',
    {
      schema: {
        tags,
        summary: 'Whether a check-in is due on your cadence',
        querystring: TodayQuerySchema,
        response: { 200: ReminderSchema, ...errors },
      },
    },
    async (request) => getReminder(db, requireUser(request).id, request.query.today ?? todayUtc(now())),
  );

  app.post(
    '/api/resilience/checkins',
    {
      schema: {
        tags,
        summary: 'Complete a check-in: every item answered on the response scale; scored and banded on save',
        body: CreateCheckinBodySchema,
        response: { 201: CreatedCheckinSchema, ...errors },
      },
    },
    async (request, reply) => {
      const checkin = await createCheckin(db, requireUser(request).id, request.body, now());
      return reply.status(201).send(checkin);
    },
  );

  app.get(
    '/api/resilience/checkins',
    {
      schema: {
        tags,
        summary: 'Your check-ins, oldest first',
        querystring: DateRangeQuerySchema,
        response: { 200: CheckinListSchema, ...errors },
      },
    },
    async (request) => listCheckins(db, requireUser(request).id, request.query),
  );

  app.get(
    '/api/resilience/checkins/:id',
    {
      schema: {
        tags,
        summary: 'One of your check-ins',
        params: RecordIdParamsSchema,
        response: { 200: CheckinSchema, ...withNotFound },
      },
    },
    async (request) => getCheckin(db, requireUser(request).id, request.params.id),
  );

  app.delete(
    '/api/resilience/checkins/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of your check-ins',
        params: RecordIdParamsSchema,
        response: { 204: z.null(), ...withNotFound },
      },
    },
    async (request, reply) => {
      await deleteCheckin(db, requireUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/resilience/self-care',
    {
      schema: {
        tags,
        summary: 'Your daily self-care log, oldest first',
        querystring: DateRangeQuerySchema,
        response: { 200: SelfCareListSchema, ...errors },
      },
    },
    async (request) => listSelfCare(db, requireUser(request).id, request.query),
  );

  app.get(
    '/api/resilience/self-care/:date',
    {
      schema: {
        tags,
        summary: 'Your self-care log for one day',
        params: SelfCareDateParamsSchema,
        response: { 200: SelfCareDaySchema, ...withNotFound },
      },
    },
    async (request) => getSelfCareDay(db, requireUser(request).id, request.params.date),
  );

  app.put(
    '/api/resilience/self-care/:date',
    {
      schema: {
        tags,
        summary: 'Log (or replace) one day: sleep, activity, meals, breaks, boundaries, support contact, mood',
        description:
          'Every field is optional; a field left out is cleared. Impossible values (30 hours of sleep) are refused.',
        params: SelfCareDateParamsSchema,
        body: PutSelfCareBodySchema,
        response: { 200: SelfCareDaySchema, ...errors },
      },
    },
    async (request) => putSelfCareDay(db, requireUser(request).id, request.params.date, request.body, now()),
  );

  app.delete(
    '/api/resilience/self-care/:date',
    {
      schema: {
        tags,
        summary: 'Delete one day of your self-care log',
        params: SelfCareDateParamsSchema,
        response: { 204: z.null(), ...withNotFound },
      },
    },
    async (request, reply) => {
      await deleteSelfCareDay(db, requireUser(request).id, request.params.date);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/resilience/journal',
    {
      schema: {
        tags,
        summary: 'Your reflection journal, newest first (tag=win for the wins view)',
        querystring: ListJournalQuerySchema,
        response: { 200: JournalListSchema, ...errors },
      },
    },
    async (request) => listJournal(db, requireUser(request).id, request.query),
  );

  app.post(
    '/api/resilience/journal',
    {
      schema: {
        tags,
        summary: 'Write a journal entry tagged win, challenge or lesson',
        body: CreateJournalEntryBodySchema,
        response: { 201: JournalEntrySchema, ...errors },
      },
    },
    async (request, reply) => {
      const entry = await createJournalEntry(db, requireUser(request).id, request.body, now());
      return reply.status(201).send(entry);
    },
  );

  app.patch(
    '/api/resilience/journal/:id',
    {
      schema: {
        tags,
        summary: 'Edit one of your journal entries',
        params: RecordIdParamsSchema,
        body: UpdateJournalEntryBodySchema,
        response: { 200: JournalEntrySchema, ...withNotFound },
      },
    },
    async (request) => updateJournalEntry(db, requireUser(request).id, request.params.id, request.body, now()),
  );

  app.delete(
    '/api/resilience/journal/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of your journal entries',
        params: RecordIdParamsSchema,
        response: { 204: z.null(), ...withNotFound },
      },
    },
    async (request, reply) => {
      await deleteJournalEntry(db, requireUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/resilience/dashboard',
    {
      schema: {
        tags,
        summary: 'Trends, the latest check-in, the reminder and early warnings, for the last N weeks',
        querystring: DashboardQuerySchema,
        response: { 200: DashboardSchema, ...errors },
      },
    },
    async (request) => getDashboard(db, requireUser(request).id, request.query, directHoursPerWeek, now()),
  );

  app.get(
    '/api/resilience/export',
    {
      schema: {
        tags,
        summary: 'Download all your resilience data (JSON)',
        response: { 200: ResilienceExportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      reply.header('content-disposition', 'attachment; filename="vocare-resilience.json"');
      return exportAll(db, user.id);
    },
  );

  app.get(
    '/api/resilience/export.csv',
    {
      schema: {
        tags,
        summary: 'Download one part of your resilience data as CSV (checkins, selfcare or journal)',
        querystring: ExportCsvQuerySchema,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV, one row per record'), ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const csv = await exportCsv(db, user.id, request.query.dataset);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="vocare-resilience-${request.query.dataset}.csv"`)
        .send(csv);
    },
  );

  app.delete(
    '/api/resilience/data',
    {
      schema: {
        tags,
        summary: 'Delete all your resilience data (check-ins, log, journal, shared summaries, settings)',
        querystring: DeleteAllQuerySchema,
        response: { 200: DeletedCountsSchema, ...errors },
      },
    },
    async (request) => deleteAll(db, requireUser(request).id),
  );

  app.post(
    '/api/resilience/shares',
    {
      schema: {
        tags,
        summary: 'Share a read-only summary you choose (subscales, period); the link is shown once',
        body: CreateShareBodySchema,
        response: { 201: CreatedShareSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createShare(db, requireUser(request), request.body, now());
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/resilience/shares',
    {
      schema: { tags, summary: 'Summaries you are sharing', response: { 200: ShareListSchema, ...errors } },
    },
    async (request) => listShares(db, requireUser(request).id),
  );

  app.delete(
    '/api/resilience/shares/:id',
    {
      schema: {
        tags,
        summary: 'Stop sharing a summary: its link stops working at once',
        params: RecordIdParamsSchema,
        response: { 204: z.null(), ...withNotFound },
      },
    },
    async (request, reply) => {
      await revokeShare(db, requireUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/shared/resilience/:token',
    {
      schema: {
        tags,
        summary: 'A summary someone shared with you (whoever holds the link; no account needed)',
        params: ShareTokenParamsSchema,
        response: { 200: ShareSnapshotSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request) => getSharedSnapshot(db, request.params.token),
  );
};
