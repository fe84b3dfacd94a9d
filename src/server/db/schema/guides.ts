// Tables of the guides feature; created by migrations/0003_guides.sql and 0017_comment_notice_outbox.sql (keep them in step).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector, users } from './core.js';
import { mailOutbox } from './mail.js';

export const guides = pgTable(
  'guides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown; rendered by the web app's safe subset renderer, never as HTML. */
    body: text('body').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    careerIds: text('career_ids').array().notNull().default(sql`'{}'::text[]`),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    author: text('author').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    /** Place in the reading sequence (previous/next); null sorts after the numbered guides, newest first. */
    sortOrder: integer('sort_order'),
    /** draft | published */
    status: text('status').notNull(),
    /** repository: loaded from data/guides and kept in step by the loader; admin: the loader never touches it. */
    origin: text('origin').notNull(),
    sourceFile: text('source_file'),
    /** SHA-256 of the source file, so an unchanged file is not rewritten. */
    contentHash: text('content_hash'),
    /** Tags as words, kept by the repository (arrays cannot feed a generated column). */
    searchText: text('search_text').notNull().default(''),
    /** Published comments (and top-level ones) on this guide; kept by a trigger in 0003_guides.sql, never written here. */
    approvedComments: integer('approved_comments').notNull().default(0),
    approvedThreads: integer('approved_threads').notNull().default(0),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '') || ' ' || search_text), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')`,
    ),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('guides_slug_unique').on(t.slug),
    index('guides_search_idx').using('gin', t.searchVector),
    index('guides_tags_idx').using('gin', t.tags),
    index('guides_status_order_idx').on(t.status, t.sortOrder, t.publishedOn),
    check('guides_status_check', sql`${t.status} in ('draft', 'published')`),
    check('guides_origin_check', sql`${t.origin} in ('repository', 'admin')`),
  ],
);

export const guideComments = pgTable(
  'guide_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    guideId: uuid('guide_id')
      .notNull()
      .references(() => guides.id, { onDelete: 'cascade' }),
    /** Replies go one level deep: a parent always has a null parent_id (the service enforces it). */
    parentId: uuid('parent_id').references((): AnyPgColumn => guideComments.id, { onDelete: 'cascade' }),
    /** Written while signed in: the comment is that person's data and goes with their account. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    authorName: text('author_name').notNull(),
    /** Lowercased. Never selected for a public response; it only decides moderation and notifications. */
    authorEmail: text('author_email').notNull(),
    authorWebsite: text('author_website'),
    body: text('body').notNull(),
    /** pending | approved | rejected | spam */
    status: text('status').notNull(),
    isStaff: boolean('is_staff').notNull().default(false),
    notifyOnReply: boolean('notify_on_reply').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    moderatedBy: uuid('moderated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('guide_comments_guide_status_idx').on(t.guideId, t.status, t.createdAt),
    index('guide_comments_parent_idx').on(t.parentId),
    /** A page of conversations reads exactly its rows, in order. */
    index('guide_comments_threads_idx')
      .on(t.guideId, t.createdAt, t.id)
      .where(sql`${t.status} = 'approved' AND ${t.parentId} IS NULL`),
    index('guide_comments_email_status_idx').on(t.authorEmail, t.status),
    index('guide_comments_status_created_idx').on(t.status, t.createdAt),
    check('guide_comments_status_check', sql`${t.status} in ('pending', 'approved', 'rejected', 'spam')`),
  ],
);

/** "Someone replied to your comment": stored for the app, and mailed through the outbox to account holders who want it. */
export const commentNotifications = pgTable(
  'comment_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => guideComments.id, { onDelete: 'cascade' }),
    replyId: uuid('reply_id')
      .notNull()
      .references(() => guideComments.id, { onDelete: 'cascade' }),
    recipientEmail: text('recipient_email').notNull(),
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** The message queued for this notice; null when none was (no account, topic turned off). Its status says if it went. */
    outboxId: uuid('outbox_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('comment_notifications_reply_comment_unique').on(t.replyId, t.commentId),
    index('comment_notifications_email_idx').on(t.recipientEmail),
    index('comment_notifications_user_idx').on(t.recipientUserId),
  ],
);
