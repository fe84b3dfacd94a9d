import {
  type Answers,
  type Instrument,
  type InstrumentBand,
  InstrumentSchema,
  type InstrumentSubscale,
  type SubscaleScore,
} from '#contracts/checkin.js';

/*
 * The instrument engine. An instrument is data: items, the subscale each belongs to, a response scale,
 * reverse-scored items, how a subscale is computed (sum or mean, optionally of recoded values) and bands.
 * A reverse-scored answer `a` counts as `min + max - a` before any recode; a band holds when
 * `min <= score <= max`, a missing bound being open.
 */

/** One problem with an instrument or a set of answers; `path` names the field, e.g. "items.3.subscale". */
export interface FieldProblem {
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Scores are kept to 4 decimals so a mean like 1/3 compares with band bounds the same way everywhere. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

// Above this many distinct possible scores the band-coverage check is skipped (it would be slow and no
// sensible instrument gets near it); scoring then still works, a score outside every band reads "no band".
const MAX_COVERAGE_STATES = 50_000;
export const NO_BAND = 'no band';

function joinPath(parts: readonly PropertyKey[]): string {
  return parts.map((p) => String(p)).join('.');
}

function responseValues(instrument: Instrument): number[] {
  const values: number[] = [];
  for (let v = instrument.response.min; v <= instrument.response.max; v++) values.push(v);
  return values;
}

function isIntegerKey(key: string): boolean {
  return /^-?\d+$/.test(key);
}

/** The value one answer contributes to its subscale: reverse first, then recode. */
export function itemValue(instrument: Instrument, subscale: InstrumentSubscale, isReverse: boolean, answer: number) {
  const scored = isReverse ? instrument.response.min + instrument.response.max - answer : answer;
  const recoded = subscale.recode?.[String(scored)];
  return recoded ?? scored;
}

function bandHolds(band: InstrumentBand, score: number): boolean {
  return (band.min === undefined || band.min <= score) && (band.max === undefined || score <= band.max);
}

/** Bands ordered from the lowest scores to the highest. */
export function orderBands(bands: readonly InstrumentBand[]): InstrumentBand[] {
  const low = (b: InstrumentBand) => b.min ?? Number.NEGATIVE_INFINITY;
  const high = (b: InstrumentBand) => b.max ?? Number.POSITIVE_INFINITY;
  return [...bands].sort((a, b) => low(a) - low(b) || high(a) - high(b));
}

/** The band a score falls in (bands are checked not to overlap, so there is at most one). */
export function findBand(bands: readonly InstrumentBand[], score: number): InstrumentBand | null {
  return bands.find((band) => bandHolds(band, score)) ?? null;
}

/**
 * How concerning a band is: 0 for the least concerning, bandCount - 1 for the most. For a subscale
 * where higher is worse that is the band's rank from the bottom; where lower is worse, from the top.
 */
export function bandSeverity(subscale: InstrumentSubscale, band: InstrumentBand): number | null {
  if (!subscale.worseWhen) return null;
  const ordered = orderBands(subscale.bands);
  const rank = ordered.indexOf(band);
  if (rank < 0) return null;
  return subscale.worseWhen === 'higher' ? rank : ordered.length - 1 - rank;
}

/** Every score a subscale can take when all its items are answered, or null when there are too many to list. */
export function possibleScores(
  instrument: Instrument,
  subscale: InstrumentSubscale,
  itemCount: number,
): number[] | null {
  // Reverse scoring permutes the scale, so every item contributes from the same set of values.
  const values = [...new Set(responseValues(instrument).map((a) => itemValue(instrument, subscale, false, a)))];
  // Sums are tracked as integers in 1/10000ths so that 0.1 + 0.2 lands where 0.3 does.
  const scaled = values.map((v) => Math.round(v * 10_000));
  let sums = new Set<number>([0]);
  for (let i = 0; i < itemCount; i++) {
    const next = new Set<number>();
    for (const s of sums) for (const v of scaled) next.add(s + v);
    if (next.size > MAX_COVERAGE_STATES) return null;
    sums = next;
  }
  return [...sums]
    .sort((a, b) => a - b)
    .map((s) => roundScore(subscale.method === 'sum' ? s / 10_000 : s / 10_000 / itemCount));
}

/** The lowest and highest score a subscale can take, for chart axes. */
export function scoreRange(instrument: Instrument, subscale: InstrumentSubscale): { min: number; max: number } {
  const values = responseValues(instrument).map((a) => itemValue(instrument, subscale, false, a));
  const count = subscale.method === 'sum' ? instrument.items.filter((i) => i.subscale === subscale.id).length : 1;
  return { min: roundScore(Math.min(...values) * count), max: roundScore(Math.max(...values) * count) };
}

function formatNumber(n: number): string {
  return String(roundScore(n));
}

function crossFieldProblems(instrument: Instrument): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { min, max, labels } = instrument.response;
  if (max <= min) {
    problems.push({ path: 'response.max', message: `must be greater than response.min (${min})` });
    return problems;
  }
  for (const key of Object.keys(labels)) {
    if (!isIntegerKey(key) || Number(key) < min || Number(key) > max) {
      problems.push({
        path: `response.labels.${key}`,
        message: `"${key}" is not a response value; the scale runs from ${min} to ${max}`,
      });
    }
  }

  const subscaleIds = instrument.subscales.map((s) => s.id);
  const seenSubscales = new Map<string, number>();
  instrument.subscales.forEach((s, i) => {
    const first = seenSubscales.get(s.id);
    if (first !== undefined) {
      problems.push({
        path: `subscales.${i}.id`,
        message: `duplicate subscale id "${s.id}" (also subscales.${first})`,
      });
    } else seenSubscales.set(s.id, i);
  });

  const seenItems = new Map<string, number>();
  instrument.items.forEach((item, i) => {
    const first = seenItems.get(item.id);
    if (first !== undefined) {
      problems.push({ path: `items.${i}.id`, message: `duplicate item id "${item.id}" (also items.${first})` });
    } else seenItems.set(item.id, i);
    if (!seenSubscales.has(item.subscale)) {
      problems.push({
        path: `items.${i}.subscale`,
        message: `no subscale "${item.subscale}"; the subscales are ${subscaleIds.map((id) => `"${id}"`).join(', ')}`,
      });
    }
  });

  instrument.subscales.forEach((subscale, i) => {
    const base = `subscales.${i}`;
    const itemCount = instrument.items.filter((item) => item.subscale === subscale.id).length;
    if (itemCount === 0) problems.push({ path: base, message: `no item belongs to subscale "${subscale.id}"` });

    let isRecodeValid = true;
    if (subscale.recode) {
      for (const key of Object.keys(subscale.recode)) {
        if (!isIntegerKey(key) || Number(key) < min || Number(key) > max) {
          isRecodeValid = false;
          problems.push({
            path: `${base}.recode.${key}`,
            message: `"${key}" is not a response value; the scale runs from ${min} to ${max}`,
          });
        }
      }
      const missing = responseValues(instrument).filter((v) => subscale.recode?.[String(v)] === undefined);
      if (missing.length > 0) {
        isRecodeValid = false;
        problems.push({
          path: `${base}.recode`,
          message: `must give a value for every response; missing ${missing.join(', ')}`,
        });
      }
    }

    let areBandsValid = true;
    const seenLabels = new Map<string, number>();
    subscale.bands.forEach((band, j) => {
      const first = seenLabels.get(band.label.toLowerCase());
      if (first !== undefined) {
        areBandsValid = false;
        problems.push({
          path: `${base}.bands.${j}.label`,
          message: `duplicate band label "${band.label}" (also ${base}.bands.${first})`,
        });
      } else seenLabels.set(band.label.toLowerCase(), j);
      if (band.min !== undefined && band.max !== undefined && band.min > band.max) {
        areBandsValid = false;
        problems.push({
          path: `${base}.bands.${j}.max`,
          message: `must be at least min (${formatNumber(band.min)})`,
        });
      }
    });
    if (!areBandsValid) return;
    const ordered = orderBands(subscale.bands);
    for (let k = 1; k < ordered.length; k++) {
      const previous = ordered[k - 1];
      const current = ordered[k];
      if (!previous || !current) continue;
      const previousTop = previous.max ?? Number.POSITIVE_INFINITY;
      const currentBottom = current.min ?? Number.NEGATIVE_INFINITY;
      if (currentBottom <= previousTop) {
        const j = subscale.bands.indexOf(current);
        problems.push({
          path: `${base}.bands.${j}`,
          message: `overlaps band "${previous.label}": a score can fall in only one band`,
        });
        areBandsValid = false;
      }
    }
    if (!areBandsValid || !isRecodeValid || itemCount === 0) return;
    const scores = possibleScores(instrument, subscale, itemCount);
    const uncovered = scores?.filter((score) => !findBand(subscale.bands, score)) ?? [];
    if (uncovered.length > 0) {
      const shown = uncovered.slice(0, 5).map(formatNumber).join(', ');
      problems.push({
        path: `${base}.bands`,
        message: `must cover every possible score; ${uncovered.length === 1 ? 'a score' : 'scores'} of ${shown}${uncovered.length > 5 ? ', …' : ''} ${uncovered.length === 1 ? 'falls' : 'fall'} in no band`,
      });
    }
  });
  return problems;
}

/**
 * Checks an instrument file (already parsed from JSON): the format field by field, then the rules across
 * fields. A bad instrument comes back with every problem, each naming its field.
 */
export function validateInstrument(input: unknown): Validated<Instrument> {
  const parsed = InstrumentSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: joinPath(issue.path) || '(instrument)',
        message: issue.message,
      })),
    };
  }
  const problems = crossFieldProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/**
 * Scores one set of answers (item id -> response value). Every item must be answered with a whole
 * number on the response scale; any other key is refused. Problems name the item: "answers.bo-3".
 */
export function scoreAnswers(instrument: Instrument, answers: Record<string, unknown>): Validated<SubscaleScore[]> {
  const problems: FieldProblem[] = [];
  const { min, max } = instrument.response;
  const itemIds = new Set(instrument.items.map((item) => item.id));
  for (const key of Object.keys(answers)) {
    if (!itemIds.has(key)) {
      problems.push({ path: `answers.${key}`, message: `no item "${key}" in instrument "${instrument.id}"` });
    }
  }
  const clean: Answers = {};
  for (const item of instrument.items) {
    const value = answers[item.id];
    if (value === undefined || value === null) {
      problems.push({ path: `answers.${item.id}`, message: `missing answer to item ${item.id} ("${item.text}")` });
    } else if (typeof value !== 'number' || !Number.isInteger(value)) {
      problems.push({
        path: `answers.${item.id}`,
        message: `answer to item ${item.id} must be a whole number from ${min} to ${max}`,
      });
    } else if (value < min || value > max) {
      problems.push({
        path: `answers.${item.id}`,
        message: `answer to item ${item.id} is ${value}, outside the response scale ${min} to ${max}`,
      });
    } else clean[item.id] = value;
  }
  if (problems.length > 0) return { ok: false, problems };

  const scores = instrument.subscales.map((subscale): SubscaleScore => {
    const items = instrument.items.filter((item) => item.subscale === subscale.id);
    const total = items.reduce(
      (sum, item) => sum + itemValue(instrument, subscale, item.reverse, clean[item.id] ?? 0),
      0,
    );
    const score = roundScore(subscale.method === 'sum' ? total : total / items.length);
    const band = findBand(subscale.bands, score);
    return {
      id: subscale.id,
      label: subscale.label,
      score,
      band: band?.label ?? NO_BAND,
      severity: band ? bandSeverity(subscale, band) : null,
      bandCount: subscale.bands.length,
    };
  });
  return { ok: true, value: scores };
}
