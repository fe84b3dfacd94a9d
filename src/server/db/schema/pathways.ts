// Tables of the pathway planner: a person's saved plans, the checklist steps they ticked or dated, the steps they
// added, and their target dates per stage. The roadmap itself is not stored: it is rebuilt from the shipped facts
// and the rule set version the plan records. The SQL is migrations/0002_licensure_pathways.sql; keep them in step.
import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core.js';
import { ruleSetVersions } from './licensure.js';

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    careerId: text('career_id').notNull(),
    /** The rule set and the exact version the plan is measured against (both null for a plan without one). */
    ruleSetId: text('rule_set_id'),
    ruleSetVersion: integer('rule_set_version'),
    stage: text('stage').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plans_user_idx').on(t.userId, t.createdAt),
    foreignKey({
      name: 'plans_rule_set_version_fk',
      columns: [t.ruleSetId, t.ruleSetVersion],
      foreignColumns: [ruleSetVersions.ruleSetId, ruleSetVersions.version],
    }),
  ],
);

/** A generated checklist step the person ticked or gave a target date. */
export const planStepStates = pgTable(
  'plan_step_states',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    stepId: text('step_id').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    targetDate: date('target_date', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.stepId] })],
);

/** A step the person added to a stage themselves. */
export const planOwnSteps = pgTable(
  'plan_own_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    stageId: text('stage_id').notNull(),
    text: text('text').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    targetDate: date('target_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_own_steps_plan_idx').on(t.planId, t.createdAt)],
);

/** The person's target end date for a stage; the projection uses it instead of the stated length. */
export const planStageTargets = pgTable(
  'plan_stage_targets',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    stageId: text('stage_id').notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.stageId] })],
);
