// Tables of mentorship; created by migrations/0010_mentorship.sql and 0015_mentorship_review.sql (keep them in step). ADR 0027, 0022.
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core.js';

const person = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });
const list = (name: string) => jsonb(name).$type<string[]>().notNull().default([]);
const at = (name: string) => timestamp(name, { withTimezone: true });

export const mentorProfiles = pgTable('mentor_profiles', {
  userId: person('user_id').primaryKey(),
  headline: text('headline').notNull().default(''),
  careers: list('careers'),
  yearsInField: integer('years_in_field').notNull().default(0),
  scales: list('scales'),
  causes: list('causes'),
  populations: list('populations'),
  helpWith: list('help_with'),
  stages: list('stages'),
  values: list('values'),
  languages: list('languages'),
  mode: text('mode').notNull().default('either'),
  place: text('place'),
  availability: text('availability').notNull().default(''),
  capacity: integer('capacity').notNull(),
  isOpen: boolean('is_open').notNull().default(true),
  lastAnsweredAt: at('last_answered_at'),
  updatedAt: at('updated_at').notNull(),
});

export const menteeProfiles = pgTable('mentee_profiles', {
  userId: person('user_id').primaryKey(),
  goals: text('goals').notNull().default(''),
  careers: list('careers'),
  stage: text('stage').notNull(),
  scale: text('scale'),
  causes: list('causes'),
  populations: list('populations'),
  helpWith: list('help_with'),
  values: list('values'),
  languages: list('languages'),
  mode: text('mode').notNull().default('either'),
  place: text('place'),
  updatedAt: at('updated_at').notNull(),
});

export const mentorDismissals = pgTable(
  'mentor_dismissals',
  { menteeId: person('mentee_id'), mentorId: person('mentor_id'), createdAt: at('created_at').notNull() },
  (t) => [primaryKey({ columns: [t.menteeId, t.mentorId] })],
);

export const mentorshipRequests = pgTable('mentorship_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  menteeId: person('mentee_id'),
  mentorId: person('mentor_id'),
  message: text('message').notNull(),
  helpWith: list('help_with'),
  /** pending -> accepted | declined | expired | withdrawn */
  status: text('status').notNull().default('pending'),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  remindedAt: at('reminded_at'),
  answeredAt: at('answered_at'),
});

export const mentorships = pgTable('mentorships', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestId: uuid('request_id')
    .notNull()
    .references(() => mentorshipRequests.id, { onDelete: 'cascade' }),
  menteeId: person('mentee_id'),
  mentorId: person('mentor_id'),
  goals: text('goals').notNull().default(''),
  frequency: text('frequency').notNull().default(''),
  lengthWeeks: integer('length_weeks'),
  agreedAt: at('agreed_at'),
  startedAt: at('started_at').notNull(),
  closedAt: at('closed_at'),
  menteeReflection: text('mentee_reflection'),
  mentorReflection: text('mentor_reflection'),
});

export const mentorshipConversations = pgTable('mentorship_conversations', {
  id: uuid('id').primaryKey().defaultRandom(),
  mentorshipId: uuid('mentorship_id')
    .notNull()
    .references(() => mentorships.id, { onDelete: 'cascade' }),
  startsAt: at('starts_at').notNull(),
  minutes: integer('minutes').notNull(),
  topic: text('topic').notNull(),
  where: text('where').notNull().default(''),
  sequence: integer('sequence').notNull().default(0),
  createdAt: at('created_at').notNull(),
});

export const mentorshipNotes = pgTable('mentorship_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  mentorshipId: uuid('mentorship_id')
    .notNull()
    .references(() => mentorships.id, { onDelete: 'cascade' }),
  authorId: person('author_id'),
  body: text('body').notNull(),
  createdAt: at('created_at').notNull(),
});

/** One row (id = true): whether suggestions wait for an admin's approval. Migration 0015. */
export const mentorshipReviewSettings = pgTable('mentorship_review_settings', {
  id: boolean('id').primaryKey().default(true),
  reviewRequired: boolean('review_required').notNull().default(false),
  updatedAt: at('updated_at').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/** An admin's decision on one mentee-mentor pair ('approved' | 'withheld'). Migration 0015. */
export const mentorMatchReviews = pgTable(
  'mentor_match_reviews',
  {
    menteeId: person('mentee_id'),
    mentorId: person('mentor_id'),
    decision: text('decision').notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: at('reviewed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.menteeId, t.mentorId] })],
);
