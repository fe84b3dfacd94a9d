import { z } from 'zod';
import { jurisdictionField } from './jurisdictions.js';
import { IsoDateSchema, RequirementKindSchema, RuleSetListItemSchema } from './licensure.js';
import { RuleSetIdSchema } from './licensure-api.js';
import { HourCategorySchema } from './vocabulary.js';

/*
 * Pathway planning: the stage facts shipped in data/pathways (each with its authority and kind of source), the
 * routes that say which facts make up each career's road, the person's current stage, and the roadmap the planner
 * returns. Durations are null when no source states them: the planner never estimates one.
 */

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CareerIdSchema = z
  .string({ error: 'careerId must be a string' })
  .min(1, 'careerId must not be empty')
  .max(100, 'careerId must be at most 100 characters')
  .regex(/^[a-z0-9.-]+$/, 'careerId may hold only lower-case letters, digits, dots and dashes');

// ---- stage facts ----

/** official: statute, regulation, board, BLS; association: accreditor, certifier or exam owner; third-party: anyone else. */
export const SOURCE_KINDS = ['official', 'association', 'university', 'third-party'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'Official source',
  association: 'Accreditor or professional body',
  university: 'University or journal',
  'third-party': 'Third-party page only',
};

/** Where on the road a fact applies, as pathways.csv names it. */
export const FACT_STAGES = ['degree', 'training', 'exam', 'post-degree', 'renewal'] as const;
export const FactStageSchema = z.enum(FACT_STAGES);
export type FactStage = z.infer<typeof FactStageSchema>;

/** One row of pathways.csv: a figure or a name, with who sets it and where it was read. */
export const PathwayFactSchema = z.strictObject({
  /** Stable id, `profession-slug.requirement-slug` (a unit suffix when two rows share a requirement). */
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'id must be profession-slug.requirement-slug'),
  profession: z.string().min(1),
  /** Curated career ids this fact applies to ([] when no curated career matches the profession). */
  careers: z.array(z.string().regex(KEBAB_ID)),
  stage: FactStageSchema,
  requirement: z.string().min(1),
  /** Verbatim from the CSV: a number, a range ("2-3"), or words ("NCSBN"). */
  value: z.string().min(1),
  unit: z.string().nullable(),
  authority: z.string().min(1),
  source: z.string().min(1),
  sourceKind: SourceKindSchema,
  /** Verbatim: a date, an edition or a "current through" notice; null when the page showed none. */
  checkedDate: z.string().nullable(),
});
export type PathwayFact = z.infer<typeof PathwayFactSchema>;

export const PathwayFactsFileSchema = z.array(PathwayFactSchema);

/**
 * data/pathways/degree-lengths.json: the typical full-time length of a degree stage, from the IPEDS definitions,
 * used only when a career's own facts state no length (so a default plan still has dated steps).
 */
export const DegreeLengthSchema = z.strictObject({
  level: z.enum(['associate', 'bachelor', 'master', 'doctoral']),
  /** Full-time years as the definition states them: a number or a range ("4-5"). */
  years: z.string().regex(/^\d+(-\d+)?$/, 'years must be a number or a range such as 4-5'),
  authority: z.string().min(1),
  /** The address read. */
  source: z.string().min(1),
  sourceKind: SourceKindSchema,
  /** The definition, verbatim as read. */
  quotation: z.string().min(1),
  /** YYYY-MM-DD: when it was read. */
  read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type DegreeLength = z.infer<typeof DegreeLengthSchema>;
export const DegreeLengthsFileSchema = z.array(DegreeLengthSchema);

// ---- routes: which facts make up each career's road (hand-written, data/pathways/routes.json) ----

const FactIdsSchema = z.array(z.string().min(1));
const TextSchema = z.string().trim().min(1).max(600);

export const DEGREE_LEVELS = ['associate', 'bachelor', 'master', 'doctoral'] as const;
export const DegreeLevelSchema = z.enum(DEGREE_LEVELS);
export type DegreeLevel = z.infer<typeof DegreeLevelSchema>;

export const RouteDegreeSchema = z.strictObject({
  level: DegreeLevelSchema,
  title: TextSchema,
  description: TextSchema,
  /** A fact giving the program's length in years, months or weeks; null when no source states one. */
  durationFactId: z.string().nullable(),
  factIds: FactIdsSchema,
});
export type RouteDegree = z.infer<typeof RouteDegreeSchema>;

export const RouteFieldExperienceSchema = z.strictObject({
  id: z.string().regex(KEBAB_ID),
  title: TextSchema,
  description: TextSchema,
  factIds: FactIdsSchema,
});
export type RouteFieldExperience = z.infer<typeof RouteFieldExperienceSchema>;

export const RouteExamSchema = z.strictObject({
  id: z.string().regex(KEBAB_ID),
  title: TextSchema,
  description: TextSchema,
  /** Whether the exam usually comes right after the degree or after the post-degree practice. */
  placement: z.enum(['after-degree', 'after-practice']),
  factIds: FactIdsSchema,
});
export type RouteExam = z.infer<typeof RouteExamSchema>;

export const RoutePracticeSchema = z.strictObject({
  title: TextSchema,
  description: TextSchema,
  durationFactId: z.string().nullable(),
  factIds: FactIdsSchema,
});

export const RouteLicenseSchema = z.strictObject({ title: TextSchema, description: TextSchema });

export const RouteRenewalSchema = z.strictObject({
  title: TextSchema,
  description: TextSchema,
  /** A fact giving the renewal cycle in years; null when none states it. */
  cycleFactId: z.string().nullable(),
  factIds: FactIdsSchema,
});

export const PathwayRouteSchema = z.strictObject({
  careerId: z.string().regex(KEBAB_ID),
  /** Lowest first; the last one is the qualifying degree, during which field experience happens. */
  degrees: z.array(RouteDegreeSchema),
  fieldExperience: z.array(RouteFieldExperienceSchema),
  exams: z.array(RouteExamSchema),
  practice: RoutePracticeSchema.nullable(),
  license: RouteLicenseSchema.nullable(),
  renewal: RouteRenewalSchema.nullable(),
});
export type PathwayRoute = z.infer<typeof PathwayRouteSchema>;

export const PathwayRoutesFileSchema = z.array(PathwayRouteSchema);

// ---- where the person stands ----

/** The person's current stage, earliest first. Which ones make sense depends on the career's road. */
export const CURRENT_STAGE_IDS = [
  'starting',
  'in-bachelor',
  'bachelor-done',
  'in-master',
  'master-done',
  'in-doctorate',
  'degree-done',
  'degree-done-accruing-hours',
  'licensed',
] as const;
export const CurrentStageSchema = z.enum(CURRENT_STAGE_IDS, {
  error: `stage must be one of: ${CURRENT_STAGE_IDS.join(', ')}`,
});
export type CurrentStage = z.infer<typeof CurrentStageSchema>;

export const CURRENT_STAGE_LABELS: Record<CurrentStage, string> = {
  starting: 'Starting out (no degree for this path yet)',
  'in-bachelor': "Studying for a bachelor's degree",
  'bachelor-done': "Bachelor's degree done",
  'in-master': "Studying for a master's degree",
  'master-done': "Master's degree done",
  'in-doctorate': 'Studying for a doctorate',
  'degree-done': 'Qualifying degree done',
  'degree-done-accruing-hours': 'Degree done, gathering supervised hours',
  licensed: 'Licensed',
};

// ---- the roadmap ----

export const ROADMAP_STAGE_KINDS = [
  'degree',
  'field-experience',
  'exam',
  'supervised-practice',
  'license',
  'renewal',
  'volunteering',
  'relationships',
  'self-care',
] as const;
export const RoadmapStageKindSchema = z.enum(ROADMAP_STAGE_KINDS);
export type RoadmapStageKind = z.infer<typeof RoadmapStageKindSchema>;

/** A licensure requirement a stage rests on, with the rule set version it was read from. */
export const RuleRequirementRefSchema = z.object({
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int(),
  requirementId: z.string(),
  label: z.string(),
  kind: RequirementKindSchema,
  verified: z.boolean(),
  /** null when not verified. */
  target: z.number().nullable(),
  unit: z.enum(['hours', 'months']),
  categories: z.array(HourCategorySchema),
  source: z.string(),
  checkedDate: z.string(),
});
export type RuleRequirementRef = z.infer<typeof RuleRequirementRefSchema>;

export const RoadmapChecklistItemSchema = z.object({
  /** Stable across regenerations (`stage-id.item-slug`), so a tick survives a change of start date. */
  id: z.string(),
  text: z.string(),
});
export type RoadmapChecklistItem = z.infer<typeof RoadmapChecklistItemSchema>;

export const RoadmapStageSchema = z.object({
  id: z.string(),
  kind: RoadmapStageKindSchema,
  title: z.string(),
  description: z.string(),
  /** sequential: one after another; during: inside another stage (`during`); ongoing: all along the road. */
  timing: z.enum(['sequential', 'during', 'ongoing']),
  during: z.string().nullable(),
  status: z.enum(['in-progress', 'upcoming', 'ongoing']),
  /** null when no source states a length (never estimated); 0 for a milestone such as an exam. */
  durationMonths: z.number().min(0).nullable(),
  /** How the duration was read: "4 years (typical)", "at least 18 months", "not verified". */
  durationNote: z.string().nullable(),
  /** The person's own target end date, which the projection then uses. */
  targetDate: IsoDateSchema.nullable(),
  projectedStart: IsoDateSchema.nullable(),
  projectedEnd: IsoDateSchema.nullable(),
  facts: z.array(PathwayFactSchema),
  requirements: z.array(RuleRequirementRefSchema),
  checklist: z.array(RoadmapChecklistItemSchema),
});
export type RoadmapStage = z.infer<typeof RoadmapStageSchema>;

export const RoadmapRuleSetSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  license: z.string(),
  source: z.string(),
  checkedDate: z.string(),
  unverifiedCount: z.number().int().min(0),
});

export const RoadmapSchema = z.object({
  career: z.object({
    id: z.string(),
    title: z.string(),
    licenseRequired: z.boolean().nullable(),
    flexibleStudy: z.boolean().nullable(),
  }),
  ruleSet: RoadmapRuleSetSchema.nullable(),
  currentStage: CurrentStageSchema,
  startDate: IsoDateSchema,
  /** Stages already behind the person at their current stage. */
  completed: z.array(z.object({ id: z.string(), title: z.string() })),
  stages: z.array(RoadmapStageSchema),
  totals: z.object({
    /** Months from the start date to the license (or the end of the road); null when a length is unknown. */
    monthsToGoal: z.number().min(0).nullable(),
    goalDate: IsoDateSchema.nullable(),
    /** Remaining stages whose length no source states and the person set no target for. */
    unknownDurations: z.number().int().min(0),
    /** The verified total supervised hours of the rule set, when there is one. */
    supervisedHours: z.number().nullable(),
  }),
  /** Things the person should know about this roadmap (missing rules, unverified requirements, ...). */
  notes: z.array(z.string()),
});
export type Roadmap = z.infer<typeof RoadmapSchema>;

// ---- saved plans ----

export const PlanChecklistItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** generated: from the roadmap; own: added by the person. */
  origin: z.enum(['generated', 'own']),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  targetDate: IsoDateSchema.nullable(),
});
export type PlanChecklistItem = z.infer<typeof PlanChecklistItemSchema>;

export const PlanStageSchema = RoadmapStageSchema.extend({ checklist: z.array(PlanChecklistItemSchema) });
export type PlanStage = z.infer<typeof PlanStageSchema>;

export const PlanSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  careerId: z.string(),
  careerTitle: z.string(),
  ruleSetId: z.string().nullable(),
  ruleSetVersion: z.number().int().nullable(),
  stage: CurrentStageSchema,
  startDate: IsoDateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListSchema = z.object({ items: z.array(PlanSummarySchema) });
export type PlanList = z.infer<typeof PlanListSchema>;

export const PlanDetailSchema = PlanSummarySchema.extend({
  roadmap: RoadmapSchema.extend({ stages: z.array(PlanStageSchema) }),
  /** The rule set's current version when it is newer than the one this plan was measured against. */
  newerRuleSetVersion: z.number().int().nullable(),
  progress: z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }),
  /** Your own steps on stages now behind you (kept, so changing your stage never loses what you wrote). */
  otherSteps: z.array(PlanChecklistItemSchema.extend({ stageId: z.string() })),
});
export type PlanDetail = z.infer<typeof PlanDetailSchema>;

/**
 * Which rule set a plan uses: `ruleSetId` names one; otherwise `jurisdiction` (and `license` when that
 * jurisdiction has several for the career) picks the rule set that licenses the career there.
 */
const RuleSetChoiceShape = {
  ruleSetId: RuleSetIdSchema.nullable().optional(),
  /** A state's name ("Arizona", any case) or code ("US-AZ"), stored as the code; an unknown name is refused. */
  jurisdiction: jurisdictionField('jurisdiction').optional(),
  license: z
    .string({ error: 'license must be a string' })
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, 'license must be a license code like LPC')
    .optional(),
};

export const CreatePlanBodySchema = z.strictObject({
  careerId: CareerIdSchema,
  ...RuleSetChoiceShape,
  stage: CurrentStageSchema,
  startDate: IsoDateSchema,
  title: z
    .string()
    .trim()
    .min(1, 'title must not be empty')
    .max(120, 'title must be at most 120 characters')
    .optional(),
});
export type CreatePlanBody = z.infer<typeof CreatePlanBodySchema>;

export const UpdatePlanBodySchema = z
  .strictObject({
    title: z.string().trim().min(1, 'title must not be empty').max(120, 'title must be at most 120 characters'),
    stage: CurrentStageSchema,
    startDate: IsoDateSchema,
    /** Measure the plan against the rule set's current version from now on. */
    useLatestRules: z.literal(true),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, {
    message: 'send at least one of title, stage, startDate, useLatestRules',
  });
export type UpdatePlanBody = z.infer<typeof UpdatePlanBodySchema>;

export const PlanIdParamsSchema = z.object({ id: z.uuid({ error: 'id must be a plan id (a UUID)' }) });
export const PlanStepParamsSchema = z.object({
  id: z.uuid({ error: 'id must be a plan id (a UUID)' }),
  stepId: z.string().min(1).max(200),
});
export const PlanStageParamsSchema = z.object({
  id: z.uuid({ error: 'id must be a plan id (a UUID)' }),
  stageId: z.string().min(1).max(100),
});

export const UpdatePlanStepBodySchema = z
  .strictObject({ done: z.boolean({ error: 'done must be true or false' }), targetDate: IsoDateSchema.nullable() })
  .partial()
  .refine((b) => b.done !== undefined || b.targetDate !== undefined, {
    message: 'send done, targetDate or both',
  });
export type UpdatePlanStepBody = z.infer<typeof UpdatePlanStepBodySchema>;

export const CreatePlanStepBodySchema = z.strictObject({
  stageId: z.string({ error: 'stageId must be a string' }).min(1, 'stageId must not be empty').max(100),
  text: z
    .string({ error: 'text must be a string' })
    .trim()
    .min(1, 'text must not be empty')
    .max(300, 'text must be at most 300 characters'),
  targetDate: IsoDateSchema.nullable().optional(),
});
export type CreatePlanStepBody = z.infer<typeof CreatePlanStepBodySchema>;

export const SetStageTargetBodySchema = z.strictObject({ targetDate: IsoDateSchema.nullable() });
export type SetStageTargetBody = z.infer<typeof SetStageTargetBodySchema>;

// ---- preview and options (no account needed) ----

export const PathwayPreviewQuerySchema = z.object({
  careerId: CareerIdSchema,
  ...RuleSetChoiceShape,
  stage: CurrentStageSchema.default('starting'),
  /** Defaults to today (the server's date). */
  startDate: IsoDateSchema.optional(),
});
export type PathwayPreviewQuery = z.infer<typeof PathwayPreviewQuerySchema>;

export const StageOptionSchema = z.object({
  id: CurrentStageSchema,
  label: z.string(),
  isAllowed: z.boolean(),
  /** Why a stage does not fit this career's road; null when it does. */
  reason: z.string().nullable(),
});
export type StageOption = z.infer<typeof StageOptionSchema>;

export const PathwayOptionsQuerySchema = z.object({ careerId: CareerIdSchema });

export const PathwayOptionsSchema = z.object({
  career: z.object({ id: z.string(), title: z.string(), licenseRequired: z.boolean().nullable() }),
  /** Rule sets that license this career, to choose a jurisdiction from. */
  ruleSets: z.array(RuleSetListItemSchema),
  stages: z.array(StageOptionSchema),
});
export type PathwayOptions = z.infer<typeof PathwayOptionsSchema>;
