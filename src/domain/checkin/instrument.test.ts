import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instrument, InstrumentInput } from '#contracts/checkin.js';
import { possibleScores, scoreAnswers, scoreRange, validateInstrument } from './instrument.js';

function load(input: unknown): Instrument {
  const result = validateInstrument(input);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

function problemsOf(input: unknown): string[] {
  const result = validateInstrument(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

/**
 * The common published design: three 10-item subscales rated 1-5, summed to 10-50, banded <= 22 / 23-41 /
 * >= 42, with some items reverse-scored. Placeholder item text only.
 */
function summedDesign(): InstrumentInput {
  const subscales = ['alpha', 'beta', 'gamma'];
  return {
    id: 'summed-design',
    title: 'Summed design (placeholder)',
    citation: 'Placeholder citation',
    license: 'Placeholder license',
    response: { min: 1, max: 5, labels: { '1': 'Never', '3': 'Sometimes', '5': 'Very often' } },
    items: subscales.flatMap((s) =>
      Array.from({ length: 10 }, (_, i) => ({
        id: `${s}-${i + 1}`,
        text: `Placeholder item ${i + 1} of ${s}`,
        subscale: s,
        // Items 1 and 4 of the first subscale are reverse-scored, as in the published design.
        reverse: s === 'alpha' && (i === 0 || i === 3),
      })),
    ),
    subscales: subscales.map((id) => ({
      id,
      label: `Subscale ${id}`,
      method: 'sum' as const,
      worseWhen: id === 'alpha' ? ('lower' as const) : ('higher' as const),
      bands: [
        { label: 'low', max: 22 },
        { label: 'moderate', min: 23, max: 41 },
        { label: 'high', min: 42 },
      ],
    })),
  };
}

/** The other common design: responses recoded to 0/25/50/75/100 and each subscale the mean. */
function recodedMeanDesign(): InstrumentInput {
  const sizes = { personal: 6, work: 7, client: 6 } as const;
  const items = Object.entries(sizes).flatMap(([subscale, n]) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${subscale}-${i + 1}`,
      text: `Placeholder item ${i + 1} of ${subscale}`,
      subscale,
      reverse: subscale === 'work' && i === 6,
    })),
  );
  return {
    id: 'recoded-mean-design',
    title: 'Recoded mean design (placeholder)',
    citation: 'Placeholder citation',
    license: 'Placeholder license',
    response: {
      min: 1,
      max: 5,
      labels: { '1': 'Never', '2': 'Seldom', '3': 'Sometimes', '4': 'Often', '5': 'Always' },
    },
    items,
    subscales: Object.keys(sizes).map((id) => ({
      id,
      label: `Subscale ${id}`,
      method: 'mean' as const,
      recode: { '1': 0, '2': 25, '3': 50, '4': 75, '5': 100 },
      worseWhen: 'higher' as const,
      bands: [
        { label: 'low', max: 49.99 },
        { label: 'moderate', min: 50, max: 74.99 },
        { label: 'high', min: 75 },
      ],
    })),
  };
}

function answersFor(instrument: Instrument, value: (itemId: string, index: number) => number): Record<string, number> {
  return Object.fromEntries(instrument.items.map((item, i) => [item.id, value(item.id, i)]));
}

function scoresOf(instrument: Instrument, answers: Record<string, unknown>) {
  const result = scoreAnswers(instrument, answers);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return Object.fromEntries(result.value.map((s) => [s.id, s]));
}

describe('the summed design (three 10-item subscales, 1-5, summed, <=22 / 23-41 / >=42)', () => {
  const instrument = load(summedDesign());

  it('validates, and every subscale spans 10 to 50', () => {
    expect(scoreRange(instrument, instrument.subscales[0] as Instrument['subscales'][number])).toEqual({
      min: 10,
      max: 50,
    });
    expect(possibleScores(instrument, instrument.subscales[1] as Instrument['subscales'][number], 10)).toEqual(
      Array.from({ length: 41 }, (_, i) => 10 + i),
    );
  });

  it('counts a reverse-scored answer a as min + max - a', () => {
    // All 1s: reverse items alpha-1 and alpha-4 count as 5 each: 8 * 1 + 2 * 5 = 18.
    const scores = scoresOf(
      instrument,
      answersFor(instrument, () => 1),
    );
    expect(scores.alpha?.score).toBe(18);
    expect(scores.beta?.score).toBe(10);
    // All 5s: reverse items count as 1: 8 * 5 + 2 * 1 = 42.
    const high = scoresOf(
      instrument,
      answersFor(instrument, () => 5),
    );
    expect(high.alpha?.score).toBe(42);
    expect(high.gamma?.score).toBe(50);
  });

  it.each([
    [22, 'low'],
    [23, 'moderate'],
    [41, 'moderate'],
    [42, 'high'],
    [10, 'low'],
    [50, 'high'],
  ])('a sum of %i falls in the %s band (bands are inclusive at the exact cut-offs)', (target, band) => {
    // beta has no reverse items: reach the target with 10 answers between 1 and 5.
    let remaining = target;
    const beta: Record<string, number> = {};
    for (let i = 1; i <= 10; i++) {
      const left = 10 - i;
      const value = Math.min(5, Math.max(1, remaining - left));
      beta[`beta-${i}`] = value;
      remaining -= value;
    }
    const scores = scoresOf(instrument, { ...answersFor(instrument, () => 3), ...beta });
    expect(scores.beta?.score).toBe(target);
    expect(scores.beta?.band).toBe(band);
  });

  it('ranks bands by concern: higher is worse for beta, lower is worse for alpha', () => {
    const scores = scoresOf(
      instrument,
      answersFor(instrument, () => 5),
    );
    expect(scores.beta).toMatchObject({ band: 'high', severity: 2, bandCount: 3 });
    expect(scores.alpha).toMatchObject({ band: 'high', severity: 0 });
  });
});

describe('the recoded mean design (0/25/50/75/100, subscale = mean)', () => {
  const instrument = load(recodedMeanDesign());

  it('spans 0 to 100 whatever the number of items', () => {
    expect(instrument.subscales.map((s) => scoreRange(instrument, s))).toEqual([
      { min: 0, max: 100 },
      { min: 0, max: 100 },
      { min: 0, max: 100 },
    ]);
  });

  it('recodes after reverse scoring and takes the mean', () => {
    const scores = scoresOf(
      instrument,
      answersFor(instrument, () => 4),
    );
    expect(scores.personal?.score).toBe(75);
    // work: six items at 4 -> 75, the reverse item 4 -> 2 -> 25: (6 * 75 + 25) / 7.
    expect(scores.work?.score).toBeCloseTo((6 * 75 + 25) / 7, 4);
    expect(scores.client?.band).toBe('high');
  });

  it('bands a mean at its exact cut-offs', () => {
    // personal: three 3s (50) and three 4s (75) -> 62.5, moderate; all 3s -> 50, moderate; all 2s -> 25, low.
    const base = answersFor(instrument, () => 1);
    const mixed = {
      ...base,
      'personal-1': 3,
      'personal-2': 3,
      'personal-3': 3,
      'personal-4': 4,
      'personal-5': 4,
      'personal-6': 4,
    };
    expect(scoresOf(instrument, mixed).personal).toMatchObject({ score: 62.5, band: 'moderate' });
    const fifty = { ...base, ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`personal-${i}`, 3])) };
    expect(scoresOf(instrument, fifty).personal).toMatchObject({ score: 50, band: 'moderate' });
    const seventyFive = { ...base, ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`personal-${i}`, 4])) };
    expect(scoresOf(instrument, seventyFive).personal).toMatchObject({ score: 75, band: 'high' });
    // Five 3s and one 2: (5 * 50 + 25) / 6 = 45.83, just under the cut-off.
    const under = { ...fifty, 'personal-6': 2 };
    expect(scoresOf(instrument, under).personal?.band).toBe('low');
  });

  it('refuses bands that leave a possible mean in no band, naming the subscale', () => {
    const design = recodedMeanDesign();
    const first = design.subscales[0];
    if (!first) throw new Error('fixture');
    first.bands = [
      { label: 'low', max: 45 },
      { label: 'moderate', min: 50, max: 74.99 },
      { label: 'high', min: 75 },
    ];
    expect(problemsOf(design)).toEqual([
      'subscales.0.bands: must cover every possible score; a score of 45.8333 falls in no band',
    ]);
  });
});

describe('the shipped Vocare reflective check-in', () => {
  const file = JSON.parse(
    readFileSync(new URL('../../../data/instruments/vocare-reflective-checkin.json', import.meta.url), 'utf8'),
  ) as unknown;
  const instrument = load(file);

  it('has 12-15 items in three subscales and says it is not a diagnosis', () => {
    expect(instrument.items.length).toBeGreaterThanOrEqual(12);
    expect(instrument.items.length).toBeLessThanOrEqual(15);
    expect(instrument.subscales.map((s) => s.id)).toEqual([
      'compassion-satisfaction',
      'burnout',
      'secondary-traumatic-stress',
    ]);
    expect(instrument.disclaimer).toMatch(/self-reflection aid, not a diagnosis and not a validated clinical measure/);
    expect(instrument.items.some((i) => i.reverse)).toBe(true);
    expect(instrument.subscales.every((s) => s.worseWhen)).toBe(true);
  });

  it('scores a neutral set of answers in the moderate band everywhere', () => {
    const scores = scoresOf(
      instrument,
      answersFor(instrument, () => 3),
    );
    expect(Object.values(scores).map((s) => [s.id, s.score, s.band])).toEqual([
      ['compassion-satisfaction', 15, 'moderate'],
      ['burnout', 15, 'moderate'],
      ['secondary-traumatic-stress', 15, 'moderate'],
    ]);
  });
});

describe('bad answers are refused naming the item', () => {
  const instrument = load(summedDesign());

  it('names a missing answer, an out-of-range answer, a non-integer and an unknown item', () => {
    const answers: Record<string, unknown> = answersFor(instrument, () => 3);
    delete answers['beta-2'];
    answers['gamma-3'] = 6;
    answers['gamma-4'] = 2.5;
    answers['gamma-5'] = '4';
    answers['delta-1'] = 3;
    const result = scoreAnswers(instrument, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'answers.delta-1', message: 'no item "delta-1" in instrument "summed-design"' },
      { path: 'answers.beta-2', message: 'missing answer to item beta-2 ("Placeholder item 2 of beta")' },
      { path: 'answers.gamma-3', message: 'answer to item gamma-3 is 6, outside the response scale 1 to 5' },
      { path: 'answers.gamma-4', message: 'answer to item gamma-4 must be a whole number from 1 to 5' },
      { path: 'answers.gamma-5', message: 'answer to item gamma-5 must be a whole number from 1 to 5' },
    ]);
  });

  it('refuses 0 on a 1-5 scale', () => {
    const result = scoreAnswers(instrument, { ...answersFor(instrument, () => 3), 'alpha-1': 0 });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['answers.alpha-1']);
  });
});

describe('bad instruments are refused naming the field', () => {
  it('names fields of the format', () => {
    const design = summedDesign() as Record<string, unknown>;
    delete design.citation;
    expect(problemsOf({ ...design, response: { min: 1, max: 5, labels: {} }, items: [] })).toEqual([
      'citation: must be a string',
      'items: must list at least one item',
    ]);
    expect(
      problemsOf({ ...summedDesign(), subscales: [{ id: 'x', label: 'X', method: 'median', bands: [] }] }),
    ).toEqual(['subscales.0.method: must be "sum" or "mean"', 'subscales.0.bands: must list at least one band']);
    expect(problemsOf({ ...summedDesign(), unknownField: 1 })[0]).toMatch(/unknownField/);
  });

  it('names an item whose subscale does not exist, and duplicate ids', () => {
    const design = summedDesign();
    const items = design.items.map((item, i) => (i === 3 ? { ...item, subscale: 'delta' } : item));
    const second = items[1];
    if (!second) throw new Error('fixture');
    items.push({ ...second });
    const problems = problemsOf({ ...design, items });
    expect(problems).toContain('items.3.subscale: no subscale "delta"; the subscales are "alpha", "beta", "gamma"');
    expect(problems).toContain('items.30.id: duplicate item id "alpha-2" (also items.1)');
  });

  it('names a subscale without items, a bad recode and overlapping or inverted bands', () => {
    const design = recodedMeanDesign();
    const [personal, work, client] = design.subscales;
    if (!personal || !work || !client) throw new Error('fixture');
    personal.recode = { '1': 0, '2': 25, '3': 50, '4': 75, '7': 100 };
    work.bands = [
      { label: 'low', max: 50 },
      { label: 'moderate', min: 50, max: 74.99 },
      { label: 'high', min: 75 },
    ];
    client.bands = [{ label: 'all', min: 10, max: 5 }];
    design.subscales.push({ id: 'empty', label: 'Empty', method: 'sum', bands: [{ label: 'any' }] });
    expect(problemsOf(design)).toEqual([
      'subscales.0.recode.7: "7" is not a response value; the scale runs from 1 to 5',
      'subscales.0.recode: must give a value for every response; missing 5',
      'subscales.1.bands.1: overlaps band "low": a score can fall in only one band',
      'subscales.2.bands.0.max: must be at least min (10)',
      'subscales.3: no item belongs to subscale "empty"',
    ]);
  });

  it('names a response scale that runs backwards and labels outside it', () => {
    expect(problemsOf({ ...summedDesign(), response: { min: 5, max: 1, labels: {} } })).toEqual([
      'response.max: must be greater than response.min (5)',
    ]);
    expect(problemsOf({ ...summedDesign(), response: { min: 1, max: 5, labels: { '6': 'Too much' } } })).toEqual([
      'response.labels.6: "6" is not a response value; the scale runs from 1 to 5',
    ]);
  });
});

describe('properties', () => {
  const instrument = load(summedDesign());
  const answerArb = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 30, maxLength: 30 });

  it('every complete set of answers scores within 10-50 and lands in exactly one band', () => {
    fc.assert(
      fc.property(answerArb, (values) => {
        const scores = scoresOf(
          instrument,
          answersFor(instrument, (_, i) => values[i] ?? 1),
        );
        for (const s of Object.values(scores)) {
          expect(s.score).toBeGreaterThanOrEqual(10);
          expect(s.score).toBeLessThanOrEqual(50);
          expect(['low', 'moderate', 'high']).toContain(s.band);
        }
      }),
    );
  });

  it('raising one answer to a non-reverse item never lowers its subscale score; a reverse item never raises it', () => {
    fc.assert(
      fc.property(answerArb, fc.integer({ min: 0, max: 29 }), (values, index) => {
        const item = instrument.items[index];
        if (!item) return;
        const before = values[index] ?? 1;
        if (before === 5) return;
        const a = scoresOf(
          instrument,
          answersFor(instrument, (_, i) => values[i] ?? 1),
        );
        const b = scoresOf(
          instrument,
          answersFor(instrument, (_, i) => (i === index ? before + 1 : (values[i] ?? 1))),
        );
        const delta = (b[item.subscale]?.score ?? 0) - (a[item.subscale]?.score ?? 0);
        expect(delta).toBe(item.reverse ? -1 : 1);
      }),
    );
  });
});
