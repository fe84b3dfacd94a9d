import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Career } from '#contracts/careers.js';
import {
  type MatchProfile,
  type MatchProfileInput,
  MatchProfileSchema,
  MatchRequestSchema,
  MatchResponseSchema,
} from '#contracts/matching.js';
import {
  CAUSE_IDS,
  EDUCATION_IDS,
  educationRank,
  LEVEL_IDS,
  QUALITY_IDS,
  SCALE_IDS,
  SECTOR_IDS,
  WORK_VALUE_IDS,
} from '#contracts/vocabulary.js';
import { formatFactor, MATCH_WEIGHTS, rankCareers, sameCauseOtherScales } from './rank-careers.js';

const noFigure = { value: null, source: null, year: null };

/** A career with no data at all: each test adds only what its factor needs. */
function career(overrides: Partial<Career> & { id: string }): Career {
  return {
    title: overrides.id,
    socCode: null,
    socMatch: null,
    onetTitle: null,
    curated: true,
    summary: null,
    sector: null,
    scale: null,
    causes: [],
    settings: [],
    clientContact: null,
    emotionalDemand: null,
    minEducation: null,
    typicalEducation: null,
    flexibleStudy: null,
    licenseRequired: null,
    licenses: [],
    exams: [],
    qualities: [],
    riasec: null,
    interestCode: null,
    jobZone: null,
    workValues: null,
    onetSource: null,
    medianPay: noFigure,
    growthPct: noFigure,
    employment: noFigure,
    blsEducation: null,
    outlookPeriod: null,
    ...overrides,
  };
}

/** A profile with no preferences, so each test switches on only the factor it is about. */
function profile(overrides: Partial<MatchProfileInput> = {}): MatchProfile {
  return MatchProfileSchema.parse({
    causes: [],
    scale: 'any',
    clientContact: 'any',
    maxEducation: 'doctoral',
    ...overrides,
  });
}

function rankOne(p: MatchProfile, c: Career) {
  const [result] = rankCareers(p, [c]);
  if (result === undefined) throw new Error('expected one result');
  return result;
}

describe('MatchProfileSchema', () => {
  const valid = {
    causes: ['mental-health'],
    scale: 'micro',
    clientContact: 'high',
    maxEducation: 'master',
  };

  it('accepts the issue profile and fills in defaults', () => {
    const parsed = MatchProfileSchema.parse({
      ...valid,
      interests: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 0 },
      values: ['relationships'],
      jurisdiction: 'US-TX',
      motivations: ['making-a-difference', 'empathy'],
      needsFlexibleStudy: true,
      currentEducation: 'bachelor',
    });
    expect(parsed.emotionalIntensity).toBe('any');
    expect(parsed.jurisdiction).toBe('US-TX');
  });

  it('names the field and the allowed ids for an unknown cause', () => {
    const result = MatchProfileSchema.safeParse({ ...valid, causes: ['mental-health', 'whales'] });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['causes', 1]);
    expect(issue?.message).toContain('causes has an unknown cause id "whales"');
    expect(issue?.message).toContain(CAUSE_IDS.join(', '));
  });

  it.each([
    [{ interests: { R: 8, I: 1, A: 1, S: 1, E: 1, C: 1 } }, 'interests.R must be between 0 and 7'],
    [{ interests: { R: 1, I: 1, A: 1, S: 1, E: 1 } }, 'interests.C is required'],
    [{ interests: { R: 1, I: 1, A: 1, S: 1, E: 1, C: 1, X: 2 } }, 'interests has unknown letters (X)'],
    [{ scale: 'global' }, 'scale must be one of: micro, mezzo, macro, any'],
    [{ maxEducation: undefined }, 'maxEducation is required'],
    [{ jurisdiction: 'Texsa' }, 'jurisdiction "Texsa" is not a US state'],
    [{ values: ['money'] }, 'values has an unknown work value "money"'],
    [{ motivations: ['fame'] }, 'motivations has an unknown id "fame"'],
    [{ emotionalIntensity: 'extreme' }, 'emotionalIntensity must be one of'],
    [{ cause: ['health'] }, 'unknown field: cause'],
    [{ currentEducation: 'doctoral' }, 'maxEducation (master) is below currentEducation (doctoral)'],
  ])('rejects %j with a message naming the field', (change, message) => {
    const result = MatchProfileSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  it('takes a state by name and stores its code ("Arizona" -> US-AZ), keeping a territory code', () => {
    expect(MatchProfileSchema.parse({ ...valid, jurisdiction: 'Arizona' }).jurisdiction).toBe('US-AZ');
    expect(MatchProfileSchema.parse({ ...valid, jurisdiction: 'US-AZ' }).jurisdiction).toBe('US-AZ');
    expect(MatchProfileSchema.parse({ ...valid, jurisdiction: 'US-PR' }).jurisdiction).toBe('US-PR');
  });

  it('request adds scope (default curated) and top, and rejects a bad top', () => {
    expect(MatchRequestSchema.parse(valid).scope).toBe('curated');
    expect(MatchRequestSchema.parse({ ...valid, scope: 'all', top: 5 })).toMatchObject({ scope: 'all', top: 5 });
    expect(MatchRequestSchema.safeParse({ ...valid, top: 0 }).error?.issues[0]?.message).toContain('top must be');
    expect(MatchRequestSchema.safeParse({ ...valid, scope: 'some' }).error?.issues[0]?.message).toContain(
      'scope must be one of: curated, all',
    );
  });
});

describe('rankCareers factors', () => {
  it('with no answers and no data every career sits at the base of 50 with no factors', () => {
    const result = rankOne(profile(), career({ id: 'blank' }));
    // maxEducation is always answered, so a career without a minimum education always lists it as unknown.
    expect(result).toMatchObject({ score: 50, factors: [], gaps: [], unknown: ['education'] });
  });

  it('causes: +12 for the first cause served, +4 for each further one, capped at +20', () => {
    const serves = career({ id: 'c', causes: ['mental-health', 'addiction-recovery', 'health', 'basic-needs'] });
    const one = rankOne(profile({ causes: ['mental-health'] }), serves);
    expect(one.factors).toEqual([
      { factor: 'causes', points: 12, reason: 'You care about mental health; this career serves it' },
    ]);
    expect(formatFactor(one.factors[0]!)).toBe('You care about mental health; this career serves it: +12');
    expect(rankOne(profile({ causes: ['mental-health', 'health'] }), serves).score).toBe(66);
    expect(rankOne(profile({ causes: ['mental-health', 'health', 'basic-needs'] }), serves).score).toBe(70);
    expect(rankOne(profile({ causes: [...CAUSE_IDS] }), serves).score).toBe(70);
  });

  it('causes: a cause the career does not serve costs nothing once one is served', () => {
    const serves = career({ id: 'c', causes: ['mental-health'] });
    expect(rankOne(profile({ causes: ['mental-health', 'environment'] }), serves).score).toBe(62);
  });

  it('causes: -10 when none of the person causes is served, and unknown when the career lists none', () => {
    const result = rankOne(profile({ causes: ['environment'] }), career({ id: 'c', causes: ['health'] }));
    expect(result.factors[0]).toMatchObject({ factor: 'causes', points: -10 });
    expect(result.factors[0]?.reason).toBe(
      'This career serves physical health, not the causes you picked (environment and conservation)',
    );
    const unknown = rankOne(profile({ causes: ['environment'] }), career({ id: 'u' }));
    expect(unknown).toMatchObject({ score: 50, factors: [], unknown: ['causes', 'education'] });
  });

  it.each([
    ['micro', 'micro', 8],
    ['micro', 'mezzo', -3],
    ['mezzo', 'macro', -3],
    ['micro', 'macro', -8],
    ['macro', 'micro', -8],
  ] as const)('scale: wanting %s, career at %s gives %i', (wanted, scale, points) => {
    const result = rankOne(profile({ scale: wanted }), career({ id: 'c', scale }));
    expect(result.factors).toEqual([expect.objectContaining({ factor: 'scale', points })]);
  });

  it('scale: "any" is no factor at all, and a career without a scale is unknown', () => {
    expect(rankOne(profile({ scale: 'any' }), career({ id: 'c', scale: 'macro' })).factors).toEqual([]);
    expect(rankOne(profile({ scale: 'micro' }), career({ id: 'c' })).unknown).toEqual(['scale', 'education']);
  });

  it.each([
    ['high', 'high', 6],
    ['high', 'some', -2],
    ['low', 'some', -2],
    ['low', 'high', -8],
    ['high', 'low', -8],
  ] as const)('client contact: wanting %s, career with %s gives %i', (wanted, level, points) => {
    const result = rankOne(profile({ clientContact: wanted }), career({ id: 'c', clientContact: level }));
    expect(result.factors).toEqual([expect.objectContaining({ factor: 'clientContact', points })]);
  });

  it.each([
    ['some', 'some', 4],
    ['low', 'some', -4],
    ['low', 'high', -8],
    ['some', 'low', -2],
    ['high', 'low', -4],
  ] as const)(
    'emotional intensity (heavier demand weighs more): wanting %s, career %s gives %i',
    (wanted, level, points) => {
      const result = rankOne(profile({ emotionalIntensity: wanted }), career({ id: 'c', emotionalDemand: level }));
      expect(result.factors).toEqual([expect.objectContaining({ factor: 'emotionalIntensity', points })]);
    },
  );

  it('interests: Pearson correlation times 10, from +10 for the same shape to -10 for the mirror image', () => {
    const riasec = { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 };
    const same = rankOne(profile({ interests: { R: 0, I: 3, A: 2, S: 6, E: 1, C: 1 } }), career({ id: 'c', riasec }));
    expect(same.factors[0]).toMatchObject({ factor: 'interests', points: 10 });
    expect(same.factors[0]?.reason).toBe(
      "Your strongest interests are Social, Investigative and Artistic; this career's are Social, Investigative and Artistic: a close match (correlation 1)",
    );
    const mirror = rankOne(profile({ interests: { R: 7, I: 4, A: 5, S: 1, E: 6, C: 6 } }), career({ id: 'c', riasec }));
    expect(mirror.factors[0]).toMatchObject({ factor: 'interests', points: -10 });
  });

  it('interests: uses the O*NET high-point code when the career has one', () => {
    const c = career({ id: 'c', riasec: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 }, interestCode: 'SI' });
    const result = rankOne(profile({ interests: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 } }), c);
    expect(result.factors[0]?.reason).toContain("this career's are Social and Investigative");
  });

  it('interests: flat scores give 0 points, and a career with no interest data is ranked and says interests are unknown', () => {
    const c = career({ id: 'c', riasec: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 } });
    const flat = rankOne(profile({ interests: { R: 3, I: 3, A: 3, S: 3, E: 3, C: 3 } }), c);
    expect(flat.factors[0]).toMatchObject({ factor: 'interests', points: 0 });
    const interests = { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 };
    const results = rankCareers(profile({ interests }), [c, career({ id: 'no-data' })]);
    expect(results.map((r) => r.id)).toEqual(['c', 'no-data']);
    expect(results[1]).toMatchObject({ score: 50, unknown: ['interests', 'education'] });
  });

  it('values: 5 × the mean of (extent - 4) / 3 over the chosen values', () => {
    const workValues = {
      achievement: 4,
      'working-conditions': 1,
      recognition: 2.5,
      relationships: 7,
      support: 5.5,
      independence: 4,
    };
    const c = career({ id: 'c', workValues });
    expect(rankOne(profile({ values: ['relationships'] }), c).factors[0]).toMatchObject({ points: 5 });
    expect(rankOne(profile({ values: ['working-conditions'] }), c).factors[0]).toMatchObject({ points: -5 });
    // (3/3 + 1.5/3) / 2 = 0.75, × 5 = 3.75 -> 4
    const two = rankOne(profile({ values: ['relationships', 'support'] }), c).factors[0];
    expect(two).toMatchObject({ factor: 'values', points: 4 });
    expect(two?.reason).toBe(
      'How much this career offers what you value, as O*NET rates it from 1 (hardly) to 7 (a great deal), 4 being average: relationships 7 and support 5.5',
    );
    // -1.5/3 × 5 = -2.5: halves round away from zero, so a loss weighs the same as the matching gain
    expect(rankOne(profile({ values: ['recognition'] }), c).factors[0]).toMatchObject({ points: -3 });
    expect(rankOne(profile({ values: ['relationships'] }), career({ id: 'u' })).unknown).toEqual([
      'values',
      'education',
    ]);
  });

  it('education: +4 already held, +3 within reach, -12 per level beyond with a gap', () => {
    const master = career({ id: 'c', minEducation: 'master' });
    expect(rankOne(profile({ maxEducation: 'doctoral', currentEducation: 'master' }), master).factors).toEqual([
      { factor: 'education', points: 4, reason: "You already have the education it needs (a master's degree)" },
    ]);
    expect(rankOne(profile({ maxEducation: 'master' }), master).factors).toEqual([
      { factor: 'education', points: 3, reason: "It needs a master's degree, within how far you will study" },
    ]);
    const short = rankOne(profile({ maxEducation: 'bachelor' }), master);
    expect(short.factors).toEqual([
      {
        factor: 'education',
        points: -12,
        reason: "Needs a master's degree; you said bachelor's at most (1 level further)",
      },
    ]);
    expect(short.gaps).toEqual(["Needs a master's degree; you said bachelor's at most"]);
    const far = rankOne(profile({ maxEducation: 'high-school' }), career({ id: 'd', minEducation: 'doctoral' }));
    expect(far).toMatchObject({ score: 0, factors: [{ points: -60 }] });
  });

  it('education: unknown only when the career has no minimum education', () => {
    const p = profile({ causes: ['health'] });
    expect(rankOne(p, career({ id: 'u', causes: ['health'] })).unknown).toEqual(['education']);
  });

  it('flexible study: +2 when available, -6 and a gap when not, unknown when not known', () => {
    const p = profile({ needsFlexibleStudy: true });
    expect(rankOne(p, career({ id: 'a', flexibleStudy: true })).factors).toEqual([
      expect.objectContaining({ factor: 'flexibleStudy', points: 2 }),
    ]);
    const inPerson = rankOne(p, career({ id: 'b', flexibleStudy: false }));
    expect(inPerson.factors).toEqual([expect.objectContaining({ factor: 'flexibleStudy', points: -6 })]);
    expect(inPerson.gaps).toEqual(['Training usually needs in-person study; you need flexible or online study']);
    expect(rankOne(p, career({ id: 'c' })).unknown).toEqual(['education', 'flexibleStudy']);
    expect(rankOne(profile(), career({ id: 'd', flexibleStudy: false })).factors).toEqual([]);
  });
});

describe('rankCareers gaps, unknowns and order', () => {
  const lpc = career({ id: 'lpc', licenseRequired: true, licenses: ['LPC'] });

  it('a required license is a gap naming the license and jurisdiction, and costs no points', () => {
    const result = rankOne(profile({ jurisdiction: 'US-TX' }), lpc);
    expect(result).toMatchObject({ score: 50, gaps: ['Needs a license (LPC) in Texas'] });
    expect(rankOne(profile(), lpc).gaps).toEqual(['Needs a license (LPC); add your state to see its rules']);
  });

  it('says when Vocare has no licensure rules for the person jurisdiction', () => {
    const licensedJurisdictions = { LPC: ['US-TX', 'US-CA'] };
    const [tx] = rankCareers(profile({ jurisdiction: 'US-TX' }), [lpc], { licensedJurisdictions });
    expect(tx?.gaps).toEqual(['Needs a license (LPC) in Texas']);
    const [wy] = rankCareers(profile({ jurisdiction: 'US-WY' }), [lpc], { licensedJurisdictions });
    expect(wy?.gaps).toEqual(['Needs a license (LPC) in Wyoming; Vocare does not have Wyoming’s licensing rules yet']);
  });

  it('an uncurated occupation is scored on what it has and lists every factor it cannot assess', () => {
    const onetOnly = career({
      id: '19-3094.00',
      title: 'Political Scientists',
      curated: false,
      riasec: { R: 1, I: 6.62, A: 3.78, S: 3.47, E: 3.7, C: 3.6 },
      minEducation: 'master',
    });
    const p = profile({
      causes: ['public-policy'],
      scale: 'macro',
      clientContact: 'low',
      emotionalIntensity: 'low',
      needsFlexibleStudy: true,
      values: ['independence'],
      interests: { R: 1, I: 6, A: 3, S: 3, E: 4, C: 3 },
      maxEducation: 'master',
    });
    const result = rankOne(p, onetOnly);
    expect(result.unknown).toEqual([
      'causes',
      'scale',
      'clientContact',
      'emotionalIntensity',
      'values',
      'flexibleStudy',
    ]);
    expect(result.factors.map((f) => f.factor)).toEqual(['interests', 'education']);
    expect(result.curated).toBe(false);
  });

  it('scope curated leaves out uncurated occupations; omitted or all ranks every career given', () => {
    const careers = [career({ id: 'a' }), career({ id: 'b', curated: false })];
    expect(rankCareers(profile(), careers, { scope: 'curated' }).map((r) => r.id)).toEqual(['a']);
    expect(rankCareers(profile(), careers, { scope: 'all' }).map((r) => r.id)).toEqual(['a', 'b']);
    expect(rankCareers(profile(), careers).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('clamps to 0..100 and breaks clamped ties by the unclamped total', () => {
    const everythingWrong = {
      causes: ['health'],
      scale: 'micro',
      clientContact: 'high',
      emotionalDemand: 'high',
      riasec: { R: 7, I: 4, A: 5, S: 1, E: 6, C: 6 },
      workValues: {
        achievement: 1,
        'working-conditions': 1,
        recognition: 1,
        relationships: 1,
        support: 1,
        independence: 1,
      },
      flexibleStudy: false,
    } satisfies Partial<Career>;
    const p = profile({
      causes: ['environment'],
      scale: 'macro',
      clientContact: 'low',
      emotionalIntensity: 'low',
      interests: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 },
      values: ['relationships'],
      maxEducation: 'master',
      needsFlexibleStudy: true,
    });
    // Alpha sorts first by title, so only the unclamped total can put it second.
    const within = career({ id: 'z-within', title: 'Zeta', ...everythingWrong, minEducation: 'master' });
    const beyond = career({ id: 'a-beyond', title: 'Alpha', ...everythingWrong, minEducation: 'doctoral' });
    const results = rankCareers(p, [beyond, within]);
    // 50 - 10 - 8 - 8 - 8 - 10 - 5 - 6 + 3 = -2 -> 0; with the doctoral gap instead of +3: -17 -> 0
    expect(results.map((r) => [r.id, r.score])).toEqual([
      ['z-within', 0],
      ['a-beyond', 0],
    ]);
    const everything = ['health', 'mental-health', 'rehabilitation'] as const;
    const top = rankOne(
      profile({
        causes: [...everything],
        scale: 'micro',
        clientContact: 'high',
        emotionalIntensity: 'high',
        interests: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 },
        values: ['relationships'],
        maxEducation: 'master',
        currentEducation: 'master',
        needsFlexibleStudy: true,
      }),
      career({
        id: 'top',
        causes: [...everything],
        scale: 'micro',
        clientContact: 'high',
        emotionalDemand: 'high',
        riasec: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 },
        workValues: { ...everythingWrong.workValues, relationships: 7 },
        minEducation: 'master',
        flexibleStudy: true,
      }),
    );
    // 50 + 20 + 8 + 6 + 4 + 10 + 5 + 4 + 2 = 109 -> 100
    expect(top.factors.reduce((sum, f) => sum + f.points, 50)).toBe(109);
    expect(top.score).toBe(100);
  });

  it('breaks equal scores by title, then id, in code-unit order', () => {
    const careers = [
      career({ id: 'b2', title: 'Beta' }),
      career({ id: 'c', title: 'alpha' }),
      career({ id: 'b1', title: 'Beta' }),
      career({ id: 'a', title: 'Alpha' }),
    ];
    expect(rankCareers(profile(), careers).map((r) => r.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('output matches the response contract', () => {
    const results = rankCareers(profile({ causes: ['health'], jurisdiction: 'US-TX' }), [
      lpc,
      career({ id: 'x', curated: false }),
    ]);
    expect(MatchResponseSchema.parse({ results }).results).toHaveLength(2);
  });
});

describe('worked example in docs/matching.md', () => {
  const p = profile({
    causes: ['mental-health', 'addiction-recovery'],
    scale: 'micro',
    clientContact: 'some',
    emotionalIntensity: 'some',
    interests: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 },
    values: ['relationships', 'independence'],
    maxEducation: 'master',
    currentEducation: 'bachelor',
    jurisdiction: 'US-TX',
  });
  const counselor = career({
    id: 'mental-health-counselor',
    title: 'Licensed professional counselor',
    socCode: '21-1014.00',
    sector: 'mental-health',
    scale: 'micro',
    causes: ['mental-health'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'master',
    licenseRequired: true,
    licenses: ['LPC'],
    riasec: { R: 1.32, I: 4.44, A: 3.06, S: 6.76, E: 2.91, C: 3.45 },
    interestCode: 'SI',
    workValues: {
      achievement: 5.33,
      'working-conditions': 4.17,
      recognition: 4.67,
      relationships: 6.33,
      support: 3,
      independence: 5.33,
    },
  });
  const psychologist = career({
    id: 'clinical-psychologist',
    title: 'Clinical psychologist',
    socCode: '19-3033.00',
    sector: 'mental-health',
    scale: 'micro',
    causes: ['mental-health'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'doctoral',
    licenseRequired: true,
    licenses: ['Psychologist'],
    riasec: { R: 1.07, I: 5.5, A: 3.02, S: 6.57, E: 2.67, C: 3.55 },
    interestCode: 'SI',
    workValues: {
      achievement: 5.83,
      'working-conditions': 5.75,
      recognition: 5.33,
      relationships: 6.83,
      support: 3.17,
      independence: 6,
    },
  });
  const politicalScientist = career({
    id: '19-3094.00',
    title: 'Political Scientists',
    socCode: '19-3094.00',
    curated: false,
    minEducation: 'master',
    riasec: { R: 1, I: 6.62, A: 3.78, S: 3.47, E: 3.7, C: 3.6 },
    interestCode: 'IA',
    workValues: {
      achievement: 5.67,
      'working-conditions': 5.67,
      recognition: 5.33,
      relationships: 3.33,
      support: 2.33,
      independence: 5,
    },
  });
  const results = rankCareers(p, [politicalScientist, psychologist, counselor], {
    licensedJurisdictions: { LPC: ['US-TX'] },
  });
  const points = (id: string) =>
    Object.fromEntries(results.find((r) => r.id === id)?.factors.map((f) => [f.factor, f.points]) ?? []);

  it('ranks counselor 80, psychologist 65, political scientists 57', () => {
    expect(results.map((r) => [r.id, r.score])).toEqual([
      ['mental-health-counselor', 80],
      ['clinical-psychologist', 65],
      ['19-3094.00', 57],
    ]);
  });

  it('gives the counselor the points in the table', () => {
    expect(points('mental-health-counselor')).toEqual({
      causes: 12,
      scale: 8,
      clientContact: -2,
      emotionalIntensity: -4,
      interests: 10,
      values: 3,
      education: 3,
    });
    expect(results[0]?.gaps).toEqual(['Needs a license (LPC) in Texas']);
  });

  it('gives the psychologist the points and gaps in the table', () => {
    expect(points('clinical-psychologist')).toEqual({
      causes: 12,
      scale: 8,
      clientContact: -2,
      emotionalIntensity: -4,
      interests: 9,
      values: 4,
      education: -12,
    });
    expect(results[1]?.gaps).toEqual([
      "Needs a doctoral or professional degree; you said master's at most",
      'Needs a license (Psychologist) in Texas; Vocare does not have Texas’s licensing rules yet',
    ]);
  });

  it('scores the uncurated occupation on interests, values and education and lists the rest as unknown', () => {
    expect(points('19-3094.00')).toEqual({ interests: 4, values: 0, education: 3 });
    expect(results[2]?.unknown).toEqual(['causes', 'scale', 'clientContact', 'emotionalIntensity']);
  });
});

describe('sameCauseOtherScales', () => {
  const caseManager = career({ id: 'case-manager', scale: 'micro', causes: ['basic-needs', 'children-families'] });
  const catalog = [
    caseManager,
    career({ id: 'shelter-manager', title: 'Shelter program manager', scale: 'mezzo', causes: ['basic-needs'] }),
    career({
      id: 'organizer',
      title: 'Community organizer',
      scale: 'mezzo',
      causes: ['basic-needs', 'children-families'],
    }),
    career({ id: 'housing-policy', title: 'Housing policy analyst', scale: 'macro', causes: ['basic-needs'] }),
    career({ id: 'outreach', title: 'Outreach worker', scale: 'micro', causes: ['basic-needs'] }),
    career({ id: 'onet', title: 'Uncurated', scale: 'macro', causes: ['basic-needs'], curated: false }),
    career({ id: 'env', title: 'Environmental planner', scale: 'macro', causes: ['environment'] }),
  ];

  it('groups curated careers sharing a cause by the other scales, most shared causes first', () => {
    expect(
      sameCauseOtherScales(caseManager, catalog).map((g) => ({ scale: g.scale, ids: g.careers.map((c) => c.id) })),
    ).toEqual([
      { scale: 'mezzo', ids: ['organizer', 'shelter-manager'] },
      { scale: 'macro', ids: ['housing-policy'] },
    ]);
  });

  it('gives empty groups for a career with no causes', () => {
    expect(sameCauseOtherScales(career({ id: 'x', scale: 'macro' }), catalog)).toEqual([
      { scale: 'micro', careers: [] },
      { scale: 'mezzo', careers: [] },
    ]);
  });
});

// ---- properties ----

const level = fc.constantFrom(...LEVEL_IDS);
const riasecArb = fc.record({
  R: fc.double({ min: 1, max: 7, noNaN: true }),
  I: fc.double({ min: 1, max: 7, noNaN: true }),
  A: fc.double({ min: 1, max: 7, noNaN: true }),
  S: fc.double({ min: 1, max: 7, noNaN: true }),
  E: fc.double({ min: 1, max: 7, noNaN: true }),
  C: fc.double({ min: 1, max: 7, noNaN: true }),
});
const extent = fc.integer({ min: 100, max: 700 }).map((x) => x / 100);
const workValuesArb = fc.record({
  achievement: extent,
  'working-conditions': extent,
  recognition: extent,
  relationships: extent,
  support: extent,
  independence: extent,
});

/** Any career the catalog schema allows, curated or not; titles come from a small pool so ties happen. */
const careerArb = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    title: fc.constantFrom('Counselor', 'Nurse', 'Organizer', 'Analyst', 'Teacher'),
    curated: fc.boolean(),
    sector: fc.option(fc.constantFrom(...SECTOR_IDS), { nil: null }),
    scale: fc.option(fc.constantFrom(...SCALE_IDS), { nil: null }),
    causes: fc.uniqueArray(fc.constantFrom(...CAUSE_IDS), { maxLength: 4 }),
    clientContact: fc.option(level, { nil: null }),
    emotionalDemand: fc.option(level, { nil: null }),
    minEducation: fc.option(fc.constantFrom(...EDUCATION_IDS), { nil: null }),
    flexibleStudy: fc.option(fc.boolean(), { nil: null }),
    licenseRequired: fc.option(fc.boolean(), { nil: null }),
    licenses: fc.uniqueArray(fc.constantFrom('LPC', 'LMFT', 'LCSW', 'RN'), { maxLength: 2 }),
    qualities: fc.uniqueArray(fc.constantFrom(...QUALITY_IDS), { maxLength: 3 }),
    riasec: fc.option(riasecArb, { nil: null }),
    interestCode: fc.option(fc.constantFrom('S', 'SI', 'SIA', 'IRC', 'ESC'), { nil: null }),
    workValues: fc.option(workValuesArb, { nil: null }),
  })
  .map((fields) => career(fields));

const catalogArb = fc.uniqueArray(careerArb, { selector: (c) => c.id, maxLength: 25 });

const profileArb = fc
  .record({
    causes: fc.uniqueArray(fc.constantFrom(...CAUSE_IDS), { maxLength: 5 }),
    scale: fc.constantFrom(...SCALE_IDS, 'any' as const),
    clientContact: fc.constantFrom(...LEVEL_IDS, 'any' as const),
    emotionalIntensity: fc.constantFrom(...LEVEL_IDS, 'any' as const),
    maxRank: fc.integer({ min: 0, max: EDUCATION_IDS.length - 1 }),
    currentRank: fc.option(fc.integer({ min: 0, max: EDUCATION_IDS.length - 1 }), { nil: undefined }),
    needsFlexibleStudy: fc.option(fc.boolean(), { nil: undefined }),
    interests: fc.option(
      fc.record({
        R: fc.integer({ min: 0, max: 7 }),
        I: fc.integer({ min: 0, max: 7 }),
        A: fc.integer({ min: 0, max: 7 }),
        S: fc.integer({ min: 0, max: 7 }),
        E: fc.integer({ min: 0, max: 7 }),
        C: fc.integer({ min: 0, max: 7 }),
      }),
      { nil: undefined },
    ),
    values: fc.option(fc.uniqueArray(fc.constantFrom(...WORK_VALUE_IDS), { maxLength: 3 }), { nil: undefined }),
    jurisdiction: fc.option(fc.constantFrom('US-TX', 'US-CA', 'US-WY'), { nil: undefined }),
  })
  .map(({ maxRank, currentRank, ...rest }) =>
    MatchProfileSchema.parse({
      ...rest,
      maxEducation: EDUCATION_IDS[maxRank],
      currentEducation: currentRank === undefined ? undefined : EDUCATION_IDS[Math.min(currentRank, maxRank)],
    }),
  );

describe('rankCareers properties', () => {
  it('same input, same output, whatever order the catalog comes in', () => {
    fc.assert(
      fc.property(
        profileArb,
        catalogArb.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))),
        (p, [careers, shuffled]) => {
          const first = rankCareers(p, careers);
          expect(rankCareers(structuredClone(p), structuredClone(careers))).toEqual(first);
          expect(rankCareers(p, shuffled)).toEqual(first);
        },
      ),
    );
  });

  it('adding a cause a career serves never lowers that career score', () => {
    fc.assert(
      fc.property(
        profileArb,
        catalogArb.filter((cs) => cs.some((c) => c.causes.length > 0)),
        fc.nat(),
        fc.nat(),
        (p, careers, pickCareer, pickCause) => {
          const serving = careers.filter((c) => c.causes.length > 0);
          const target = serving[pickCareer % serving.length]!;
          const cause = target.causes[pickCause % target.causes.length]!;
          const before = rankCareers(p, careers).find((r) => r.id === target.id)!;
          const after = rankCareers({ ...p, causes: [...p.causes, cause] }, careers).find((r) => r.id === target.id)!;
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('every career in scope appears exactly once', () => {
    fc.assert(
      fc.property(profileArb, catalogArb, fc.constantFrom('curated' as const, 'all' as const), (p, careers, scope) => {
        const ids = rankCareers(p, careers, { scope }).map((r) => r.id);
        const expected = careers.filter((c) => scope === 'all' || c.curated).map((c) => c.id);
        expect([...ids].sort()).toEqual([...expected].sort());
      }),
    );
  });

  it('scores are whole numbers in 0..100 equal to the clamped sum of 50 and the factor points', () => {
    fc.assert(
      fc.property(profileArb, catalogArb, (p, careers) => {
        for (const r of rankCareers(p, careers)) {
          const sum = r.factors.reduce((s, f) => s + f.points, MATCH_WEIGHTS.base as number);
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBe(Math.min(100, Math.max(0, sum)));
          expect(new Set([...r.factors.map((f) => f.factor), ...r.unknown]).size).toBe(
            r.factors.length + r.unknown.length,
          );
        }
      }),
    );
  });

  it('results are sorted best first', () => {
    fc.assert(
      fc.property(profileArb, catalogArb, (p, careers) => {
        const scores = rankCareers(p, careers).map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });

  it('a career needing more education than the person will pursue never ranks above an otherwise identical one', () => {
    fc.assert(
      fc.property(
        profileArb.filter((p) => p.maxEducation !== 'doctoral'),
        careerArb,
        catalogArb,
        fc.nat(),
        fc.nat(),
        (p, base, others, pickWithin, pickBeyond) => {
          const maxRank = Math.max(
            educationRank(p.maxEducation),
            p.currentEducation === undefined ? -1 : educationRank(p.currentEducation),
          );
          const within = EDUCATION_IDS.slice(0, maxRank + 1);
          const beyond = EDUCATION_IDS.slice(maxRank + 1);
          const reachable = { ...base, id: 'reachable', minEducation: within[pickWithin % within.length]! };
          const tooFar = { ...base, id: 'too-far', minEducation: beyond[pickBeyond % beyond.length]! };
          const catalog = [...others.filter((c) => !['reachable', 'too-far'].includes(c.id)), tooFar, reachable];
          const ids = rankCareers(p, catalog).map((r) => r.id);
          expect(ids.indexOf('reachable')).toBeLessThan(ids.indexOf('too-far'));
        },
      ),
    );
  });
});
