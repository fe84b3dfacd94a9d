// Tables of the mail layer; created by migrations/0007_mail_outbox.sql and 0008_mail_links.sql, changed by 0020 and
// 0024 (keep them in step).
// ADRs 0018 and 0024.
import {
  boolean,
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

/** Every message, written in the transaction of the change that caused it; a worker delivers it. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    /** Deleting an account deletes the mail about it (addresses and links are personal data). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    /** The Message-ID header, fixed when the row is written: a resend after a crash is the same message. */
    messageId: text('message_id').notNull(),
    /**
     * queued -> sending (leased) -> sent | failed (retried later) -> given-up; queued | failed -> withdrawn (0020);
     * sending with withdrawnAt set -> sent | withdrawn (0024).
     */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /**
     * When what caused the message was taken back (0024). Set with status 'withdrawn' on a row not yet out; on a row
     * being sent at that moment it stays 'sending' and this column stops any retry: a failed attempt ends 'withdrawn'.
     */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('mail_outbox_message_id_unique').on(t.messageId),
    index('mail_outbox_created_idx').on(t.createdAt),
    index('mail_outbox_user_idx').on(t.userId),
  ],
);

/** One-time links sent by mail; only the SHA-256 of the token is stored. */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    /** The address the link was sent to (for an email change: the new address). */
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('account_tokens_hash_unique').on(t.tokenHash),
    index('account_tokens_user_idx').on(t.userId, t.purpose),
  ],
);

/** Which notices a person wants; a topic without a row has its default (contracts/mail-preferences.ts). */
export const mailPreferences = pgTable(
  'mail_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'mail_preferences_pk', columns: [t.userId, t.topic] })],
);

/** The unsubscribe link of one notice; only the SHA-256 of its token is stored. */
export const mailUnsubscribeLinks = pgTable(
  'mail_unsubscribe_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mail_unsubscribe_links_user_idx').on(t.userId)],
);

/** A periodic message that went out to a person for a period (e.g. an ISO week): claimed once, by one process. */
export const mailDigestRuns = pgTable(
  'mail_digest_runs',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'mail_digest_runs_pk', columns: [t.userId, t.kind, t.period] })],
);
