// Tables of the supervised hours log. The SQL that creates them (with the triggers that keep verified entries
// locked and the audit trail append-only) is migrations/0005_hours.sql; keep the two in step.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
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
import { users } from './core.js';
import { ruleSets } from './licensure.js';

/** The license a trainee works toward: one rule set (measured at its current version). */
export const hoursGoals = pgTable('hours_goals', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  ruleSetId: text('rule_set_id')
    .notNull()
    .references(() => ruleSets.id, { onDelete: 'cascade' }),
  /** The date the qualifying degree was conferred (migration 0012): limits the pre-degree hours that count. */
  degreeDate: date('degree_date', { mode: 'string' }),
  /**
   * The date whose rules apply (migration 0023): the version of the rule set in force on it measures the log.
   * Null: today. Set it to the day supervised experience began where the board lets earlier residents finish
   * under the old rule (ADR 0025).
   */
  rulesDate: date('rules_date', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A supervision agreement: invited by the trainee, accepted by the supervisor with their license recorded. */
export const hoursSupervisions = pgTable(
  'hours_supervisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traineeId: uuid('trainee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Set on acceptance; null while invited (and after the supervisor deleted their account). */
    supervisorId: uuid('supervisor_id').references(() => users.id, { onDelete: 'set null' }),
    inviteEmail: text('invite_email').notNull(),
    status: text('status').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** The supervisor's name when they accepted, kept for the trainee's record. */
    supervisorName: text('supervisor_name'),
    licenseType: text('license_type'),
    licenseNumber: text('license_number'),
    licenseJurisdiction: text('license_jurisdiction'),
    licenseExpires: date('license_expires', { mode: 'string' }),
    /** The day the license became valid (migration 0012); null when the supervisor did not give it. */
    licenseValidFrom: date('license_valid_from', { mode: 'string' }),
    /** Whether the supervisor holds the state's supervisor credential (e.g. LPC-S; migration 0018); null: not said. */
    holdsSupervisorCredential: boolean('holds_supervisor_credential'),
    /** From when they hold it; null when not given (only with holdsSupervisorCredential true). */
    supervisorCredentialFrom: date('supervisor_credential_from', { mode: 'string' }),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** SHA-256 of the emailed invitation link's token (migrations/0008): following it proves the invited address. */
    inviteTokenHash: text('invite_token_hash'),
  },
  (t) => [
    check('hours_supervisions_status_check', sql`${t.status} in ('invited', 'active', 'ended', 'removed', 'declined')`),
    check('hours_supervisions_dates_check', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    check(
      'hours_supervisions_license_dates_check',
      sql`${t.licenseValidFrom} IS NULL OR ${t.licenseExpires} IS NULL OR ${t.licenseValidFrom} <= ${t.licenseExpires}`,
    ),
    check(
      'hours_supervisions_credential_from_check',
      sql`${t.supervisorCredentialFrom} IS NULL OR ${t.holdsSupervisorCredential} IS TRUE`,
    ),
    index('hours_supervisions_trainee_idx').on(t.traineeId),
    index('hours_supervisions_supervisor_idx').on(t.supervisorId),
    index('hours_supervisions_invite_email_idx').on(sql`lower(${t.inviteEmail})`),
    uniqueIndex('hours_supervisions_invite_token_unique').on(t.inviteTokenHash),
    uniqueIndex('hours_supervisions_open_unique')
      .on(t.traineeId, sql`lower(${t.inviteEmail})`)
      .where(sql`${t.status} IN ('invited', 'active')`),
  ],
);

/** One logged session. Minutes are whole quarter hours. */
export const hoursEntries = pgTable(
  'hours_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entryDate: date('entry_date', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    category: text('category').notNull(),
    site: text('site').notNull(),
    supervisionId: uuid('supervision_id').references(() => hoursSupervisions.id, { onDelete: 'set null' }),
    /** A supervisor named in an imported file who matches none of the agreements. */
    supervisorName: text('supervisor_name'),
    note: text('note'),
    status: text('status').notNull().default('unverified'),
    source: text('source').notNull().default('manual'),
    /** For placement hours: the experience board's hours id, so a second pull skips it. */
    sourceRef: text('source_ref'),
    importId: uuid('import_id'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by').references(() => users.id, { onDelete: 'set null' }),
    verifiedByName: text('verified_by_name'),
    returnComment: text('return_comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('hours_entries_minutes_check', sql`${t.minutes} BETWEEN 15 AND 1440 AND ${t.minutes} % 15 = 0`),
    check(
      'hours_entries_category_check',
      sql`${t.category} in ('direct', 'indirect', 'supervision-individual', 'supervision-group')`,
    ),
    check('hours_entries_status_check', sql`${t.status} in ('unverified', 'verified', 'returned')`),
    check('hours_entries_source_check', sql`${t.source} in ('manual', 'import', 'placement')`),
    index('hours_entries_user_date_idx').on(t.userId, t.entryDate),
    index('hours_entries_supervision_idx').on(t.supervisionId, t.status, t.entryDate),
    index('hours_entries_import_idx').on(t.importId).where(sql`${t.importId} IS NOT NULL`),
    uniqueIndex('hours_entries_source_ref_unique')
      .on(t.userId, t.source, t.sourceRef)
      .where(sql`${t.sourceRef} IS NOT NULL`),
  ],
);

/** Raised by triggers on every write to a trainee's entries; lets the app reuse a parsed log while it is current. */
export const hoursLogVersions = pgTable('hours_log_versions', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  version: bigint('version', { mode: 'number' }).notNull().default(1),
});

/** The append-only trail (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export const hoursAuditEvents = pgTable(
  'hours_audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    traineeId: uuid('trainee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id'),
    supervisionId: uuid('supervision_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    details: jsonb('details').$type<AuditDetails>().notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('hours_audit_events_trainee_idx').on(t.traineeId, t.id),
    index('hours_audit_events_supervision_idx').on(t.supervisionId, t.id),
    index('hours_audit_events_entry_idx').on(t.entryId),
  ],
);

/** What an audit event stores beyond its columns. */
export interface AuditDetails {
  summary?: string;
  changes?: { field: string; from: string | null; to: string | null }[];
  comment?: string | null;
  /** For a verification: in the app (absent) or with an emailed one-tap link. */
  method?: 'app' | 'email-link';
}

export const hoursIdempotencyKeys = pgTable(
  'hours_idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** Hash of the request body: the same key with a different body is refused. */
    requestHash: text('request_hash').notNull(),
    entryId: uuid('entry_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'hours_idempotency_keys_pk', columns: [t.userId, t.key] })],
);

/** What a sign-off link was sent for: each entry as it stood (a later change refuses the link). */
export interface SignOffLinkEntry {
  id: string;
  /** updated_at in epoch milliseconds when the message was written. */
  version: number;
  /** How the message described it, to say which entry changed. */
  label: string;
}

/** One-tap sign-off links from supervisor messages (migrations/0008_mail_links.sql, ADR 0024). */
export const hoursSignOffLinks = pgTable(
  'hours_signoff_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    supervisionId: uuid('supervision_id')
      .notNull()
      .references(() => hoursSupervisions.id, { onDelete: 'cascade' }),
    entries: jsonb('entries').$type<SignOffLinkEntry[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('hours_signoff_links_hash_unique').on(t.tokenHash),
    index('hours_signoff_links_supervisor_idx').on(t.supervisorId),
    index('hours_signoff_links_supervision_idx').on(t.supervisionId),
  ],
);
