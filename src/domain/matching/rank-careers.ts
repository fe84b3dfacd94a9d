import type { Career, RiasecProfile, WorkValuesProfile } from '#contracts/careers.js';
import { jurisdictionName } from '#contracts/jurisdictions.js';
import type {
  InterestScores,
  MatchFactor,
  MatchFactorId,
  MatchProfile,
  MatchResult,
  MatchScope,
} from '#contracts/matching.js';
import {
  CAUSE_LABELS,
  type CauseId,
  EDUCATION_IDS,
  type EducationId,
  educationRank,
  type Level,
  RIASEC_LETTERS,
  type RiasecLetter,
  SCALE_IDS,
  type ScaleId,
  type WorkValueId,
} from '#contracts/vocabulary.js';

// The weights live in one table so docs/matching.md and the tests can name them; change all three together.
export const MATCH_WEIGHTS = {
  base: 50,
  causes: { firstServed: 12, eachFurtherServed: 4, maxServed: 20, noneServed: -10 },
  scale: { same: 8, oneStep: -3, opposite: -8 },
  clientContact: { same: 6, oneStep: -2, twoSteps: -8 },
  emotionalIntensity: { same: 4, lessPerStep: -2, morePerStep: -4 },
  interests: { atPerfectCorrelation: 10 },
  values: { atMaxExtent: 5 },
  education: { alreadyHeld: 4, withinReach: 3, perLevelBeyond: -12 },
  flexibleStudy: { available: 2, notAvailable: -6 },
} as const;

export interface RankCareersOptions {
  /** Which jurisdictions Vocare has licensure rules for, by license code (e.g. `{ LPC: ['US-TX'] }`). */
  licensedJurisdictions?: Record<string, readonly string[]>;
  /** `curated` keeps only curated careers; omitted or `all` ranks every career given. */
  scope?: MatchScope;
}

const LEVEL_ORDER: Record<Level, number> = { low: 0, some: 1, high: 2 };
const SCALE_ORDER: Record<ScaleId, number> = { micro: 0, mezzo: 1, macro: 2 };

const SCALE_WORDS: Record<ScaleId, string> = {
  micro: 'micro (one-to-one direct service)',
  mezzo: 'mezzo (groups, organizations, neighbourhoods)',
  macro: 'macro (institutions, policy, legislation)',
};

const CONTACT_WANTED: Record<Level, string> = { high: 'a lot of', some: 'some', low: 'little' };
const CONTACT_HAS: Record<Level, string> = { high: 'a lot', some: 'some', low: 'little' };
const INTENSITY_WORDS: Record<Level, string> = { high: 'high', some: 'moderate', low: 'low' };

const LETTER_NAMES: Record<RiasecLetter, string> = {
  R: 'Realistic',
  I: 'Investigative',
  A: 'Artistic',
  S: 'Social',
  E: 'Enterprising',
  C: 'Conventional',
};

const VALUE_WORDS: Record<WorkValueId, string> = {
  achievement: 'achievement',
  'working-conditions': 'working conditions',
  recognition: 'recognition',
  relationships: 'relationships',
  support: 'support',
  independence: 'independence',
};

/** "Needs …" phrasing of each level. */
const EDUCATION_NEEDS: Record<EducationId, string> = {
  'high-school': 'a high school diploma',
  certificate: 'a certificate or some college',
  associate: "an associate's degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctoral: 'a doctoral or professional degree',
};

/** "you said … at most" phrasing of each level. */
const EDUCATION_AT_MOST: Record<EducationId, string> = {
  'high-school': 'high school',
  certificate: 'a certificate',
  associate: "associate's",
  bachelor: "bachelor's",
  master: "master's",
  doctoral: 'a doctorate',
};

/** Everything about the profile the matcher needs, computed once per ranking rather than once per career. */
interface PreparedProfile {
  profile: MatchProfile;
  causes: ReadonlySet<CauseId>;
  causesPhrase: string;
  values: readonly WorkValueId[];
  maxRank: number;
  currentRank: number;
  interests: PreparedInterests | null;
}

interface PreparedInterests {
  centered: readonly number[];
  norm: number;
  topPhrase: string;
}

/**
 * Ranks careers for a self-assessment, best first, explaining every score.
 *
 * Score = 50 + the points of each factor the person answered and the career has data for, clamped to 0..100.
 * Ties on score are broken by the unclamped total, then title, then id, so the order is total and stable.
 * The formula and its weights are documented in docs/matching.md.
 */
export function rankCareers(
  profile: MatchProfile,
  careers: readonly Career[],
  options: RankCareersOptions = {},
): MatchResult[] {
  const { ranked, explain } = scoreCareers(profile, careers, options);
  return ranked.map(explain);
}

/** A career's place in a ranking, before any explanation is written. */
export interface RankedCareer {
  career: Career;
  score: number;
  /** The unclamped total: breaks ties on score. */
  raw: number;
}

/**
 * The ranking of `rankCareers` in two steps: every career scored as plain numbers (fast: no factor objects, no
 * sentences), then `explain` builds the full result of the few careers someone will read. `ranked.map(explain)`
 * is exactly `rankCareers`.
 */
export function scoreCareers(
  profile: MatchProfile,
  careers: readonly Career[],
  options: RankCareersOptions = {},
): { ranked: RankedCareer[]; explain: (ranked: RankedCareer) => MatchResult } {
  const prepared = prepareProfile(profile);
  const inScope = options.scope === 'curated' ? careers.filter((c) => c.curated) : careers;
  const ranked = inScope.map((career) => {
    const raw = rawScore(prepared, career);
    return { career, raw, score: Math.min(100, Math.max(0, raw)) };
  });
  ranked.sort(compareRanked);
  return { ranked, explain: (r) => scoreCareer(prepared, r.career, options).result };
}

function compareRanked(a: RankedCareer, b: RankedCareer): number {
  return (
    b.score - a.score ||
    b.raw - a.raw ||
    compareText(a.career.title, b.career.title) ||
    compareText(a.career.id, b.career.id)
  );
}

/** The same total as `scoreCareer`, from the same point rules, without building a factor. */
function rawScore(p: PreparedProfile, career: Career): number {
  const { profile } = p;
  let raw: number = MATCH_WEIGHTS.base;
  if (p.causes.size > 0 && career.causes.length > 0) raw += causesPoints(causeHits(p, career.causes).length);
  if (profile.scale !== 'any' && career.scale !== null) raw += scalePoints(profile.scale, career.scale);
  if (profile.clientContact !== 'any' && career.clientContact !== null)
    raw += clientContactPoints(profile.clientContact, career.clientContact);
  if (profile.emotionalIntensity !== 'any' && career.emotionalDemand !== null)
    raw += intensityPoints(profile.emotionalIntensity, career.emotionalDemand);
  if (p.interests !== null && p.interests.norm !== 0) {
    const derived = careerInterests(career);
    if (derived !== null && derived.norm !== 0) raw += interestsPoints(p.interests, derived);
  }
  if (p.values.length > 0 && career.workValues !== null) raw += valuesPoints(p.values, career.workValues);
  if (career.minEducation !== null) raw += educationPoints(p, educationRank(career.minEducation));
  if (profile.needsFlexibleStudy === true && career.flexibleStudy !== null)
    raw += career.flexibleStudy ? MATCH_WEIGHTS.flexibleStudy.available : MATCH_WEIGHTS.flexibleStudy.notAvailable;
  return raw;
}

/**
 * Curated careers that share at least one cause with `career` but work at another scale, grouped by scale
 * (micro, mezzo, macro order; the career's own scale left out) and sorted by causes shared, then title.
 */
export function sameCauseOtherScales(
  career: Career,
  careers: readonly Career[],
): { scale: ScaleId; careers: Career[] }[] {
  const causes = new Set(career.causes);
  const sharedCount = (other: Career) => other.causes.filter((c) => causes.has(c)).length;
  return SCALE_IDS.filter((scale) => scale !== career.scale).map((scale) => ({
    scale,
    careers: careers
      .filter((other) => other.curated && other.id !== career.id && other.scale === scale && sharedCount(other) > 0)
      .sort((a, b) => sharedCount(b) - sharedCount(a) || compareText(a.title, b.title) || compareText(a.id, b.id)),
  }));
}

/** A factor as one line for people: "You care about mental health; this career serves it: +12". */
export function formatFactor(factor: MatchFactor): string {
  return `${factor.reason}: ${formatPoints(factor.points)}`;
}

interface Scored {
  result: MatchResult;
  raw: number;
}

// Code-unit order, not localeCompare: the ranking must not change with the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function prepareProfile(profile: MatchProfile): PreparedProfile {
  const current = profile.currentEducation;
  const currentRank = current === undefined ? -1 : educationRank(current);
  const causes = new Set(profile.causes);
  return {
    profile,
    causes,
    causesPhrase: causeList([...causes]),
    values: [...new Set(profile.values ?? [])],
    // A person never has less education than they already hold, whatever maxEducation says.
    maxRank: Math.max(educationRank(profile.maxEducation), currentRank),
    currentRank,
    interests: profile.interests === undefined ? null : prepareInterests(profile.interests),
  };
}

function prepareInterests(scores: InterestScores): PreparedInterests {
  const centered = centerRiasec(scores);
  return { centered, norm: norm(centered), topPhrase: letterList(topLetters(scores)) };
}

function scoreCareer(p: PreparedProfile, career: Career, options: RankCareersOptions): Scored {
  const { profile } = p;
  const factors: MatchFactor[] = [];
  const unknown: MatchFactorId[] = [];
  const gaps: string[] = [];
  // Factor order is fixed (the order of MATCH_FACTOR_IDS), so explanations read the same for every career.
  collect(factors, unknown, 'causes', p.causes.size > 0 ? causesFactor(p, career.causes) : undefined);
  collect(factors, unknown, 'scale', profile.scale === 'any' ? undefined : scaleFactor(profile.scale, career.scale));
  collect(
    factors,
    unknown,
    'clientContact',
    profile.clientContact === 'any' ? undefined : clientContactFactor(profile.clientContact, career.clientContact),
  );
  collect(
    factors,
    unknown,
    'emotionalIntensity',
    profile.emotionalIntensity === 'any'
      ? undefined
      : intensityFactor(profile.emotionalIntensity, career.emotionalDemand),
  );
  collect(factors, unknown, 'interests', p.interests === null ? undefined : interestsFactor(p.interests, career));
  collect(factors, unknown, 'values', p.values.length > 0 ? valuesFactor(p.values, career.workValues) : undefined);
  collect(factors, unknown, 'education', educationFactor(p, career.minEducation, gaps));
  collect(
    factors,
    unknown,
    'flexibleStudy',
    profile.needsFlexibleStudy === true ? flexibleStudyFactor(career.flexibleStudy, gaps) : undefined,
  );
  if (career.licenseRequired === true) gaps.push(licenseGap(career, profile.jurisdiction, options));

  let raw: number = MATCH_WEIGHTS.base;
  for (const f of factors) raw += f.points;
  return {
    raw,
    result: {
      id: career.id,
      title: career.title,
      socCode: career.socCode,
      curated: career.curated,
      scale: career.scale,
      sector: career.sector,
      score: Math.min(100, Math.max(0, raw)),
      factors,
      gaps,
      unknown,
    },
  };
}

/**
 * A factor whose sentence is written only when someone reads it. Ranking the whole atlas scores every career,
 * but people (and the API, which cuts to `top`) read the reasons of a few; building every sentence up front
 * was most of the time a ranking took. The getter is enumerable, so JSON and deep equality see a plain string.
 */
function lazyFactor(factor: MatchFactorId, points: number, explain: () => string): MatchFactor {
  let reason: string | undefined;
  return {
    factor,
    points,
    get reason() {
      reason ??= explain();
      return reason;
    },
  };
}

/** undefined: the person gave no preference, so the factor is skipped; null: the career has no data for it. */
function collect(
  factors: MatchFactor[],
  unknown: MatchFactorId[],
  id: MatchFactorId,
  factor: MatchFactor | null | undefined,
): void {
  if (factor === null) unknown.push(id);
  else if (factor !== undefined) factors.push(factor);
}

// Counting served causes (not a share of the person's causes) means picking more causes never costs a career
// points, and each extra cause served is worth less than the first: the first is what makes it a fit at all.
function causesFactor(p: PreparedProfile, served: readonly CauseId[]): MatchFactor | null {
  if (served.length === 0) return null;
  const hits = causeHits(p, served);
  if (hits.length === 0) {
    return lazyFactor(
      'causes',
      causesPoints(0),
      () => `This career serves ${causeList(served)}, not the causes you picked (${p.causesPhrase})`,
    );
  }
  const points = causesPoints(hits.length);
  const it = hits.length === 1 ? 'it' : hits.length === 2 ? 'both' : 'all of them';
  return lazyFactor('causes', points, () => `You care about ${causeList(hits)}; this career serves ${it}`);
}

function causeHits(p: PreparedProfile, served: readonly CauseId[]): CauseId[] {
  const hits: CauseId[] = [];
  for (const cause of served) if (p.causes.has(cause) && !hits.includes(cause)) hits.push(cause);
  return hits;
}

function causesPoints(hits: number): number {
  const w = MATCH_WEIGHTS.causes;
  return hits === 0 ? w.noneServed : Math.min(w.maxServed, w.firstServed + w.eachFurtherServed * (hits - 1));
}

function scalePoints(wanted: ScaleId, scale: ScaleId): number {
  const distance = Math.abs(SCALE_ORDER[wanted] - SCALE_ORDER[scale]);
  const w = MATCH_WEIGHTS.scale;
  return distance === 0 ? w.same : distance === 1 ? w.oneStep : w.opposite;
}

function clientContactPoints(wanted: Level, level: Level): number {
  const w = MATCH_WEIGHTS.clientContact;
  const distance = Math.abs(LEVEL_ORDER[wanted] - LEVEL_ORDER[level]);
  return distance === 0 ? w.same : distance === 1 ? w.oneStep : w.twoSteps;
}

function intensityPoints(wanted: Level, level: Level): number {
  const w = MATCH_WEIGHTS.emotionalIntensity;
  const steps = LEVEL_ORDER[level] - LEVEL_ORDER[wanted];
  return steps === 0 ? w.same : steps > 0 ? w.morePerStep * steps : w.lessPerStep * -steps;
}

function interestsPoints(person: PreparedInterests, career: CareerInterests): number {
  return roundPoints(MATCH_WEIGHTS.interests.atPerfectCorrelation * interestsCorrelation(person, career));
}

function interestsCorrelation(person: PreparedInterests, career: CareerInterests): number {
  return dot(person.centered, career.centered) / (person.norm * career.norm);
}

function valuesPoints(values: readonly WorkValueId[], extents: WorkValuesProfile): number {
  let sum = 0;
  for (const v of values) sum += (extents[v] - 4) / 3;
  return roundPoints((MATCH_WEIGHTS.values.atMaxExtent * sum) / values.length);
}

function educationPoints(p: PreparedProfile, needed: number): number {
  const w = MATCH_WEIGHTS.education;
  if (needed <= p.currentRank) return w.alreadyHeld;
  if (needed <= p.maxRank) return w.withinReach;
  return w.perLevelBeyond * (needed - p.maxRank);
}

function scaleFactor(wanted: ScaleId, scale: ScaleId | null): MatchFactor | null {
  if (scale === null) return null;
  const distance = Math.abs(SCALE_ORDER[wanted] - SCALE_ORDER[scale]);
  const points = scalePoints(wanted, scale);
  const intro = `You want to work at ${SCALE_WORDS[wanted]} scale`;
  if (distance === 0) return { factor: 'scale', points, reason: `${intro}; this career works there` };
  if (distance === 1) {
    return {
      factor: 'scale',
      points,
      reason: `${intro}; this career works at ${SCALE_WORDS[scale]} scale, one step away`,
    };
  }
  return {
    factor: 'scale',
    points,
    reason: `${intro}; this career works at ${SCALE_WORDS[scale]} scale, the other end`,
  };
}

function clientContactFactor(wanted: Level, level: Level | null): MatchFactor | null {
  if (level === null) return null;
  const distance = Math.abs(LEVEL_ORDER[wanted] - LEVEL_ORDER[level]);
  const points = clientContactPoints(wanted, level);
  const joiner = distance === 0 ? ', and' : ';';
  return {
    factor: 'clientContact',
    points,
    reason: `You want ${CONTACT_WANTED[wanted]} direct client contact${joiner} this career has ${CONTACT_HAS[level]}`,
  };
}

// Asymmetric on purpose: work more emotionally demanding than a person wants is the road to burnout,
// while work that is calmer than they were ready for is merely less than they hoped.
function intensityFactor(wanted: Level, level: Level | null): MatchFactor | null {
  if (level === null) return null;
  const steps = LEVEL_ORDER[level] - LEVEL_ORDER[wanted];
  const points = intensityPoints(wanted, level);
  if (steps === 0) {
    return {
      factor: 'emotionalIntensity',
      points,
      reason: `You want ${INTENSITY_WORDS[wanted]} emotional intensity, and this career's is ${INTENSITY_WORDS[level]}`,
    };
  }
  if (steps > 0) {
    return {
      factor: 'emotionalIntensity',
      points,
      reason: `This career is more emotionally demanding (${INTENSITY_WORDS[level]}) than you want (${INTENSITY_WORDS[wanted]})`,
    };
  }
  return {
    factor: 'emotionalIntensity',
    points,
    reason: `This career is less emotionally intense (${INTENSITY_WORDS[level]}) than you are ready for (${INTENSITY_WORDS[wanted]})`,
  };
}

// Pearson correlation compares the shape of two profiles and ignores their level and spread, so a person who
// rates everything high and one who rates everything low but in the same order get the same fit; it also makes
// the person's 0-7 scale and O*NET's 1-7 scale directly comparable. See docs/matching.md.
function interestsFactor(person: PreparedInterests, career: Career): MatchFactor | null {
  const derived = careerInterests(career);
  if (derived === null) return null;
  const { norm: careerNorm, topPhrase } = derived;
  if (person.norm === 0 || careerNorm === 0) {
    const whose = person.norm === 0 ? 'Your interest scores are all equal' : "This career's interest profile is flat";
    return { factor: 'interests', points: 0, reason: `${whose}, so interests neither favour nor count against it` };
  }
  const r = interestsCorrelation(person, derived);
  const points = interestsPoints(person, derived);
  return lazyFactor(
    'interests',
    points,
    () =>
      `Your strongest interests are ${person.topPhrase}; this career's are ${topPhrase}: ${fitWord(r)} (correlation ${roundTo(r, 2)})`,
  );
}

interface CareerInterests {
  riasec: RiasecProfile;
  interestCode: string | null;
  centered: readonly number[];
  norm: number;
  topPhrase: string;
}

// Ranking the whole atlas must stay under a millisecond, and a career's interest vector and wording do not depend
// on the person, so they are worked out once per career object. Keyed weakly so a replaced catalog is collected;
// the entry is checked against the career's current riasec and code, so only mutating riasec in place would be
// missed (catalog rows are parsed data and never mutated).
const careerInterestCache = new WeakMap<Career, CareerInterests>();

function careerInterests(career: Career): CareerInterests | null {
  const { riasec, interestCode } = career;
  if (riasec === null) return null;
  const cached = careerInterestCache.get(career);
  if (cached !== undefined && cached.riasec === riasec && cached.interestCode === interestCode) return cached;
  const centered = centerRiasec(riasec);
  const derived = {
    riasec,
    interestCode,
    centered,
    norm: norm(centered),
    topPhrase: letterList(topFromCode(interestCode) ?? topLetters(riasec)),
  };
  careerInterestCache.set(career, derived);
  return derived;
}

// O*NET work-value extents run 1-7 with 4 as the midpoint, so (extent - 4) / 3 is -1..+1 and the mean over the
// chosen values keeps the factor's range fixed however many values the person picks.
function valuesFactor(values: readonly WorkValueId[], extents: WorkValuesProfile | null): MatchFactor | null {
  if (extents === null) return null;
  return lazyFactor('values', valuesPoints(values, extents), () => {
    const parts = values.map((v) => `${VALUE_WORDS[v]} ${roundTo(extents[v], 1)}`);
    return `How much this career offers what you value, as O*NET rates it from 1 (hardly) to 7 (a great deal), 4 being average: ${joinList(parts)}`;
  });
}

function educationFactor(p: PreparedProfile, minEducation: EducationId | null, gaps: string[]): MatchFactor | null {
  if (minEducation === null) return null;
  const w = MATCH_WEIGHTS.education;
  const needed = educationRank(minEducation);
  if (needed <= p.currentRank) {
    return {
      factor: 'education',
      points: w.alreadyHeld,
      reason: `You already have the education it needs (${EDUCATION_NEEDS[minEducation]})`,
    };
  }
  if (needed <= p.maxRank) {
    return {
      factor: 'education',
      points: w.withinReach,
      reason: `It needs ${EDUCATION_NEEDS[minEducation]}, within how far you will study`,
    };
  }
  const reach = EDUCATION_IDS[p.maxRank] ?? p.profile.maxEducation;
  const levels = needed - p.maxRank;
  const gap = `Needs ${EDUCATION_NEEDS[minEducation]}; you said ${EDUCATION_AT_MOST[reach]} at most`;
  gaps.push(gap);
  return {
    factor: 'education',
    points: w.perLevelBeyond * levels,
    reason: `${gap} (${levels} ${levels === 1 ? 'level' : 'levels'} further)`,
  };
}

function flexibleStudyFactor(flexibleStudy: boolean | null, gaps: string[]): MatchFactor | null {
  if (flexibleStudy === null) return null;
  const w = MATCH_WEIGHTS.flexibleStudy;
  if (flexibleStudy) {
    return {
      factor: 'flexibleStudy',
      points: w.available,
      reason: 'You need flexible or online study; training for this career is commonly offered that way',
    };
  }
  const gap = 'Training usually needs in-person study; you need flexible or online study';
  gaps.push(gap);
  return { factor: 'flexibleStudy', points: w.notAvailable, reason: gap };
}

// A license is a step on the path of nearly every clinical helping career, so it is a gap to plan for and never
// costs points: penalising it would push people away from the very careers Vocare is for.
function licenseGap(career: Career, jurisdiction: string | undefined, options: RankCareersOptions): string {
  const which = career.licenses.length > 0 ? ` (${career.licenses.join(', ')})` : '';
  if (jurisdiction === undefined) return `Needs a license${which}; add your state to see its rules`;
  const state = jurisdictionName(jurisdiction) ?? jurisdiction;
  const covered = options.licensedJurisdictions;
  const hasRules =
    covered === undefined || career.licenses.some((license) => covered[license]?.includes(jurisdiction) === true);
  const suffix = hasRules ? '' : `; Vocare does not have ${state}’s licensing rules yet`;
  return `Needs a license${which} in ${state}${suffix}`;
}

/** The six scores in R, I, A, S, E, C order, minus their mean. */
function centerRiasec(s: Record<RiasecLetter, number>): number[] {
  const mean = (s.R + s.I + s.A + s.S + s.E + s.C) / 6;
  return [s.R - mean, s.I - mean, s.A - mean, s.S - mean, s.E - mean, s.C - mean];
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

function norm(values: readonly number[]): number {
  return Math.sqrt(dot(values, values));
}

/** The highest-scoring letters (up to three, ties kept in RIASEC order), as a high-point code would list them. */
function topLetters(scores: Record<RiasecLetter, number>): RiasecLetter[] {
  return [...RIASEC_LETTERS].sort((a, b) => scores[b] - scores[a]).slice(0, 3);
}

function topFromCode(code: string | null): RiasecLetter[] | null {
  if (code === null) return null;
  const letters = [...code].filter((ch): ch is RiasecLetter => (RIASEC_LETTERS as readonly string[]).includes(ch));
  return letters.length > 0 ? letters : null;
}

function fitWord(r: number): string {
  if (r >= 0.6) return 'a close match';
  if (r >= 0.3) return 'a fair match';
  if (r > -0.3) return 'little in common';
  return 'opposite leanings';
}

function letterList(letters: readonly RiasecLetter[]): string {
  return joinList(letters.map((l) => LETTER_NAMES[l]));
}

function causeList(causes: readonly CauseId[]): string {
  return joinList(causes.map((c) => lowerFirst(CAUSE_LABELS[c])));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// Math.round sends -2.5 to -2 but 2.5 to 3; rounding halves away from zero keeps gains and losses symmetric.
function roundPoints(x: number): number {
  const rounded = Math.sign(x) * Math.round(Math.abs(x));
  return rounded === 0 ? 0 : rounded;
}

// toFixed is several times slower than this, and ranking the atlas formats thousands of numbers per profile.
function roundTo(x: number, digits: 1 | 2): string {
  const factor = digits === 1 ? 10 : 100;
  const rounded = Math.round(x * factor) / factor;
  return String(rounded === 0 ? 0 : rounded);
}

function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `-${-points}` : '0';
}
