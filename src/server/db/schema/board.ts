// Tables of the experience board: organizations, their opportunities, applications, saved listings,
// volunteer hours, reminders and the shipped place list. The SQL is migrations/0006_board.sql.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector, users } from './core.js';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    mission: text('mission').notNull(),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    location: text('location').notNull(),
    website: text('website'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_name_idx').on(sql`lower(${t.name})`)],
);

/** Membership is what lets an account manage an organization and see its applications. */
export const organizationMembers = pgTable(
  'organization_members',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('organization_members_user_idx').on(t.userId)],
);

/** An invitation to an email address; the account holding that email accepts it and becomes a member. */
export const organizationInvites = pgTable(
  'organization_invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('organization_invites_pending_unique')
      .on(t.organizationId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null`),
    index('organization_invites_email_idx').on(sql`lower(${t.email})`),
  ],
);

export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    /** Markdown with any HTML removed on the way in; rendered by the board's Markdown subset. */
    description: text('description').notNull(),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    careerIds: text('career_ids').array().notNull().default(sql`'{}'::text[]`),
    isRemote: boolean('is_remote').notNull().default(false),
    address: text('address'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    hoursPerWeek: doublePrecision('hours_per_week').notNull(),
    startDate: date('start_date', { mode: 'string' }),
    /** Null means ongoing. */
    endDate: date('end_date', { mode: 'string' }),
    countsAsPlacement: boolean('counts_as_placement').notNull().default(false),
    placementLicense: text('placement_license'),
    hasLicensedSupervisor: boolean('has_licensed_supervisor').notNull().default(false),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    questions: text('questions').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('draft'),
    /** Why a closed listing closed: manual, ended (past its end date) or stale (60 days without an update). */
    closedReason: text('closed_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Organization name, skills, causes and place, kept by the repository so they are searchable. */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', search_text), 'B') || setweight(to_tsvector('english', coalesce(description, '')), 'C')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('opportunities_search_idx').using('gin', t.searchVector),
    index('opportunities_causes_idx').using('gin', t.causes),
    index('opportunities_careers_idx').using('gin', t.careerIds),
    index('opportunities_org_idx').on(t.organizationId),
    index('opportunities_open_geo_idx').on(t.lat, t.lon).where(sql`${t.status} = 'open' and ${t.lat} is not null`),
    index('opportunities_open_published_idx').on(t.publishedAt).where(sql`${t.status} = 'open'`),
    index('opportunities_open_end_idx').on(t.endDate).where(sql`${t.status} = 'open'`),
    index('opportunities_open_updated_idx').on(t.updatedAt).where(sql`${t.status} = 'open'`),
    check('opportunities_kind_check', sql`${t.kind} in ('volunteer', 'internship', 'field-placement', 'entry-job')`),
    check('opportunities_status_check', sql`${t.status} in ('draft', 'open', 'closed')`),
    check('opportunities_hours_check', sql`${t.hoursPerWeek} > 0 and ${t.hoursPerWeek} <= 80`),
    check(
      'opportunities_dates_check',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
    check(
      'opportunities_coords_check',
      sql`(${t.lat} is null and ${t.lon} is null) or (${t.lat} between -90 and 90 and ${t.lon} between -180 and 180)`,
    ),
    check('opportunities_place_check', sql`${t.isRemote} or ${t.lat} is not null`),
  ],
);

export type ApplicationAnswer = { question: string; answer: string };

export const opportunityApplications = pgTable(
  'opportunity_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('new'),
    answers: jsonb('answers').$type<ApplicationAnswer[]>().notNull(),
    note: text('note'),
    /** Contact details the applicant chose to share with the organization (migration 0009). */
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** The organization's optional message with its decision. */
    decisionMessage: text('decision_message'),
    /** When the organization first moved the application on: the basis of its typical response time. */
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('opportunity_applications_once').on(t.opportunityId, t.applicantId),
    index('opportunity_applications_applicant_idx').on(t.applicantId),
    index('opportunity_applications_new_idx').on(t.createdAt).where(sql`${t.status} = 'new'`),
    /** The daily digest reads a day's applications (migration 0020). */
    index('opportunity_applications_created_idx').on(t.createdAt),
    check(
      'opportunity_applications_status_check',
      sql`${t.status} in ('new', 'reviewing', 'accepted', 'declined', 'withdrawn')`,
    ),
  ],
);

/** The two-way thread on one application: its applicant and the organization's members (migration 0009). */
export const applicationMessages = pgTable(
  'application_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => opportunityApplications.id, { onDelete: 'cascade' }),
    /** Null once the author's account is deleted; the message stays in the thread. */
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    fromOrganization: boolean('from_organization').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_messages_application_idx').on(t.applicationId, t.createdAt)],
);

export const savedOpportunities = pgTable(
  'saved_opportunities',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.opportunityId] })],
);

/** Hours an accepted volunteer logs against an opportunity; the organization confirms or rejects each entry. */
export const volunteerHours = pgTable(
  'volunteer_hours',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => opportunityApplications.id, { onDelete: 'cascade' }),
    workDate: date('work_date', { mode: 'string' }).notNull(),
    hours: doublePrecision('hours').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').notNull().default('pending'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('volunteer_hours_application_idx').on(t.applicationId),
    check('volunteer_hours_status_check', sql`${t.status} in ('pending', 'confirmed', 'rejected')`),
    check('volunteer_hours_hours_check', sql`${t.hours} > 0 and ${t.hours} <= 24`),
  ],
);

/** One reminder per application left in "new" for more than 7 days; written by the idempotent sweep. */
export const boardReminders = pgTable(
  'board_reminders',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => opportunityApplications.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('board_reminders_org_idx').on(t.organizationId)],
);

/** Shipped list of city names with approximate coordinates, for "within 25 km of Denver". */
export const boardPlaces = pgTable(
  'board_places',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    state: text('state').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
  },
  (t) => [index('board_places_name_idx').on(sql`lower(${t.name})`)],
);
