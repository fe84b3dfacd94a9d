import { z } from 'zod';
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
  jurisdiction: z
    .string({ error: 'jurisdiction must be a text code like "US-TX"' })
    .regex(/^US-[A-Z]{2}$/, { error: 'jurisdiction must look like "US-TX" (US- and a two-letter state code)' })
    .optional(),
  motivations: listOf('motivations', motivationId, 'motivation ids')
    .max(MOTIVATION_IDS.length, { error: `motivations may list at most ${MOTIVATION_IDS.length} ids` })
    .optional(),
};

const profileKeys = Object.keys(profileShape);

const unknownFieldMessage = (allowed: readonly string[]) => (iss: { code?: string; keys?: string[] }) =>
  iss.code === 'unrecognized_keys'
    ? `unknown field(s): ${(iss.keys ?? []).join(', ')}; allowed fields: ${allowed.join(', ')}`
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
    },
    { error: unknownFieldMessage([...profileKeys, 'scope', 'top']) },
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
