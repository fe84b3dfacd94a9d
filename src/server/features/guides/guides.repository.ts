import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { CommentStatus, GuideOrigin, GuideStatus, GuideSummary, PublicComment } from '#contracts/guides.js';
import type { CauseId, ScaleId } from '#contracts/vocabulary.js';
import type { DbOrTx } from '#server/db/client.js';
import { careers } from '#server/db/schema/core.js';
import { commentNotifications, guideComments, guides } from '#server/db/schema/guides.js';

// ---------------------------------------------------------------------------------------------
// Guides

export interface GuideRecord extends GuideSummary {
  id: string;
  body: string;
  careerIds: string[];
  sortOrder: number | null;
  contentHash: string | null;
  updatedAt: Date;
}

export type GuideValues = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  careerIds: string[];
  causes: CauseId[];
  author: string;
  date: string;
  status: GuideStatus;
  origin: GuideOrigin;
  sortOrder: number | null;
  sourceFile: string | null;
  contentHash: string | null;
};

const summaryColumns = {
  slug: guides.slug,
  title: guides.title,
  summary: guides.summary,
  tags: guides.tags,
  causes: guides.causes,
  author: guides.author,
  date: guides.publishedOn,
  status: guides.status,
  origin: guides.origin,
};

const recordColumns = {
  ...summaryColumns,
  id: guides.id,
  body: guides.body,
  careerIds: guides.careerIds,
  sortOrder: guides.sortOrder,
  contentHash: guides.contentHash,
  updatedAt: guides.updatedAt,
};

type SummaryRow = Omit<GuideSummary, 'causes' | 'status' | 'origin'> & {
  causes: string[];
  status: string;
  origin: string;
};

/** Rows hold vocabulary ids as text; they were checked before they were written and the response schema re-checks them. */
function toSummary<T extends SummaryRow>(row: T): Omit<T, keyof GuideSummary> & GuideSummary {
  return row as unknown as Omit<T, keyof GuideSummary> & GuideSummary;
}

/** The reading order: numbered guides first, then the rest newest first; the same order everywhere. */
const READING_ORDER = [
  sql`${guides.sortOrder} asc nulls last`,
  desc(guides.publishedOn),
  asc(guides.title),
  asc(guides.slug),
];

function toRow(values: GuideValues) {
  const { date, ...rest } = values;
  return { ...rest, publishedOn: date, searchText: values.tags.map((t) => t.replaceAll('-', ' ')).join(' ') };
}

export async function listPublishedGuides(
  db: DbOrTx,
  options: { tsquery: string | null; tag: string | undefined; limit: number; offset: number },
): Promise<{ items: GuideSummary[]; total: number }> {
  const where: SQL[] = [eq(guides.status, 'published')];
  if (options.tag) where.push(sql`${guides.tags} @> array[${options.tag}]::text[]`);
  const query = options.tsquery ? sql`to_tsquery('english', ${options.tsquery})` : null;
  // A query of stop words only ("the") parses to an empty tsquery: it filters nothing.
  if (query) where.push(sql`(numnode(${query}) = 0 or ${guides.searchVector} @@ ${query})`);
  const rows = await db
    .select({ ...summaryColumns, total: sql<number>`count(*) over ()` })
    .from(guides)
    .where(and(...where))
    .orderBy(...(query ? [desc(sql`ts_rank(${guides.searchVector}, ${query})`)] : []), ...READING_ORDER)
    .limit(options.limit)
    .offset(options.offset);
  const total = rows[0] ? Number(rows[0].total) : 0;
  return { items: rows.map(({ total: _total, ...row }) => toSummary(row)), total };
}

export async function listPublishedTags(db: DbOrTx): Promise<{ tag: string; count: number }[]> {
  const result = await db.execute(sql`
    select tag, count(*)::int as count
    from ${guides}, unnest(${guides.tags}) as tag
    where ${guides.status} = 'published'
    group by tag
    order by count(*) desc, tag asc`);
  return (result as unknown as { rows: { tag: string; count: number }[] }).rows.map((r) => ({
    tag: r.tag,
    count: Number(r.count),
  }));
}

export async function listAllGuides(db: DbOrTx): Promise<GuideSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(guides)
    .orderBy(desc(sql`${guides.status} = 'draft'`), ...READING_ORDER);
  return rows.map(toSummary);
}

export async function findGuideBySlug(db: DbOrTx, slug: string): Promise<GuideRecord | null> {
  const rows = await db.select(recordColumns).from(guides).where(eq(guides.slug, slug)).limit(1);
  return rows[0] ? toSummary(rows[0]) : null;
}

export interface GuidePageRecord extends GuideRecord {
  previous: { slug: string; title: string } | null;
  next: { slug: string; title: string } | null;
  careers: { id: string; title: string; scale: ScaleId | null }[];
}

/**
 * Everything a guide page shows, in one round trip: the guide, its neighbours in the reading
 * order (published guides only), and its related careers in the guide's order.
 */
export async function findGuidePage(db: DbOrTx, slug: string): Promise<GuidePageRecord | null> {
  const result = await db.execute(sql`
    with ordered as (
      select id,
        lag(slug) over w as prev_slug, lag(title) over w as prev_title,
        lead(slug) over w as next_slug, lead(title) over w as next_title
      from guides
      where status = 'published'
      window w as (order by sort_order asc nulls last, published_on desc, title asc, slug asc)
    )
    select g.id, g.slug, g.title, g.summary, g.body, g.tags, g.career_ids, g.causes, g.author,
      to_char(g.published_on, 'YYYY-MM-DD') as date, g.status, g.origin, g.sort_order, g.content_hash, g.updated_at,
      o.prev_slug, o.prev_title, o.next_slug, o.next_title,
      coalesce((
        select json_agg(json_build_object('id', c.id, 'title', c.title, 'scale', c.scale)
          order by array_position(g.career_ids, c.id))
        from careers c where c.id = any(g.career_ids)
      ), '[]'::json) as careers
    from guides g
    left join ordered o on o.id = g.id
    where g.slug = ${slug}`);
  const row = (
    result as unknown as {
      rows: {
        id: string;
        slug: string;
        title: string;
        summary: string;
        body: string;
        tags: string[];
        career_ids: string[];
        causes: string[];
        author: string;
        date: string;
        status: string;
        origin: string;
        sort_order: number | null;
        content_hash: string | null;
        updated_at: Date | string;
        prev_slug: string | null;
        prev_title: string | null;
        next_slug: string | null;
        next_title: string | null;
        careers: { id: string; title: string; scale: string | null }[] | string;
      }[];
    }
  ).rows[0];
  if (!row) return null;
  const careerLinks = typeof row.careers === 'string' ? JSON.parse(row.careers) : row.careers;
  return {
    ...toSummary({
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      tags: row.tags,
      causes: row.causes,
      author: row.author,
      date: row.date,
      status: row.status,
      origin: row.origin,
    }),
    id: row.id,
    body: row.body,
    careerIds: row.career_ids,
    sortOrder: row.sort_order,
    contentHash: row.content_hash,
    updatedAt: new Date(row.updated_at),
    previous: row.prev_slug && row.prev_title ? { slug: row.prev_slug, title: row.prev_title } : null,
    next: row.next_slug && row.next_title ? { slug: row.next_slug, title: row.next_title } : null,
    careers: careerLinks as GuidePageRecord['careers'],
  };
}

export async function listExistingCareerIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: careers.id }).from(careers).where(inArray(careers.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function insertGuide(db: DbOrTx, values: GuideValues, userId: string | null): Promise<void> {
  await db.insert(guides).values({ ...toRow(values), createdBy: userId, updatedBy: userId });
}

export async function updateGuide(db: DbOrTx, id: string, values: GuideValues, userId: string | null): Promise<void> {
  await db
    .update(guides)
    .set({ ...toRow(values), updatedBy: userId, updatedAt: new Date() })
    .where(eq(guides.id, id));
}

export async function listGuidesForLoader(
  db: DbOrTx,
): Promise<{ id: string; slug: string; origin: string; status: string; contentHash: string | null }[]> {
  return db
    .select({
      id: guides.id,
      slug: guides.slug,
      origin: guides.origin,
      status: guides.status,
      contentHash: guides.contentHash,
    })
    .from(guides);
}

export async function setGuideStatus(db: DbOrTx, id: string, status: GuideStatus): Promise<void> {
  await db.update(guides).set({ status, updatedAt: new Date() }).where(eq(guides.id, id));
}

// ---------------------------------------------------------------------------------------------
// Comments

/** The public columns of a comment. The email column is deliberately not among them. */
const publicCommentColumns = {
  id: guideComments.id,
  parentId: guideComments.parentId,
  authorName: guideComments.authorName,
  website: guideComments.authorWebsite,
  comment: guideComments.body,
  createdAt: guideComments.createdAt,
  isStaff: guideComments.isStaff,
};

function toPublicComment(row: {
  id: string;
  parentId: string | null;
  authorName: string;
  website: string | null;
  comment: string;
  createdAt: Date;
  isStaff: boolean;
}): PublicComment {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

export interface CommentRecord {
  id: string;
  guideId: string;
  parentId: string | null;
  userId: string | null;
  authorName: string;
  authorEmail: string;
  body: string;
  status: CommentStatus;
  notifyOnReply: boolean;
}

const recordCommentColumns = {
  id: guideComments.id,
  guideId: guideComments.guideId,
  parentId: guideComments.parentId,
  userId: guideComments.userId,
  authorName: guideComments.authorName,
  authorEmail: guideComments.authorEmail,
  body: guideComments.body,
  status: guideComments.status,
  notifyOnReply: guideComments.notifyOnReply,
};

/** A guide's slug and title by id (for the link in a reply notice). */
export async function findGuideLink(db: DbOrTx, id: string): Promise<{ slug: string; title: string } | null> {
  const rows = await db.select({ slug: guides.slug, title: guides.title }).from(guides).where(eq(guides.id, id));
  return rows[0] ?? null;
}

export async function findComment(db: DbOrTx, id: string): Promise<CommentRecord | null> {
  const rows = await db.select(recordCommentColumns).from(guideComments).where(eq(guideComments.id, id)).limit(1);
  const row = rows[0];
  return row ? { ...row, status: row.status as CommentStatus } : null;
}

/** How moderators have treated an email address so far. */
export async function findCommenterStanding(db: DbOrTx, email: string): Promise<{ approved: number; spam: number }> {
  const rows = await db
    .select({
      approved: sql<number>`count(*) filter (where ${guideComments.status} = 'approved')`,
      spam: sql<number>`count(*) filter (where ${guideComments.status} = 'spam')`,
    })
    .from(guideComments)
    .where(and(eq(guideComments.authorEmail, email), inArray(guideComments.status, ['approved', 'spam'])));
  return { approved: Number(rows[0]?.approved ?? 0), spam: Number(rows[0]?.spam ?? 0) };
}

export async function insertComment(
  db: DbOrTx,
  values: {
    guideId: string;
    parentId: string | null;
    userId: string | null;
    authorName: string;
    authorEmail: string;
    authorWebsite: string | null;
    body: string;
    status: CommentStatus;
    isStaff: boolean;
    notifyOnReply: boolean;
  },
): Promise<PublicComment> {
  const rows = await db.insert(guideComments).values(values).returning(publicCommentColumns);
  const row = rows[0];
  if (!row) throw new Error('insert into guide_comments returned no row');
  return toPublicComment(row);
}

/** The guide's published-comment counters (kept by a trigger on guide_comments). */
export async function countApprovedComments(db: DbOrTx, guideId: string): Promise<{ total: number; threads: number }> {
  const rows = await db
    .select({ total: guides.approvedComments, threads: guides.approvedThreads })
    .from(guides)
    .where(eq(guides.id, guideId));
  return { total: rows[0]?.total ?? 0, threads: rows[0]?.threads ?? 0 };
}

type ThreadRow = {
  id: string;
  parent_id: string | null;
  author_name: string;
  author_website: string | null;
  body: string;
  created_at: Date | string;
  is_staff: boolean;
  total: number | null;
  threads: number | null;
};

function rowToPublicComment(row: ThreadRow): PublicComment {
  return {
    id: row.id,
    parentId: row.parent_id,
    authorName: row.author_name,
    website: row.author_website,
    comment: row.body,
    createdAt: new Date(row.created_at).toISOString(),
    isStaff: Boolean(row.is_staff),
  };
}

function byTime(a: PublicComment, b: PublicComment): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A page of published top-level comments, oldest first, each with its published replies, and the
 * guide's comment counters, in one round trip: a busy guide's page asks for this on every visit.
 * Replies are found through the guide's own index, so the cost is bounded by that guide's comments
 * whatever the planner's statistics say.
 */
export async function listApprovedThreads(
  db: DbOrTx,
  guide: { slug: string; statuses: GuideStatus[] },
  options: { limit: number; offset: number },
): Promise<{ items: (PublicComment & { replies: PublicComment[] })[]; total: number; threads: number } | null> {
  const result = await db.execute(sql`
    with g as materialized (
      select id, approved_comments, approved_threads from guides
      where slug = ${guide.slug} and status in ${guide.statuses}
    ),
    parents as materialized (
      select c.id, c.parent_id, c.author_name, c.author_website, c.body, c.created_at, c.is_staff
      from guide_comments c
      where c.guide_id = (select id from g) and c.status = 'approved' and c.parent_id is null
      order by c.created_at asc, c.id asc
      limit ${options.limit} offset ${options.offset}
    )
    select id, parent_id, author_name, author_website, body, created_at, is_staff,
      (select approved_comments from g) as total, (select approved_threads from g) as threads
    from parents
    union all
    select r.id, r.parent_id, r.author_name, r.author_website, r.body, r.created_at, r.is_staff, null, null
    from guide_comments r
    where r.guide_id = (select id from g)
      and r.status = 'approved'
      and r.parent_id = any(array(select id from parents))`);
  const rows = (result as unknown as { rows: ThreadRow[] }).rows;
  const first = rows.find((row) => row.parent_id === null);
  // No rows: no such guide, or nothing on this page; the caller tells the two apart.
  if (!first) return null;
  const threads: (PublicComment & { replies: PublicComment[] })[] = [];
  const repliesOf = new Map<string, PublicComment[]>();
  for (const row of rows) {
    if (row.parent_id === null) {
      const thread = { ...rowToPublicComment(row), replies: [] as PublicComment[] };
      repliesOf.set(thread.id, thread.replies);
      threads.push(thread);
    }
  }
  for (const row of rows) {
    if (row.parent_id !== null) repliesOf.get(row.parent_id)?.push(rowToPublicComment(row));
  }
  threads.sort(byTime);
  for (const replies of repliesOf.values()) replies.sort(byTime);
  return { items: threads, total: Number(first.total ?? 0), threads: Number(first.threads ?? 0) };
}

export async function setCommentStatus(
  db: DbOrTx,
  id: string,
  status: CommentStatus,
  moderatorId: string,
  now: Date,
): Promise<void> {
  await db
    .update(guideComments)
    .set({ status, moderatedAt: now, moderatedBy: moderatorId })
    .where(eq(guideComments.id, id));
}

export interface ModerationRow {
  id: string;
  guide: { slug: string; title: string };
  parentId: string | null;
  parentBody: string | null;
  authorName: string;
  website: string | null;
  comment: string;
  createdAt: Date;
  status: CommentStatus;
  approvedBefore: number;
  isSignedIn: boolean;
}

export async function listModerationQueue(
  db: DbOrTx,
  options: { status: CommentStatus; limit: number; offset: number },
): Promise<{ items: ModerationRow[]; total: number }> {
  // The email only joins comments to their author's record here; it is never selected.
  const result = await db.execute(sql`
    select c.id, c.parent_id, c.author_name, c.author_website, c.body, c.created_at, c.status,
      c.user_id is not null as is_signed_in, g.slug, g.title, p.body as parent_body,
      (select count(*) from guide_comments o where o.author_email = c.author_email and o.status = 'approved')::int
        as approved_before,
      count(*) over ()::int as total
    from guide_comments c
    join guides g on g.id = c.guide_id
    left join guide_comments p on p.id = c.parent_id
    where c.status = ${options.status}
    order by c.created_at asc, c.id asc
    limit ${options.limit} offset ${options.offset}`);
  const rows = (
    result as unknown as {
      rows: {
        id: string;
        parent_id: string | null;
        author_name: string;
        author_website: string | null;
        body: string;
        created_at: Date | string;
        status: string;
        is_signed_in: boolean;
        slug: string;
        title: string;
        parent_body: string | null;
        approved_before: number;
        total: number;
      }[];
    }
  ).rows;
  return {
    total: rows[0] ? Number(rows[0].total) : 0,
    items: rows.map((r) => ({
      id: r.id,
      guide: { slug: r.slug, title: r.title },
      parentId: r.parent_id,
      parentBody: r.parent_body,
      authorName: r.author_name,
      website: r.author_website,
      comment: r.body,
      createdAt: new Date(r.created_at),
      status: r.status as CommentStatus,
      approvedBefore: Number(r.approved_before),
      isSignedIn: Boolean(r.is_signed_in),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Reply notifications

export async function insertReplyNotification(
  db: DbOrTx,
  values: {
    commentId: string;
    replyId: string;
    recipientEmail: string;
    recipientUserId: string | null;
    outboxId?: string | null;
  },
): Promise<void> {
  await db.insert(commentNotifications).values(values).onConflictDoNothing();
}

/** Deletes the notices of a reply; returns the outbox rows they pointed at (to withdraw the mail not yet sent). */
export async function deleteReplyNotifications(db: DbOrTx, replyId: string): Promise<string[]> {
  const rows = await db
    .delete(commentNotifications)
    .where(eq(commentNotifications.replyId, replyId))
    .returning({ outboxId: commentNotifications.outboxId });
  return rows.flatMap((r) => (r.outboxId ? [r.outboxId] : []));
}

// By account only: accounts do not prove they own their email address, so matching on the address
// would let anyone who signs up with it learn which comments that address wrote.
function recipientFilter(recipient: { userId: string }): SQL {
  return sql`n.recipient_user_id = ${recipient.userId}`;
}

export interface NotificationRow {
  id: string;
  guide: { slug: string; title: string };
  commentId: string;
  replyId: string;
  replyAuthorName: string;
  replyBody: string;
  createdAt: Date;
  isRead: boolean;
  emailDelivery: 'emailed' | 'queued' | 'failed' | 'not-emailed';
}

/** The outbox row's status, in the words of the notification view (ADR 0024). */
function deliveryOf(outboxStatus: string | null): NotificationRow['emailDelivery'] {
  if (outboxStatus === null) return 'not-emailed';
  if (outboxStatus === 'sent') return 'emailed';
  if (outboxStatus === 'given-up') return 'failed';
  if (outboxStatus === 'withdrawn') return 'not-emailed';
  // queued, sending (leased), failed (a retry is due later)
  return 'queued';
}

/** Replies to comments the person wrote while signed in, newest first. */
export async function listReplyNotifications(
  db: DbOrTx,
  recipient: { userId: string },
  limit: number,
): Promise<NotificationRow[]> {
  const result = await db.execute(sql`
    select n.id, n.comment_id, n.reply_id, n.created_at, n.read_at is not null as is_read, o.status as outbox_status,
      r.author_name, r.body, g.slug, g.title
    from comment_notifications n
    join guide_comments r on r.id = n.reply_id and r.status = 'approved'
    join guides g on g.id = r.guide_id
    left join mail_outbox o on o.id = n.outbox_id
    where ${recipientFilter(recipient)}
    order by n.created_at desc, n.id desc
    limit ${limit}`);
  const rows = (
    result as unknown as {
      rows: {
        id: string;
        comment_id: string;
        reply_id: string;
        created_at: Date | string;
        is_read: boolean;
        outbox_status: string | null;
        author_name: string;
        body: string;
        slug: string;
        title: string;
      }[];
    }
  ).rows;
  return rows.map((r) => ({
    id: r.id,
    guide: { slug: r.slug, title: r.title },
    commentId: r.comment_id,
    replyId: r.reply_id,
    replyAuthorName: r.author_name,
    replyBody: r.body,
    createdAt: new Date(r.created_at),
    isRead: Boolean(r.is_read),
    emailDelivery: deliveryOf(r.outbox_status),
  }));
}

export async function countUnreadReplyNotifications(db: DbOrTx, recipient: { userId: string }): Promise<number> {
  const result = await db.execute(sql`
    select count(*)::int as unread
    from comment_notifications n
    join guide_comments r on r.id = n.reply_id and r.status = 'approved'
    where n.read_at is null and ${recipientFilter(recipient)}`);
  return Number((result as unknown as { rows: { unread: number }[] }).rows[0]?.unread ?? 0);
}

export async function markReplyNotificationsRead(db: DbOrTx, recipient: { userId: string }): Promise<void> {
  await db.execute(sql`
    update comment_notifications n set read_at = now()
    where n.read_at is null and ${recipientFilter(recipient)}`);
}

// ---------------------------------------------------------------------------------------------
// Personal data

export async function listCommentsByUser(db: DbOrTx, userId: string) {
  return db
    .select({
      id: guideComments.id,
      guide: guides.slug,
      parentId: guideComments.parentId,
      name: guideComments.authorName,
      email: guideComments.authorEmail,
      website: guideComments.authorWebsite,
      comment: guideComments.body,
      status: guideComments.status,
      notifyOnReply: guideComments.notifyOnReply,
      createdAt: guideComments.createdAt,
    })
    .from(guideComments)
    .innerJoin(guides, eq(guides.id, guideComments.guideId))
    .where(eq(guideComments.userId, userId))
    .orderBy(asc(guideComments.createdAt));
}
