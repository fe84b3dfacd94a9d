import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema } from '#contracts/errors.js';
import {
  AgreementBodySchema,
  AnswerRequestBodySchema,
  CloseBodySchema,
  ConversationBodySchema,
  CreateMentorshipRequestBodySchema,
  IdParamsSchema,
  MaybeMenteeProfileSchema,
  MaybeMentorProfileSchema,
  MenteeProfileBodySchema,
  MenteeProfileSchema,
  MentorProfileBodySchema,
  MentorProfileSchema,
  MentorshipListSchema,
  MentorshipRequestListSchema,
  MentorshipRequestSchema,
  MentorshipSchema,
  NOT_SUPERVISION_NOTE,
  NoteBodySchema,
  NoteListSchema,
  ReviewDecisionBodySchema,
  ReviewQueueSchema,
  ReviewSettingsBodySchema,
  SuggestionListSchema,
  UserIdParamsSchema,
} from '#contracts/mentorship.js';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { requireRole, requireUser, requireVerified } from '#server/plugins/session.js';
import * as service from './mentorship.service.js';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema };
const withNotFound = { ...errors, 404: ErrorResponseSchema };
const withConflict = { ...withNotFound, 409: ErrorResponseSchema };
const tags = ['mentorship'];

export interface MentorshipRoutesOptions {
  db: Db;
  env: Env;
  now: Clock;
  /** How often a listening server sweeps requests (reminders, expiry); 0 turns the timer off. */
  sweepIntervalMs?: number;
}

/**
 * Mentorship: profiles, explained suggestions, requests and their answers, agreements, conversations, private
 * notes and closing. Every record is read through the signed-in person's id.
 * Mentoring is not clinical supervision: nothing here is read by or written to the hours log.
 */
export const mentorshipRoutes: FastifyPluginAsyncZod<MentorshipRoutesOptions> = async (
  app,
  { db, env, now, sweepIntervalMs = 15 * 60_000 },
) => {
  const ctx = () => ({ db, env, now: now() });
  // Lists sweep first, so an expired request never shows as pending while the timer is between runs.
  const sweep = () => service.sweepRequests(db, env, now());
  if (sweepIntervalMs > 0) {
    let timer: NodeJS.Timeout | null = null;
    app.addHook('onListen', async () => {
      timer = setInterval(() => {
        sweep().catch((err: unknown) => app.log.error({ err }, 'mentorship sweep failed'));
      }, sweepIntervalMs);
      timer.unref();
    });
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer);
    });
  }

  app.get(
    '/api/mentorship/mentor-profile',
    {
      schema: {
        tags,
        summary: 'Your mentor profile (null until saved)',
        response: { 200: MaybeMentorProfileSchema, ...errors },
      },
    },
    async (request) => ({ profile: await service.getMentorProfile(db, requireRole(request, 'mentor').id) }),
  );

  app.put(
    '/api/mentorship/mentor-profile',
    {
      schema: {
        tags,
        summary: 'Save your mentor profile (mentor role and a confirmed address)',
        body: MentorProfileBodySchema,
        response: { 200: MentorProfileSchema, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'mentor');
      return service.saveMentorProfile(ctx(), requireVerified(request), request.body);
    },
  );

  app.get(
    '/api/mentorship/mentors/:userId',
    {
      schema: {
        tags,
        summary: "A mentor's public profile, with when they last answered a request (never their mentees)",
        params: UserIdParamsSchema,
        response: { 200: MentorProfileSchema, ...withNotFound },
      },
    },
    async (request) => {
      requireUser(request);
      const profile = await service.getMentorProfile(db, request.params.userId);
      if (!profile) throw new AppError('NOT_FOUND', 'No such mentor.');
      return profile;
    },
  );

  app.get(
    '/api/mentorship/mentee-profile',
    {
      schema: {
        tags,
        summary: 'Your mentee profile (null until saved)',
        response: { 200: MaybeMenteeProfileSchema, ...errors },
      },
    },
    async (request) => ({ profile: await service.getMenteeProfile(db, requireUser(request).id) }),
  );

  app.put(
    '/api/mentorship/mentee-profile',
    {
      schema: {
        tags,
        summary: 'Save your goals and the help you want',
        body: MenteeProfileBodySchema,
        response: { 200: MenteeProfileSchema, ...errors },
      },
    },
    async (request) => service.saveMenteeProfile(ctx(), requireUser(request).id, request.body),
  );

  app.get(
    '/api/mentorship/suggestions',
    {
      schema: {
        tags,
        summary: 'Mentors suggested to you, each with its three strongest reasons and weakest factor',
        response: { 200: SuggestionListSchema, ...withConflict },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await sweep();
      return service.listSuggestions(db, user.id);
    },
  );

  app.post(
    '/api/mentorship/suggestions/:userId/dismiss',
    {
      schema: {
        tags,
        summary: 'Dismiss a suggested mentor (they are not told)',
        params: UserIdParamsSchema,
        response: { 204: z.null(), ...withNotFound },
      },
    },
    async (request, reply) => {
      await service.dismissSuggestion(ctx(), requireUser(request).id, request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/mentorship/requests',
    {
      schema: {
        tags,
        summary: 'Requests you sent and requests you received',
        response: { 200: MentorshipRequestListSchema, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await sweep();
      return service.listRequests(db, user.id);
    },
  );

  app.post(
    '/api/mentorship/requests',
    {
      schema: {
        tags,
        summary: 'Ask a mentor (emailed to them; expires after 7 days without an answer)',
        body: CreateMentorshipRequestBodySchema,
        response: { 201: MentorshipRequestSchema, ...withConflict },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createRequest(ctx(), requireVerified(request), request.body)),
  );

  app.get(
    '/api/mentorship/requests/:id',
    {
      schema: {
        tags,
        summary: 'One request (its mentee or mentor only)',
        params: IdParamsSchema,
        response: { 200: MentorshipRequestSchema, ...withNotFound },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await sweep();
      return service.getRequest(db, user.id, request.params.id);
    },
  );

  app.post(
    '/api/mentorship/requests/:id/answer',
    {
      schema: {
        tags,
        summary: 'Accept or decline a request (its mentor)',
        params: IdParamsSchema,
        body: AnswerRequestBodySchema,
        response: { 200: MentorshipRequestSchema, ...withConflict },
      },
    },
    async (request) => {
      const user = requireVerified(request);
      await sweep();
      return service.answerRequest(ctx(), user, request.params.id, request.body.accept);
    },
  );

  app.post(
    '/api/mentorship/requests/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw your pending request (its mentee; the mentor sees it as withdrawn)',
        params: IdParamsSchema,
        response: { 200: MentorshipRequestSchema, ...withConflict },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await sweep();
      return service.withdrawRequest(ctx(), user.id, request.params.id);
    },
  );

  app.get(
    '/api/admin/mentorship/review',
    {
      schema: {
        tags,
        summary: "The pool's current suggestions for an admin to review before they go out",
        response: { 200: ReviewQueueSchema, ...errors },
      },
    },
    async (request) => {
      requireRole(request, 'admin');
      return service.reviewQueue(db);
    },
  );

  app.put(
    '/api/admin/mentorship/review/settings',
    {
      schema: {
        tags,
        summary: 'Turn review before suggestions go out on or off',
        body: ReviewSettingsBodySchema,
        response: { 200: ReviewQueueSchema, ...errors },
      },
    },
    async (request) => service.setReviewRequired(ctx(), requireRole(request, 'admin'), request.body.reviewRequired),
  );

  app.put(
    '/api/admin/mentorship/review/decisions',
    {
      schema: {
        tags,
        summary: 'Approve a suggested pair, or withhold it (the mentee is offered the next mentor; nobody is told)',
        body: ReviewDecisionBodySchema,
        response: { 200: ReviewQueueSchema, ...withNotFound },
      },
    },
    async (request) => service.decideReview(ctx(), requireRole(request, 'admin'), request.body),
  );

  app.get(
    '/api/mentorship/mentorships',
    {
      schema: {
        tags,
        summary: 'Your mentorships, as mentee or mentor',
        description: NOT_SUPERVISION_NOTE,
        response: { 200: MentorshipListSchema, ...errors },
      },
    },
    async (request) => service.listMentorships(db, requireUser(request).id),
  );

  app.get(
    '/api/mentorship/mentorships/:id',
    {
      schema: {
        tags,
        summary: 'One mentorship (its two people only)',
        params: IdParamsSchema,
        response: { 200: MentorshipSchema, ...withNotFound },
      },
    },
    async (request) => service.getMentorship(db, requireUser(request).id, request.params.id),
  );

  app.put(
    '/api/mentorship/mentorships/:id/agreement',
    {
      schema: {
        tags,
        summary: 'The agreement: goals, how often, how long',
        params: IdParamsSchema,
        body: AgreementBodySchema,
        response: { 200: MentorshipSchema, ...withConflict },
      },
    },
    async (request) => service.saveAgreement(ctx(), requireUser(request).id, request.params.id, request.body),
  );

  app.post(
    '/api/mentorship/mentorships/:id/conversations',
    {
      schema: {
        tags,
        summary: 'Schedule a conversation',
        params: IdParamsSchema,
        body: ConversationBodySchema,
        response: { 201: MentorshipSchema, ...withConflict },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.scheduleConversation(ctx(), requireUser(request).id, request.params.id, request.body)),
  );

  app.get(
    '/api/mentorship/mentorships/:id/conversations/:conversationId/calendar.ics',
    {
      schema: {
        tags,
        summary: 'A conversation as a calendar file (text/calendar, times in UTC)',
        params: IdParamsSchema.extend({ conversationId: z.uuid() }),
        response: { 200: z.string(), ...withNotFound },
      },
    },
    async (request, reply) => {
      const text = await service.conversationIcs(
        ctx(),
        requireUser(request).id,
        request.params.id,
        request.params.conversationId,
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mentoring-conversation.ics"')
        .send(text);
    },
  );

  app.get(
    '/api/mentorship/mentorships/:id/notes',
    {
      schema: {
        tags,
        summary: 'Your private notes (the other side never sees them)',
        params: IdParamsSchema,
        response: { 200: NoteListSchema, ...withNotFound },
      },
    },
    async (request) => service.listNotes(db, requireUser(request).id, request.params.id),
  );

  app.post(
    '/api/mentorship/mentorships/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a private note',
        params: IdParamsSchema,
        body: NoteBodySchema,
        response: { 201: NoteListSchema, ...withNotFound },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addNote(ctx(), requireUser(request).id, request.params.id, request.body)),
  );

  app.post(
    '/api/mentorship/mentorships/:id/close',
    {
      schema: {
        tags,
        summary: 'End the mentorship with your closing reflection',
        params: IdParamsSchema,
        body: CloseBodySchema,
        response: { 200: MentorshipSchema, ...withNotFound },
      },
    },
    async (request) => service.closeMentorship(ctx(), requireUser(request).id, request.params.id, request.body),
  );
};
