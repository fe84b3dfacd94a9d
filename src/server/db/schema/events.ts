// Tables of community events; created by migrations/0014_events.sql, 0016, 0019 and 0021 (keep them in step).
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './core.js';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizerId: uuid('organizer_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  causes: jsonb('causes').$type<string[]>().notNull().default([]),
  careers: jsonb('careers').$type<string[]>().notNull().default([]),
  startLocal: text('start_local').notNull(),
  timeZone: text('time_zone').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  startsAt: at('starts_at').notNull(),
  seriesEndsAt: at('series_ends_at'),
  recurrenceRule: text('recurrence_rule'),
  excludedDates: jsonb('excluded_dates').$type<string[]>().notNull().default([]),
  isOnline: boolean('is_online').notNull(),
  place: text('place'),
  onlineUrl: text('online_url'),
  capacity: integer('capacity'),
  ceHours: real('ce_hours'),
  /** The "ZIP" or "City, ST" the point was resolved from (migration 0019). */
  near: text('near'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  status: text('status').notNull(),
  reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
  reviewedAt: at('reviewed_at'),
  sequence: integer('sequence').notNull().default(0),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const eventRegistrations = pgTable('event_registrations', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  state: text('state').notNull(),
  registeredAt: at('registered_at').notNull(),
  /** Arrival order, the waiting list's tie-breaker when two registrations carry the same instant. */
  arrival: bigint('arrival', { mode: 'number' }).generatedAlwaysAsIdentity(),
  offerExpiresAt: at('offer_expires_at'),
  claimTokenHash: text('claim_token_hash'),
  attended: boolean('attended').notNull().default(false),
});

export const eventFeedTokens = pgTable('event_feed_tokens', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  createdAt: at('created_at').notNull(),
});

/** A person's renewal target for their CE log, typed from their board's rules (migration 0019). */
export const ceRenewalGoals = pgTable('ce_renewal_goals', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  license: text('license').notNull(),
  cycleStartsOn: date('cycle_starts_on', { mode: 'string' }).notNull(),
  renewsOn: date('renews_on', { mode: 'string' }).notNull(),
  hoursRequired: real('hours_required').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/** One changed date of a recurring event, keyed by its original start (RECURRENCE-ID) (migration 0021). */
export const eventOccurrenceChanges = pgTable(
  'event_occurrence_changes',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    recurrenceId: at('recurrence_id').notNull(),
    startLocal: text('start_local').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    title: text('title'),
    cancelled: boolean('cancelled').notNull().default(false),
    updatedAt: at('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.eventId, table.recurrenceId] })],
);

/** The organizer's confirmation that a registered person attended one date of a series (migration 0021). */
export const eventOccurrenceAttendance = pgTable(
  'event_occurrence_attendance',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    recurrenceId: at('recurrence_id').notNull(),
    confirmedAt: at('confirmed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.registrationId, table.recurrenceId] })],
);
