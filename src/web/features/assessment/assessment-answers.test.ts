import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchRequestSchema } from '#contracts/matching.js';
import {
  type AssessmentAnswers,
  EMPTY_ANSWERS,
  fromAssessment,
  interestsOf,
  scoreInterests,
  toMatchRequest,
  validateStep,
} from './assessment-answers.js';
import { ACTIVITIES, ACTIVITY_IDS, activitiesFor, FULL_ACTIVITIES, RATING_MAX } from './assessment-questions.js';

const allRated = (rating: number) => Object.fromEntries(ACTIVITY_IDS.map((id) => [id, rating]));

const complete: AssessmentAnswers = {
  ...EMPTY_ANSWERS,
  causes: ['mental-health'],
  scale: 'micro',
  clientContact: 'high',
  emotionalIntensity: 'some',
  currentEducation: 'bachelor',
  maxEducation: 'master',
};

describe('activity ratings to RIASEC scores', () => {
  it('has two activities for each letter', () => {
    for (const letter of ['R', 'I', 'A', 'S', 'E', 'C']) {
      expect(ACTIVITIES.filter((a) => a.letter === letter)).toHaveLength(2);
    }
  });

  it('offers a fuller version of 30 activities, five per letter, all worded differently', () => {
    expect(FULL_ACTIVITIES).toHaveLength(30);
    for (const letter of ['R', 'I', 'A', 'S', 'E', 'C']) {
      expect(FULL_ACTIVITIES.filter((a) => a.letter === letter)).toHaveLength(5);
    }
    expect(new Set(FULL_ACTIVITIES.map((a) => a.text)).size).toBe(30);
    expect(new Set(FULL_ACTIVITIES.map((a) => a.id)).size).toBe(30);
  });

  it('scores the fuller version on the same 0-7 scale, and needs all 30 rated', () => {
    const full = (rating: number) => Object.fromEntries(FULL_ACTIVITIES.map((a) => [a.id, rating]));
    const answers = { ...complete, interestVersion: 'full' as const };
    expect(interestsOf({ ...answers, ratings: full(RATING_MAX) })).toEqual({ R: 7, I: 7, A: 7, S: 7, E: 7, C: 7 });
    // Social rated 3,3,3,0,0 of 3: a mean of 1.8 of 3 is 4.2 of 7.
    const social = { ...full(0), S1: 3, S2: 3, S3: 3 };
    expect(interestsOf({ ...answers, ratings: social })?.S).toBe(4.2);
    // The quick ratings alone are not enough once the fuller version is chosen.
    expect(interestsOf({ ...answers, ratings: allRated(2) })).toBeNull();
    expect(Object.keys(validateStep('interests', { ...answers, ratings: allRated(2) }))).toEqual(['activity-E3']);
    expect(activitiesFor('quick')).toBe(ACTIVITIES);
  });

  it('maps the rating range onto 0-7 and needs every activity rated', () => {
    expect(scoreInterests(allRated(0))).toEqual({ R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 });
    expect(scoreInterests(allRated(RATING_MAX))).toEqual({ R: 7, I: 7, A: 7, S: 7, E: 7, C: 7 });
    const { S1: _s1, ...partial } = allRated(2);
    expect(scoreInterests(partial)).toBeNull();
    expect(scoreInterests({ ...allRated(0), S1: 3, S2: 2 })?.S).toBe(5.8);
  });

  it('always gives scores the match request accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: RATING_MAX }), { minLength: 12, maxLength: 12 }), (ratings) => {
        const scores = scoreInterests(Object.fromEntries(ACTIVITY_IDS.map((id, i) => [id, ratings[i] ?? 0])));
        const request = toMatchRequest({ ...complete, ratings: {}, savedInterests: scores });
        expect(MatchRequestSchema.safeParse(request).success).toBe(true);
      }),
    );
  });

  it('keeps scores carried from a saved assessment until the activities are rated again', () => {
    const saved = { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 };
    expect(interestsOf({ ...complete, savedInterests: saved })).toEqual(saved);
    expect(interestsOf({ ...complete, savedInterests: saved, ratings: allRated(0) })?.R).toBe(0);
    expect(interestsOf({ ...complete, savedInterests: saved, ratings: { S1: 1 } })).toBeNull();
  });
});

describe('answers to a match request and back', () => {
  it('leaves unanswered optional questions out', () => {
    const request = toMatchRequest({ ...complete, currentEducation: 'none' });
    expect(request).toEqual({
      causes: ['mental-health'],
      scale: 'micro',
      clientContact: 'high',
      emotionalIntensity: 'some',
      maxEducation: 'master',
      scope: 'curated',
    });
    expect(MatchRequestSchema.parse(request)).toMatchObject(request);
  });

  it('a saved assessment becomes the same request again, so a retake without changes changes nothing', () => {
    const answers: AssessmentAnswers = {
      ...complete,
      values: ['support'],
      ratings: allRated(2),
      needsFlexibleStudy: 'no',
      jurisdiction: 'US-TX',
      motivations: ['growth'],
    };
    const request = toMatchRequest(answers, ['psychologist']);
    expect(request.dismissed).toEqual(['psychologist']);
    const { scope: _scope, dismissed: _dismissed, motivations, ...profile } = request;
    const again = toMatchRequest(fromAssessment({ profile, motivations: motivations ?? [] }));
    expect(again).toEqual({ ...profile, motivations, scope: 'curated' });
  });
});

describe('step validation', () => {
  it('names each missing required answer', () => {
    expect(validateStep('causes', EMPTY_ANSWERS)).toHaveProperty('causes');
    expect(Object.keys(validateStep('daily-work', EMPTY_ANSWERS))).toEqual(['clientContact', 'emotionalIntensity']);
    expect(Object.keys(validateStep('education', EMPTY_ANSWERS))).toEqual(['currentEducation', 'maxEducation']);
    expect(validateStep('values', EMPTY_ANSWERS)).toEqual({});
    expect(validateStep('motivations', EMPTY_ANSWERS)).toEqual({});
  });

  it('asks for all activities or none, and a study ceiling no lower than what is done', () => {
    expect(validateStep('interests', EMPTY_ANSWERS)).toEqual({});
    expect(Object.keys(validateStep('interests', { ...EMPTY_ANSWERS, ratings: { R1: 1 } }))).toEqual(['activity-S1']);
    expect(validateStep('education', { ...complete, currentEducation: 'master', maxEducation: 'bachelor' })).toEqual({
      maxEducation: expect.stringContaining('cannot be below'),
    });
    for (const step of ['causes', 'scale', 'daily-work', 'education']) expect(validateStep(step, complete)).toEqual({});
  });
});
