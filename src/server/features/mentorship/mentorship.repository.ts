// All SQL of mentorship. Every read that serves a person filters by that person's id here, so a route cannot
// forget it: requests by mentee or mentor, mentorships by either side, notes by their author only.
import { aliasedTable, and, asc, desc, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import {
  menteeProfiles,
  mentorDismissals,
  mentorMatchReviews,
  mentorProfiles,
  mentorshipConversations,
  mentorshipNotes,
  mentorshipRequests,
  mentorshipReviewSettings,
  mentorships,
} from '#server/db/schema/mentorship.js';

export type MentorProfileRow = typeof mentorProfiles.$inferSelect & { displayName: string };
export type MenteeProfileRow = typeof menteeProfiles.$inferSelect;
export type RequestRow = typeof mentorshipRequests.$inferSelect;
export type MentorshipRow = typeof mentorships.$inferSelect;

const mentorColumns = { ...getTableColumns(mentorProfiles), displayName: users.displayName };

export async function findMentorProfile(db: DbOrTx, userId: string): Promise<MentorProfileRow | null> {
  const rows = await db
    .select(mentorColumns)
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(eq(mentorProfiles.userId, userId));
  return rows[0] ?? null;
}

export async function listMentorProfiles(db: DbOrTx, userIds?: string[]): Promise<MentorProfileRow[]> {
  if (userIds && userIds.length === 0) return [];
  return db
    .select(mentorColumns)
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(userIds ? inArray(mentorProfiles.userId, userIds) : undefined)
    .orderBy(asc(mentorProfiles.userId));
}

export async function upsertMentorProfile(
  db: DbOrTx,
  values: Omit<typeof mentorProfiles.$inferInsert, 'lastAnsweredAt'>,
): Promise<void> {
  const { userId: _userId, ...rest } = values;
  await db.insert(mentorProfiles).values(values).onConflictDoUpdate({ target: mentorProfiles.userId, set: rest });
}

export async function findMenteeProfile(db: DbOrTx, userId: string): Promise<MenteeProfileRow | null> {
  const rows = await db.select().from(menteeProfiles).where(eq(menteeProfiles.userId, userId));
  return rows[0] ?? null;
}

export async function listMenteeProfiles(db: DbOrTx): Promise<MenteeProfileRow[]> {
  return db.select().from(menteeProfiles).orderBy(asc(menteeProfiles.userId));
}

export async function upsertMenteeProfile(db: DbOrTx, values: typeof menteeProfiles.$inferInsert): Promise<void> {
  const { userId: _userId, ...rest } = values;
  await db.insert(menteeProfiles).values(values).onConflictDoUpdate({ target: menteeProfiles.userId, set: rest });
}

/** Seats held per mentor: active mentorships plus pending requests. */
export async function countTakenSeats(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db.execute(sql`
    select mentor_id as "mentorId", count(*)::int as "taken" from (
      select mentor_id from mentorships where closed_at is null
      union all
      select mentor_id from mentorship_requests where status = 'pending'
    ) seats group by mentor_id`);
  const list = (rows as unknown as { rows: { mentorId: string; taken: number }[] }).rows;
  return new Map(list.map((r) => [r.mentorId, Number(r.taken)]));
}

/** Per mentee: mentors dismissed or ever asked (never suggested again). */
export async function listExclusions(db: DbOrTx): Promise<Map<string, string[]>> {
  const dismissed = await db
    .select({ menteeId: mentorDismissals.menteeId, mentorId: mentorDismissals.mentorId })
    .from(mentorDismissals);
  const asked = await db
    .select({ menteeId: mentorshipRequests.menteeId, mentorId: mentorshipRequests.mentorId })
    .from(mentorshipRequests);
  const map = new Map<string, string[]>();
  for (const r of [...dismissed, ...asked]) map.set(r.menteeId, [...(map.get(r.menteeId) ?? []), r.mentorId]);
  return map;
}

export async function insertDismissal(db: DbOrTx, menteeId: string, mentorId: string, now: Date): Promise<void> {
  await db.insert(mentorDismissals).values({ menteeId, mentorId, createdAt: now }).onConflictDoNothing();
}

const mentee = aliasedTable(users, 'mentee');
const mentor = aliasedTable(users, 'mentor');

const requestColumns = {
  ...getTableColumns(mentorshipRequests),
  menteeName: mentee.displayName,
  menteeEmail: mentee.email,
  mentorName: mentor.displayName,
  mentorEmail: mentor.email,
  mentorshipId: mentorships.id,
};
export type RequestView = RequestRow & {
  menteeName: string;
  menteeEmail: string;
  mentorName: string;
  mentorEmail: string;
  mentorshipId: string | null;
};

function requestQuery(db: DbOrTx) {
  return db
    .select(requestColumns)
    .from(mentorshipRequests)
    .innerJoin(mentee, eq(mentee.id, mentorshipRequests.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentorshipRequests.mentorId))
    .leftJoin(mentorships, eq(mentorships.requestId, mentorshipRequests.id));
}

export async function insertRequest(db: DbOrTx, values: typeof mentorshipRequests.$inferInsert): Promise<string> {
  const rows = await db.insert(mentorshipRequests).values(values).returning({ id: mentorshipRequests.id });
  const row = rows[0];
  if (!row) throw new Error('insert into mentorship_requests returned no row');
  return row.id;
}

/** A request only its mentee or its mentor can see. */
export async function findRequestFor(db: DbOrTx, id: string, userId: string): Promise<RequestView | null> {
  const rows = await requestQuery(db).where(
    and(
      eq(mentorshipRequests.id, id),
      or(eq(mentorshipRequests.menteeId, userId), eq(mentorshipRequests.mentorId, userId)),
    ),
  );
  return rows[0] ?? null;
}

export async function listRequestsFor(db: DbOrTx, userId: string): Promise<RequestView[]> {
  return requestQuery(db)
    .where(or(eq(mentorshipRequests.menteeId, userId), eq(mentorshipRequests.mentorId, userId)))
    .orderBy(desc(mentorshipRequests.createdAt));
}

/** Conditional: only a pending request changes, so two answers (or an answer and the expiry sweep) cannot both win. */
export async function answerRequest(
  db: DbOrTx,
  id: string,
  mentorId: string,
  status: 'accepted' | 'declined',
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(mentorshipRequests)
    .set({ status, answeredAt: now })
    .where(
      and(
        eq(mentorshipRequests.id, id),
        eq(mentorshipRequests.mentorId, mentorId),
        eq(mentorshipRequests.status, 'pending'),
      ),
    )
    .returning({ id: mentorshipRequests.id });
  if (rows.length === 0) return false;
  await db.update(mentorProfiles).set({ lastAnsweredAt: now }).where(eq(mentorProfiles.userId, mentorId));
  return true;
}

export async function insertMentorship(db: DbOrTx, values: typeof mentorships.$inferInsert): Promise<string> {
  const rows = await db.insert(mentorships).values(values).returning({ id: mentorships.id });
  const row = rows[0];
  if (!row) throw new Error('insert into mentorships returned no row');
  return row.id;
}

const mentorshipColumns = {
  ...getTableColumns(mentorships),
  menteeName: mentee.displayName,
  mentorName: mentor.displayName,
};
export type MentorshipView = MentorshipRow & { menteeName: string; mentorName: string };

function mentorshipQuery(db: DbOrTx) {
  return db
    .select(mentorshipColumns)
    .from(mentorships)
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId));
}

const isSide = (userId: string) => or(eq(mentorships.menteeId, userId), eq(mentorships.mentorId, userId));

/** A mentorship only its two people can see. */
export async function findMentorshipFor(db: DbOrTx, id: string, userId: string): Promise<MentorshipView | null> {
  const rows = await mentorshipQuery(db).where(and(eq(mentorships.id, id), isSide(userId)));
  return rows[0] ?? null;
}

export async function listMentorshipsFor(db: DbOrTx, userId: string): Promise<MentorshipView[]> {
  return mentorshipQuery(db).where(isSide(userId)).orderBy(desc(mentorships.startedAt));
}

export async function updateAgreement(
  db: DbOrTx,
  id: string,
  values: { goals: string; frequency: string; lengthWeeks: number; agreedAt: Date },
): Promise<void> {
  await db.update(mentorships).set(values).where(eq(mentorships.id, id));
}

export async function closeMentorship(
  db: DbOrTx,
  id: string,
  side: 'mentee' | 'mentor',
  reflection: string,
  now: Date,
): Promise<void> {
  const set = side === 'mentee' ? { menteeReflection: reflection } : { mentorReflection: reflection };
  await db
    .update(mentorships)
    .set({ ...set, closedAt: sql`coalesce(${mentorships.closedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(mentorships.id, id));
}

export async function insertConversation(
  db: DbOrTx,
  values: typeof mentorshipConversations.$inferInsert,
): Promise<string> {
  const rows = await db.insert(mentorshipConversations).values(values).returning({ id: mentorshipConversations.id });
  const row = rows[0];
  if (!row) throw new Error('insert into mentorship_conversations returned no row');
  return row.id;
}

export async function listConversations(db: DbOrTx, mentorshipId: string) {
  return db
    .select()
    .from(mentorshipConversations)
    .where(eq(mentorshipConversations.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipConversations.startsAt));
}

export async function insertNote(db: DbOrTx, values: typeof mentorshipNotes.$inferInsert): Promise<void> {
  await db.insert(mentorshipNotes).values(values);
}

/** Only the author's own notes: the other side's are never selected. */
export async function listOwnNotes(db: DbOrTx, mentorshipId: string, authorId: string) {
  return db
    .select({ id: mentorshipNotes.id, body: mentorshipNotes.body, createdAt: mentorshipNotes.createdAt })
    .from(mentorshipNotes)
    .where(and(eq(mentorshipNotes.mentorshipId, mentorshipId), eq(mentorshipNotes.authorId, authorId)))
    .orderBy(desc(mentorshipNotes.createdAt));
}

// ---- the request sweep (reminder on day 5, expiry on day 7) ----

/** Marks pending requests due a reminder as reminded, returning them; a second run finds none (idempotent). */
export async function claimReminders(db: DbOrTx, remindBefore: Date, now: Date): Promise<RequestView[]> {
  const rows = await db
    .update(mentorshipRequests)
    .set({ remindedAt: now })
    .where(
      and(
        eq(mentorshipRequests.status, 'pending'),
        isNull(mentorshipRequests.remindedAt),
        lte(mentorshipRequests.createdAt, remindBefore),
      ),
    )
    .returning({ id: mentorshipRequests.id });
  return fetchRequests(
    db,
    rows.map((r) => r.id),
  );
}

/** Expires pending requests past their date, returning them; a second run finds none (idempotent). */
export async function claimExpired(db: DbOrTx, now: Date): Promise<RequestView[]> {
  const rows = await db
    .update(mentorshipRequests)
    .set({ status: 'expired' })
    .where(and(eq(mentorshipRequests.status, 'pending'), lte(mentorshipRequests.expiresAt, now)))
    .returning({ id: mentorshipRequests.id });
  return fetchRequests(
    db,
    rows.map((r) => r.id),
  );
}

async function fetchRequests(db: DbOrTx, ids: string[]): Promise<RequestView[]> {
  if (ids.length === 0) return [];
  return requestQuery(db).where(inArray(mentorshipRequests.id, ids)).orderBy(asc(mentorshipRequests.createdAt));
}

/** The mentee withdraws their own pending request (conditional, like an answer: only a pending request changes). */
export async function withdrawRequest(db: DbOrTx, id: string, menteeId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(mentorshipRequests)
    .set({ status: 'withdrawn', answeredAt: now })
    .where(
      and(
        eq(mentorshipRequests.id, id),
        eq(mentorshipRequests.menteeId, menteeId),
        eq(mentorshipRequests.status, 'pending'),
      ),
    )
    .returning({ id: mentorshipRequests.id });
  return rows.length > 0;
}

// ---- the admin's review of suggestions (migration 0015) ----

export async function isReviewRequired(db: DbOrTx): Promise<boolean> {
  const rows = await db.select().from(mentorshipReviewSettings).limit(1);
  return rows[0]?.reviewRequired ?? false;
}

export async function setReviewRequired(db: DbOrTx, reviewRequired: boolean, adminId: string, now: Date) {
  await db
    .insert(mentorshipReviewSettings)
    .values({ id: true, reviewRequired, updatedAt: now, updatedBy: adminId })
    .onConflictDoUpdate({
      target: mentorshipReviewSettings.id,
      set: { reviewRequired, updatedAt: now, updatedBy: adminId },
    });
}

export type ReviewDecision = 'approved' | 'withheld';

/** Every decision, as "menteeId mentorId" -> decision. */
export async function listReviewDecisions(db: DbOrTx): Promise<Map<string, ReviewDecision>> {
  const rows = await db
    .select({
      menteeId: mentorMatchReviews.menteeId,
      mentorId: mentorMatchReviews.mentorId,
      decision: mentorMatchReviews.decision,
    })
    .from(mentorMatchReviews);
  return new Map(rows.map((r) => [`${r.menteeId} ${r.mentorId}`, r.decision as ReviewDecision]));
}

export async function saveReviewDecision(
  db: DbOrTx,
  values: { menteeId: string; mentorId: string; decision: ReviewDecision; reviewedBy: string; reviewedAt: Date },
) {
  await db
    .insert(mentorMatchReviews)
    .values(values)
    .onConflictDoUpdate({
      target: [mentorMatchReviews.menteeId, mentorMatchReviews.mentorId],
      set: { decision: values.decision, reviewedBy: values.reviewedBy, reviewedAt: values.reviewedAt },
    });
}

export async function displayNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
