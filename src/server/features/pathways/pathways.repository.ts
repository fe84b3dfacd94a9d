import { and, asc, desc, eq } from 'drizzle-orm';
import type { CurrentStage } from '#contracts/pathways.js';
import type { DbOrTx } from '#server/db/client.js';
import { planOwnSteps, planStageTargets, planStepStates, plans } from '#server/db/schema/pathways.js';

export interface PlanRow {
  id: string;
  userId: string;
  title: string;
  careerId: string;
  ruleSetId: string | null;
  ruleSetVersion: number | null;
  stage: CurrentStage;
  startDate: string;
  createdAt: Date;
  updatedAt: Date;
}

const planColumns = {
  id: plans.id,
  userId: plans.userId,
  title: plans.title,
  careerId: plans.careerId,
  ruleSetId: plans.ruleSetId,
  ruleSetVersion: plans.ruleSetVersion,
  stage: plans.stage,
  startDate: plans.startDate,
  createdAt: plans.createdAt,
  updatedAt: plans.updatedAt,
};

type SelectedPlan = Omit<PlanRow, 'stage'> & { stage: string };
// The stage column holds a CurrentStage id; only the service writes it, after validating.
const toPlanRow = (row: SelectedPlan): PlanRow => ({ ...row, stage: row.stage as CurrentStage });

export async function insertPlan(
  db: DbOrTx,
  values: Pick<PlanRow, 'userId' | 'title' | 'careerId' | 'ruleSetId' | 'ruleSetVersion' | 'stage' | 'startDate'>,
): Promise<PlanRow> {
  const rows = await db.insert(plans).values(values).returning(planColumns);
  const row = rows[0];
  if (!row) throw new Error('insert into plans returned no row');
  return toPlanRow(row);
}

/** A plan of this user; null when it does not exist or belongs to someone else (the caller answers 404 either way). */
export async function findOwnPlan(db: DbOrTx, userId: string, planId: string): Promise<PlanRow | null> {
  const rows = await db
    .select(planColumns)
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.userId, userId)))
    .limit(1);
  return rows[0] ? toPlanRow(rows[0]) : null;
}

export async function listOwnPlans(db: DbOrTx, userId: string): Promise<PlanRow[]> {
  const rows = await db
    .select(planColumns)
    .from(plans)
    .where(eq(plans.userId, userId))
    .orderBy(desc(plans.updatedAt), asc(plans.id));
  return rows.map(toPlanRow);
}

export async function updatePlan(
  db: DbOrTx,
  planId: string,
  patch: Partial<Pick<PlanRow, 'title' | 'stage' | 'startDate' | 'ruleSetVersion'>>,
): Promise<void> {
  await db
    .update(plans)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(plans.id, planId));
}

export async function deletePlan(db: DbOrTx, userId: string, planId: string): Promise<boolean> {
  const rows = await db
    .delete(plans)
    .where(and(eq(plans.id, planId), eq(plans.userId, userId)))
    .returning({ id: plans.id });
  return rows.length > 0;
}

export interface StepState {
  stepId: string;
  doneAt: Date | null;
  targetDate: string | null;
}

export async function listStepStates(db: DbOrTx, planId: string): Promise<StepState[]> {
  return db
    .select({ stepId: planStepStates.stepId, doneAt: planStepStates.doneAt, targetDate: planStepStates.targetDate })
    .from(planStepStates)
    .where(eq(planStepStates.planId, planId));
}

export async function upsertStepState(
  db: DbOrTx,
  planId: string,
  stepId: string,
  patch: { doneAt?: Date | null; targetDate?: string | null },
): Promise<void> {
  await db
    .insert(planStepStates)
    .values({ planId, stepId, doneAt: patch.doneAt ?? null, targetDate: patch.targetDate ?? null })
    .onConflictDoUpdate({ target: [planStepStates.planId, planStepStates.stepId], set: patch });
}

export interface OwnStep {
  id: string;
  stageId: string;
  text: string;
  doneAt: Date | null;
  targetDate: string | null;
}

const ownStepColumns = {
  id: planOwnSteps.id,
  stageId: planOwnSteps.stageId,
  text: planOwnSteps.text,
  doneAt: planOwnSteps.doneAt,
  targetDate: planOwnSteps.targetDate,
};

export async function listOwnSteps(db: DbOrTx, planId: string): Promise<OwnStep[]> {
  return db
    .select(ownStepColumns)
    .from(planOwnSteps)
    .where(eq(planOwnSteps.planId, planId))
    .orderBy(asc(planOwnSteps.createdAt), asc(planOwnSteps.id));
}

export async function insertOwnStep(
  db: DbOrTx,
  values: { planId: string; stageId: string; text: string; targetDate: string | null },
): Promise<OwnStep> {
  const rows = await db.insert(planOwnSteps).values(values).returning(ownStepColumns);
  const row = rows[0];
  if (!row) throw new Error('insert into plan_own_steps returned no row');
  return row;
}

/** Updates an own step of this plan; false when the plan has no such step. */
export async function updateOwnStep(
  db: DbOrTx,
  planId: string,
  stepId: string,
  patch: { doneAt?: Date | null; targetDate?: string | null },
): Promise<boolean> {
  const rows = await db
    .update(planOwnSteps)
    .set(patch)
    .where(and(eq(planOwnSteps.planId, planId), eq(planOwnSteps.id, stepId)))
    .returning({ id: planOwnSteps.id });
  return rows.length > 0;
}

export async function deleteOwnStep(db: DbOrTx, planId: string, stepId: string): Promise<boolean> {
  const rows = await db
    .delete(planOwnSteps)
    .where(and(eq(planOwnSteps.planId, planId), eq(planOwnSteps.id, stepId)))
    .returning({ id: planOwnSteps.id });
  return rows.length > 0;
}

export async function listStageTargets(db: DbOrTx, planId: string): Promise<Record<string, string>> {
  const rows = await db
    .select({ stageId: planStageTargets.stageId, targetDate: planStageTargets.targetDate })
    .from(planStageTargets)
    .where(eq(planStageTargets.planId, planId));
  return Object.fromEntries(rows.map((r) => [r.stageId, r.targetDate]));
}

export async function setStageTarget(
  db: DbOrTx,
  planId: string,
  stageId: string,
  targetDate: string | null,
): Promise<void> {
  if (targetDate === null) {
    await db
      .delete(planStageTargets)
      .where(and(eq(planStageTargets.planId, planId), eq(planStageTargets.stageId, stageId)));
    return;
  }
  await db
    .insert(planStageTargets)
    .values({ planId, stageId, targetDate })
    .onConflictDoUpdate({ target: [planStageTargets.planId, planStageTargets.stageId], set: { targetDate } });
}
