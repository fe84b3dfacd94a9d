// Tables of the initiative builder: plans (one versioned JSON document each), the people a plan is shared with,
// and its read-only share link. The SQL is migrations/0011_initiatives.sql (keep the two in step). ADR 0029.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { PlanDocument } from '#contracts/initiative.js';
import { users } from './core.js';

export const initiativePlans = pgTable(
  'initiative_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    template: text('template').notNull(),
    document: jsonb('document').$type<PlanDocument>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('initiative_plans_owner_idx').on(t.ownerId)],
);

/** A co-owner or viewer, invited by email; `userId` is set when the invited account accepts. */
export const initiativeMembers = pgTable(
  'initiative_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => initiativePlans.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('initiative_members_plan_email_unique').on(t.planId, sql`lower(${t.email})`),
    index('initiative_members_user_idx').on(t.userId),
    index('initiative_members_email_idx').on(sql`lower(${t.email})`),
    check('initiative_members_role_check', sql`${t.role} in ('co-owner', 'viewer')`),
  ],
);

/** At most one live read-only link per plan; the token is kept only as a SHA-256 hash. */
export const initiativeShareLinks = pgTable(
  'initiative_share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => initiativePlans.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('initiative_share_links_token_unique').on(t.tokenHash),
    uniqueIndex('initiative_share_links_live_unique').on(t.planId).where(sql`${t.revokedAt} is null`),
  ],
);
