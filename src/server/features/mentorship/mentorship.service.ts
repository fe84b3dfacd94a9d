import type { z } from 'zod';
import {
  type AgreementBodySchema,
  type CloseBodySchema,
  type ConversationBodySchema,
  type CreateMentorshipRequestBodySchema,
  type HelpKind,
  type MatcherMentee,
  MatcherMenteeSchema,
  type MatcherMentor,
  MatcherMentorSchema,
  type MenteeProfileBody,
  type MentorProfile,
  type MentorProfileBody,
  type Mentorship,
  type MentorshipRequest,
  type NoteBodySchema,
  type ReviewDecisionBodySchema,
  type ReviewQueue,
  type SuggestionList,
} from '#contracts/mentorship.js';
import type { CurrentStage } from '#contracts/pathways.js';
import type { ScaleId } from '#contracts/vocabulary.js';
import { buildIcsCalendar } from '#domain/ics.js';
import { assignMentorPool, freeSeats } from '#domain/mentorship/match-mentors.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { linkTo, mailDomain } from '#server/mail/mail-config.js';
import { queueNotice } from '#server/mail/notices.js';
import {
  mentorshipAnsweredMail,
  mentorshipReminderMail,
  mentorshipRequestMail,
} from '#server/mail/templates/mentorship-mail.js';
import type { SessionUser } from '#server/plugins/session.js';
import * as repo from './mentorship.repository.js';

export interface MentorshipContext {
  db: Db;
  env: Env;
  now: Date;
}

const DAY_MS = 86_400_000;
/** A request expires after this many days without an answer; the mentor is reminded on REMIND_AFTER_DAYS. */
export const REQUEST_DAYS = 7;
export const REMIND_AFTER_DAYS = 5;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const notFound = (what: string) => new AppError('NOT_FOUND', `No such ${what}, or it is not yours.`);

// ---- profiles ----

function toMentorProfile(row: repo.MentorProfileRow, taken: number): MentorProfile {
  return {
    userId: row.userId,
    displayName: row.displayName,
    headline: row.headline,
    careers: row.careers,
    yearsInField: row.yearsInField,
    scales: row.scales as ScaleId[],
    causes: row.causes as MentorProfile['causes'],
    populations: row.populations,
    helpWith: row.helpWith as HelpKind[],
    stages: row.stages as CurrentStage[],
    values: row.values as MentorProfile['values'],
    languages: row.languages,
    mode: row.mode as MentorProfile['mode'],
    place: row.place,
    availability: row.availability,
    capacity: row.capacity,
    isOpen: row.isOpen,
    lastAnsweredAt: iso(row.lastAnsweredAt),
    freeSeats: row.isOpen ? freeSeats({ capacity: row.capacity, taken }) : 0,
  };
}

export async function getMentorProfile(db: Db, userId: string): Promise<MentorProfile | null> {
  const row = await repo.findMentorProfile(db, userId);
  if (!row) return null;
  return toMentorProfile(row, (await repo.countTakenSeats(db)).get(userId) ?? 0);
}

export async function saveMentorProfile(ctx: MentorshipContext, user: SessionUser, body: MentorProfileBody) {
  await repo.upsertMentorProfile(ctx.db, { userId: user.id, ...body, updatedAt: ctx.now });
  const profile = await getMentorProfile(ctx.db, user.id);
  if (!profile) throw new Error('mentor profile vanished after saving');
  return profile;
}

export async function getMenteeProfile(db: Db, userId: string): Promise<MenteeProfileBody | null> {
  const row = await repo.findMenteeProfile(db, userId);
  if (!row) return null;
  return {
    goals: row.goals,
    careers: row.careers,
    stage: row.stage as CurrentStage,
    scale: row.scale as ScaleId | null,
    causes: row.causes as MenteeProfileBody['causes'],
    populations: row.populations,
    helpWith: row.helpWith as HelpKind[],
    values: row.values as MenteeProfileBody['values'],
    languages: row.languages,
    mode: row.mode as MenteeProfileBody['mode'],
    place: row.place,
  };
}

export async function saveMenteeProfile(ctx: MentorshipContext, userId: string, body: MenteeProfileBody) {
  await repo.upsertMenteeProfile(ctx.db, { userId, ...body, updatedAt: ctx.now });
  return body;
}

// ---- suggestions: the whole pool, rerun on every read so they never go stale ----

/**
 * Runs the matcher over the whole pool. Dismissed, already-asked and admin-withheld pairs are excluded before
 * matching, so the matcher offers the next mentor in their place (and capacity is shared out without them).
 */
async function assignPool(db: DbOrTx) {
  const [menteeRows, mentorRows, taken, exclusions, decisions] = await Promise.all([
    repo.listMenteeProfiles(db),
    repo.listMentorProfiles(db),
    repo.countTakenSeats(db),
    repo.listExclusions(db),
    repo.listReviewDecisions(db),
  ]);
  const withheld = new Map<string, string[]>();
  for (const [pair, decision] of decisions) {
    if (decision !== 'withheld') continue;
    const [menteeId = '', mentorId = ''] = pair.split(' ');
    withheld.set(menteeId, [...(withheld.get(menteeId) ?? []), mentorId]);
  }
  const mentees: MatcherMentee[] = menteeRows.map((m) =>
    MatcherMenteeSchema.parse({
      ...m,
      id: m.userId,
      excludedMentors: [m.userId, ...(exclusions.get(m.userId) ?? []), ...(withheld.get(m.userId) ?? [])],
    }),
  );
  const mentors: MatcherMentor[] = mentorRows
    .filter((m) => m.isOpen)
    .map((m) => MatcherMentorSchema.parse({ ...m, id: m.userId, taken: taken.get(m.userId) ?? 0 }));
  return { assignments: assignMentorPool(mentees, mentors), mentorRows, taken, decisions };
}

export async function listSuggestions(db: DbOrTx, userId: string): Promise<SuggestionList> {
  const me = await repo.findMenteeProfile(db, userId);
  if (!me) throw new AppError('CONFLICT', 'Tell us about your goals first: fill in your mentee profile.');
  const [{ assignments, mentorRows, taken, decisions }, reviewRequired] = await Promise.all([
    assignPool(db),
    repo.isReviewRequired(db),
  ]);
  const mine = assignments.find((a) => a.menteeId === userId);
  const byId = new Map(mentorRows.map((m) => [m.userId, m]));
  return {
    suggestions: (mine?.suggestions ?? []).flatMap((s) => {
      // While review is required, a suggestion goes out only once an admin approved the pair.
      if (reviewRequired && decisions.get(`${userId} ${s.mentorId}`) !== 'approved') return [];
      const row = byId.get(s.mentorId);
      return row ? [{ ...s, mentor: toMentorProfile(row, taken.get(row.userId) ?? 0) }] : [];
    }),
  };
}

// ---- the admin's review (ADR 0022) ----

export async function reviewQueue(db: Db): Promise<ReviewQueue> {
  const [{ assignments, mentorRows, decisions }, reviewRequired] = await Promise.all([
    assignPool(db),
    repo.isReviewRequired(db),
  ]);
  const withheldPairs = [...decisions]
    .filter(([, d]) => d === 'withheld')
    .map(([pair]) => {
      const [menteeId = '', mentorId = ''] = pair.split(' ');
      return { menteeId, mentorId };
    });
  const ids = new Set<string>();
  for (const a of assignments) ids.add(a.menteeId);
  for (const p of withheldPairs) ids.add(p.menteeId).add(p.mentorId);
  for (const m of mentorRows) ids.add(m.userId);
  const names = await repo.displayNames(db, [...ids]);
  const name = (id: string) => names.get(id) ?? 'Former member';
  return {
    reviewRequired,
    items: assignments.flatMap((a) =>
      a.suggestions.map((s) => ({
        ...s,
        menteeId: a.menteeId,
        menteeName: name(a.menteeId),
        mentorName: name(s.mentorId),
        decision:
          decisions.get(`${a.menteeId} ${s.mentorId}`) === 'approved' ? ('approved' as const) : ('pending' as const),
      })),
    ),
    withheld: withheldPairs.map((p) => ({ ...p, menteeName: name(p.menteeId), mentorName: name(p.mentorId) })),
  };
}

export async function setReviewRequired(ctx: MentorshipContext, admin: SessionUser, reviewRequired: boolean) {
  await repo.setReviewRequired(ctx.db, reviewRequired, admin.id, ctx.now);
  return reviewQueue(ctx.db);
}

export async function decideReview(
  ctx: MentorshipContext,
  admin: SessionUser,
  body: z.infer<typeof ReviewDecisionBodySchema>,
) {
  if (body.menteeId === body.mentorId) throw new AppError('BAD_REQUEST', 'A person cannot mentor themselves.');
  const [mentee, mentor] = await Promise.all([
    repo.findMenteeProfile(ctx.db, body.menteeId),
    repo.findMentorProfile(ctx.db, body.mentorId),
  ]);
  if (!mentee) throw new AppError('NOT_FOUND', 'No such mentee.');
  if (!mentor) throw new AppError('NOT_FOUND', 'No such mentor.');
  await repo.saveReviewDecision(ctx.db, { ...body, reviewedBy: admin.id, reviewedAt: ctx.now });
  return reviewQueue(ctx.db);
}

export async function dismissSuggestion(ctx: MentorshipContext, userId: string, mentorId: string): Promise<void> {
  if (mentorId === userId) throw new AppError('BAD_REQUEST', 'You cannot dismiss yourself.');
  if (!(await repo.findMentorProfile(ctx.db, mentorId))) throw notFound('mentor');
  await repo.insertDismissal(ctx.db, userId, mentorId, ctx.now);
}

// ---- requests ----

function toRequest(row: repo.RequestView): MentorshipRequest {
  return {
    id: row.id,
    menteeId: row.menteeId,
    menteeName: row.menteeName,
    mentorId: row.mentorId,
    mentorName: row.mentorName,
    message: row.message,
    helpWith: row.helpWith as HelpKind[],
    status: row.status as MentorshipRequest['status'],
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    answeredAt: iso(row.answeredAt),
    mentorshipId: row.mentorshipId,
  };
}

export async function createRequest(
  ctx: MentorshipContext,
  user: SessionUser,
  body: z.infer<typeof CreateMentorshipRequestBodySchema>,
): Promise<MentorshipRequest> {
  if (body.mentorId === user.id) throw new AppError('BAD_REQUEST', 'You cannot ask yourself to mentor you.');
  const mentor = await getMentorProfile(ctx.db, body.mentorId);
  if (!mentor?.isOpen) throw notFound('mentor');
  if (mentor.freeSeats <= 0) throw new AppError('CONFLICT', `${mentor.displayName} has no free place right now.`);
  const id = await ctx.db.transaction(async (tx) => {
    const requestId = await repo
      .insertRequest(tx, {
        menteeId: user.id,
        mentorId: body.mentorId,
        message: body.message,
        helpWith: body.helpWith,
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + REQUEST_DAYS * DAY_MS),
      })
      .catch((err: unknown) => {
        const cause = (err as { cause?: { code?: string } }).cause;
        if ((err as { code?: string }).code === '23505' || cause?.code === '23505') {
          throw new AppError('CONFLICT', 'You already have an open request to this mentor.');
        }
        throw err;
      });
    const view = await repo.findRequestFor(tx, requestId, user.id);
    if (!view) throw new Error('request vanished');
    // A notice (topic `mentorship`): a mentor who turned it off still finds the request on their Mentorship page.
    await queueNotice(tx, ctx, {
      topic: 'mentorship',
      kind: 'mentorship-request',
      to: view.mentorEmail,
      userId: view.mentorId,
      source: mentorshipRequestMail({
        mentorName: view.mentorName,
        menteeName: view.menteeName,
        url: linkTo(ctx.env, `/mentorship/requests/${requestId}`),
        days: REQUEST_DAYS,
      }),
    });
    return requestId;
  });
  return getRequest(ctx.db, user.id, id);
}

export async function getRequest(db: DbOrTx, userId: string, id: string): Promise<MentorshipRequest> {
  const row = await repo.findRequestFor(db, id, userId);
  if (!row) throw notFound('request');
  return toRequest(row);
}

export async function listRequests(db: Db, userId: string) {
  const rows = await repo.listRequestsFor(db, userId);
  return {
    sent: rows.filter((r) => r.menteeId === userId).map(toRequest),
    received: rows.filter((r) => r.mentorId === userId).map(toRequest),
  };
}

export async function answerRequest(
  ctx: MentorshipContext,
  user: SessionUser,
  id: string,
  accept: boolean,
): Promise<MentorshipRequest> {
  const existing = await repo.findRequestFor(ctx.db, id, user.id);
  if (!existing || existing.mentorId !== user.id) throw notFound('request');
  await ctx.db.transaction(async (tx) => {
    const changed = await repo.answerRequest(tx, id, user.id, accept ? 'accepted' : 'declined', ctx.now);
    if (!changed) throw new AppError('CONFLICT', `This request is already ${existing.status}.`);
    let url = linkTo(ctx.env, '/mentorship');
    if (accept) {
      const mentorshipId = await repo.insertMentorship(tx, {
        requestId: id,
        menteeId: existing.menteeId,
        mentorId: existing.mentorId,
        startedAt: ctx.now,
      });
      url = linkTo(ctx.env, `/mentorship/m/${mentorshipId}`);
    }
    await queueNotice(tx, ctx, {
      topic: 'mentorship',
      kind: accept ? 'mentorship-accepted' : 'mentorship-declined',
      to: existing.menteeEmail,
      userId: existing.menteeId,
      source: mentorshipAnsweredMail({
        menteeName: existing.menteeName,
        mentorName: existing.mentorName,
        outcome: accept ? 'accepted' : 'declined',
        url,
      }),
    });
  });
  return getRequest(ctx.db, user.id, id);
}

export async function withdrawRequest(ctx: MentorshipContext, userId: string, id: string): Promise<MentorshipRequest> {
  const existing = await repo.findRequestFor(ctx.db, id, userId);
  // The mentor cannot withdraw a request made to them (they decline it); to them it reads as not found.
  if (!existing || existing.menteeId !== userId) throw notFound('request');
  const changed = await repo.withdrawRequest(ctx.db, id, userId, ctx.now);
  if (!changed) throw new AppError('CONFLICT', `This request is already ${existing.status}.`);
  return getRequest(ctx.db, userId, id);
}

// ---- the sweep: reminders on day 5, expiry on day 7 ----

/** Idempotent and safe from several processes: each row changes once, by a conditional update, with its mail. */
export async function sweepRequests(db: Db, env: Env, now: Date): Promise<{ reminded: number; expired: number }> {
  return db.transaction(async (tx) => {
    const reminders = await repo.claimReminders(tx, new Date(now.getTime() - REMIND_AFTER_DAYS * DAY_MS), now);
    for (const r of reminders) {
      const daysLeft = Math.max(1, Math.ceil((r.expiresAt.getTime() - now.getTime()) / DAY_MS));
      await queueNotice(
        tx,
        { env, now },
        {
          topic: 'mentorship',
          kind: 'mentorship-reminder',
          to: r.mentorEmail,
          userId: r.mentorId,
          source: mentorshipReminderMail({
            mentorName: r.mentorName,
            menteeName: r.menteeName,
            url: linkTo(env, `/mentorship/requests/${r.id}`),
            daysLeft,
          }),
        },
      );
    }
    const expired = await repo.claimExpired(tx, now);
    for (const r of expired) {
      // The next match is offered in the same mail: the expired mentor is already out of the mentee's pool.
      const next = await listSuggestions(tx, r.menteeId).catch(() => ({ suggestions: [] }));
      await queueNotice(
        tx,
        { env, now },
        {
          topic: 'mentorship',
          kind: 'mentorship-expired',
          to: r.menteeEmail,
          userId: r.menteeId,
          source: mentorshipAnsweredMail({
            menteeName: r.menteeName,
            mentorName: r.mentorName,
            outcome: 'expired',
            url: linkTo(env, '/mentorship'),
            nextMentorName: next.suggestions[0]?.mentor.displayName ?? null,
          }),
        },
      );
    }
    return { reminded: reminders.length, expired: expired.length };
  });
}

// ---- mentorships ----

async function mentorshipFor(db: DbOrTx, id: string, userId: string) {
  const row = await repo.findMentorshipFor(db, id, userId);
  if (!row) throw notFound('mentorship');
  return row;
}

function openOnly(row: repo.MentorshipView) {
  if (row.closedAt) throw new AppError('CONFLICT', 'This mentorship has ended.');
}

export async function getMentorship(db: Db, userId: string, id: string): Promise<Mentorship> {
  const row = await mentorshipFor(db, id, userId);
  const role = row.menteeId === userId ? 'mentee' : 'mentor';
  const conversations = await repo.listConversations(db, id);
  return {
    id: row.id,
    role,
    menteeId: row.menteeId,
    menteeName: row.menteeName,
    mentorId: row.mentorId,
    mentorName: row.mentorName,
    goals: row.goals,
    frequency: row.frequency,
    lengthWeeks: row.lengthWeeks,
    agreedAt: iso(row.agreedAt),
    startedAt: row.startedAt.toISOString(),
    closedAt: iso(row.closedAt),
    myReflection: role === 'mentee' ? row.menteeReflection : row.mentorReflection,
    conversations: conversations.map((c) => ({
      id: c.id,
      startsAt: c.startsAt.toISOString(),
      minutes: c.minutes,
      topic: c.topic,
      where: c.where,
    })),
  };
}

export async function listMentorships(db: Db, userId: string) {
  const rows = await repo.listMentorshipsFor(db, userId);
  const all = await Promise.all(rows.map((r) => getMentorship(db, userId, r.id)));
  return { mentorships: all.map(({ conversations: _c, ...rest }) => rest) };
}

export async function saveAgreement(
  ctx: MentorshipContext,
  userId: string,
  id: string,
  body: z.infer<typeof AgreementBodySchema>,
) {
  openOnly(await mentorshipFor(ctx.db, id, userId));
  await repo.updateAgreement(ctx.db, id, { ...body, agreedAt: ctx.now });
  return getMentorship(ctx.db, userId, id);
}

export async function scheduleConversation(
  ctx: MentorshipContext,
  userId: string,
  id: string,
  body: z.infer<typeof ConversationBodySchema>,
) {
  openOnly(await mentorshipFor(ctx.db, id, userId));
  await repo.insertConversation(ctx.db, {
    mentorshipId: id,
    startsAt: new Date(body.startsAt),
    minutes: body.minutes,
    topic: body.topic,
    where: body.where,
    createdAt: ctx.now,
  });
  return getMentorship(ctx.db, userId, id);
}

export async function conversationIcs(ctx: MentorshipContext, userId: string, id: string, conversationId: string) {
  const m = await getMentorship(ctx.db, userId, id);
  const c = (await repo.listConversations(ctx.db, id)).find((x) => x.id === conversationId);
  if (!c) throw notFound('conversation');
  const other = m.role === 'mentee' ? m.mentorName : m.menteeName;
  return buildIcsCalendar(
    [
      {
        uid: `conversation-${c.id}@${mailDomain(ctx.env)}`,
        sequence: c.sequence,
        start: c.startsAt,
        end: new Date(c.startsAt.getTime() + c.minutes * 60_000),
        summary: `Mentoring conversation with ${other}: ${c.topic}`,
        ...(c.where ? { location: c.where } : {}),
        url: linkTo(ctx.env, `/mentorship/m/${id}`),
      },
    ],
    ctx.now,
  );
}

export async function addNote(
  ctx: MentorshipContext,
  userId: string,
  id: string,
  body: z.infer<typeof NoteBodySchema>,
) {
  await mentorshipFor(ctx.db, id, userId);
  await repo.insertNote(ctx.db, { mentorshipId: id, authorId: userId, body: body.body, createdAt: ctx.now });
  return listNotes(ctx.db, userId, id);
}

export async function listNotes(db: Db, userId: string, id: string) {
  await mentorshipFor(db, id, userId);
  const notes = await repo.listOwnNotes(db, id, userId);
  return { notes: notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt.toISOString() })) };
}

export async function closeMentorship(
  ctx: MentorshipContext,
  userId: string,
  id: string,
  body: z.infer<typeof CloseBodySchema>,
) {
  const row = await mentorshipFor(ctx.db, id, userId);
  await repo.closeMentorship(ctx.db, id, row.menteeId === userId ? 'mentee' : 'mentor', body.reflection, ctx.now);
  return getMentorship(ctx.db, userId, id);
}
