// Tables of the licensure rules: one row per rule set, and every version of it kept, so a plan or an hours log can
// say which version it was measured against. The SQL that creates them is migrations/0002_licensure_pathways.sql;
// keep the two in step.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { RuleSet } from '#contracts/licensure.js';
import { users } from './core.js';

/** A rule set by id (`US-TX:LPC`); `currentVersion` points at the version in force. */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: text('id').primaryKey(),
    jurisdiction: text('jurisdiction').notNull(),
    license: text('license').notNull(),
    currentVersion: integer('current_version').notNull(),
    /** Hash of the shipped rule set last read from data/licensure/rules.json; null for one an admin created. */
    shippedHash: text('shipped_hash'),
    /** A newer shipped rule set held back because an admin's version is current (see ADR 0009-rule-set-versions). */
    pendingShipped: jsonb('pending_shipped').$type<RuleSet>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rule_sets_jurisdiction_idx').on(t.jurisdiction)],
);

/** Every version of every rule set, never changed once written. */
export const ruleSetVersions = pgTable(
  'rule_set_versions',
  {
    ruleSetId: text('rule_set_id')
      .notNull()
      .references(() => ruleSets.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The whole rule set as RuleSetSchema validates it, its `version` equal to this row's. */
    body: jsonb('body').$type<RuleSet>().notNull(),
    /** shipped: loaded from the data file; admin: written through the API. */
    origin: text('origin').notNull(),
    /** Hash of the body without its version: the same rules written twice hash alike. */
    contentHash: text('content_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ruleSetId, t.version] }),
    check('rule_set_versions_origin_check', sql`${t.origin} in ('shipped', 'admin')`),
    check('rule_set_versions_version_check', sql`${t.version} >= 1`),
  ],
);
