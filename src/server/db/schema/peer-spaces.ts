// Tables of peer spaces; created by migrations/0015_mentorship_review_and_peer_spaces.sql (keep the two in step).
import { boolean, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core.js';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const peerSpaces = pgTable('peer_spaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  kind: text('kind').notNull(),
  isMembersOnly: boolean('is_members_only').notNull().default(false),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const peerSpaceMembers = pgTable(
  'peer_space_members',
  {
    spaceId: uuid('space_id')
      .notNull()
      .references(() => peerSpaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: at('joined_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] })],
);

export const peerPosts = pgTable('peer_posts', {
  id: uuid('id').primaryKey().defaultRandom(),
  spaceId: uuid('space_id')
    .notNull()
    .references(() => peerSpaces.id, { onDelete: 'cascade' }),
  /** Null for a thread's opening post; set for a reply. */
  threadId: uuid('thread_id'),
  authorId: uuid('author_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  title: text('title'),
  body: text('body').notNull(),
  status: text('status').notNull(),
  isLocked: boolean('is_locked').notNull().default(false),
  createdAt: at('created_at').notNull(),
  moderatedBy: uuid('moderated_by').references(() => users.id, { onDelete: 'set null' }),
  moderatedAt: at('moderated_at'),
});

export const peerPostReports = pgTable(
  'peer_post_reports',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => peerPosts.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: at('created_at').notNull(),
    resolvedAt: at('resolved_at'),
  },
  (t) => [primaryKey({ columns: [t.postId, t.reporterId] })],
);
