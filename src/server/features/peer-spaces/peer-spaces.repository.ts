// All SQL of peer spaces. Reads that serve a person take their id: membership, own posts, own reports.
import { and, asc, count, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import { peerPostReports, peerPosts, peerSpaceMembers, peerSpaces } from '#server/db/schema/peer-spaces.js';

export type SpaceRow = typeof peerSpaces.$inferSelect;
export type PostRow = typeof peerPosts.$inferSelect & { authorName: string };

export async function listSpaces(db: DbOrTx) {
  return db.select().from(peerSpaces).orderBy(asc(peerSpaces.name));
}

export async function findSpaceBySlug(db: DbOrTx, slug: string) {
  const rows = await db.select().from(peerSpaces).where(eq(peerSpaces.slug, slug)).limit(1);
  return rows[0] ?? null;
}

export async function findSpaceById(db: DbOrTx, id: string) {
  const rows = await db.select().from(peerSpaces).where(eq(peerSpaces.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function memberCounts(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .select({ spaceId: peerSpaceMembers.spaceId, n: count() })
    .from(peerSpaceMembers)
    .groupBy(peerSpaceMembers.spaceId);
  return new Map(rows.map((r) => [r.spaceId, Number(r.n)]));
}

export async function spacesOf(db: DbOrTx, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ spaceId: peerSpaceMembers.spaceId })
    .from(peerSpaceMembers)
    .where(eq(peerSpaceMembers.userId, userId));
  return new Set(rows.map((r) => r.spaceId));
}

export async function join(db: DbOrTx, spaceId: string, userId: string, now: Date) {
  await db.insert(peerSpaceMembers).values({ spaceId, userId, joinedAt: now }).onConflictDoNothing();
}

export async function leave(db: DbOrTx, spaceId: string, userId: string) {
  await db
    .delete(peerSpaceMembers)
    .where(and(eq(peerSpaceMembers.spaceId, spaceId), eq(peerSpaceMembers.userId, userId)));
}

const postColumns = {
  id: peerPosts.id,
  spaceId: peerPosts.spaceId,
  threadId: peerPosts.threadId,
  authorId: peerPosts.authorId,
  title: peerPosts.title,
  body: peerPosts.body,
  status: peerPosts.status,
  isLocked: peerPosts.isLocked,
  createdAt: peerPosts.createdAt,
  moderatedBy: peerPosts.moderatedBy,
  moderatedAt: peerPosts.moderatedAt,
  authorName: users.displayName,
};

/** What a reader sees: approved posts, and their own pending ones. */
const visibleTo = (userId: string) =>
  or(eq(peerPosts.status, 'approved'), and(eq(peerPosts.status, 'pending'), eq(peerPosts.authorId, userId)));

export async function listThreads(
  db: DbOrTx,
  spaceId: string,
  userId: string,
): Promise<(PostRow & { replyCount: number })[]> {
  const rows = await db
    .select({
      ...postColumns,
      replyCount: sql<number>`(select count(*)::int from peer_posts r where r.thread_id = ${peerPosts.id} and r.status = 'approved')`,
    })
    .from(peerPosts)
    .innerJoin(users, eq(users.id, peerPosts.authorId))
    .where(and(eq(peerPosts.spaceId, spaceId), isNull(peerPosts.threadId), visibleTo(userId)))
    .orderBy(sql`${peerPosts.createdAt} desc`)
    .limit(200);
  return rows.map((r) => ({ ...r, replyCount: Number(r.replyCount) }));
}

export async function findPost(db: DbOrTx, id: string): Promise<PostRow | null> {
  const rows = await db
    .select(postColumns)
    .from(peerPosts)
    .innerJoin(users, eq(users.id, peerPosts.authorId))
    .where(eq(peerPosts.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function listReplies(db: DbOrTx, threadId: string, userId: string): Promise<PostRow[]> {
  return db
    .select(postColumns)
    .from(peerPosts)
    .innerJoin(users, eq(users.id, peerPosts.authorId))
    .where(and(eq(peerPosts.threadId, threadId), visibleTo(userId)))
    .orderBy(asc(peerPosts.createdAt));
}

export async function insertPost(db: DbOrTx, values: typeof peerPosts.$inferInsert): Promise<string> {
  const rows = await db.insert(peerPosts).values(values).returning({ id: peerPosts.id });
  const row = rows[0];
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** The author's standing, as for guide comments: posts a moderator approved and posts marked as spam. */
export async function authorStanding(db: DbOrTx, authorId: string) {
  const rows = await db
    .select({ status: peerPosts.status, n: count() })
    .from(peerPosts)
    .where(and(eq(peerPosts.authorId, authorId), inArray(peerPosts.status, ['approved', 'spam'])))
    .groupBy(peerPosts.status);
  const of = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { approvedBefore: of('approved'), spamBefore: of('spam') };
}

export async function setStatus(db: DbOrTx, id: string, status: string, moderatorId: string | null, now: Date) {
  await db.update(peerPosts).set({ status, moderatedBy: moderatorId, moderatedAt: now }).where(eq(peerPosts.id, id));
}

export async function setLocked(db: DbOrTx, id: string, isLocked: boolean, moderatorId: string, now: Date) {
  await db.update(peerPosts).set({ isLocked, moderatedBy: moderatorId, moderatedAt: now }).where(eq(peerPosts.id, id));
}

/** Moves a thread and its replies together. */
export async function moveThread(db: DbOrTx, threadId: string, spaceId: string) {
  await db
    .update(peerPosts)
    .set({ spaceId })
    .where(or(eq(peerPosts.id, threadId), eq(peerPosts.threadId, threadId)));
}

export async function insertReport(db: DbOrTx, values: typeof peerPostReports.$inferInsert) {
  await db.insert(peerPostReports).values(values).onConflictDoNothing();
}

export async function resolveReports(db: DbOrTx, postId: string, now: Date) {
  await db
    .update(peerPostReports)
    .set({ resolvedAt: now })
    .where(and(eq(peerPostReports.postId, postId), isNull(peerPostReports.resolvedAt)));
}

/** Pending posts and posts with open reports, oldest first. */
export async function moderationQueue(db: DbOrTx) {
  const reported = await db
    .select({ postId: peerPostReports.postId, reason: peerPostReports.reason, createdAt: peerPostReports.createdAt })
    .from(peerPostReports)
    .where(isNull(peerPostReports.resolvedAt));
  const ids = [...new Set(reported.map((r) => r.postId))];
  const posts = await db
    .select({ ...postColumns, spaceSlug: peerSpaces.slug, spaceName: peerSpaces.name })
    .from(peerPosts)
    .innerJoin(users, eq(users.id, peerPosts.authorId))
    .innerJoin(peerSpaces, eq(peerSpaces.id, peerPosts.spaceId))
    .where(
      ids.length > 0
        ? or(eq(peerPosts.status, 'pending'), inArray(peerPosts.id, ids))
        : eq(peerPosts.status, 'pending'),
    )
    .orderBy(asc(peerPosts.createdAt))
    .limit(500);
  return { posts, reported };
}

export async function postsBy(db: DbOrTx, userId: string) {
  return db.select().from(peerPosts).where(eq(peerPosts.authorId, userId));
}
