import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type HourEntryForEvaluation,
  type Requirement,
  type RuleSet,
  type RuleSetEvaluation,
  RuleSetEvaluationSchema,
  RuleSetSchema,
} from '#contracts/licensure.js';
import type { HourCategory } from '#contracts/vocabulary.js';
import { evaluateRules, projectCompletion } from './evaluate-rules.js';

/*
 * The requirement kinds the state research needs, each tested with a real state's wording (quoted from
 * data/licensure/research/US-XX.json, read 2026-12-04).
 */

function ruleSet(requirements: Requirement[]): RuleSet {
  return RuleSetSchema.parse({
    id: 'US-XX:TEST',
    jurisdiction: 'US-XX',
    jurisdictionName: 'Testland',
    license: 'TEST',
    title: 'Test license',
    careers: [],
    minDegree: { level: null, text: 'any' },
    exams: null,
    requirements,
    notes: [],
    source: 'hand-written fixture',
    checkedDate: '2026-12-04',
    version: 1,
  });
}

function entry(id: string, date: string, hours: number, category: HourCategory): HourEntryForEvaluation {
  return { id, date, hours, category };
}

function progress(result: RuleSetEvaluation, id: string) {
  const p = result.requirements.find((r) => r.id === id);
  if (!p) throw new Error(`no requirement ${id}`);
  return p;
}

/** Monday-to-Friday days of the ISO week starting on the given Monday. */
function weekdays(monday: string): string[] {
  const start = new Date(`${monday}T00:00:00Z`).getTime();
  return [0, 1, 2, 3, 4].map((i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

describe('supervision ratio', () => {
  // Ala. Admin. Code r. 536-X-2-.02 (LMFT): "the required ratio of one (1) supervision hour to every ten (10)
  // client contact hours".
  const alabama = ruleSet([
    {
      id: 'ratio',
      kind: 'supervision-ratio',
      label: 'Supervision ratio',
      verified: true,
      hours: 10,
      basis: 'direct',
      period: 'overall',
    },
  ]);

  it('Alabama LMFT: 100 client contact hours need 10 supervision hours', () => {
    const log = [entry('d', '2026-01-05', 20, 'direct'), entry('d2', '2026-01-12', 20, 'direct')];
    for (let i = 0; i < 3; i++) log.push(entry(`d${i + 3}`, `2026-01-1${i + 3}`, 20, 'direct'));
    const short = evaluateRules(alabama, [...log, entry('s', '2026-01-20', 8, 'supervision-individual')]);
    expect(progress(short, 'ratio')).toMatchObject({ required: 10, counted: 8, met: false, remaining: 2 });
    expect(short.complete).toBe(false);
    const enough = evaluateRules(alabama, [
      ...log,
      entry('s', '2026-01-20', 6, 'supervision-individual'),
      entry('g', '2026-01-21', 4, 'supervision-group'),
    ]);
    expect(progress(enough, 'ratio')).toMatchObject({ required: 10, counted: 10, met: true });
    expect(progress(enough, 'ratio').explanation).toContain(
      '1 hour of supervision per 10 hours of direct client contact',
    );
  });

  // 18VAC115-20-52 (Virginia counselor residency): "Supervision shall occur at a minimum of one hour and a maximum
  // of four hours per 40 hours of work experience", checked here per week.
  const virginia = ruleSet([
    {
      id: 'ratio',
      kind: 'supervision-ratio',
      label: 'Weekly supervision',
      verified: true,
      hours: 40,
      basis: 'practice',
      period: 'week',
    },
  ]);

  it('Virginia: a surplus in one week does not make up a shortfall in another', () => {
    const log: HourEntryForEvaluation[] = [];
    for (const [i, d] of weekdays('2026-03-02').entries()) log.push(entry(`a${i}`, d, 8, 'direct'));
    for (const [i, d] of weekdays('2026-03-09').entries()) log.push(entry(`b${i}`, d, 8, 'indirect'));
    log.push(entry('s1', '2026-03-06', 2, 'supervision-individual'));
    const result = evaluateRules(virginia, log);
    const p = progress(result, 'ratio');
    expect(p).toMatchObject({ required: 2, counted: 1, met: false });
    expect(p.explanation).toContain('short in 2026-W11');
    // The same supervision spread one hour a week meets it.
    const spread = evaluateRules(virginia, [
      ...log.filter((e) => e.id !== 's1'),
      entry('s1', '2026-03-06', 1, 'supervision-individual'),
      entry('s2', '2026-03-13', 1, 'supervision-group'),
    ]);
    expect(progress(spread, 'ratio').met).toBe(true);
  });

  it('is not projected (a past shortfall cannot be made up by pace)', () => {
    const log = [entry('d', '2026-01-05', 20, 'direct')];
    const result = evaluateRules(alabama, log);
    expect(projectCompletion(result, log, '2026-01-05').requirements[0]).toMatchObject({ id: 'ratio', date: null });
  });

  it('property: covered never exceeds due, and more supervision never lowers what is covered', () => {
    const arbEntry = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 3 }),
      hours: fc.integer({ min: 1, max: 32 }).map((q) => q / 4),
      category: fc.constantFrom<HourCategory>('direct', 'indirect', 'supervision-individual', 'supervision-group'),
    });
    fc.assert(
      fc.property(
        fc.array(arbEntry, { maxLength: 40 }),
        fc.constantFrom('week', 'month', 'overall' as const),
        (raw, period) => {
          const rs = ruleSet([
            {
              id: 'ratio',
              kind: 'supervision-ratio',
              label: 'Ratio',
              verified: true,
              hours: 20,
              basis: 'practice',
              period,
            },
          ]);
          const log = raw.map((r, i) =>
            entry(`e${i}`, `2026-0${r.month}-${String(r.day).padStart(2, '0')}`, r.hours, r.category),
          );
          const before = progress(evaluateRules(rs, log), 'ratio');
          expect(before.counted).toBeLessThanOrEqual((before.required ?? 0) + 1e-9);
          const more = [...log, entry('extra', '2026-02-10', 3, 'supervision-individual')];
          const after = progress(evaluateRules(rs, more), 'ratio');
          expect(after.counted).toBeGreaterThanOrEqual(before.counted - 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('yearly limit', () => {
  // 68 Ill. Adm. Code 1375.120 (LCPC): "No more than 1680 clock hours may be counted toward one year of experience."
  const illinois = ruleSet([
    { id: 'total', kind: 'total-hours', label: 'Total', verified: true, hours: 3360 },
    {
      id: 'year',
      kind: 'max-hours-per-year',
      label: 'Yearly limit',
      verified: true,
      hours: 1680,
      period: 'twelve-months',
    },
  ]);

  it('Illinois LCPC: at most 1,680 hours count from each year of experience', () => {
    // 50 weeks of 40 hours from 2025-01-06 = 2,000 hours in the first twelve months.
    const log: HourEntryForEvaluation[] = [];
    const start = Date.UTC(2025, 0, 6);
    for (let w = 0; w < 50; w++) {
      log.push(entry(`w${w}`, new Date(start + w * 7 * 86_400_000).toISOString().slice(0, 10), 20, 'direct'));
      log.push(entry(`x${w}`, new Date(start + (w * 7 + 1) * 86_400_000).toISOString().slice(0, 10), 20, 'indirect'));
    }
    const result = evaluateRules(illinois, log);
    expect(progress(result, 'total').counted).toBe(1680);
    expect(progress(result, 'year')).toMatchObject({ counted: 1680, met: true });
    const rejected = result.rejected.reduce((sum, r) => sum + r.hours, 0);
    expect(rejected).toBe(320);
    expect(result.rejected[0]?.reason).toContain('over the 1,680-hour yearly limit (2025-01-06 to 2026-01-05)');
    // Hours in the second year count again.
    const next = evaluateRules(illinois, [...log, entry('y2', '2026-01-06', 10, 'direct')]);
    expect(progress(next, 'total').counted).toBe(1690);
  });

  it('calendar years start again on 1 January', () => {
    // LARA FAQ (Michigan LMSW clinical): "You cannot be granted more than 2,000 hours per year."
    const michigan = ruleSet([
      { id: 'total', kind: 'total-hours', label: 'Total', verified: true, hours: 4000 },
      {
        id: 'year',
        kind: 'max-hours-per-year',
        label: 'Yearly limit',
        verified: true,
        hours: 2000,
        period: 'calendar-year',
      },
    ]);
    const log = [
      entry('a', '2025-12-30', 24, 'direct'),
      entry('b', '2025-12-31', 24, 'direct'),
      entry('c', '2026-01-01', 24, 'direct'),
    ];
    const capped = ruleSet([
      { id: 'total', kind: 'total-hours', label: 'Total', verified: true, hours: 4000 },
      {
        id: 'year',
        kind: 'max-hours-per-year',
        label: 'Yearly limit',
        verified: true,
        hours: 30,
        period: 'calendar-year',
      },
    ]);
    expect(progress(evaluateRules(michigan, log), 'total').counted).toBe(72);
    const result = evaluateRules(capped, log);
    expect(progress(result, 'total').counted).toBe(54);
    expect(result.rejected).toEqual([
      {
        entryId: 'b',
        hours: 18,
        reason: 'over the 30-hour yearly limit (calendar year 2025)',
        requirementIds: ['total'],
      },
    ]);
  });

  it('property: no year counts more than the limit, for every hour requirement', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 900 }),
            hours: fc.integer({ min: 1, max: 96 }).map((q) => q / 4),
          }),
          {
            maxLength: 60,
          },
        ),
        (raw) => {
          const rs = ruleSet([
            { id: 'total', kind: 'total-hours', label: 'Total', verified: true, hours: 5000 },
            {
              id: 'year',
              kind: 'max-hours-per-year',
              label: 'Yearly limit',
              verified: true,
              hours: 50,
              period: 'calendar-year',
            },
          ]);
          const log = raw.map((r, i) =>
            entry(
              `e${i}`,
              new Date(Date.UTC(2025, 0, 1) + r.day * 86_400_000).toISOString().slice(0, 10),
              r.hours,
              'direct',
            ),
          );
          const result = evaluateRules(rs, log);
          const years = new Set(log.map((e) => e.date.slice(0, 4))).size;
          expect(progress(result, 'total').counted).toBeLessThanOrEqual(50 * years + 1e-9);
          const raw_total = log.reduce((s, e) => s + e.hours, 0);
          const rejected = result.rejected.reduce((s, r) => s + r.hours, 0);
          expect(progress(result, 'total').counted + rejected).toBeCloseTo(raw_total, 6);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('pre-degree hours', () => {
  // 17 DCMR 6902 (DC psychologist): "up to two thousand (2,000) hours may have been acquired during a pre-doctoral
  // internship".
  const dc = ruleSet([
    { id: 'total', kind: 'total-hours', label: 'Total', verified: true, hours: 4000 },
    { id: 'pre', kind: 'pre-degree-hours', label: 'Pre-degree hours', verified: true, hours: 2000 },
  ]);
  const log = [
    entry('i1', '2025-03-03', 24, 'direct'),
    ...Array.from({ length: 90 }, (_, i) =>
      entry(`i${i + 2}`, new Date(Date.UTC(2025, 2, 4) + i * 86_400_000).toISOString().slice(0, 10), 24, 'direct'),
    ),
    entry('p1', '2026-01-05', 8, 'direct'),
  ];

  it('DC psychologist: at most 2,000 pre-doctoral hours count', () => {
    const result = evaluateRules(dc, log, { degreeDate: '2025-09-01' });
    expect(progress(result, 'total').counted).toBe(2008);
    expect(progress(result, 'pre')).toMatchObject({ counted: 2000, met: true });
    expect(result.rejected.reduce((s, r) => s + r.hours, 0)).toBe(24 * 91 - 2000);
    expect(result.rejected[0]?.reason).toContain(
      'before the degree date 2025-09-01, beyond the 2,000 pre-degree hours',
    );
    expect(result.rejected.every((r) => r.requirementIds === null)).toBe(true);
  });

  it('says it could not check the limit when the degree date is unknown (and counts nothing as met)', () => {
    const result = evaluateRules(dc, log);
    expect(progress(result, 'total').counted).toBe(24 * 91 + 8);
    expect(progress(result, 'pre')).toMatchObject({ met: null });
    expect(progress(result, 'pre').explanation).toContain('Not checked: the degree date is not known');
  });

  it('0 means no pre-degree hours count', () => {
    const none = ruleSet([
      { id: 'total', kind: 'total-hours', label: 'Total', verified: true, hours: 4000 },
      { id: 'pre', kind: 'pre-degree-hours', label: 'Pre-degree hours', verified: true, hours: 0 },
    ]);
    const result = evaluateRules(none, log, { degreeDate: '2025-09-01' });
    expect(progress(result, 'total').counted).toBe(8);
  });
});

describe('individual and group supervision split, alternatives, unverified figures', () => {
  // C.R.S. 12-245-604 (Colorado LPC): "a minimum of fifty hours of supervision. A minimum of twenty-five of the fifty
  // hours must be individual supervision".
  const colorado = ruleSet([
    { id: 'supervision', kind: 'supervision-hours', label: 'Supervision', verified: true, hours: 50 },
    {
      id: 'individual',
      kind: 'category-hours',
      label: 'Individual supervision',
      verified: true,
      hours: 25,
      categories: ['supervision-individual'],
    },
  ]);

  it('Colorado LPC: 50 supervision hours of which 25 individual', () => {
    const result = evaluateRules(colorado, [
      entry('i', '2026-01-05', 20, 'supervision-individual'),
      entry('g', '2026-01-06', 30, 'supervision-group'),
    ]);
    expect(progress(result, 'supervision')).toMatchObject({ counted: 50, met: true });
    expect(progress(result, 'individual')).toMatchObject({ counted: 20, met: false, remaining: 5 });
    expect(result.unmet).toEqual(['individual']);
  });

  it('Georgia LCSW: the full-time alternative is named, never assumed met', () => {
    // Ga. Comp. R. & Regs. 135-5-.04: "three years' full-time supervised experience".
    const georgia = ruleSet([
      { id: 'total', kind: 'total-hours', label: 'Total', verified: true, hours: 3000, alternativeFullTimeMonths: 36 },
    ]);
    const result = evaluateRules(georgia, [
      entry('a', '2023-01-02', 8, 'direct'),
      entry('b', '2026-02-02', 8, 'direct'),
    ]);
    expect(progress(result, 'total')).toMatchObject({ met: false, counted: 16 });
    expect(progress(result, 'total').explanation).toContain('Alternatively 36 months of full-time supervised work');
  });

  it('unverified new kinds carry no target and say so', () => {
    const rs = ruleSet([
      { id: 'ratio', kind: 'supervision-ratio', label: 'Ratio', verified: false, basis: 'direct', period: 'overall' },
      { id: 'year', kind: 'max-hours-per-year', label: 'Yearly', verified: false, period: 'twelve-months' },
      { id: 'pre', kind: 'pre-degree-hours', label: 'Pre-degree', verified: false },
    ]);
    const result = RuleSetEvaluationSchema.parse(
      evaluateRules(rs, [entry('a', '2026-01-05', 8, 'direct')], { degreeDate: '2026-02-01' }),
    );
    expect(result.unverifiedCount).toBe(3);
    for (const r of result.requirements) {
      expect(r).toMatchObject({ verified: false, required: null, met: null });
      expect(r.explanation).toContain('not verified');
    }
    expect(result.rejected).toEqual([]);
  });

  it('the schema refuses a target on an unverified new kind', () => {
    const bad = RuleSetSchema.safeParse({
      ...ruleSet([]),
      requirements: [
        { id: 'r', kind: 'supervision-ratio', label: 'R', verified: false, hours: 20, basis: 'direct', period: 'week' },
      ],
    });
    expect(bad.error?.issues[0]?.message).toContain('hours must be left out when verified is false');
  });
});

describe('a rule set with no verified requirement (US-AL:Psychologist as shipped)', () => {
  // The shipped Alabama psychologist rule set has direct hours, supervision hours and a minimum duration, none
  // of which a source verifies yet: nothing verified must never read as "every verified requirement is met".
  const shipped = (JSON.parse(readFileSync('data/licensure/rules.json', 'utf8')) as RuleSet[]).find(
    (r) => r.id === 'US-AL:Psychologist',
  );
  it('is never complete, says how many are verified, and projects no date', () => {
    expect(shipped).toBeDefined();
    if (!shipped) return;
    expect(shipped.requirements.every((r) => !r.verified)).toBe(true);
    const log = [
      { id: 'a', date: '2026-01-05', hours: 20, category: 'direct' as const },
      { id: 'b', date: '2026-01-05', hours: 2, category: 'supervision-individual' as const },
    ];
    const result = evaluateRules(shipped, log, { asOf: '2026-01-31' });
    expect(result.verifiedCount).toBe(0);
    expect(result.unverifiedCount).toBe(shipped.requirements.length);
    expect(result.unmet).toEqual([]);
    expect(result.complete).toBe(false);
    expect(projectCompletion(result, log, '2026-01-31').date).toBeNull();
  });
});
