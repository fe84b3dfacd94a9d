import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  AttendanceBodySchema,
  AttendeeListSchema,
  CeLogSchema,
  CeRenewalGoalSchema,
  ClaimBodySchema,
  EventBodySchema,
  EventDetailSchema,
  EventIdParamsSchema,
  EventListSchema,
  EventReviewBodySchema,
  EventSearchQuerySchema,
  FeedAddressSchema,
  FeedTokenParamsSchema,
  MyEventsSchema,
  OccurrenceChangeBodySchema,
  OccurrenceParamsSchema,
  RegistrationIdParamsSchema,
} from '#contracts/events.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { requireRole, requireUser, requireVerified } from '#server/plugins/session.js';
import * as service from './events.service.js';
import type { FeedEntriesOf } from './feed-entries.port.js';
import type { ResolveUsPlace } from './us-place.port.js';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};
const withConflict = { ...errors, 409: ErrorResponseSchema };
const tags = ['events'];
const calendar = 'text/calendar; charset=utf-8';

/**
 * Community events (ADR 0028): public search and pages for approved events, posting by organizations, mentors and
 * admins with an admin's approval, registration with a waiting list, calendar files and a private feed.
 */
export const eventsRoutes: FastifyPluginAsyncZod<{
  db: Db;
  env: Env;
  now: Clock;
  feedEntries: readonly FeedEntriesOf[];
  resolvePlace: ResolveUsPlace;
}> = async (app, { db, env, now, feedEntries, resolvePlace }) => {
  const ctx = () => ({ db, env, now: now(), resolvePlace });

  app.get(
    '/api/events',
    {
      schema: {
        tags,
        summary:
          'Search approved events by text, cause, date range, online/in person and distance from a ZIP or City, ST',
        querystring: EventSearchQuerySchema,
        response: { 200: EventListSchema, ...errors },
      },
    },
    async (request) => service.searchEvents(db, request.query, now(), resolvePlace),
  );

  app.post(
    '/api/events',
    {
      schema: {
        tags,
        summary: 'Post an event (organizations, mentors, admins); it waits for an admin before it is public',
        body: EventBodySchema,
        response: { 201: EventDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createEvent(ctx(), requireVerified(request), request.body)),
  );

  app.get(
    '/api/events/mine',
    {
      schema: {
        tags,
        summary: 'Your registrations, the events you organize and whether you have a calendar feed',
        response: { 200: MyEventsSchema, ...errors },
      },
    },
    async (request) => service.myEvents(db, requireUser(request), now()),
  );

  app.get(
    '/api/events/ce-log',
    {
      schema: {
        tags,
        summary: 'Your continuing-education log: CE hours of events you attended, toward your renewal goal',
        response: { 200: CeLogSchema, ...errors },
      },
    },
    async (request) => service.ceLog(db, requireUser(request).id),
  );

  app.put(
    '/api/events/ce-log/goal',
    {
      schema: {
        tags,
        summary: 'Set your renewal goal (license, cycle dates, hours your board requires) for the CE log',
        body: CeRenewalGoalSchema,
        response: { 200: CeLogSchema, ...errors },
      },
    },
    async (request) => service.saveCeGoal(ctx(), requireUser(request), request.body),
  );

  app.post(
    '/api/events/feed/rotate',
    {
      schema: {
        tags,
        summary: 'Create or replace your private calendar feed address (the old address stops working)',
        response: { 200: FeedAddressSchema, ...errors },
      },
    },
    async (request) => service.rotateFeed(ctx(), requireUser(request)),
  );

  app.get(
    '/api/events/feed/:token',
    {
      schema: {
        tags,
        summary:
          'A private calendar feed (text/calendar) by its secret address: your events, mentoring conversations and plan milestones',
        params: FeedTokenParamsSchema,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', calendar)
        .header('cache-control', 'private, no-store')
        .send(await service.feedIcs(ctx(), request.params.token, feedEntries)),
  );

  app.post(
    '/api/events/claim',
    {
      schema: {
        tags,
        summary: 'Claim a seat offered to you by mail, before the offer lapses',
        body: ClaimBodySchema,
        response: { 200: EventDetailSchema, ...withConflict },
      },
    },
    async (request) => service.claim(ctx(), requireUser(request), request.body.token),
  );

  app.delete(
    '/api/events/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Cancel your registration (a freed seat is offered to the next person waiting)',
        params: RegistrationIdParamsSchema,
        response: { 200: EventDetailSchema, ...withConflict },
      },
    },
    async (request) => service.cancel(ctx(), requireUser(request), request.params.id),
  );

  app.get(
    '/api/events/:id',
    {
      schema: {
        tags,
        summary: 'An event (the online link only for its organizer and people holding a seat)',
        params: EventIdParamsSchema,
        response: { 200: EventDetailSchema, ...errors },
      },
    },
    async (request) => service.getEvent(db, request.user ?? null, request.params.id, now()),
  );

  app.put(
    '/api/events/:id',
    {
      schema: {
        tags,
        summary: 'Edit your event (its calendar SEQUENCE rises)',
        params: EventIdParamsSchema,
        body: EventBodySchema,
        response: { 200: EventDetailSchema, ...errors },
      },
    },
    async (request) => service.updateEvent(ctx(), requireUser(request), request.params.id, request.body),
  );

  app.put(
    '/api/events/:id/occurrences/:occurrence',
    {
      schema: {
        tags,
        summary:
          'Move, retitle or cancel one date of your recurring event, named by its original wall-clock start (RECURRENCE-ID); SEQUENCE rises',
        params: OccurrenceParamsSchema,
        body: OccurrenceChangeBodySchema,
        response: { 200: EventDetailSchema, ...errors },
      },
    },
    async (request) =>
      service.changeOccurrence(ctx(), requireUser(request), request.params.id, request.params.occurrence, request.body),
  );

  app.delete(
    '/api/events/:id/occurrences/:occurrence',
    {
      schema: {
        tags,
        summary: 'Undo the change to one date of your recurring event (it is back as the series makes it)',
        params: OccurrenceParamsSchema,
        response: { 200: EventDetailSchema, ...errors },
      },
    },
    async (request) =>
      service.restoreOccurrence(ctx(), requireUser(request), request.params.id, request.params.occurrence),
  );

  app.get(
    '/api/events/:id/calendar.ics',
    {
      schema: {
        tags,
        summary: 'The event as a calendar file (text/calendar with a VTIMEZONE)',
        params: EventIdParamsSchema,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', calendar)
        .header('content-disposition', 'attachment; filename="event.ics"')
        .send(await service.eventIcs(ctx(), request.user ?? null, request.params.id)),
  );

  app.post(
    '/api/events/:id/registration',
    {
      schema: {
        tags,
        summary: 'Register (a seat, or the waiting list when the event is full)',
        params: EventIdParamsSchema,
        response: { 200: EventDetailSchema, ...withConflict },
      },
    },
    async (request) => service.register(ctx(), requireUser(request), request.params.id),
  );

  app.get(
    '/api/events/:id/attendees',
    {
      schema: {
        tags,
        summary: 'Who registered (organizer and admins only)',
        params: EventIdParamsSchema,
        response: { 200: AttendeeListSchema, ...errors },
      },
    },
    async (request) => service.attendeeList(db, requireUser(request), request.params.id, now()),
  );

  app.post(
    '/api/events/:id/attendance',
    {
      schema: {
        tags,
        summary:
          'Confirm whether a registered person attended (organizer and admins only); for a recurring event, one date at a time',
        params: EventIdParamsSchema,
        body: AttendanceBodySchema,
        response: { 200: AttendeeListSchema, ...withConflict },
      },
    },
    async (request) => service.markAttendance(db, requireUser(request), request.params.id, request.body, now()),
  );

  app.get(
    '/api/admin/events/pending',
    {
      schema: {
        tags: ['admin', ...tags],
        summary: 'Events waiting for approval (admin only)',
        response: { 200: EventListSchema, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return service.pendingEvents(db, now());
    },
  );

  app.post(
    '/api/admin/events/:id/review',
    {
      schema: {
        tags: ['admin', ...tags],
        summary: 'Approve or reject an event (admin only)',
        params: EventIdParamsSchema,
        body: EventReviewBodySchema,
        response: { 200: EventListSchema, ...errors },
      },
    },
    async (request) =>
      service.reviewEvent(ctx(), requireRole(request, 'admin'), request.params.id, request.body.decision),
  );
};
