import { z } from 'zod';
import {
  type Assessment,
  type InterestScores,
  InterestScoresSchema,
  LEVEL_PREFERENCES,
  type MatchRequest,
  MOTIVATION_IDS,
  SCALE_PREFERENCES,
} from '#contracts/matching.js';
import {
  CAUSE_IDS,
  EDUCATION_IDS,
  educationRank,
  RIASEC_LETTERS,
  type RiasecLetter,
  WORK_VALUE_IDS,
} from '#contracts/vocabulary.js';
import { ACTIVITIES, type ActivityId, activitiesFor, INTEREST_VERSIONS, RATING_MAX } from './assessment-questions.js';

const ActivityRatingSchema = z.number().int().min(0).max(RATING_MAX);

/**
 * The form's answers as the person gives them. Unanswered choices are ''. Interests come from the activity ratings;
 * `savedInterests` holds scores carried over from a saved assessment (which keeps scores, not ratings) until the
 * person rates the activities again.
 */
export const AssessmentAnswersSchema = z.object({
  causes: z.array(z.enum(CAUSE_IDS)),
  scale: z.enum([...SCALE_PREFERENCES, '']),
  clientContact: z.enum([...LEVEL_PREFERENCES, '']),
  emotionalIntensity: z.enum([...LEVEL_PREFERENCES, '']),
  values: z.array(z.enum(WORK_VALUE_IDS)),
  ratings: z.record(z.string(), ActivityRatingSchema),
  // Older drafts in the browser have no version: they were the quick one.
  interestVersion: z.enum(INTEREST_VERSIONS).default('quick'),
  savedInterests: InterestScoresSchema.nullable(),
  currentEducation: z.enum([...EDUCATION_IDS, 'none', '']),
  maxEducation: z.enum([...EDUCATION_IDS, '']),
  needsFlexibleStudy: z.enum(['yes', 'no', '']),
  jurisdiction: z.string().regex(/^(US-[A-Z]{2})?$/),
  motivations: z.array(z.enum(MOTIVATION_IDS)),
});
export type AssessmentAnswers = z.infer<typeof AssessmentAnswersSchema>;

export const EMPTY_ANSWERS: AssessmentAnswers = {
  causes: [],
  scale: '',
  clientContact: '',
  emotionalIntensity: '',
  values: [],
  ratings: {},
  interestVersion: 'quick',
  savedInterests: null,
  currentEducation: '',
  maxEducation: '',
  needsFlexibleStudy: '',
  jurisdiction: '',
  motivations: [],
};

export function ratedCount(answers: AssessmentAnswers): number {
  return activitiesFor(answers.interestVersion).filter((a) => answers.ratings[a.id] !== undefined).length;
}

/**
 * RIASEC scores from the activity ratings: each letter's mean rating (0-3, over two activities in the quick version
 * and five in the fuller one) is stretched to O*NET's 0-7 range (one decimal). Null unless every activity is rated.
 */
export function scoreInterests(
  ratings: Partial<Record<ActivityId, number>>,
  activities: readonly { id: ActivityId; letter: RiasecLetter }[] = ACTIVITIES,
): InterestScores | null {
  const sums: Record<RiasecLetter, number> = { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 };
  const counts: Record<RiasecLetter, number> = { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 };
  for (const activity of activities) {
    const rating = ratings[activity.id];
    if (rating === undefined) return null;
    sums[activity.letter] += rating;
    counts[activity.letter] += 1;
  }
  const scores = {} as Record<RiasecLetter, number>;
  for (const letter of RIASEC_LETTERS) {
    scores[letter] = roundTenth((sums[letter] / (counts[letter] * RATING_MAX)) * 7);
  }
  return scores;
}

function roundTenth(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The interest scores these answers give: fresh ratings win over scores carried from a saved assessment. */
export function interestsOf(answers: AssessmentAnswers): InterestScores | null {
  return (
    scoreInterests(answers.ratings, activitiesFor(answers.interestVersion)) ??
    (ratedCount(answers) === 0 ? answers.savedInterests : null)
  );
}

/** The request body for `POST /api/match`. Optional answers left blank are left out, so a retake compares cleanly. */
export function toMatchRequest(answers: AssessmentAnswers, dismissed: readonly string[] = []): MatchRequest {
  const interests = interestsOf(answers);
  const request: MatchRequest = {
    causes: answers.causes,
    scale: answers.scale || 'any',
    clientContact: answers.clientContact || 'any',
    emotionalIntensity: answers.emotionalIntensity || 'any',
    maxEducation: answers.maxEducation || 'doctoral',
    scope: 'curated',
  };
  if (answers.currentEducation !== '' && answers.currentEducation !== 'none') {
    request.currentEducation = answers.currentEducation;
  }
  if (answers.needsFlexibleStudy !== '') request.needsFlexibleStudy = answers.needsFlexibleStudy === 'yes';
  if (interests) request.interests = interests;
  if (answers.values.length > 0) request.values = answers.values;
  if (answers.jurisdiction) request.jurisdiction = answers.jurisdiction;
  if (answers.motivations.length > 0) request.motivations = answers.motivations;
  if (dismissed.length > 0) request.dismissed = [...dismissed];
  return request;
}

/** A saved assessment as form answers, for a retake that starts from last time. */
export function fromAssessment(assessment: Pick<Assessment, 'profile' | 'motivations'>): AssessmentAnswers {
  const { profile } = assessment;
  return {
    ...EMPTY_ANSWERS,
    causes: profile.causes,
    scale: profile.scale,
    clientContact: profile.clientContact,
    emotionalIntensity: profile.emotionalIntensity,
    values: profile.values ?? [],
    savedInterests: profile.interests ?? null,
    currentEducation: profile.currentEducation ?? 'none',
    maxEducation: profile.maxEducation,
    needsFlexibleStudy: profile.needsFlexibleStudy === undefined ? '' : profile.needsFlexibleStudy ? 'yes' : 'no',
    jurisdiction: profile.jurisdiction ?? '',
    motivations: assessment.motivations,
  };
}

/** Checks one step's answers; field name -> message for the error summary. */
export function validateStep(stepId: string, answers: AssessmentAnswers): Record<string, string> {
  const errors: Record<string, string> = {};
  if (stepId === 'causes' && answers.causes.length === 0) {
    errors.causes = 'Choose at least one cause you would like your work to serve.';
  }
  if (stepId === 'scale' && answers.scale === '')
    errors.scale = 'Choose where you would most like to make a difference.';
  if (stepId === 'daily-work') {
    if (answers.clientContact === '') errors.clientContact = 'Choose how much direct contact you would like.';
    if (answers.emotionalIntensity === '') {
      errors.emotionalIntensity = 'Choose how much emotional weight you are ready to carry.';
    }
  }
  if (stepId === 'interests') {
    const rated = ratedCount(answers);
    const activities = activitiesFor(answers.interestVersion);
    if (rated > 0 && rated < activities.length) {
      const first = activities.find((a) => answers.ratings[a.id] === undefined);
      if (first) {
        errors[`activity-${first.id}`] =
          `Rate every activity, or clear your ratings to skip this step (${activities.length - rated} not rated yet).`;
      }
    }
  }
  if (stepId === 'education') {
    if (answers.currentEducation === '') errors.currentEducation = 'Choose the highest level you have completed.';
    if (answers.maxEducation === '') errors.maxEducation = 'Choose how far you are willing to study.';
    const current = answers.currentEducation;
    if (answers.maxEducation !== '' && current !== '' && current !== 'none') {
      if (educationRank(answers.maxEducation) < educationRank(current)) {
        errors.maxEducation = 'How far you will study cannot be below what you have already completed.';
      }
    }
  }
  return errors;
}

export const STORAGE_KEYS = {
  draft: 'vocare.assessment.draft',
  submitted: 'vocare.assessment.submitted',
  dismissed: 'vocare.assessment.dismissed',
} as const;

/**
 * Signed out, answers stay in this browser (localStorage) so they survive a closed tab. Signed in, they are saved
 * to the account, and the browser keeps only this tab's working copy (sessionStorage).
 */
export function answerStorage(isSignedIn: boolean): Storage | null {
  try {
    return isSignedIn ? window.sessionStorage : window.localStorage;
  } catch {
    return null; // storage blocked by privacy settings: answers then last for the page only
  }
}

export function readAnswers(storage: Storage | null, key: string): AssessmentAnswers | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = AssessmentAnswersSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeAnswers(storage: Storage | null, key: string, answers: AssessmentAnswers): void {
  try {
    storage?.setItem(key, JSON.stringify(answers));
  } catch {
    // Full or blocked storage: the answers still live in the page.
  }
}

export function readDismissed(): string[] {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEYS.dismissed);
    const parsed = z.array(z.string().regex(/^[a-z0-9.-]+$/)).safeParse(raw ? JSON.parse(raw) : []);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function writeDismissed(ids: readonly string[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEYS.dismissed, JSON.stringify([...new Set(ids)]));
  } catch {
    // Blocked storage: the dismissal lasts for this page.
  }
}
