import { z } from 'zod';
import { jurisdictionCode } from './jurisdictions.js';
import {
  CAUSE_IDS,
  EDUCATION_IDS,
  type EducationId,
  educationRank,
  LEVEL_IDS,
  RIASEC_LETTERS,
  SCALE_IDS,
  ScaleIdSchema,
  SectorIdSchema,
  WORK_VALUE_IDS,
} from './vocabulary.js';

/** Answers to "why do I want to help?": shown back on the results page, never scored. */
export const MOTIVATION_IDS = [
  'making-a-difference',
  'empathy',
  'social-justice',
  'growth',
  'lived-experience',
  'community',
  'faith-or-spirituality',
  'purpose',
] as const;
export const MotivationIdSchema = z.enum(MOTIVATION_IDS);
export type MotivationId = z.infer<typeof MotivationIdSchema>;

export const MOTIVATION_LABELS: Record<MotivationId, string> = {
  'making-a-difference': 'Making a difference',
  empathy: 'Empathy for people who struggle',
  'social-justice': 'Social justice',
  growth: 'Personal growth',
  'lived-experience': 'My own lived experience',
  community: 'Giving back to my community',
  'faith-or-spirituality': 'Faith or spirituality',
  purpose: 'A sense of purpose',
};

export const SCALE_PREFERENCES = [...SCALE_IDS, 'any'] as const;
/** Scale preference: one of the three scales, or no preference. */
export const ScalePreferenceSchema = z.enum(SCALE_PREFERENCES);
export type ScalePreference = z.infer<typeof ScalePreferenceSchema>;

export const LEVEL_PREFERENCES = [...LEVEL_IDS, 'any'] as const;
/** Wanted amount (client contact, emotional intensity): a level, or no preference. */
export const LevelPreferenceSchema = z.enum(LEVEL_PREFERENCES);
export type LevelPreference = z.infer<typeof LevelPreferenceSchema>;

/** Factor ids: each names the profile answer it comes from, so "unknown" lists read naturally. */
export const MATCH_FACTOR_IDS = [
  'causes',
  'scale',
  'clientContact',
  'emotionalIntensity',
  'interests',
  'values',
  'education',
  'flexibleStudy',
] as const;
export const MatchFactorIdSchema = z.enum(MATCH_FACTOR_IDS);
export type MatchFactorId = z.infer<typeof MatchFactorIdSchema>;

export const MATCH_SCOPES = ['curated', 'all'] as const;
export const MatchScopeSchema = z.enum(MATCH_SCOPES, {
  error: (iss) => `scope must be one of: ${MATCH_SCOPES.join(', ')} (got ${JSON.stringify(iss.input)})`,
});
export type MatchScope = z.infer<typeof MatchScopeSchema>;

/** The CLI reads user-written files, so every message names the field and the allowed values. */
const oneOf = <const T extends readonly [string, ...string[]]>(field: string, allowed: T) =>
  z.enum(allowed, {
    error: (iss) =>
      iss.input === undefined
        ? `${field} is required; allowed values: ${allowed.join(', ')}`
        : `${field} must be one of: ${allowed.join(', ')} (got ${JSON.stringify(iss.input)})`,
  });

const listOf = <T extends z.ZodType>(field: string, item: T, what: string) =>
  z.array(item, {
    error: (iss) =>
      iss.input === undefined ? `${field} is required: a list of ${what}` : `${field} must be a list of ${what}`,
  });

const interestScore = (letter: string) =>
  z
    .number({
      error: (iss) =>
        iss.input === undefined
          ? `interests.${letter} is required: a score from 0 to 7`
          : `interests.${letter} must be a number from 0 to 7`,
    })
    .min(0, { error: `interests.${letter} must be between 0 and 7` })
    .max(7, { error: `interests.${letter} must be between 0 and 7` });

/** The person's RIASEC interest scores, 0-7 per letter (the same scale as O*NET interest profiles). */
export const InterestScoresSchema = z.strictObject(
  {
    R: interestScore('R'),
    I: interestScore('I'),
    A: interestScore('A'),
    S: interestScore('S'),
    E: interestScore('E'),
    C: interestScore('C'),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `interests has unknown letters (${iss.keys.join(', ')}); use ${RIASEC_LETTERS.join(', ')}`
        : 'interests must be an object with a 0-7 score for each of R, I, A, S, E, C',
  },
);
export type InterestScores = z.infer<typeof InterestScoresSchema>;

const causeId = z.enum(CAUSE_IDS, {
  error: (iss) => `causes has an unknown cause id ${JSON.stringify(iss.input)}; allowed ids: ${CAUSE_IDS.join(', ')}`,
});

const workValueId = z.enum(WORK_VALUE_IDS, {
  error: (iss) =>
    `values has an unknown work value ${JSON.stringify(iss.input)}; allowed values: ${WORK_VALUE_IDS.join(', ')}`,
});

const motivationId = z.enum(MOTIVATION_IDS, {
  error: (iss) =>
    `motivations has an unknown id ${JSON.stringify(iss.input)}; allowed ids: ${MOTIVATION_IDS.join(', ')}`,
});

const profileShape = {
  causes: listOf('causes', causeId, 'cause ids').max(CAUSE_IDS.length, {
    error: `causes may list at most ${CAUSE_IDS.length} ids`,
  }),
  scale: oneOf('scale', SCALE_PREFERENCES),
  clientContact: oneOf('clientContact', LEVEL_PREFERENCES),
  emotionalIntensity: oneOf('emotionalIntensity', LEVEL_PREFERENCES).default('any'),
  maxEducation: oneOf('maxEducation', EDUCATION_IDS),
  currentEducation: oneOf('currentEducation', EDUCATION_IDS).optional(),
  needsFlexibleStudy: z.boolean({ error: 'needsFlexibleStudy must be true or false' }).optional(),
  interests: InterestScoresSchema.optional(),
  values: listOf('values', workValueId, 'work values')
    .max(WORK_VALUE_IDS.length, { error: `values may list at most ${WORK_VALUE_IDS.length} ids` })
    .optional(),
  /** A state name ("Arizona") or code ("US-AZ"), stored as the code; a territory keeps its US-XX code. */
  jurisdiction: z
    .string({ error: 'jurisdiction must be a state name or a text code like "US-TX"' })
    .transform((value, ctx) => {
      const code = jurisdictionCode(value) ?? (/^US-[A-Z]{2}$/.test(value) ? value : null);
      if (code !== null) return code;
      ctx.addIssue({
        code: 'custom',
        message: `jurisdiction "${value}" is not a US state: give its name (e.g. "Texas") or a code like "US-TX" (US- and a two-letter state code)`,
      });
      return z.NEVER;
    })
    .optional(),
  motivations: listOf('motivations', motivationId, 'motivation ids')
    .max(MOTIVATION_IDS.length, { error: `motivations may list at most ${MOTIVATION_IDS.length} ids` })
    .optional(),
};

const profileKeys = Object.keys(profileShape);

const unknownFieldMessage = (allowed: readonly string[]) => (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `unknown ${(iss.keys ?? []).length === 1 ? 'field' : 'fields'}: ${(iss.keys ?? []).join(', ')}; allowed fields: ${allowed.join(', ')}`
    : 'the profile must be a JSON object';

// Someone who already holds a degree cannot plan to stop below it; saying so is kinder than guessing.
const checkEducationOrder = (
  profile: { maxEducation: EducationId; currentEducation?: EducationId | undefined },
  ctx: z.RefinementCtx,
) => {
  const { currentEducation, maxEducation } = profile;
  if (currentEducation !== undefined && educationRank(currentEducation) > educationRank(maxEducation)) {
    ctx.addIssue({
      code: 'custom',
      path: ['maxEducation'],
      message: `maxEducation (${maxEducation}) is below currentEducation (${currentEducation}); maxEducation is the highest level you will have, so it must be at least your current level`,
    });
  }
};

/** A self-assessment as the matcher reads it (CLI profile file, API body without the request options). */
export const MatchProfileSchema = z
  .strictObject(profileShape, { error: unknownFieldMessage(profileKeys) })
  .superRefine(checkEducationOrder);
export type MatchProfile = z.infer<typeof MatchProfileSchema>;
export type MatchProfileInput = z.input<typeof MatchProfileSchema>;

/** The most careers one request (or one person) may set aside. */
export const MAX_DISMISSED = 2000;

const dismissedCareerId = z
  .string({ error: 'dismissed must be a list of career ids' })
  .min(1, { error: 'dismissed has an empty career id' })
  .max(100, { error: 'dismissed has a career id longer than 100 characters' })
  .regex(/^[a-z0-9.-]+$/, { error: 'dismissed has a career id with characters other than a-z, 0-9, dots and dashes' });

/** Body of `POST /api/match`: the profile plus which careers to rank and how many to return. */
export const MatchRequestSchema = z
  .strictObject(
    {
      ...profileShape,
      scope: MatchScopeSchema.default('curated'),
      top: z
        .number({ error: 'top must be a whole number from 1 to 2000' })
        .int({ error: 'top must be a whole number from 1 to 2000' })
        .min(1, { error: 'top must be a whole number from 1 to 2000' })
        .max(2000, { error: 'top must be a whole number from 1 to 2000' })
        .optional(),
      /** Careers a signed-out person set aside (kept in their browser); signed-in dismissals are stored. */
      dismissed: listOf('dismissed', dismissedCareerId, 'career ids')
        .max(MAX_DISMISSED, { error: `dismissed may list at most ${MAX_DISMISSED} career ids` })
        .optional(),
    },
    { error: unknownFieldMessage([...profileKeys, 'scope', 'top', 'dismissed']) },
  )
  .superRefine(checkEducationOrder);
export type MatchRequest = z.infer<typeof MatchRequestSchema>;

/** One answer's contribution to a score; `reason` is a plain-English sentence without the points. */
export const MatchFactorSchema = z.object({
  factor: MatchFactorIdSchema,
  points: z.number().int(),
  reason: z.string(),
});
export type MatchFactor = z.infer<typeof MatchFactorSchema>;

export const MatchResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  socCode: z.string().nullable(),
  curated: z.boolean(),
  scale: ScaleIdSchema.nullable(),
  sector: SectorIdSchema.nullable(),
  score: z.number().int().min(0).max(100),
  factors: z.array(MatchFactorSchema),
  /** What stands in the way: education beyond the person's reach, a license, a study-format mismatch. */
  gaps: z.array(z.string()),
  /** Factors the person answered but the career has no data for; they add 0 points. */
  unknown: z.array(MatchFactorIdSchema),
});
export type MatchResult = z.infer<typeof MatchResultSchema>;

export const MatchResponseSchema = z.object({
  results: z.array(MatchResultSchema),
});
export type MatchResponse = z.infer<typeof MatchResponseSchema>;

/** One career as `vocare match --json` prints it: the fields the issue names, best first. */
export const MatchSummarySchema = MatchResultSchema.pick({
  id: true,
  title: true,
  socCode: true,
  score: true,
  factors: true,
  gaps: true,
});
export const CliMatchOutputSchema = z.object({ results: z.array(MatchSummarySchema) });
export type CliMatchOutput = z.infer<typeof CliMatchOutputSchema>;

const careerIdField = (field: string) =>
  z
    .string({ error: `${field} is required: a career id` })
    .min(1, { error: `${field} is required: a career id` })
    .max(100, { error: `${field} must be at most 100 characters` })
    .regex(/^[a-z0-9.-]+$/, { error: `${field} may hold only lower-case letters, digits, dots and dashes` });

/** Body of `POST /api/match/dismissals`. */
export const CreateDismissalBodySchema = z.strictObject(
  { careerId: careerIdField('careerId') },
  { error: 'the body must be {"careerId": "..."}' },
);
export type CreateDismissalBody = z.infer<typeof CreateDismissalBodySchema>;

export const DismissalParamsSchema = z.object({ careerId: careerIdField('careerId') });

/** A career the person set aside: left out of their results until they bring it back. */
export const DismissalSchema = z.object({
  careerId: z.string(),
  title: z.string(),
  dismissedAt: z.string(),
});
export type Dismissal = z.infer<typeof DismissalSchema>;

export const DismissalListSchema = z.object({ items: z.array(DismissalSchema) });
export type DismissalList = z.infer<typeof DismissalListSchema>;

/** The answers a retake compares: every profile field, plus the motivation reflection. */
export const ANSWER_FIELDS = [
  'causes',
  'scale',
  'clientContact',
  'emotionalIntensity',
  'interests',
  'values',
  'maxEducation',
  'currentEducation',
  'needsFlexibleStudy',
  'jurisdiction',
  'motivations',
] as const;
export const AnswerFieldSchema = z.enum(ANSWER_FIELDS);
export type AnswerField = z.infer<typeof AnswerFieldSchema>;

/** An answer as stored: a choice, a yes/no, a list of ids, or interest scores; null when not answered. */
export const AnswerValueSchema = z
  .union([z.string(), z.boolean(), z.array(z.string()), InterestScoresSchema])
  .nullable();
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerChangeSchema = z.object({
  field: AnswerFieldSchema,
  before: AnswerValueSchema,
  after: AnswerValueSchema,
});
export type AnswerChange = z.infer<typeof AnswerChangeSchema>;

/** Score and place (1 = best) in the full ranking of the scope, before any dismissals. */
export const PlacedScoreSchema = z.object({
  score: z.number().int().min(0).max(100),
  rank: z.number().int().min(1),
});
export type PlacedScore = z.infer<typeof PlacedScoreSchema>;

/** A career whose score or place moved; `before` is null for a career new to the catalog, `after` for one gone. */
export const CareerChangeSchema = z.object({
  id: z.string(),
  title: z.string(),
  before: PlacedScoreSchema.nullable(),
  after: PlacedScoreSchema.nullable(),
});
export type CareerChange = z.infer<typeof CareerChangeSchema>;

/** "What changed since last time": this assessment against the person's previous one in the same scope. */
export const AssessmentComparisonSchema = z.object({
  /** The earlier assessment compared against. */
  assessmentId: z.uuid(),
  createdAt: z.string(),
  answers: z.array(AnswerChangeSchema),
  careers: z.array(CareerChangeSchema),
});
export type AssessmentComparison = z.infer<typeof AssessmentComparisonSchema>;

/** One career in a saved assessment's results summary; its place is its position in the list. */
export const SavedResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: z.number().int().min(0).max(100),
});
export type SavedResult = z.infer<typeof SavedResultSchema>;

/** The profile as saved: everything the matcher reads, without the motivation reflection (kept beside it). */
export const SavedProfileSchema = z.object({
  causes: z.array(z.enum(CAUSE_IDS)),
  scale: ScalePreferenceSchema,
  clientContact: LevelPreferenceSchema,
  emotionalIntensity: LevelPreferenceSchema,
  maxEducation: z.enum(EDUCATION_IDS),
  currentEducation: z.enum(EDUCATION_IDS).optional(),
  needsFlexibleStudy: z.boolean().optional(),
  interests: InterestScoresSchema.optional(),
  values: z.array(z.enum(WORK_VALUE_IDS)).optional(),
  jurisdiction: z.string().optional(),
});
export type SavedProfile = z.infer<typeof SavedProfileSchema>;

/** A saved self-assessment: the answers and the full ranking they gave (best first). */
export const AssessmentSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  scope: MatchScopeSchema,
  profile: SavedProfileSchema,
  motivations: z.array(MotivationIdSchema),
  results: z.array(SavedResultSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** An assessment in the history list: its answers, its best few careers and how many it ranked. */
export const AssessmentListItemSchema = AssessmentSchema.omit({ results: true }).extend({
  topResults: z.array(SavedResultSchema),
  careerCount: z.number().int().min(0),
});
export type AssessmentListItem = z.infer<typeof AssessmentListItemSchema>;

export const AssessmentListSchema = z.object({ items: z.array(AssessmentListItemSchema) });
export type AssessmentList = z.infer<typeof AssessmentListSchema>;

export const ListAssessmentsQuerySchema = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a whole number from 1 to 100' })
    .int({ error: 'limit must be a whole number from 1 to 100' })
    .min(1, { error: 'limit must be a whole number from 1 to 100' })
    .max(100, { error: 'limit must be a whole number from 1 to 100' })
    .default(20),
});
export type ListAssessmentsQuery = z.infer<typeof ListAssessmentsQuerySchema>;

export const AssessmentIdParamsSchema = z.object({ id: z.uuid({ error: 'id must be an assessment id (uuid)' }) });

export const LatestAssessmentResponseSchema = z.object({ assessment: AssessmentSchema.nullable() });
export type LatestAssessmentResponse = z.infer<typeof LatestAssessmentResponseSchema>;

/** What `POST /api/match` answers: the ranking, and for a signed-in person the saved assessment and what changed. */
export const MatchApiResponseSchema = z.object({
  results: z.array(MatchResultSchema),
  /** Careers ranked in the scope after dismissals, before the cut to `top`. */
  total: z.number().int().min(0),
  scope: MatchScopeSchema,
  /** Careers left out because the person set them aside (stored ones and the request's `dismissed`). */
  dismissed: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The motivation reflection, shown back as given; it never changes a score. */
  motivations: z.array(MotivationIdSchema),
  /** The saved assessment (null when signed out); isNew is false when the answers equal the latest saved ones. */
  assessment: z.object({ id: z.uuid(), createdAt: z.string(), isNew: z.boolean() }).nullable(),
  /** Changes since the assessment before this one in the same scope; null when signed out or there is none. */
  previous: AssessmentComparisonSchema.nullable(),
});
export type MatchApiResponse = z.infer<typeof MatchApiResponseSchema>;

/** A career serving some of the same causes at another scale. */
export const SameCauseCareerSchema = z.object({
  id: z.string(),
  title: z.string(),
  scale: ScaleIdSchema,
  sector: SectorIdSchema.nullable(),
  causes: z.array(z.enum(CAUSE_IDS)),
  sharedCauses: z.array(z.enum(CAUSE_IDS)),
});
export type SameCauseCareer = z.infer<typeof SameCauseCareerSchema>;

/** `GET /api/careers/:id/same-cause`: "same cause, different level", one group per other scale. */
export const SameCauseResponseSchema = z.object({
  career: z.object({
    id: z.string(),
    title: z.string(),
    scale: ScaleIdSchema.nullable(),
    curated: z.boolean(),
    causes: z.array(z.enum(CAUSE_IDS)),
  }),
  groups: z.array(z.object({ scale: ScaleIdSchema, careers: z.array(SameCauseCareerSchema) })),
});
export type SameCauseResponse = z.infer<typeof SameCauseResponseSchema>;
