// Tables of the resilience feature: check-in instruments, the person's check-ins, daily self-care log,
// reflection journal and the summaries they chose to share. Everything but the instruments belongs to one
// person and is read only by them (see resilience.repository.ts: every query is scoped by user_id).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Instrument, ShareSnapshot, SubscaleScore } from '#contracts/checkin.js';
import { users } from './core.js';

export const resilienceInstruments = pgTable('resilience_instruments', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  /** The validated instrument file, as loaded. */
  definition: jsonb('definition').$type<Instrument>().notNull(),
  /** Shipped in data/instruments (reloaded on start); otherwise loaded by an admin. */
  isShipped: boolean('is_shipped').notNull().default(false),
  contentHash: text('content_hash').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const resilienceSettings = pgTable(
  'resilience_settings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    cadence: text('cadence').notNull(),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => resilienceInstruments.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('resilience_settings_cadence_check', sql`${t.cadence} in ('weekly', 'fortnightly', 'monthly')`)],
);

export const resilienceCheckins = pgTable(
  'resilience_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => resilienceInstruments.id),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    /** Scored when taken, so a later edit of the instrument never rewrites the person's history. */
    scores: jsonb('scores').$type<SubscaleScore[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('resilience_checkins_user_date_idx').on(t.userId, t.takenOn)],
);

export const resilienceSelfCareDays = pgTable(
  'resilience_self_care_days',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    logDate: date('log_date', { mode: 'string' }).notNull(),
    sleepHours: doublePrecision('sleep_hours'),
    activityMinutes: integer('activity_minutes'),
    mealsRating: smallint('meals_rating'),
    breaksTaken: smallint('breaks_taken'),
    boundaries: text('boundaries'),
    supportContact: text('support_contact'),
    mood: smallint('mood'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.logDate] }),
    // The API refuses these first with a clear message; the checks keep any other writer honest.
    check('resilience_self_care_sleep_check', sql`${t.sleepHours} between 0 and 24`),
    check('resilience_self_care_activity_check', sql`${t.activityMinutes} between 0 and 1440`),
    check('resilience_self_care_meals_check', sql`${t.mealsRating} between 1 and 5`),
    check('resilience_self_care_breaks_check', sql`${t.breaksTaken} between 0 and 50`),
    check('resilience_self_care_boundaries_check', sql`${t.boundaries} in ('kept', 'crossed')`),
    check(
      'resilience_self_care_support_check',
      sql`${t.supportContact} in ('none', 'supervision', 'peer-support', 'both')`,
    ),
    check('resilience_self_care_mood_check', sql`${t.mood} between 1 and 5`),
  ],
);

export const resilienceJournalEntries = pgTable(
  'resilience_journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entryDate: date('entry_date', { mode: 'string' }).notNull(),
    tag: text('tag').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('resilience_journal_user_date_idx').on(t.userId, t.entryDate),
    check('resilience_journal_tag_check', sql`${t.tag} in ('win', 'challenge', 'lesson')`),
  ],
);

export const resilienceShares = pgTable(
  'resilience_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the link token: the link cannot be rebuilt from the table. */
    tokenHash: text('token_hash').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    subscales: text('subscales').array().notNull(),
    includeSelfCare: boolean('include_self_care').notNull(),
    note: text('note'),
    /** Frozen at creation: what the person chose to give, and nothing that was logged later. */
    snapshot: jsonb('snapshot').$type<ShareSnapshot>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('resilience_shares_token_idx').on(t.tokenHash), index('resilience_shares_user_idx').on(t.userId)],
);
