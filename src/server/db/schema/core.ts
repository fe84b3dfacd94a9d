// Tables of the foundation and the atlas. Every table is declared under db/schema/ (one file per feature);
// the SQL that creates it is a hand-written, numbered file in /migrations.
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Figure, RiasecProfile, WorkValuesProfile } from '#contracts/careers.js';

/** PostgreSQL's full-text document type, which drizzle has no column builder for. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the person followed a verification link sent to `email`; null until then (ADR 0018). */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Sessions live in the database so any number of app processes can serve the same users. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Shared counters for rate limits, so the limit holds across processes. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});

export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const careers = pgTable(
  'careers',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    socCode: text('soc_code'),
    socMatch: text('soc_match'),
    onetTitle: text('onet_title'),
    curated: boolean('curated').notNull().default(false),
    summary: text('summary'),
    sector: text('sector'),
    scale: text('scale'),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    settings: text('settings').array().notNull().default(sql`'{}'::text[]`),
    clientContact: text('client_contact'),
    emotionalDemand: text('emotional_demand'),
    minEducation: text('min_education'),
    typicalEducation: text('typical_education'),
    flexibleStudy: boolean('flexible_study'),
    licenseRequired: boolean('license_required'),
    licenses: text('licenses').array().notNull().default(sql`'{}'::text[]`),
    exams: text('exams').array().notNull().default(sql`'{}'::text[]`),
    qualities: text('qualities').array().notNull().default(sql`'{}'::text[]`),
    riasec: jsonb('riasec').$type<RiasecProfile>(),
    interestCode: text('interest_code'),
    jobZone: integer('job_zone'),
    workValues: jsonb('work_values').$type<WorkValuesProfile>(),
    onetSource: text('onet_source'),
    medianPay: jsonb('median_pay').$type<Figure>().notNull(),
    growthPct: jsonb('growth_pct').$type<Figure>().notNull(),
    employment: jsonb('employment').$type<Figure>().notNull(),
    blsEducation: text('bls_education'),
    outlookPeriod: text('outlook_period'),
    /** Extra words to search (licenses, exams, settings, alternative titles); kept by the repository. */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(onet_title, '')), 'B') || setweight(to_tsvector('english', coalesce(summary, '') || ' ' || search_text), 'C')`,
    ),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('careers_search_idx').using('gin', t.searchVector),
    index('careers_soc_idx').on(t.socCode),
    index('careers_curated_idx').on(t.curated),
  ],
);

export const careerLinks = pgTable(
  'career_links',
  {
    fromId: text('from_id')
      .notNull()
      .references(() => careers.id, { onDelete: 'cascade' }),
    toId: text('to_id')
      .notNull()
      .references(() => careers.id, { onDelete: 'cascade' }),
    /** onet-related: O*NET Related Occupations; scale-transition: a curated micro -> mezzo -> macro step. */
    kind: text('kind').notNull(),
    tier: integer('tier'),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId, t.kind] }), index('career_links_to_idx').on(t.toId)],
);
