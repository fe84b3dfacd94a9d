import { z } from 'zod';
import { EmailSchema } from './auth.js';
import { IsoDateSchema } from './licensure.js';

/*
 * The initiative builder (issue 17, ADR 0029): a problem statement, a logic model in the University of
 * Wisconsin-Extension fields with explicit links between its items, indicators, a budget, dated milestones and
 * check-ins, kept as one versioned document per plan. The same document is the CLI's PLAN.json.
 */

export const INITIATIVE_LIMITS = {
  maxTitle: 120,
  maxShortText: 200,
  maxLongText: 4000,
  maxArticlesText: 40_000,
  maxItems: 200,
  maxLinks: 2000,
  maxEvidence: 30,
  maxCheckIns: 500,
  maxMembers: 50,
  /** Whole dollars; a community plan's line item is never near this. */
  maxAmount: 100_000_000,
} as const;

const L = INITIATIVE_LIMITS;

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .max(max, `${field} must be at most ${max} characters`);
const required = (field: string, max: number) => text(field, max).min(1, `${field} must not be empty`);
const list = <T extends z.ZodType>(item: T, field: string, max: number = L.maxItems) =>
  z.array(item).max(max, `${field} may have at most ${max} entries`);

/** Item ids are short and local to one plan ("a1", "out-3"); links refer to them. */
export const PlanItemIdSchema = z
  .string({ error: 'id must be a string' })
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'id must be 1-40 lower-case letters, digits or dashes');
export type PlanItemId = z.infer<typeof PlanItemIdSchema>;

const HttpUrlSchema = z
  .string({ error: 'url must be a string' })
  .trim()
  .max(500, 'url must be at most 500 characters')
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'url must start with http:// or https://');

export const EvidenceSchema = z.object({
  label: required('label', L.maxShortText),
  url: HttpUrlSchema,
});

export const ProblemSchema = z.object({
  what: text('what', L.maxLongText),
  who: text('who', L.maxLongText),
  where: text('where', L.maxShortText),
  evidence: list(EvidenceSchema, 'evidence', L.maxEvidence),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const ModelItemSchema = z.object({ id: PlanItemIdSchema, text: required('text', L.maxShortText) });
export type ModelItem = z.infer<typeof ModelItemSchema>;

export const OUTPUT_KINDS = ['output', 'participation'] as const;
export const OutputSchema = ModelItemSchema.extend({ kind: z.enum(OUTPUT_KINDS).default('output') });
export type Output = z.infer<typeof OutputSchema>;

export const OUTCOME_TERMS = ['short', 'medium', 'long'] as const;
export type OutcomeTerm = (typeof OUTCOME_TERMS)[number];
export const OUTCOME_TERM_LABELS: Record<OutcomeTerm, string> = {
  short: 'Short-term (learning)',
  medium: 'Medium-term (action)',
  long: 'Long-term (conditions)',
};
export const OutcomeSchema = ModelItemSchema.extend({ term: z.enum(OUTCOME_TERMS) });
export type Outcome = z.infer<typeof OutcomeSchema>;

/** "This activity produces this output", "this output leads to this outcome", "this outcome leads to that one". */
export const LinkSchema = z.object({ from: PlanItemIdSchema, to: PlanItemIdSchema });
export type Link = z.infer<typeof LinkSchema>;

export const LogicModelSchema = z.object({
  situation: text('situation', L.maxLongText),
  priorities: list(required('priority', L.maxShortText), 'priorities'),
  inputs: list(ModelItemSchema, 'inputs'),
  activities: list(ModelItemSchema, 'activities'),
  outputs: list(OutputSchema, 'outputs'),
  outcomes: list(OutcomeSchema, 'outcomes'),
  assumptions: list(required('assumption', L.maxShortText), 'assumptions'),
  externalFactors: list(required('external factor', L.maxShortText), 'externalFactors'),
  links: list(LinkSchema, 'links', L.maxLinks),
});
export type LogicModel = z.infer<typeof LogicModelSchema>;

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly', 'once'] as const;
const numberOrNull = z.number({ error: 'must be a number' }).finite().nullable();

export const IndicatorSchema = z.object({
  id: PlanItemIdSchema,
  outcomeId: PlanItemIdSchema,
  measure: required('measure', L.maxShortText),
  unit: text('unit', 40).default(''),
  baseline: numberOrNull.default(null),
  target: numberOrNull.default(null),
  source: text('source', L.maxShortText).default(''),
  frequency: z.enum(FREQUENCIES).default('monthly'),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const BUDGET_KINDS = ['cash', 'in-kind'] as const;
const AmountSchema = z
  .number({ error: 'amount must be a number' })
  .int('amount must be whole dollars')
  .min(0, 'amount must not be negative')
  .max(L.maxAmount, `amount must be at most ${L.maxAmount}`);

export const FundingSourceSchema = z.object({
  id: PlanItemIdSchema,
  name: required('name', L.maxShortText),
  amount: AmountSchema,
  status: z.enum(['committed', 'pending']).default('pending'),
});
export const BudgetLineSchema = z.object({
  id: PlanItemIdSchema,
  label: required('label', L.maxShortText),
  amount: AmountSchema,
  kind: z.enum(BUDGET_KINDS),
  fundingSourceId: PlanItemIdSchema.nullable().default(null),
});
export const BudgetSchema = z.object({
  lines: list(BudgetLineSchema, 'lines'),
  fundingSources: list(FundingSourceSchema, 'fundingSources'),
});
export type Budget = z.infer<typeof BudgetSchema>;

export const MILESTONE_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

export const MilestoneSchema = z.object({
  id: PlanItemIdSchema,
  title: required('title', L.maxShortText),
  activityId: PlanItemIdSchema.nullable().default(null),
  dueDate: IsoDateSchema.nullable().default(null),
  owner: text('owner', L.maxShortText).default(''),
  status: z.enum(MILESTONE_STATUSES).default('not-started'),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const CheckInSchema = z.object({
  id: PlanItemIdSchema,
  date: IsoDateSchema,
  note: text('note', L.maxLongText).default(''),
  values: list(z.object({ indicatorId: PlanItemIdSchema, value: z.number().finite() }), 'values'),
  milestones: list(z.object({ milestoneId: PlanItemIdSchema, status: z.enum(MILESTONE_STATUSES) }), 'milestones'),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

const ReceiptsSchema = z.array(AmountSchema.nullable()).length(3, 'give three years (null where unknown)');

/** The second template's paperwork: what the person tells us about the organization they are forming. */
export const NonprofitSchema = z.object({
  state: text('state', 60).default(''),
  formationDate: IsoDateSchema.nullable().default(null),
  einAppliedOn: IsoDateSchema.nullable().default(null),
  articlesText: text('articlesText', L.maxArticlesText).default(''),
  /** Gross receipts of the past three years, oldest first; null for a year the organization did not exist. */
  pastReceipts: ReceiptsSchema.default([null, null, null]),
  /** Projected gross receipts of this year and the next two; null where not yet estimated. */
  projectedReceipts: ReceiptsSchema.default([null, null, null]),
  totalAssets: AmountSchema.nullable().default(null),
  /** Ids of the eligibility worksheet's questions the person answered "yes" to (data/initiative figures). */
  worksheetYes: list(z.string().max(60), 'worksheetYes', 60).default([]),
  /** A fiscal sponsor being considered instead of forming, if any. */
  fiscalSponsor: text('fiscalSponsor', L.maxShortText).default(''),
});
export type Nonprofit = z.infer<typeof NonprofitSchema>;

export const PLAN_TEMPLATES = ['community', 'nonprofit', 'blank'] as const;
export type PlanTemplate = (typeof PLAN_TEMPLATES)[number];
export const PLAN_TEMPLATE_LABELS: Record<PlanTemplate, string> = {
  community: 'Small community project',
  nonprofit: 'Forming a US non-profit',
  blank: 'Blank plan',
};

export const PlanDocumentSchema = z.object({
  title: required('title', L.maxTitle),
  template: z.enum(PLAN_TEMPLATES).default('blank'),
  problem: ProblemSchema,
  model: LogicModelSchema,
  indicators: list(IndicatorSchema, 'indicators'),
  budget: BudgetSchema,
  milestones: list(MilestoneSchema, 'milestones'),
  checkIns: list(CheckInSchema, 'checkIns', L.maxCheckIns),
  nonprofit: NonprofitSchema.nullable().default(null),
});
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type PlanDocumentInput = z.input<typeof PlanDocumentSchema>;

// ---- plan health --------------------------------------------------------------------------------------------

export const FINDING_CODES = [
  'outcome-without-activity',
  'activity-leads-nowhere',
  'output-without-activity',
  'outcome-without-indicator',
  'activity-without-milestone',
  'milestone-without-date',
  'milestone-without-owner',
  'unknown-reference',
  'duplicate-id',
] as const;
export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['problem', 'warning']),
  itemId: z.string().nullable(),
  message: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const TrendSchema = z.object({
  indicatorId: z.string(),
  points: z.array(z.object({ date: z.string(), value: z.number() })),
  direction: z.enum(['up', 'down', 'flat']).nullable(),
  towardTarget: z.boolean().nullable(),
});
export type Trend = z.infer<typeof TrendSchema>;

export const BudgetTotalsSchema = z.object({
  cash: z.number(),
  inKind: z.number(),
  total: z.number(),
  committed: z.number(),
  pending: z.number(),
  /** Cash not covered by committed funding sources (never below 0). */
  cashGap: z.number(),
});
export type BudgetTotals = z.infer<typeof BudgetTotalsSchema>;

export const PlanHealthSchema = z.object({
  ok: z.boolean(),
  findings: z.array(FindingSchema),
  counts: z.object({ problems: z.number(), warnings: z.number() }),
});
export type PlanHealth = z.infer<typeof PlanHealthSchema>;

// ---- US non-profit figures (data/initiative/us-nonprofit.json) ---------------------------------------------

export const SourceSchema = z.object({
  title: z.string().min(1),
  url: z.string().url(),
  publisher: z.string().min(1),
  /** The day the page was read. */
  readOn: IsoDateSchema,
  /** How it was read, e.g. when only a secondary page quoting the IRS was available. */
  note: z.string().default(''),
});
export type Source = z.infer<typeof SourceSchema>;

export const FigureSchema = z.object({
  /** null: no source we could read states it; the product says so and never fills it in. */
  value: z.number().nullable(),
  unit: z.enum(['usd', 'months', 'years', 'percent']),
  label: z.string().min(1),
  sourceId: z.string().nullable(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const FIGURE_KEYS = [
  'ez-max-gross-receipts',
  'ez-max-assets',
  'ez-user-fee',
  'full-1023-user-fee',
  'exemption-application-window',
  'revocation-years',
  'n990-max-normal-receipts',
  'ez990-max-receipts-exclusive',
  'ez990-max-assets-exclusive',
  'tas-ez-organizational-test-failures',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const WorksheetQuestionSchema = z.object({ id: z.string().min(1), question: z.string().min(1) });

export const NonprofitFiguresSchema = z.object({
  figures: z.record(z.enum(FIGURE_KEYS), FigureSchema),
  worksheet: z.object({ sourceId: z.string(), questions: z.array(WorksheetQuestionSchema).min(1) }),
  sources: z.record(z.string(), SourceSchema),
});
export type NonprofitFigures = z.infer<typeof NonprofitFiguresSchema>;

export const ChecklistStepSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['done', 'todo', 'attention', 'unknown']),
  detail: z.string(),
  sourceIds: z.array(z.string()),
});
export type ChecklistStep = z.infer<typeof ChecklistStepSchema>;

export const EligibilitySchema = z.object({
  /** true / false, or null when a figure the test needs is not given (or not known to us). */
  eligible: z.boolean().nullable(),
  form: z.enum(['1023-EZ', '1023']).nullable(),
  reasons: z.array(z.string()),
  missing: z.array(z.string()),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const ArticlesCheckSchema = z.object({
  purposeClause: z.boolean(),
  dissolutionClause: z.boolean(),
  explanations: z.array(z.string()),
});
export type ArticlesCheck = z.infer<typeof ArticlesCheckSchema>;

export const NonprofitReportSchema = z.object({
  eligibility: EligibilitySchema,
  articles: ArticlesCheckSchema,
  applicationDeadline: z.string().nullable(),
  annualReturn: z.object({ form: z.enum(['990-N', '990-EZ', '990']).nullable(), reason: z.string() }),
  checklist: z.array(ChecklistStepSchema),
});
export type NonprofitReport = z.infer<typeof NonprofitReportSchema>;

// ---- API ------------------------------------------------------------------------------------------------------

export const PLAN_ROLES = ['owner', 'co-owner', 'viewer'] as const;
export type PlanRole = (typeof PLAN_ROLES)[number];
/** What a reader of a plan may do: co-owners edit like the owner; only the owner shares, invites and deletes. */
export const PlanAccessSchema = z.enum([...PLAN_ROLES, 'share-link']);
export type PlanAccess = z.infer<typeof PlanAccessSchema>;

export const PlanIdParamsSchema = z.object({ id: z.string().uuid('id must be a UUID') });
export const MemberParamsSchema = z.object({
  id: z.string().uuid('id must be a UUID'),
  memberId: z.string().uuid('memberId must be a UUID'),
});
export const ShareTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a share link token'),
});
export const InviteIdParamsSchema = z.object({ inviteId: z.string().uuid('inviteId must be a UUID') });

export const CreatePlanBodySchema = z.object({
  template: z.enum(PLAN_TEMPLATES),
  title: required('title', L.maxTitle).optional(),
  /** The problem statement the plan starts from (what, who, where, evidence); the template's is used when absent. */
  problem: ProblemSchema.optional(),
});

export const SavePlanBodySchema = z.object({
  /** The version the edit started from; a stale one is refused (409) so co-owners never overwrite each other. */
  version: z.number().int().min(1),
  document: PlanDocumentSchema,
});

export const PlanSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  template: z.enum(PLAN_TEMPLATES),
  access: PlanAccessSchema,
  ownerName: z.string(),
  updatedAt: z.string(),
  health: z.object({ problems: z.number(), warnings: z.number() }),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListSchema = z.object({ plans: z.array(PlanSummarySchema) });

export const PlanSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  access: PlanAccessSchema,
  ownerName: z.string(),
  updatedAt: z.string(),
  document: PlanDocumentSchema,
  health: PlanHealthSchema,
  trends: z.array(TrendSchema),
  budgetTotals: BudgetTotalsSchema,
  nonprofit: NonprofitReportSchema.nullable(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const InviteBodySchema = z.object({ email: EmailSchema, role: z.enum(['co-owner', 'viewer']) });

export const PlanMemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['co-owner', 'viewer']),
  status: z.enum(['pending', 'accepted']),
  name: z.string().nullable(),
});
export const ShareLinkSchema = z.object({
  /** The link itself: only in the answer that creates it (the server keeps a hash). Revoking makes it worthless. */
  path: z.string().nullable(),
  createdAt: z.string(),
});
export const PlanSharingSchema = z.object({
  members: z.array(PlanMemberSchema),
  shareLink: ShareLinkSchema.nullable(),
});
export type PlanSharing = z.infer<typeof PlanSharingSchema>;

export const MyPlanInvitesSchema = z.object({
  invites: z.array(
    z.object({ id: z.string(), planId: z.string(), planTitle: z.string(), role: z.enum(['co-owner', 'viewer']) }),
  ),
});

export const ExportFormatSchema = z.object({ format: z.enum(['md', 'pdf', 'ics']) });
