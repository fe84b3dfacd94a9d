// The mentor matcher (docs/mentoring.md, ADR 0027): pure, deterministic, whole-pool. It scores every mentee-mentor
// pair on eight factors, weighted so that shared values, causes, scale, career and stage outweigh the
// demographic-like ones, then hands out suggestions round by round so that no mentor is suggested to more people
// than they have free seats.
import {
  HELP_KIND_IDS,
  HELP_KIND_LABELS,
  type MatcherMentee,
  type MatcherMentor,
  MENTOR_FACTOR_IDS,
  MENTORING_VALUE_IDS,
  MENTORING_VALUE_LABELS,
  type MentorFactor,
  type MentorFactorId,
  type MentorSuggestion,
  type PoolAssignment,
} from '#contracts/mentorship.js';
import { CURRENT_STAGE_IDS, CURRENT_STAGE_LABELS } from '#contracts/pathways.js';
import { CAUSE_IDS, CAUSE_LABELS, SCALE_IDS, type ScaleId } from '#contracts/vocabulary.js';

/** Points per factor; they add up to 100. Values and causes lead; populations and meeting place come last. */
export const MENTOR_FACTOR_WEIGHTS: Readonly<Record<MentorFactorId, number>> = {
  values: 25,
  causes: 20,
  scale: 14,
  career: 14,
  stage: 12,
  help: 9,
  populations: 3,
  meeting: 3,
};

/** How many suggestions each mentee gets at most. */
export const SUGGESTIONS_PER_MENTEE = 3;
/** How many best mentors per mentee enter the pool-wide hand-out before the exhaustive second pass. */
const CANDIDATES_PER_MENTEE = 24;
/** A list the person left empty counts half: we do not know, so it neither helps nor hurts much. */
const UNKNOWN = 0.5;
/** Sharing this many values or causes counts fully. */
const FULL_OVERLAP = 3;

export interface MatchPoolOptions {
  suggestionsPerMentee?: number;
  /** Titles for career ids, used in the explanations (the id is shown otherwise). */
  careerTitles?: Readonly<Record<string, string>>;
}

// ---- factor fractions (0..1), the one definition both the fast pass and the explanations use ----

function bits<T extends string>(all: readonly T[], chosen: readonly T[]): number {
  let mask = 0;
  for (const id of chosen) {
    const i = all.indexOf(id);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

const POPCOUNT = new Uint8Array(1 << 16);
for (let i = 1; i < POPCOUNT.length; i++) POPCOUNT[i] = (POPCOUNT[i >> 1] ?? 0) + (i & 1);
function popcount(mask: number): number {
  return (POPCOUNT[mask & 0xffff] ?? 0) + (POPCOUNT[mask >>> 16] ?? 0);
}

const SCALE_BITS: Record<ScaleId, number> = { micro: 1, mezzo: 2, macro: 4 };
const NEIGHBOUR_SCALES: Record<ScaleId, number> = { micro: 2, mezzo: 1 | 4, macro: 2 };

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Everything about one person the fast pass needs, as numbers. */
interface Prepared {
  values: number;
  causes: number;
  scales: number;
  help: number;
  stages: number;
  languages: number;
  languageList: readonly string[];
  populations: Set<string>;
  mode: 'remote' | 'in-person' | 'either';
  place: string | null;
  careers: Set<string>;
}

function prepare(
  person: MatcherMentor | MatcherMentee,
  languageIndex: Map<string, number>,
): Prepared & { stageBit: number } {
  let languages = 0;
  for (const language of person.languages) {
    let index = languageIndex.get(language);
    if (index === undefined) {
      index = languageIndex.size;
      languageIndex.set(language, index);
    }
    languages |= 1 << (index % 31);
  }
  const scales = 'scales' in person ? person.scales : person.scale ? [person.scale] : [];
  const stages = 'stages' in person ? person.stages : [person.stage];
  return {
    values: bits(MENTORING_VALUE_IDS, person.values),
    causes: bits(CAUSE_IDS, person.causes),
    scales: bits(SCALE_IDS, scales),
    help: bits(HELP_KIND_IDS, person.helpWith),
    stages: bits(CURRENT_STAGE_IDS, stages),
    stageBit: 'stage' in person ? bits(CURRENT_STAGE_IDS, [person.stage]) : 0,
    languages,
    languageList: person.languages,
    populations: new Set(person.populations.map(normalise)),
    mode: person.mode,
    place: person.place ? normalise(person.place) : null,
    careers: new Set(person.careers),
  };
}

function overlapFraction(wanted: number, offered: number, fullAt: number): number {
  const want = popcount(wanted);
  if (want === 0 || offered === 0) return UNKNOWN;
  return Math.min(1, popcount(wanted & offered) / Math.min(want, fullAt));
}

function scaleFraction(menteeScale: number, mentorScales: number): number {
  if (menteeScale === 0 || mentorScales === 0) return UNKNOWN;
  if ((menteeScale & mentorScales) !== 0) return 1;
  const scale = SCALE_IDS.find((s) => SCALE_BITS[s] === menteeScale);
  return scale && (NEIGHBOUR_SCALES[scale] & mentorScales) !== 0 ? 0.5 : 0;
}

function stageFraction(menteeStage: number, mentorStages: number): number {
  if (mentorStages === 0) return 0.75;
  return (menteeStage & mentorStages) !== 0 ? 1 : 0;
}

/** Remote-only and in-person-only people cannot meet at all; in person in two places barely. */
function meetingFraction(mentee: Prepared, mentor: Prepared): number {
  if (mentee.mode === 'remote' || mentor.mode === 'remote') {
    return mentee.mode === 'in-person' || mentor.mode === 'in-person' ? -1 : 1;
  }
  if (mentee.mode === 'either' || mentor.mode === 'either') return 1;
  return mentee.place !== null && mentee.place === mentor.place ? 1 : 0.2;
}

function setOverlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** The bit test is exact up to 31 languages in a pool; beyond that a hit is confirmed on the lists. */
function shareLanguage(a: Prepared, b: Prepared, confirm: boolean): boolean {
  if ((a.languages & b.languages) === 0) return false;
  return !confirm || a.languageList.some((l) => b.languageList.includes(l));
}

function fractions(mentee: Prepared, mentor: Prepared): Record<MentorFactorId, number> | null {
  if (!shareLanguage(mentee, mentor, true)) return null;
  const meeting = meetingFraction(mentee, mentor);
  if (meeting < 0) return null;
  return {
    values: overlapFraction(mentee.values, mentor.values, FULL_OVERLAP),
    causes: overlapFraction(mentee.causes, mentor.causes, FULL_OVERLAP),
    scale: scaleFraction(mentee.scales, mentor.scales),
    career: mentee.careers.size === 0 ? UNKNOWN : setOverlap(mentee.careers, mentor.careers) > 0 ? 1 : 0,
    stage: stageFraction(mentee.stages, mentor.stages),
    help: overlapFraction(mentee.help, mentor.help, HELP_KIND_IDS.length),
    populations:
      mentee.populations.size === 0 || mentor.populations.size === 0
        ? UNKNOWN
        : setOverlap(mentee.populations, mentor.populations) > 0
          ? 1
          : 0,
    meeting,
  };
}

function total(f: Record<MentorFactorId, number>): number {
  let sum = 0;
  for (const id of MENTOR_FACTOR_IDS) sum += f[id] * MENTOR_FACTOR_WEIGHTS[id];
  return sum;
}

// ---- explanations ----

function labelsOf<T extends string>(ids: readonly T[], labels: Record<T, string>): string {
  const words = ids.map((id) => labels[id]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function reasonFor(
  factor: MentorFactorId,
  fraction: number,
  mentee: MatcherMentee,
  mentor: MatcherMentor,
  titles: Readonly<Record<string, string>>,
): string {
  switch (factor) {
    case 'values': {
      const shared = mentee.values.filter((v) => mentor.values.includes(v));
      if (mentee.values.length === 0 || mentor.values.length === 0)
        return 'One of you named no values, so values count half.';
      return shared.length > 0
        ? `You share values: ${labelsOf(shared, MENTORING_VALUE_LABELS)}.`
        : 'None of the values you named is among theirs.';
    }
    case 'causes': {
      const shared = mentee.causes.filter((c) => mentor.causes.includes(c));
      if (mentee.causes.length === 0 || mentor.causes.length === 0)
        return 'One of you named no causes, so causes count half.';
      return shared.length > 0
        ? `You both care about ${labelsOf(shared, CAUSE_LABELS).toLowerCase()}.`
        : `No cause in common: they work on ${labelsOf(mentor.causes, CAUSE_LABELS).toLowerCase()}.`;
    }
    case 'scale': {
      if (!mentee.scale || mentor.scales.length === 0) return 'Scale of work is not known for one of you.';
      const theirs = listWords(mentor.scales);
      if (fraction === 1) return `They work at the ${mentee.scale} scale you chose.`;
      if (fraction > 0) return `They work at the ${theirs} scale, next to the ${mentee.scale} scale you chose.`;
      return `They work at the ${theirs} scale; you chose ${mentee.scale}.`;
    }
    case 'career': {
      if (mentee.careers.length === 0) return 'You named no career, so career counts half.';
      const shared = mentee.careers.filter((c) => mentor.careers.includes(c)).map((c) => titles[c] ?? c);
      return shared.length > 0
        ? `They know the career you are aiming for: ${listWords(shared)}.`
        : 'They have not worked in the careers you named.';
    }
    case 'stage': {
      const yours = CURRENT_STAGE_LABELS[mentee.stage].toLowerCase();
      if (mentor.stages.length === 0) return 'They mentor people at any stage.';
      return fraction === 1
        ? `They mentor people at your stage (${yours}).`
        : `They mentor people at other stages than yours (${yours}).`;
    }
    case 'help': {
      if (mentee.helpWith.length === 0 || mentor.helpWith.length === 0)
        return 'The help asked for or offered is not stated, so it counts half.';
      const shared = mentee.helpWith.filter((h) => mentor.helpWith.includes(h));
      return shared.length > 0
        ? `They can help with ${labelsOf(shared, HELP_KIND_LABELS)}.`
        : `They do not offer the help you asked for (${labelsOf(mentee.helpWith, HELP_KIND_LABELS)}).`;
    }
    case 'populations': {
      if (mentee.populations.length === 0 || mentor.populations.length === 0)
        return 'Populations served are not stated for one of you.';
      const theirs = new Set(mentor.populations.map(normalise));
      const shared = mentee.populations.filter((p) => theirs.has(normalise(p)));
      return shared.length > 0
        ? `They serve the people you want to serve: ${listWords(shared)}.`
        : 'They serve other populations than the ones you named.';
    }
    case 'meeting': {
      if (fraction === 1) {
        if (mentee.mode === 'in-person' && mentor.mode === 'in-person') return `You can both meet in ${mentee.place}.`;
        return 'You can meet the way you asked.';
      }
      return 'You both want to meet in person, but in different places.';
    }
  }
}

function explain(
  mentee: MatcherMentee,
  mentor: MatcherMentor,
  f: Record<MentorFactorId, number>,
  titles: Readonly<Record<string, string>>,
): MentorSuggestion {
  const factors: MentorFactor[] = MENTOR_FACTOR_IDS.map((id) => ({
    factor: id,
    points: Math.round(f[id] * MENTOR_FACTOR_WEIGHTS[id] * 10) / 10,
    weight: MENTOR_FACTOR_WEIGHTS[id],
    reason: reasonFor(id, f[id], mentee, mentor, titles),
  }));
  const order = (id: MentorFactorId) => MENTOR_FACTOR_IDS.indexOf(id);
  const strongest = [...factors].sort((a, b) => b.points - a.points || order(a.factor) - order(b.factor)).slice(0, 3);
  const rest = factors.filter((x) => !strongest.includes(x));
  // The weakest: the least of its own weight earned; a heavy factor that fails matters more than a light one.
  const weakest = [...rest].sort(
    (a, b) => a.points / a.weight - b.points / b.weight || b.weight - a.weight || order(a.factor) - order(b.factor),
  )[0];
  if (!weakest) throw new Error('unreachable: eight factors, three strongest');
  return { mentorId: mentor.id, score: Math.round(total(f)), strongest, weakest };
}

/** Scores and explains one pair, or null when they cannot work together (no shared language, remote vs in person). */
export function scoreMentorPair(
  mentee: MatcherMentee,
  mentor: MatcherMentor,
  careerTitles: Readonly<Record<string, string>> = {},
): MentorSuggestion | null {
  const languages = new Map<string, number>();
  const f = fractions(prepare(mentee, languages), prepare(mentor, languages));
  return f ? explain(mentee, mentor, f, careerTitles) : null;
}

/**
 * The unrounded score of one pair, `total(fractions())`: the reference the pool-wide pass ranks by (and must
 * reproduce exactly), or null when the two cannot work together.
 */
export function mentorPairPoints(mentee: MatcherMentee, mentor: MatcherMentor): number | null {
  const languages = new Map<string, number>();
  const f = fractions(prepare(mentee, languages), prepare(mentor, languages));
  return f ? total(f) : null;
}

/** Free seats: capacity minus seats held by active mentorships and open requests, never below zero. */
export function freeSeats(mentor: Pick<MatcherMentor, 'capacity' | 'taken'>): number {
  return Math.max(0, mentor.capacity - mentor.taken);
}

// ---- the fast pass: the same sums as `total(fractions())`, over typed arrays ----

/** Added to an overlap count when the mentor's list is empty, so one table read gives the "not known" points. */
const EMPTY = 16;
/** Bounds are compared with this margin, far above floating-point rounding, so skipping never changes a result. */
const MARGIN = 1e-6;

const strictModeOf = (p: Prepared) => (p.mode === 'remote' ? 1 : p.mode === 'in-person' ? 2 : 0);

/** Fills `table` with the points of an overlap of n (index n) and of an empty list on the mentor's side (EMPTY). */
function fillOverlapPoints(table: Float64Array, wanted: number, fullAt: number, weight: number): void {
  const want = popcount(wanted);
  const den = Math.min(want, fullAt);
  table.fill(UNKNOWN * weight);
  if (want === 0) return;
  for (let n = 0; n < EMPTY; n++) table[n] = Math.min(1, n / den) * weight;
}

function maxOf(table: Float64Array): number {
  let max = 0;
  for (const x of table) if (x > max) max = x;
  return max;
}

/**
 * Scores one mentee at a time against the mentors, who are held as columns of numbers (in id order). Selecting a
 * mentee turns each factor into a small table of points indexed by what a pair shares (values, causes and help kinds
 * in common, the mentor's scale bits, a career or population in common), so a pair costs a few array reads. Every
 * entry is the product `fraction * weight` that `total(fractions())` computes, and a pair's points are added in the
 * same factor order, so the scores are the same floating-point numbers as the reference definition's.
 */
class PairScorer {
  private readonly values: Int32Array;
  private readonly valuesEmpty: Uint8Array;
  private readonly causes: Int32Array;
  private readonly causesEmpty: Uint8Array;
  private readonly help: Int32Array;
  private readonly helpEmpty: Uint8Array;
  private readonly scales: Int32Array;
  private readonly stages: Int32Array;
  /** 2 when the mentor takes any stage (the stage table's third entry), else 0. */
  private readonly stagesAny: Uint8Array;
  /** 2 when the mentor named no populations (the populations table's third entry), else 0. */
  private readonly populationsEmpty: Uint8Array;
  private readonly languages: Int32Array;
  private readonly strictMode: Uint8Array;
  private readonly careerStamp: Int32Array;
  private readonly populationStamp: Int32Array;
  private readonly excludedStamp: Int32Array;
  private readonly byCareer = new Map<string, number[]>();
  private readonly byPopulation = new Map<string, number[]>();

  private readonly valuesPoints = new Float64Array(EMPTY + 1);
  private readonly causesPoints = new Float64Array(EMPTY + 1);
  private readonly helpPoints = new Float64Array(EMPTY + 1);
  private readonly scalePoints = new Float64Array(8);
  private readonly careerPoints = new Float64Array(2);
  private readonly stagePoints = new Float64Array(3);
  private readonly populationPoints = new Float64Array(3);
  private at = -1;
  private mentee: Prepared | null = null;
  private menteeStrict = 0;
  /** The most stage, help, populations and meeting can add to the selected mentee's score, plus MARGIN. */
  private tailMax = 0;

  constructor(
    private readonly mentors: readonly Prepared[],
    private readonly mentorIndex: ReadonlyMap<string, number>,
    private readonly exactLanguages: boolean,
  ) {
    const column = (f: (m: Prepared) => number) => Int32Array.from(mentors, f);
    const flag = (f: (m: Prepared) => boolean, value: number) => Uint8Array.from(mentors, (m) => (f(m) ? value : 0));
    this.values = column((m) => m.values);
    this.valuesEmpty = flag((m) => m.values === 0, EMPTY);
    this.causes = column((m) => m.causes);
    this.causesEmpty = flag((m) => m.causes === 0, EMPTY);
    this.help = column((m) => m.help);
    this.helpEmpty = flag((m) => m.help === 0, EMPTY);
    this.scales = column((m) => m.scales);
    this.stages = column((m) => m.stages);
    this.stagesAny = flag((m) => m.stages === 0, 2);
    this.populationsEmpty = flag((m) => m.populations.size === 0, 2);
    this.languages = column((m) => m.languages);
    this.strictMode = Uint8Array.from(mentors, strictModeOf);
    this.careerStamp = new Int32Array(mentors.length).fill(-1);
    this.populationStamp = new Int32Array(mentors.length).fill(-1);
    this.excludedStamp = new Int32Array(mentors.length).fill(-1);
    const listOf = (map: Map<string, number[]>, key: string) => {
      const list = map.get(key) ?? [];
      if (list.length === 0) map.set(key, list);
      return list;
    };
    mentors.forEach((m, j) => {
      for (const c of m.careers) listOf(this.byCareer, c).push(j);
      for (const p of m.populations) listOf(this.byPopulation, p).push(j);
    });
  }

  /** Makes mentee number `at` (unique per mentee) the one scored next. */
  select(at: number, e: Prepared, excludedMentors: readonly string[]): void {
    const W = MENTOR_FACTOR_WEIGHTS;
    this.at = at;
    this.mentee = e;
    this.menteeStrict = strictModeOf(e);
    fillOverlapPoints(this.valuesPoints, e.values, FULL_OVERLAP, W.values);
    fillOverlapPoints(this.causesPoints, e.causes, FULL_OVERLAP, W.causes);
    fillOverlapPoints(this.helpPoints, e.help, HELP_KIND_IDS.length, W.help);
    for (let b = 0; b < 8; b++) this.scalePoints[b] = scaleFraction(e.scales, b) * W.scale;
    const careerUnknown = e.careers.size === 0;
    this.careerPoints[0] = (careerUnknown ? UNKNOWN : 0) * W.career;
    this.careerPoints[1] = (careerUnknown ? UNKNOWN : 1) * W.career;
    // [no stage in common, the mentee's stage, the mentor takes any stage]: stageFraction's 0, 1 and 0.75.
    this.stagePoints[0] = 0 * W.stage;
    this.stagePoints[1] = 1 * W.stage;
    this.stagePoints[2] = 0.75 * W.stage;
    const populationsUnknown = e.populations.size === 0;
    this.populationPoints[0] = (populationsUnknown ? UNKNOWN : 0) * W.populations;
    this.populationPoints[1] = (populationsUnknown ? UNKNOWN : 1) * W.populations;
    this.populationPoints[2] = UNKNOWN * W.populations;
    this.tailMax = maxOf(this.stagePoints) + maxOf(this.helpPoints) + maxOf(this.populationPoints) + W.meeting + MARGIN;
    for (const c of e.careers) for (const j of this.byCareer.get(c) ?? []) this.careerStamp[j] = at;
    for (const p of e.populations) for (const j of this.byPopulation.get(p) ?? []) this.populationStamp[j] = at;
    for (const id of excludedMentors) {
      const j = this.mentorIndex.get(id);
      if (j !== undefined) this.excludedStamp[j] = at;
    }
  }

  /** Whether the selected mentee dismissed (or already asked) mentor j. */
  isExcluded(j: number): boolean {
    return this.excludedStamp[j] === this.at;
  }

  /** Values, causes, scale and career: the first four terms of the sum, in the reference order. */
  private leading(j: number): number {
    const e = this.mentee as Prepared;
    return (
      (this.valuesPoints[
        (POPCOUNT[e.values & (this.values[j] as number)] as number) | (this.valuesEmpty[j] as number)
      ] as number) +
      (this.causesPoints[
        (POPCOUNT[e.causes & (this.causes[j] as number)] as number) | (this.causesEmpty[j] as number)
      ] as number) +
      (this.scalePoints[this.scales[j] as number] as number) +
      (this.careerPoints[this.careerStamp[j] === this.at ? 1 : 0] as number)
    );
  }

  /** The whole score given `leading(j)`, or -1 when the two cannot work together. */
  private complete(j: number, leading: number): number {
    const e = this.mentee as Prepared;
    if ((e.languages & (this.languages[j] as number)) === 0) return -1;
    const strict = this.strictMode[j] as number;
    if (this.menteeStrict !== 0 && strict !== 0 && this.menteeStrict !== strict) return -1;
    if (!this.exactLanguages && !shareLanguage(e, this.mentors[j] as Prepared, true)) return -1;
    const stage = ((e.stages & (this.stages[j] as number)) !== 0 ? 1 : 0) | (this.stagesAny[j] as number);
    const populations = (this.populationStamp[j] === this.at ? 1 : 0) | (this.populationsEmpty[j] as number);
    const meeting = this.menteeStrict === 2 && strict === 2 ? meetingFraction(e, this.mentors[j] as Prepared) : 1;
    return (
      leading +
      (this.stagePoints[stage] as number) +
      (this.helpPoints[
        (POPCOUNT[e.help & (this.help[j] as number)] as number) | (this.helpEmpty[j] as number)
      ] as number) +
      (this.populationPoints[populations] as number) +
      meeting * MENTOR_FACTOR_WEIGHTS.meeting
    );
  }

  /** The selected mentee's score with mentor j (the same number as `total(fractions())`), or -1: not eligible. */
  score(j: number): number {
    return this.complete(j, this.leading(j));
  }

  /**
   * The selected mentee's best `cap` eligible, not excluded mentors among `among` (ascending), best first, ties in
   * `among` order, written at `base` into the two arrays; returns how many. A mentor that could not beat the last of
   * a full list even with full points after career is skipped before the rest is scored.
   */
  collect(among: Int32Array, cap: number, base: number, scores: Float64Array, ids: Int32Array): number {
    let count = 0;
    let floor = -1;
    const tailMax = this.tailMax;
    for (let n = 0; n < among.length; n++) {
      const j = among[n] as number;
      const leading = this.leading(j);
      if (count === cap && leading + tailMax <= floor) continue;
      if (this.excludedStamp[j] === this.at) continue;
      const s = this.complete(j, leading);
      if (s < 0 || (count === cap && s <= floor)) continue;
      let at = count < cap ? count++ : cap - 1;
      while (at > 0 && (scores[base + at - 1] as number) < s) {
        scores[base + at] = scores[base + at - 1] as number;
        ids[base + at] = ids[base + at - 1] as number;
        at--;
      }
      scores[base + at] = s;
      ids[base + at] = j;
      if (count === cap) floor = scores[base + cap - 1] as number;
    }
    return count;
  }
}

/**
 * The candidate pairs (p = mentee * cap + slot) best score first, ties by p. Sorting plain numbers is several times
 * faster than a comparator: each score is replaced by its rank among the distinct scores (best = 0), and the key
 * rank * pairs + p is exact while it stays below 2^53 (over 90 million pairs; the comparator takes over beyond).
 */
function sortedPairs(candScore: Float64Array, candCount: Int32Array, cap: number): Int32Array {
  let live = 0;
  for (const c of candCount) live += c;
  const pairs = new Int32Array(live);
  let n = 0;
  for (let i = 0; i < candCount.length; i++)
    for (let c = 0; c < (candCount[i] as number); c++) pairs[n++] = i * cap + c;
  const P = candScore.length;
  if (P * P >= Number.MAX_SAFE_INTEGER) {
    return pairs.sort((a, b) => (candScore[b] as number) - (candScore[a] as number) || a - b);
  }
  // The distinct scores, best first.
  const sorted = new Float64Array(live);
  for (let x = 0; x < live; x++) sorted[x] = -(candScore[pairs[x] as number] as number);
  sorted.sort();
  let distinct = 0;
  for (let x = 0; x < sorted.length; x++)
    if (x === 0 || sorted[x] !== sorted[x - 1]) sorted[distinct++] = sorted[x] as number;
  const keys = new Float64Array(live);
  for (let x = 0; x < live; x++) {
    const p = pairs[x] as number;
    const v = -(candScore[p] as number);
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    keys[x] = lo * P + p;
  }
  keys.sort();
  for (let x = 0; x < live; x++) pairs[x] = (keys[x] as number) % P;
  return pairs;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Assigns suggestions across the whole pool. Deterministic: the same pool in any order gives the same answer.
 *
 * 1. Every eligible pair is scored; each mentee keeps their best candidates (ties: the smaller mentor id).
 * 2. Round r (r = 1..k): pairs are taken best score first (ties: smaller mentee id, then smaller mentor id); a pair
 *    is granted when the mentee holds r - 1 suggestions and the mentor has a free seat left. So everyone gets a
 *    first suggestion before anyone gets a second, and a popular mentor is not shown to more people than seats.
 * 3. A mentee still short of k is matched against every mentor with a seat left, best first.
 * Afterwards: a mentee with fewer than k suggestions has no eligible, unsuggested mentor with a free seat.
 * `referenceAssignMentorPool` in the tests is this definition written plainly; a property test holds them equal.
 */
export function assignMentorPool(
  menteesIn: readonly MatcherMentee[],
  mentorsIn: readonly MatcherMentor[],
  options: MatchPoolOptions = {},
): PoolAssignment[] {
  const k = options.suggestionsPerMentee ?? SUGGESTIONS_PER_MENTEE;
  const titles = options.careerTitles ?? {};
  const mentees = [...menteesIn].sort(byId);
  const mentors = [...mentorsIn].sort(byId);
  const languages = new Map<string, number>();
  const preparedMentors = mentors.map((m) => prepare(m, languages));
  const preparedMentees = mentees.map((m) => prepare(m, languages));
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const seats = Int32Array.from(mentors, freeSeats);
  const M = mentors.length;
  const scorer = new PairScorer(preparedMentors, mentorIndex, languages.size <= 31);
  const select = (i: number) =>
    scorer.select(i, preparedMentees[i] as Prepared, (mentees[i] as MatcherMentee).excludedMentors);

  // 1. each mentee's best candidates among the mentors with a free seat.
  const cap = Math.min(CANDIDATES_PER_MENTEE, M);
  const candMentor = new Int32Array(mentees.length * cap).fill(-1);
  const candScore = new Float64Array(mentees.length * cap);
  const candCount = new Int32Array(mentees.length);
  const withSeats = Int32Array.from(mentors.keys()).filter((j) => (seats[j] as number) > 0);
  for (let i = 0; i < mentees.length; i++) {
    select(i);
    candCount[i] = scorer.collect(withSeats, cap, i * cap, candScore, candMentor);
  }

  // 2. rounds over all candidate pairs, best first (ties: smaller mentee, then smaller mentor). Within one mentee,
  //    equal scores already sit in mentor order, so the pair number p = i * cap + slot orders the ties.
  const suggested: number[][] = mentees.map(() => []);
  const order = sortedPairs(candScore, candCount, cap);
  const granted = new Uint8Array(candMentor.length);
  for (let round = 0; round < k; round++) {
    for (const p of order) {
      if (granted[p] === 1) continue;
      const i = Math.floor(p / cap);
      const j = candMentor[p] as number;
      const mine = suggested[i] as number[];
      if (mine.length !== round || (seats[j] as number) <= 0) continue;
      granted[p] = 1;
      seats[j] = (seats[j] as number) - 1;
      mine.push(j);
    }
  }

  // 3. anyone still short: every mentor with a seat left, best first.
  let seatsLeft = seats.reduce((a, b) => a + b, 0);
  for (let i = 0; i < mentees.length && seatsLeft > 0; i++) {
    const mine = suggested[i] as number[];
    if (mine.length >= k) continue;
    select(i);
    const open: { j: number; s: number }[] = [];
    for (let j = 0; j < M; j++) {
      if ((seats[j] as number) <= 0 || scorer.isExcluded(j) || mine.includes(j)) continue;
      const s = scorer.score(j);
      if (s >= 0) open.push({ j, s });
    }
    open.sort((a, b) => b.s - a.s || a.j - b.j);
    for (const { j } of open) {
      if (mine.length >= k) break;
      mine.push(j);
      seats[j] = (seats[j] as number) - 1;
      seatsLeft--;
    }
  }

  return mentees.map((mentee, i) => {
    const e = preparedMentees[i] as Prepared;
    const list = (suggested[i] as number[]).map((j) => {
      const mentor = mentors[j] as MatcherMentor;
      const f = fractions(e, preparedMentors[j] as Prepared);
      if (!f) throw new Error('unreachable: an assigned pair is eligible');
      return { suggestion: explain(mentee, mentor, f, titles), raw: total(f), j };
    });
    list.sort((a, b) => b.raw - a.raw || a.j - b.j);
    return { menteeId: mentee.id, suggestions: list.map((x) => x.suggestion) };
  });
}
