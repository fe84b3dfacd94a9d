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
import { HOUR_CATEGORY_IDS, type HourCategory } from '#contracts/vocabulary.js';
import { evaluateRules, projectCompletion } from './evaluate-rules.js';

const shipped = RuleSetSchema.array().parse(
  JSON.parse(readFileSync(new URL('../../../data/licensure/rules.json', import.meta.url), 'utf8')),
);

function shippedRuleSet(id: string): RuleSet {
  const rs = shipped.find((r) => r.id === id);
  if (!rs) throw new Error(`no rule set ${id}`);
  return rs;
}

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
    checkedDate: '2026-11-22',
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

const TOTAL = (hours: number): Requirement => ({
  id: 'total-hours',
  kind: 'total-hours',
  label: 'Total',
  verified: true,
  hours,
});
const DIRECT = (hours: number): Requirement => ({
  id: 'direct-hours',
  kind: 'category-hours',
  label: 'Direct client contact hours',
  verified: true,
  categories: ['direct'],
  hours,
});
const SUPERVISION = (hours: number, groupCap?: number): Requirement => ({
  id: 'supervision-hours',
  kind: 'supervision-hours',
  label: 'Supervision hours',
  verified: true,
  hours,
  ...(groupCap === undefined ? {} : { groupCap }),
});
const WEEKLY = (hours: number): Requirement => ({
  id: 'weekly',
  kind: 'max-hours-per-week',
  label: 'Weekly limit',
  verified: true,
  hours,
});
const WINDOW = (months: number): Requirement => ({
  id: 'window',
  kind: 'window',
  label: 'Window',
  verified: true,
  months,
});
const DURATION = (months: number): Requirement => ({
  id: 'min-duration',
  kind: 'min-duration',
  label: 'Minimum duration',
  verified: true,
  months,
});

describe('evaluateRules: worked examples checked by hand', () => {
  it('a log meeting total hours but not direct hours is not complete, and says why', () => {
    const rs = ruleSet([TOTAL(20), DIRECT(12)]);
    const entries = [
      ...[1, 2, 3, 4].map((d) => entry(`d${d}`, `2024-03-0${d}`, 2, 'direct')),
      ...[1, 2, 3, 4, 5, 6].map((d) => entry(`i${d}`, `2024-03-1${d}`, 2, 'indirect')),
    ];
    const result = evaluateRules(rs, entries);
    // 4 x 2 direct + 6 x 2 indirect = 8 direct, 20 in all.
    expect(progress(result, 'total-hours')).toMatchObject({ required: 20, counted: 20, met: true, remaining: 0 });
    expect(progress(result, 'direct-hours')).toMatchObject({ required: 12, counted: 8, met: false, remaining: 4 });
    expect(progress(result, 'direct-hours').explanation).toBe(
      'Direct client contact hours: 8 of 12 hours count; 4 more needed.',
    );
    expect(result.complete).toBe(false);
    expect(result.unmet).toEqual(['direct-hours']);
    expect(result.rejected).toEqual([]);
    expect(RuleSetEvaluationSchema.parse(result)).toEqual(result);
  });

  it('the shipped Texas LPC rules: 3,000 hours over 22 months with 1,000 direct is not complete', () => {
    const entries: HourEntryForEvaluation[] = [];
    const monday = Date.UTC(2023, 0, 2); // a Monday
    for (let week = 0; week < 100; week++) {
      const day = (offset: number) => new Date(monday + (week * 7 + offset) * 86_400_000).toISOString().slice(0, 10);
      entries.push(entry(`w${week}-d`, day(0), 10, 'direct'));
      entries.push(entry(`w${week}-i1`, day(1), 10, 'indirect'));
      entries.push(entry(`w${week}-i2`, day(2), 10, 'indirect'));
    }
    const result = evaluateRules(shippedRuleSet('US-TX:LPC'), entries);
    expect(result.firstCountedDate).toBe('2023-01-02');
    expect(result.lastCountedDate).toBe('2024-11-27'); // Wednesday of week 99: 2023-01-02 + 695 days
    expect(progress(result, 'total-hours')).toMatchObject({ counted: 3000, met: true });
    expect(progress(result, 'direct-hours')).toMatchObject({ counted: 1000, met: false, remaining: 500 });
    expect(progress(result, 'min-duration')).toMatchObject({ counted: 22, required: 18, met: true, unit: 'months' });
    expect(progress(result, 'supervision-hours')).toMatchObject({ verified: false, required: null, met: null });
    expect(result).toMatchObject({ complete: false, unmet: ['direct-hours'], unverifiedCount: 1 });
  });

  it('counts individual supervision in full and group supervision only up to the cap, earliest first', () => {
    const rs = ruleSet([TOTAL(10), SUPERVISION(4, 1)]);
    const result = evaluateRules(rs, [
      entry('g2', '2024-05-08', 1, 'supervision-group'),
      entry('ind', '2024-05-06', 2, 'supervision-individual'),
      entry('g1', '2024-05-07', 1.5, 'supervision-group'),
    ]);
    // 2 individual + min(1.5 + 1, cap 1) group = 3; the total still counts all 4.5 hours.
    expect(progress(result, 'supervision-hours')).toMatchObject({ counted: 3, met: false, remaining: 1 });
    expect(progress(result, 'total-hours')).toMatchObject({ counted: 4.5 });
    const reason = 'group supervision beyond the 1-hour cap on group hours';
    expect(result.rejected).toEqual([
      { entryId: 'g1', hours: 0.5, reason, requirementIds: ['supervision-hours'] },
      { entryId: 'g2', hours: 1, reason, requirementIds: ['supervision-hours'] },
    ]);
  });

  it('drops hours over the weekly limit from the latest entries of the ISO week', () => {
    const rs = ruleSet([TOTAL(100), DIRECT(50), WEEKLY(40)]);
    const result = evaluateRules(rs, [
      entry('wed-i', '2024-01-17', 12, 'indirect'),
      entry('mon-i', '2024-01-15', 10, 'indirect'),
      entry('tue-d', '2024-01-16', 12, 'direct'),
      entry('mon-d', '2024-01-15', 10, 'direct'),
      entry('next', '2024-01-22', 5, 'direct'), // the next ISO week starts on Monday 22 January
    ]);
    // Week of 15 Jan: 44 hours; in order mon-d 10, mon-i 10, tue-d 12, wed-i 12 -> the last 4 of wed-i drop.
    expect(progress(result, 'total-hours')).toMatchObject({ counted: 45 });
    // Direct hours in that week are 22, under the limit: none dropped for the direct requirement.
    expect(progress(result, 'direct-hours')).toMatchObject({ counted: 27 });
    expect(progress(result, 'weekly')).toMatchObject({ required: 40, counted: 40, met: true, remaining: 0 });
    expect(result.rejected).toEqual([
      {
        entryId: 'wed-i',
        hours: 4,
        reason: 'over the 40-hour weekly limit (ISO week 2024-W03, 2024-01-15 to 2024-01-21)',
        requirementIds: ['total-hours'],
      },
    ]);
    expect(result.complete).toBe(false);
  });

  it('ISO weeks run Monday to Sunday, across year ends', () => {
    const rs = ruleSet([TOTAL(100), WEEKLY(10)]);
    const acrossWeeks = evaluateRules(rs, [
      entry('sun', '2024-01-21', 8, 'direct'),
      entry('mon', '2024-01-22', 8, 'direct'),
    ]);
    expect(progress(acrossWeeks, 'total-hours').counted).toBe(16);
    const sameWeek = evaluateRules(rs, [
      entry('sat', '2024-01-20', 8, 'direct'),
      entry('sun', '2024-01-21', 8, 'direct'),
    ]);
    expect(progress(sameWeek, 'total-hours').counted).toBe(10);
    const yearEnd = evaluateRules(rs, [entry('a', '2024-12-30', 8, 'direct'), entry('b', '2025-01-05', 8, 'direct')]);
    expect(yearEnd.rejected).toEqual([
      {
        entryId: 'b',
        hours: 6,
        reason: 'over the 10-hour weekly limit (ISO week 2025-W01, 2024-12-30 to 2025-01-05)',
        requirementIds: ['total-hours'],
      },
    ]);
  });

  it('the weekly limit applies to each requirement: a week keeps its direct hours for the direct requirement', () => {
    const rs = ruleSet([TOTAL(100), DIRECT(100), WEEKLY(10)]);
    const result = evaluateRules(rs, [entry('i', '2024-01-15', 8, 'indirect'), entry('d', '2024-01-16', 8, 'direct')]);
    expect(progress(result, 'total-hours').counted).toBe(10);
    expect(progress(result, 'direct-hours').counted).toBe(8);
    expect(result.rejected).toEqual([
      expect.objectContaining({ entryId: 'd', hours: 6, requirementIds: ['total-hours'] }),
    ]);
  });

  it('only counts hours inside the window before the as-of date, and none after it', () => {
    const rs = ruleSet([TOTAL(100), WINDOW(72)]);
    const result = evaluateRules(
      rs,
      [
        entry('too-old', '2019-06-29', 3, 'direct'),
        entry('edge', '2019-06-30', 2, 'direct'),
        entry('recent', '2025-06-30', 1, 'indirect'),
        entry('future', '2025-07-01', 4, 'direct'),
      ],
      { asOf: '2025-06-30' },
    );
    expect(progress(result, 'total-hours').counted).toBe(3);
    expect(progress(result, 'window')).toMatchObject({ required: 72, counted: 72, met: true, unit: 'months' });
    expect(result.rejected).toEqual([
      {
        entryId: 'too-old',
        hours: 3,
        reason: 'outside the 72-month window (only hours from 2019-06-30 to 2025-06-30 count)',
        requirementIds: null,
      },
      { entryId: 'future', hours: 4, reason: 'dated after the as-of date 2025-06-30', requirementIds: null },
    ]);
  });

  it('without an as-of date the window ends at the latest entry', () => {
    const rs = ruleSet([TOTAL(100), WINDOW(12)]);
    const result = evaluateRules(rs, [
      entry('old', '2023-01-01', 5, 'direct'),
      entry('new', '2024-03-01', 5, 'direct'),
    ]);
    expect(result.asOf).toBe('2024-03-01');
    expect(progress(result, 'total-hours').counted).toBe(5);
    expect(result.rejected.map((r) => r.entryId)).toEqual(['old']);
  });

  it('a not-verified requirement has no target, is not met or unmet, and with none verified nothing is complete', () => {
    const result = evaluateRules(shippedRuleSet('US-IL:LPC'), [entry('a', '2024-01-01', 5, 'direct')]);
    expect(result.unmet).toEqual([]);
    expect(result.complete).toBe(false);
    expect(result.verifiedCount).toBe(0);
    expect(result.unverifiedCount).toBe(4);
    for (const p of result.requirements) {
      expect(p).toMatchObject({ verified: false, required: null, met: null, remaining: null });
    }
    expect(progress(result, 'supervision-hours').explanation).toBe(
      'Supervision hours: not verified (no source read states the figure); 0 hours would count toward it.',
    );
    expect(progress(result, 'total-hours').counted).toBe(5);
  });

  it('hours the caller excludes count toward nothing, with the caller’s reason', () => {
    const rs = ruleSet([TOTAL(10)]);
    const reason = "before the supervision agreement's start date";
    const result = evaluateRules(
      rs,
      [entry('early', '2024-01-01', 4, 'direct'), entry('ok', '2024-02-01', 3, 'direct')],
      {
        excluded: new Map([['early', reason]]),
      },
    );
    expect(progress(result, 'total-hours').counted).toBe(3);
    expect(result.rejected).toEqual([{ entryId: 'early', hours: 4, reason, requirementIds: null }]);
    expect(result.firstCountedDate).toBe('2024-02-01');
  });

  it('measures duration in whole months between the first and last counted entry', () => {
    const months = (first: string, last: string) =>
      progress(
        evaluateRules(ruleSet([DURATION(18)]), [entry('a', first, 1, 'direct'), entry('b', last, 1, 'direct')]),
        'min-duration',
      ).counted;
    expect(months('2023-01-15', '2024-07-14')).toBe(17);
    expect(months('2023-01-15', '2024-07-15')).toBe(18);
    expect(months('2024-01-31', '2024-02-29')).toBe(1); // end of a shorter month completes the month
    expect(months('2024-01-31', '2024-02-28')).toBe(0);
    expect(months('2024-03-31', '2024-04-30')).toBe(1);
    expect(evaluateRules(ruleSet([DURATION(18)]), []).requirements[0]).toMatchObject({ counted: 0, met: false });
  });

  it('orders entries the same way when dates span millennia (comparison-sort fallback)', () => {
    const rs = ruleSet([TOTAL(100), SUPERVISION(10, 1), WEEKLY(5)]);
    const entries = [
      entry('b', '9999-12-31', 3, 'supervision-group'),
      entry('a', '9999-12-31', 3, 'supervision-group'),
      entry('c', '0001-01-01', 4, 'direct'),
      entry('d', '0001-01-02', 4, 'direct'),
    ];
    const forward = evaluateRules(rs, entries);
    expect(evaluateRules(rs, [...entries].reverse())).toEqual(forward);
    // Pieces of one entry are ordered by reason text: "group supervision..." before "over the...".
    expect(forward.rejected.map((r) => [r.entryId, r.hours, r.requirementIds])).toEqual([
      ['d', 3, ['total-hours']],
      ['a', 2, ['supervision-hours']],
      ['b', 2, ['supervision-hours']],
      ['b', 1, ['total-hours', 'supervision-hours']],
    ]);
  });

  it('refuses a malformed date with the entry named', () => {
    expect(() => evaluateRules(ruleSet([TOTAL(1)]), [entry('bad', '2024-02-30', 1, 'direct')])).toThrow(
      'entry bad date must be a real date in YYYY-MM-DD format (got "2024-02-30")',
    );
  });

  it('an empty log is measured without error', () => {
    const result = evaluateRules(shippedRuleSet('US-NY:LCSW'), []);
    expect(result).toMatchObject({ asOf: null, firstCountedDate: null, complete: false, rejected: [] });
  });

  it('evaluates every shipped rule set', () => {
    const entries = [entry('a', '2024-01-01', 8, 'direct'), entry('b', '2024-01-02', 2, 'supervision-group')];
    for (const rs of shipped) {
      const result = evaluateRules(rs, entries);
      expect(RuleSetEvaluationSchema.safeParse(result).success).toBe(true);
      expect(result.unverifiedCount).toBe(rs.requirements.filter((r) => !r.verified).length);
    }
  });
});

describe('projectCompletion', () => {
  const asOf = '2024-03-31';
  // One 10-hour entry a week for the 8 weeks up to as-of: 31 Mar, 24 Mar, ..., 11 Feb.
  const weekly = Array.from({ length: 8 }, (_, k) =>
    entry(`w${k}`, new Date(Date.UTC(2024, 2, 31 - 7 * k)).toISOString().slice(0, 10), 10, 'direct'),
  );

  it('projects from the last 8 weeks of counted hours', () => {
    const result = evaluateRules(ruleSet([TOTAL(100)]), weekly, { asOf });
    // 80 hours in 56 days; 20 remaining -> ceil(20 * 56 / 80) = 14 days after 31 March.
    const projection = projectCompletion(result, weekly, asOf);
    expect(projection.requirements).toEqual([
      { id: 'total-hours', remaining: 20, unit: 'hours', countedLast8Weeks: 80, pacePerWeek: 10, date: '2024-04-14' },
    ]);
    expect(projection.date).toBe('2024-04-14');
  });

  it('is null when the pace is 0, and the as-of date when already complete', () => {
    const old = [entry('old', '2023-01-01', 10, 'direct')];
    const stalled = evaluateRules(ruleSet([TOTAL(100)]), old, { asOf });
    expect(projectCompletion(stalled, old, asOf)).toMatchObject({ date: null, requirements: [{ date: null }] });
    const done = evaluateRules(ruleSet([TOTAL(50)]), weekly, { asOf });
    expect(projectCompletion(done, weekly, asOf)).toEqual({ asOf, date: asOf, requirements: [] });
  });

  it('uses only hours that counted for the requirement, and projects duration from the first entry', () => {
    const entries = [...weekly, entry('indirect', '2024-03-30', 20, 'indirect')];
    const result = evaluateRules(ruleSet([TOTAL(1000), DIRECT(100), DURATION(6)]), entries, { asOf });
    const projection = projectCompletion(result, entries, asOf);
    // Direct: 80 in 8 weeks, 20 remaining -> 14 days. Total: 100 in 8 weeks, 900 remaining -> 504 days.
    expect(projection.requirements.map((r) => [r.id, r.date])).toEqual([
      ['total-hours', '2025-08-17'],
      ['direct-hours', '2024-04-14'],
      ['min-duration', '2024-08-11'], // first entry 11 Feb + 6 months
    ]);
    expect(projection.date).toBe('2025-08-17');
  });
});

// ---- properties ----

const CATEGORIES = [...HOUR_CATEGORY_IDS];
const DAY0 = Date.UTC(2023, 0, 1);

// Half the entries fall in the first three weeks, so weekly limits and group caps are hit often.
const entryArb = fc.record({
  day: fc.oneof(fc.integer({ min: 0, max: 730 }), fc.integer({ min: 0, max: 20 })),
  quarters: fc.integer({ min: 1, max: 96 }),
  category: fc.constantFrom(...CATEGORIES),
});

function toEntries(
  raw: { day: number; quarters: number; category: HourCategory }[],
  prefix = 'e',
): HourEntryForEvaluation[] {
  return raw.map((r, i) => ({
    id: `${prefix}${i}`,
    date: new Date(DAY0 + r.day * 86_400_000).toISOString().slice(0, 10),
    hours: r.quarters / 4,
    category: r.category,
  }));
}

const ruleSetArb = fc
  .record({
    total: fc.integer({ min: 1, max: 3000 }),
    direct: fc.integer({ min: 1, max: 1500 }),
    directCategories: fc.subarray(CATEGORIES, { minLength: 1 }),
    supervision: fc.integer({ min: 1, max: 200 }),
    groupCap: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    weekly: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    window: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    duration: fc.integer({ min: 1, max: 36 }),
  })
  .map((p) =>
    ruleSet([
      TOTAL(p.total),
      {
        ...(DIRECT(Math.min(p.direct, p.total)) as Requirement & { kind: 'category-hours' }),
        categories: p.directCategories,
      },
      SUPERVISION(Math.min(p.supervision, p.total), p.groupCap),
      DURATION(p.duration),
      ...(p.weekly === undefined ? [] : [WEEKLY(p.weekly)]),
      ...(p.window === undefined ? [] : [WINDOW(p.window)]),
    ]),
  );

const asOfArb = fc.integer({ min: 0, max: 800 }).map((d) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10));

function counted(result: RuleSetEvaluation): Record<string, number> {
  return Object.fromEntries(result.requirements.map((r) => [r.id, r.counted]));
}

function expectNoLower(before: RuleSetEvaluation, after: RuleSetEvaluation): void {
  const a = counted(before);
  const b = counted(after);
  for (const [id, value] of Object.entries(a)) expect(b[id]).toBeGreaterThanOrEqual(value);
}

function withoutRequirement(rs: RuleSet, kind: Requirement['kind']): RuleSet {
  return { ...rs, requirements: rs.requirements.filter((r) => r.kind !== kind) };
}

describe('evaluateRules properties', () => {
  it('adding an entry never lowers any counted total (for a fixed as-of date)', () => {
    fc.assert(
      fc.property(ruleSetArb, fc.array(entryArb, { maxLength: 60 }), entryArb, asOfArb, (rs, raw, extra, asOf) => {
        const entries = toEntries(raw);
        const before = evaluateRules(rs, entries, { asOf });
        const after = evaluateRules(rs, [...entries, ...toEntries([extra], 'extra')], { asOf });
        expectNoLower(before, after);
      }),
      { numRuns: 300 },
    );
  });

  it('adding an entry never lowers any counted total (as-of omitted, no window)', () => {
    fc.assert(
      fc.property(ruleSetArb, fc.array(entryArb, { maxLength: 60 }), entryArb, (rs, raw, extra) => {
        const noWindow = withoutRequirement(rs, 'window');
        const entries = toEntries(raw);
        expectNoLower(
          evaluateRules(noWindow, entries),
          evaluateRules(noWindow, [...entries, ...toEntries([extra], 'x')]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('removing the group cap or the weekly limit never lowers a counted total', () => {
    fc.assert(
      fc.property(ruleSetArb, fc.array(entryArb, { maxLength: 80 }), asOfArb, (rs, raw, asOf) => {
        const entries = toEntries(raw);
        const capped = evaluateRules(rs, entries, { asOf });
        const noGroupCap: RuleSet = {
          ...rs,
          requirements: rs.requirements.map((r) => {
            if (r.kind !== 'supervision-hours') return r;
            const { groupCap: _dropped, ...rest } = r;
            return rest;
          }),
        };
        expectNoLower(capped, evaluateRules(noGroupCap, entries, { asOf }));
        const noWeekly = withoutRequirement(rs, 'max-hours-per-week');
        const withoutWeekly = evaluateRules(noWeekly, entries, { asOf });
        const a = counted(capped);
        for (const [id, value] of Object.entries(counted(withoutWeekly))) {
          expect(value).toBeGreaterThanOrEqual(a[id] ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the order of entries never matters', () => {
    fc.assert(
      fc.property(
        ruleSetArb,
        fc.array(entryArb, { maxLength: 80 }),
        fc.option(asOfArb, { nil: undefined }),
        fc.integer(),
        (rs, raw, asOf, seed) => {
          const entries = toEntries(raw);
          const excluded = new Map(entries.filter((_, i) => i % 7 === 3).map((e) => [e.id, 'excluded for the test']));
          // Deterministic shuffle from the seed, so a failure replays.
          let s = seed;
          const shuffled = [...entries];
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1103515245) + 12345) | 0;
            const j = Math.abs(s) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as HourEntryForEvaluation, shuffled[i] as HourEntryForEvaluation];
          }
          const options = { ...(asOf === undefined ? {} : { asOf }), excluded };
          const result = evaluateRules(rs, entries, options);
          expect(evaluateRules(rs, shuffled, options)).toEqual(result);
          const projectAt = asOf ?? '2024-12-31';
          expect(projectCompletion(result, shuffled, projectAt)).toEqual(projectCompletion(result, entries, projectAt));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every logged hour of a requirement either counts or is explained in rejected', () => {
    fc.assert(
      fc.property(ruleSetArb, fc.array(entryArb, { maxLength: 80 }), asOfArb, (rs, raw, asOf) => {
        const entries = toEntries(raw);
        const result = evaluateRules(rs, entries, { asOf });
        const byId = new Map(entries.map((e) => [e.id, e]));
        for (const p of result.requirements.filter((r) => r.unit === 'hours' && r.categories.length > 0)) {
          const logged = entries.filter((e) => p.categories.includes(e.category)).reduce((sum, e) => sum + e.hours, 0);
          const explained = result.rejected
            .filter(
              (r) =>
                (r.requirementIds === null || r.requirementIds.includes(p.id)) &&
                p.categories.includes(byId.get(r.entryId)?.category ?? 'direct'),
            )
            .reduce((sum, r) => sum + r.hours, 0);
          expect(p.counted + explained).toBeCloseTo(logged, 9);
        }
      }),
      { numRuns: 300 },
    );
  });
});
