// Tables of the matching feature: saved self-assessments and the careers a person set aside.
// The SQL that creates them is migrations/0001_matching.sql; keep the two in step.
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SavedProfile, SavedResult } from '#contracts/matching.js';
import { careers, users } from './core.js';

/** One completed self-assessment: the answers and the full ranking they gave, kept so a retake can compare. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** curated or all: which careers were ranked; a retake compares against the last one in the same scope. */
    scope: text('scope').notNull(),
    profile: jsonb('profile').$type<SavedProfile>().notNull(),
    motivations: text('motivations').array().notNull().default(sql`'{}'::text[]`),
    /** Every career in scope, best first: { id, title, score }; the place is the position. */
    results: jsonb('results').$type<SavedResult[]>().notNull(),
  },
  (t) => [
    index('assessments_user_created_idx').on(t.userId, t.createdAt),
    check('assessments_scope_check', sql`${t.scope} in ('curated', 'all')`),
  ],
);

/** Careers a person does not want to see in their matches; left out of every ranking until removed. */
export const matchDismissals = pgTable(
  'match_dismissals',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    careerId: text('career_id')
      .notNull()
      .references(() => careers.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.careerId] })],
);
