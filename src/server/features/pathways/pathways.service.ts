import type { RuleSet } from '#contracts/licensure.js';
import type {
  CreatePlanBody,
  CreatePlanStepBody,
  PathwayOptions,
  PathwayPreviewQuery,
  PlanChecklistItem,
  PlanDetail,
  PlanList,
  PlanSummary,
  Roadmap,
  UpdatePlanBody,
  UpdatePlanStepBody,
} from '#contracts/pathways.js';
import { toListItem } from '#domain/licensure/rule-set-list-item.js';
import type { PlannerCareer } from '#domain/pathways/pathway-steps.js';
import { buildICalendar, planCalendarEvents } from '#domain/pathways/plan-calendar.js';
import {
  listStageOptions,
  PathwayPlanError,
  type PlanPathwayInput,
  planPathway,
} from '#domain/pathways/plan-pathway.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import type { PathwayReference } from './pathways.reference.js';
import type { PathwaysPorts } from './pathways-ports.port.js';

/** The shipped pathway data plus the ports to careers and licensure: what every planner function reads. */
export type PathwaysContext = PathwayReference & PathwaysPorts;

import * as repo from './pathways.repository.js';

const OWN_PREFIX = 'own-';

/** Where a field arrived: a saved plan names body fields, a preview names query fields. */
type Where = 'body' | 'query';

function badField(where: Where, field: string, message: string): AppError {
  return new AppError('BAD_REQUEST', message, [{ path: `${where}.${field}`, message }]);
}

async function loadCareer(
  db: DbOrTx,
  reference: PathwaysContext,
  careerId: string,
  where: Where,
): Promise<PlannerCareer> {
  try {
    return await reference.careerDetailOf(db, careerId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') {
      throw badField(where, 'careerId', `No career with id "${careerId}" in the atlas.`);
    }
    throw err;
  }
}

/**
 * The rule set a plan uses. `ruleSetId` names one outright; otherwise `jurisdiction` (plus `license` when that
 * jurisdiction has several for the career) picks the one that licenses the career there. Neither: no rule set.
 */
export async function chooseRuleSet(
  db: DbOrTx,
  reference: PathwaysPorts,
  career: PlannerCareer,
  choice: { ruleSetId?: string | null | undefined; jurisdiction?: string | undefined; license?: string | undefined },
  where: Where,
): Promise<RuleSet | null> {
  if (choice.ruleSetId) {
    let ruleSet: RuleSet;
    try {
      ruleSet = await reference.ruleSets.getRuleSet(db, choice.ruleSetId);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') {
        throw badField(where, 'ruleSetId', `No rule set with id "${choice.ruleSetId}".`);
      }
      throw err;
    }
    if (!ruleSet.careers.includes(career.id)) {
      throw badField(where, 'ruleSetId', `${ruleSet.id} (${ruleSet.title}) does not license ${career.title}.`);
    }
    return ruleSet;
  }
  if (!choice.jurisdiction) {
    if (choice.license) throw badField(where, 'license', 'license needs a jurisdiction (e.g. US-IL) to go with it.');
    return null;
  }
  const all = await reference.ruleSets.listCurrentRuleSets(db);
  const jurisdictions = [...new Set(all.map((r) => r.jurisdiction))].sort();
  if (!jurisdictions.includes(choice.jurisdiction)) {
    throw badField(
      where,
      'jurisdiction',
      `Vocare has no licensure rules for ${choice.jurisdiction}; it has rules for ${jurisdictions.join(', ')}.`,
    );
  }
  const forCareer = all.filter((r) => r.careers.includes(career.id));
  if (forCareer.length === 0) {
    throw badField(
      where,
      'jurisdiction',
      `Vocare holds no licensure rules for ${career.title} in any jurisdiction yet; plan without a jurisdiction.`,
    );
  }
  const here = forCareer.filter((r) => r.jurisdiction === choice.jurisdiction);
  if (here.length === 0) {
    const elsewhere = [...new Set(forCareer.map((r) => r.jurisdiction))].sort().join(', ');
    throw badField(
      where,
      'jurisdiction',
      `No rule set in ${choice.jurisdiction} licenses ${career.title}; Vocare has rules for it in ${elsewhere}.`,
    );
  }
  if (choice.license) {
    const match = here.find((r) => r.license.toLowerCase() === choice.license?.toLowerCase());
    if (!match) {
      throw badField(
        where,
        'license',
        `${choice.jurisdiction} has no ${choice.license} rule set for ${career.title}; it has ${here.map((r) => r.license).join(', ')}.`,
      );
    }
    return match;
  }
  const only = here[0];
  if (here.length > 1 || !only) {
    throw badField(
      where,
      'license',
      `${choice.jurisdiction} has ${here.length} licenses for ${career.title} (${here.map((r) => `${r.license}: ${r.title}`).join('; ')}); choose one with license.`,
    );
  }
  return only;
}

/** Runs the planner, turning its refusals into 400s that name the field. */
function runPlanner(input: PlanPathwayInput, where: Where): Roadmap {
  try {
    return planPathway(input);
  } catch (err) {
    if (err instanceof PathwayPlanError) throw badField(where, err.field, err.message);
    throw err;
  }
}

function plannerInput(
  reference: PathwaysContext,
  career: PlannerCareer,
  ruleSet: RuleSet | null,
  rest: Pick<PlanPathwayInput, 'stage' | 'startDate' | 'targets'>,
): PlanPathwayInput {
  return { career, route: reference.routes.get(career.id) ?? null, facts: reference.facts, ruleSet, ...rest };
}

/** A roadmap without saving anything (no account needed). */
export async function previewPathway(
  db: DbOrTx,
  reference: PathwaysContext,
  query: PathwayPreviewQuery,
  today: string,
): Promise<Roadmap> {
  const career = await loadCareer(db, reference, query.careerId, 'query');
  const ruleSet = await chooseRuleSet(db, reference, career, query, 'query');
  return runPlanner(
    plannerInput(reference, career, ruleSet, { stage: query.stage, startDate: query.startDate ?? today }),
    'query',
  );
}

/** What a person can choose for a career: the rule sets that license it and the stages that fit its road. */
export async function getPathwayOptions(
  db: DbOrTx,
  reference: PathwaysContext,
  careerId: string,
): Promise<PathwayOptions> {
  const career = await loadCareer(db, reference, careerId, 'query');
  const ruleSets = await reference.ruleSets.listCurrentRuleSets(db, { career: career.id });
  return {
    career: { id: career.id, title: career.title, licenseRequired: career.licenseRequired },
    ruleSets: ruleSets.map(toListItem),
    stages: listStageOptions({
      career,
      route: reference.routes.get(career.id) ?? null,
      facts: reference.facts,
      ruleSet: ruleSets[0] ?? null,
    }),
  };
}

// ---- saved plans ----

function toSummary(plan: repo.PlanRow, careerTitle: string): PlanSummary {
  return {
    id: plan.id,
    title: plan.title,
    careerId: plan.careerId,
    careerTitle,
    ruleSetId: plan.ruleSetId,
    ruleSetVersion: plan.ruleSetVersion,
    stage: plan.stage,
    startDate: plan.startDate,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

async function findPlanOr404(db: DbOrTx, userId: string, planId: string): Promise<repo.PlanRow> {
  const plan = await repo.findOwnPlan(db, userId, planId);
  // Someone else's plan answers exactly like a missing one, so ids reveal nothing.
  if (!plan) throw new AppError('NOT_FOUND', `No plan with id "${planId}".`);
  return plan;
}

interface BuiltPlan {
  plan: repo.PlanRow;
  detail: PlanDetail;
}

async function buildPlan(db: DbOrTx, reference: PathwaysContext, plan: repo.PlanRow): Promise<BuiltPlan> {
  const career = await reference.careerDetailOf(db, plan.careerId);
  const ruleSet =
    plan.ruleSetId && plan.ruleSetVersion !== null
      ? await reference.ruleSets.getRuleSet(db, plan.ruleSetId, plan.ruleSetVersion)
      : null;
  const targets = await repo.listStageTargets(db, plan.id);
  const roadmap = runPlanner(
    plannerInput(reference, career, ruleSet, { stage: plan.stage, startDate: plan.startDate, targets }),
    'body',
  );
  const states = new Map((await repo.listStepStates(db, plan.id)).map((s) => [s.stepId, s]));
  const own = await repo.listOwnSteps(db, plan.id);
  const ownItem = (step: repo.OwnStep): PlanChecklistItem => ({
    id: `${OWN_PREFIX}${step.id}`,
    text: step.text,
    origin: 'own',
    done: step.doneAt !== null,
    doneAt: step.doneAt?.toISOString() ?? null,
    targetDate: step.targetDate,
  });
  const stageIds = new Set(roadmap.stages.map((s) => s.id));
  const stages = roadmap.stages.map((stage) => ({
    ...stage,
    checklist: [
      ...stage.checklist.map((item): PlanChecklistItem => {
        const state = states.get(item.id);
        return {
          ...item,
          origin: 'generated',
          done: Boolean(state?.doneAt),
          doneAt: state?.doneAt?.toISOString() ?? null,
          targetDate: state?.targetDate ?? null,
        };
      }),
      ...own.filter((s) => s.stageId === stage.id).map(ownItem),
    ],
  }));
  const items = stages.flatMap((s) => s.checklist);
  let newerRuleSetVersion: number | null = null;
  if (plan.ruleSetId && plan.ruleSetVersion !== null) {
    const current = await reference.ruleSets.getRuleSet(db, plan.ruleSetId);
    if (current.version > plan.ruleSetVersion) newerRuleSetVersion = current.version;
  }
  return {
    plan,
    detail: {
      ...toSummary(plan, career.title),
      roadmap: { ...roadmap, stages },
      newerRuleSetVersion,
      progress: { done: items.filter((i) => i.done).length, total: items.length },
      otherSteps: own.filter((s) => !stageIds.has(s.stageId)).map((s) => ({ ...ownItem(s), stageId: s.stageId })),
    },
  };
}

export async function getPlan(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  planId: string,
): Promise<PlanDetail> {
  return (await buildPlan(db, reference, await findPlanOr404(db, userId, planId))).detail;
}

export async function listPlans(db: DbOrTx, reference: PathwaysContext, userId: string): Promise<PlanList> {
  const rows = await repo.listOwnPlans(db, userId);
  const titles = new Map<string, string>();
  for (const row of rows) {
    if (titles.has(row.careerId)) continue;
    const career = await reference.careerDetailOf(db, row.careerId).catch(() => null);
    titles.set(row.careerId, career?.title ?? row.careerId);
  }
  return { items: rows.map((row) => toSummary(row, titles.get(row.careerId) ?? row.careerId)) };
}

/** Saves a plan after the planner accepted it (an impossible stage stores nothing), recording the rule set version. */
export async function createPlan(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  body: CreatePlanBody,
): Promise<PlanDetail> {
  const career = await loadCareer(db, reference, body.careerId, 'body');
  const ruleSet = await chooseRuleSet(db, reference, career, body, 'body');
  runPlanner(plannerInput(reference, career, ruleSet, { stage: body.stage, startDate: body.startDate }), 'body');
  const title = body.title ?? (ruleSet ? `${career.title} in ${ruleSet.jurisdictionName}` : career.title);
  const plan = await repo.insertPlan(db, {
    userId,
    title,
    careerId: career.id,
    ruleSetId: ruleSet?.id ?? null,
    ruleSetVersion: ruleSet?.version ?? null,
    stage: body.stage,
    startDate: body.startDate,
  });
  return (await buildPlan(db, reference, plan)).detail;
}

export async function updatePlan(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  planId: string,
  body: UpdatePlanBody,
): Promise<PlanDetail> {
  return db.transaction(async (tx) => {
    const plan = await findPlanOr404(tx, userId, planId);
    const patch: Parameters<typeof repo.updatePlan>[2] = {};
    if (body.title !== undefined) patch.title = body.title;
    if (body.stage !== undefined) patch.stage = body.stage;
    if (body.startDate !== undefined) patch.startDate = body.startDate;
    if (body.useLatestRules && plan.ruleSetId)
      patch.ruleSetVersion = (await reference.ruleSets.getRuleSet(tx, plan.ruleSetId)).version;
    // Build the changed plan first: a stage that does not fit the road is refused before anything is stored.
    const changed = { ...plan, ...patch };
    await buildPlan(tx, reference, changed);
    await repo.updatePlan(tx, planId, patch);
    return (await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId))).detail;
  });
}

export async function deletePlan(db: DbOrTx, userId: string, planId: string): Promise<void> {
  if (!(await repo.deletePlan(db, userId, planId))) throw new AppError('NOT_FOUND', `No plan with id "${planId}".`);
}

/** Ticks, unticks or dates one checklist step (generated or own). */
export async function updatePlanStep(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  planId: string,
  stepId: string,
  body: UpdatePlanStepBody,
  now: Date,
): Promise<PlanDetail> {
  return db.transaction(async (tx) => {
    const built = await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId));
    const patch: { doneAt?: Date | null; targetDate?: string | null } = {};
    if (body.done !== undefined) patch.doneAt = body.done ? now : null;
    if (body.targetDate !== undefined) patch.targetDate = body.targetDate;
    if (stepId.startsWith(OWN_PREFIX)) {
      const id = stepId.slice(OWN_PREFIX.length);
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
      if (!isUuid || !(await repo.updateOwnStep(tx, planId, id, patch))) {
        throw new AppError('NOT_FOUND', `This plan has no step "${stepId}".`);
      }
    } else {
      const item = built.detail.roadmap.stages.flatMap((s) => s.checklist).find((i) => i.id === stepId);
      if (!item) throw new AppError('NOT_FOUND', `This plan has no step "${stepId}".`);
      // A tick keeps its first date when sent again.
      if (patch.doneAt && item.doneAt) patch.doneAt = new Date(item.doneAt);
      await repo.upsertStepState(tx, planId, stepId, patch);
    }
    await repo.updatePlan(tx, planId, {});
    return (await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId))).detail;
  });
}

export async function addPlanStep(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  planId: string,
  body: CreatePlanStepBody,
): Promise<PlanDetail> {
  return db.transaction(async (tx) => {
    const built = await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId));
    const stageIds = built.detail.roadmap.stages.map((s) => s.id);
    if (!stageIds.includes(body.stageId)) {
      throw badField('body', 'stageId', `stageId must be one of this plan's stages: ${stageIds.join(', ')}`);
    }
    await repo.insertOwnStep(tx, {
      planId,
      stageId: body.stageId,
      text: body.text,
      targetDate: body.targetDate ?? null,
    });
    await repo.updatePlan(tx, planId, {});
    return (await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId))).detail;
  });
}

export async function deletePlanStep(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  planId: string,
  stepId: string,
): Promise<PlanDetail> {
  return db.transaction(async (tx) => {
    await findPlanOr404(tx, userId, planId);
    if (!stepId.startsWith(OWN_PREFIX)) {
      throw new AppError('BAD_REQUEST', 'Only steps you added can be deleted; untick a suggested step instead.', [
        { path: 'params.stepId', message: 'stepId must name one of your own steps' },
      ]);
    }
    const id = stepId.slice(OWN_PREFIX.length);
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    if (!isUuid || !(await repo.deleteOwnStep(tx, planId, id))) {
      throw new AppError('NOT_FOUND', `This plan has no step "${stepId}".`);
    }
    await repo.updatePlan(tx, planId, {});
    return (await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId))).detail;
  });
}

/** Sets (or clears, with null) the person's target end date for one remaining sequential stage. */
export async function setStageTarget(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  planId: string,
  stageId: string,
  targetDate: string | null,
): Promise<PlanDetail> {
  return db.transaction(async (tx) => {
    const built = await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId));
    const stage = built.detail.roadmap.stages.find((s) => s.id === stageId);
    if (!stage) throw new AppError('NOT_FOUND', `This plan has no stage "${stageId}".`);
    if (stage.timing !== 'sequential') {
      throw new AppError('BAD_REQUEST', `"${stage.title}" runs alongside other stages, so it takes no target date.`, [
        { path: 'params.stageId', message: 'stageId must name a stage with its own dates' },
      ]);
    }
    await repo.setStageTarget(tx, planId, stageId, targetDate);
    await repo.updatePlan(tx, planId, {});
    return (await buildPlan(tx, reference, await findPlanOr404(tx, userId, planId))).detail;
  });
}

/** The plan's milestones as an iCalendar file. */
export async function exportPlanCalendar(
  db: DbOrTx,
  reference: PathwaysContext,
  userId: string,
  planId: string,
): Promise<{ filename: string; ics: string }> {
  const { plan, detail } = await buildPlan(db, reference, await findPlanOr404(db, userId, planId));
  const ics = buildICalendar({
    name: `Vocare: ${detail.title}`,
    stamp: plan.updatedAt.toISOString(),
    events: planCalendarEvents(plan.id, detail.careerTitle, detail.roadmap.stages),
  });
  return { filename: `vocare-plan-${plan.id.slice(0, 8)}.ics`, ics };
}

/** Plans are personal data: their choices, ticks, own steps and target dates go into the export. */
export const pathwaysPersonalData: PersonalDataSection = {
  name: 'pathways',
  async collect(db: DbOrTx, userId: string) {
    const rows = await repo.listOwnPlans(db, userId);
    const plans = [];
    for (const row of rows) {
      plans.push({
        ...toSummary(row, row.careerId),
        stageTargets: await repo.listStageTargets(db, row.id),
        stepStates: (await repo.listStepStates(db, row.id)).map((s) => ({
          stepId: s.stepId,
          doneAt: s.doneAt?.toISOString() ?? null,
          targetDate: s.targetDate,
        })),
        ownSteps: (await repo.listOwnSteps(db, row.id)).map((s) => ({
          id: `${OWN_PREFIX}${s.id}`,
          stageId: s.stageId,
          text: s.text,
          doneAt: s.doneAt?.toISOString() ?? null,
          targetDate: s.targetDate,
        })),
      });
    }
    return { plans };
  },
};
