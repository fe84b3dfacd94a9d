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

/** Free seats: capacity minus seats held by active mentorships and open requests, never below zero. */
export function freeSeats(mentor: Pick<MatcherMentor, 'capacity' | 'taken'>): number {
  return Math.max(0, mentor.capacity - mentor.taken);
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

  // Mentors by career and by population, so the per-pair check is one array read.
  const byCareer = new Map<string, number[]>();
  const byPopulation = new Map<string, number[]>();
  preparedMentors.forEach((m, j) => {
    for (const c of m.careers) byCareer.set(c, [...(byCareer.get(c) ?? []), j]);
    for (const p of m.populations) byPopulation.set(p, [...(byPopulation.get(p) ?? []), j]);
  });
  const careerStamp = new Int32Array(M).fill(-1);
  const populationStamp = new Int32Array(M).fill(-1);
  const excludedStamp = new Int32Array(M).fill(-1);
  const exactLanguages = languages.size <= 31;

  const W = MENTOR_FACTOR_WEIGHTS;
  const cap = Math.min(CANDIDATES_PER_MENTEE, M);
  const candMentor = new Int32Array(mentees.length * cap).fill(-1);
  const candScore = new Float64Array(mentees.length * cap);
  const candCount = new Int32Array(mentees.length);
  const suggested: number[][] = mentees.map(() => []);

  // The mentors as columns of numbers: the inner loop below runs mentees x mentors times.
  const mValues = Int32Array.from(preparedMentors, (m) => m.values);
  const mCauses = Int32Array.from(preparedMentors, (m) => m.causes);
  const mScales = Int32Array.from(preparedMentors, (m) => m.scales);
  const mHelp = Int32Array.from(preparedMentors, (m) => m.help);
  const mStages = Int32Array.from(preparedMentors, (m) => m.stages);
  const mLanguages = Int32Array.from(preparedMentors, (m) => m.languages);
  const mHasPopulations = Uint8Array.from(preparedMentors, (m) => (m.populations.size > 0 ? 1 : 0));
  const mStrictMode = Uint8Array.from(preparedMentors, (m) =>
    m.mode === 'remote' ? 1 : m.mode === 'in-person' ? 2 : 0,
  );
  const row = new Float64Array(M);

  /** Scores mentee i against every mentor into `row` (-1: not eligible); the same sums as `total(fractions())`. */
  const scoreRow = (i: number, e: Prepared, among: Int32Array) => {
    const eValues = popcount(e.values);
    const eCauses = popcount(e.causes);
    const eHelp = popcount(e.help);
    const valuesDen = Math.min(eValues, FULL_OVERLAP);
    const causesDen = Math.min(eCauses, FULL_OVERLAP);
    const helpDen = Math.min(eHelp, HELP_KIND_IDS.length);
    const eStrict = e.mode === 'remote' ? 1 : e.mode === 'in-person' ? 2 : 0;
    const hasCareers = e.careers.size > 0;
    const hasPopulations = e.populations.size > 0;
    for (let n = 0; n < among.length; n++) {
      const j = among[n] as number;
      if ((e.languages & (mLanguages[j] as number)) === 0) {
        row[j] = -1;
        continue;
      }
      const mStrict = mStrictMode[j] as number;
      if (eStrict !== 0 && mStrict !== 0 && eStrict !== mStrict) {
        row[j] = -1;
        continue;
      }
      if (!exactLanguages && !shareLanguage(e, preparedMentors[j] as Prepared, true)) {
        row[j] = -1;
        continue;
      }
      const mv = mValues[j] as number;
      const mc = mCauses[j] as number;
      const mh = mHelp[j] as number;
      const ms = mStages[j] as number;
      const values = eValues === 0 || mv === 0 ? UNKNOWN : Math.min(1, popcount(e.values & mv) / valuesDen);
      const causes = eCauses === 0 || mc === 0 ? UNKNOWN : Math.min(1, popcount(e.causes & mc) / causesDen);
      const help = eHelp === 0 || mh === 0 ? UNKNOWN : Math.min(1, popcount(e.help & mh) / helpDen);
      const scale = scaleFraction(e.scales, mScales[j] as number);
      const stage = ms === 0 ? 0.75 : (e.stages & ms) !== 0 ? 1 : 0;
      const career = !hasCareers ? UNKNOWN : careerStamp[j] === i ? 1 : 0;
      const populations = !hasPopulations || mHasPopulations[j] === 0 ? UNKNOWN : populationStamp[j] === i ? 1 : 0;
      const meeting = eStrict === 2 && mStrict === 2 ? meetingFraction(e, preparedMentors[j] as Prepared) : 1;
      row[j] =
        0 +
        values * W.values +
        causes * W.causes +
        scale * W.scale +
        career * W.career +
        stage * W.stage +
        help * W.help +
        populations * W.populations +
        meeting * W.meeting;
    }
  };

  const stampMentee = (i: number, e: Prepared) => {
    for (const c of e.careers) for (const j of byCareer.get(c) ?? []) careerStamp[j] = i;
    for (const p of e.populations) for (const j of byPopulation.get(p) ?? []) populationStamp[j] = i;
    for (const id of mentees[i]?.excludedMentors ?? []) {
      const j = mentorIndex.get(id);
      if (j !== undefined) excludedStamp[j] = i;
    }
  };

  const withSeatsNow = () => Int32Array.from(mentors.keys()).filter((j) => (seats[j] as number) > 0);
  const withSeats = withSeatsNow();
  // 1. best candidates per mentee (a sorted insertion into a short list; mentors come in id order).
  for (let i = 0; i < mentees.length; i++) {
    const e = preparedMentees[i] as Prepared;
    stampMentee(i, e);
    scoreRow(i, e, withSeats);
    const base = i * cap;
    let count = 0;
    for (let n = 0; n < withSeats.length; n++) {
      const j = withSeats[n] as number;
      if (excludedStamp[j] === i) continue;
      const s = row[j] as number;
      if (s < 0) continue;
      if (count === cap && s <= (candScore[base + cap - 1] as number)) continue;
      let at = count < cap ? count++ : cap - 1;
      while (at > 0 && (candScore[base + at - 1] as number) < s) {
        candScore[base + at] = candScore[base + at - 1] as number;
        candMentor[base + at] = candMentor[base + at - 1] as number;
        at--;
      }
      candScore[base + at] = s;
      candMentor[base + at] = j;
    }
    candCount[i] = count;
  }

  // 2. rounds over all candidate pairs, best first.
  const pairs: number[] = [];
  for (let i = 0; i < mentees.length; i++) for (let c = 0; c < (candCount[i] as number); c++) pairs.push(i * cap + c);
  pairs.sort((a, b) => {
    const d = (candScore[b] as number) - (candScore[a] as number);
    if (d !== 0) return d;
    const ia = Math.floor(a / cap);
    const ib = Math.floor(b / cap);
    return ia - ib || (candMentor[a] as number) - (candMentor[b] as number);
  });
  const granted = new Uint8Array(candMentor.length);
  for (let round = 0; round < k; round++) {
    for (const p of pairs) {
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
  for (let i = 0; i < mentees.length; i++) {
    const mine = suggested[i] as number[];
    if (mine.length >= k) continue;
    const stillOpen = withSeatsNow();
    if (stillOpen.length === 0) break;
    const e = preparedMentees[i] as Prepared;
    stampMentee(i, e);
    scoreRow(i, e, stillOpen);
    const open: { j: number; s: number }[] = [];
    for (const j of stillOpen) {
      if (excludedStamp[j] === i || mine.includes(j)) continue;
      const s = row[j] as number;
      if (s >= 0) open.push({ j, s });
    }
    open.sort((a, b) => b.s - a.s || a.j - b.j);
    for (const { j } of open) {
      if (mine.length >= k) break;
      mine.push(j);
      seats[j] = (seats[j] as number) - 1;
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
