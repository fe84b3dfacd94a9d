import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type HourEntryForEvaluation,
  type Requirement,
  type RequirementAlternative,
  type RuleSet,
  RuleSetEvaluationSchema,
  RuleSetSchema,
} from '#contracts/licensure.js';
import { evaluateRules, projectCompletion } from './evaluate-rules.js';

/*
 * Either-or requirements, with Florida's wording (Fla. Admin. Code R. 64B19-11.005, quoted in
 * data/licensure/research/US-FL.json, read 2026-12-04): "The law requires 2 years or 4, 000 hours of supervised
 * experience for licensure."
 */

const FLORIDA_REQUIREMENTS: Requirement[] = [
  {
    id: 'four-thousand-hours',
    kind: 'total-hours',
    label: '4,000 hours of supervised experience',
    verified: true,
    hours: 4000,
  },
  { id: 'two-years', kind: 'min-duration', label: '2 years of supervised experience', verified: true, months: 24 },
];
const FLORIDA_EITHER: RequirementAlternative = {
  id: 'years-or-hours',
  label: '2 years or 4,000 hours',
  options: [
    { label: '4,000 hours', requirementIds: ['four-thousand-hours'] },
    { label: '2 years', requirementIds: ['two-years'] },
  ],
};

function ruleSet(requirements: Requirement[], alternatives: RequirementAlternative[] | undefined): RuleSet {
  return RuleSetSchema.parse({
    id: 'US-FL:TEST',
    jurisdiction: 'US-FL',
    jurisdictionName: 'Florida',
    license: 'TEST',
    title: 'Test license',
    careers: [],
    minDegree: { level: null, text: 'any' },
    exams: null,
    requirements,
    ...(alternatives ? { alternatives } : {}),
    notes: [],
    source: 'hand-written fixture',
    checkedDate: '2026-12-04',
    version: 1,
  });
}

/** One 8-hour direct day on the first of each month, from January 2024, for `months` months. */
function monthly(months: number, hours = 8): HourEntryForEvaluation[] {
  return Array.from({ length: months }, (_, i) => {
    const y = 2024 + Math.floor(i / 12);
    const m = String((i % 12) + 1).padStart(2, '0');
    return { id: `e${i}`, date: `${y}-${m}-01`, hours, category: 'direct' as const };
  });
}

describe('either-or requirements (Florida: 2 years or 4,000 hours)', () => {
  const florida = ruleSet(FLORIDA_REQUIREMENTS, [FLORIDA_EITHER]);

  it('is met by the 2 years alone, although the 4,000 hours are not', () => {
    const result = evaluateRules(florida, monthly(25));
    expect(RuleSetEvaluationSchema.parse(result)).toEqual(result);
    expect(result.requirements.find((r) => r.id === 'four-thousand-hours')?.met).toBe(false);
    expect(result.requirements.find((r) => r.id === 'two-years')?.met).toBe(true);
    expect(result.alternatives[0]).toMatchObject({
      id: 'years-or-hours',
      met: true,
      options: [{ met: false }, { met: true }],
    });
    expect(result.alternatives[0]?.explanation).toContain('met by "2 years"');
    expect(result.unmet).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('is unmet while neither option is, and names the group (not its requirements) as unmet', () => {
    const result = evaluateRules(florida, monthly(6));
    expect(result.alternatives[0]?.met).toBe(false);
    expect(result.unmet).toEqual(['years-or-hours']);
    expect(result.complete).toBe(false);
    expect(result.alternatives[0]?.explanation).toBe(
      '2 years or 4,000 hours: either 4,000 hours (not yet) or 2 years (not yet); one of them is enough.',
    );
  });

  it('without the either-or, the same log needs both', () => {
    const result = evaluateRules(ruleSet(FLORIDA_REQUIREMENTS, undefined), monthly(25));
    expect(result.alternatives).toEqual([]);
    expect(result.unmet).toEqual(['four-thousand-hours']);
    expect(result.complete).toBe(false);
  });

  it('an option with an unverified requirement is never assumed met', () => {
    const unverified = ruleSet(
      [
        FLORIDA_REQUIREMENTS[0] as Requirement,
        { id: 'two-years', kind: 'min-duration', label: '2 years', verified: false },
      ],
      [FLORIDA_EITHER],
    );
    const result = evaluateRules(unverified, monthly(30));
    expect(result.alternatives[0]?.options.map((o) => o.met)).toEqual([false, null]);
    expect(result.alternatives[0]?.met).toBeNull();
    expect(result.unmet).toEqual([]);
  });

  it('projects the completion of the soonest option', () => {
    // 40 hours a week for 8 weeks: the other 3,680 hours take 92 more weeks (December 2026); 2 years from the
    // first entry end in January 2027. The group is done with the sooner option.
    const entries: HourEntryForEvaluation[] = Array.from({ length: 40 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 6) + Math.floor(i / 5) * 7 * 86_400_000 + (i % 5) * 86_400_000);
      return { id: `d${i}`, date: day.toISOString().slice(0, 10), hours: 8, category: 'direct' as const };
    });
    const asOf = '2025-02-28';
    const projection = projectCompletion(evaluateRules(florida, entries, { asOf }), entries, asOf);
    const hours = projection.requirements.find((p) => p.id === 'four-thousand-hours')?.date ?? '';
    const years = projection.requirements.find((p) => p.id === 'two-years')?.date ?? '';
    expect(years).toBe('2027-01-06');
    expect(hours).toBe('2026-12-04');
    expect(projection.date).toBe(hours);
  });

  it('the schema refuses an option naming a missing requirement, or a requirement in two alternatives', () => {
    const base = ruleSet(FLORIDA_REQUIREMENTS, undefined);
    const missing = RuleSetSchema.safeParse({
      ...base,
      alternatives: [
        { ...FLORIDA_EITHER, options: [{ label: 'x', requirementIds: ['nope'] }, FLORIDA_EITHER.options[0]] },
      ],
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toBe('no requirement "nope" in this rule set');
    const twice = RuleSetSchema.safeParse({
      ...base,
      alternatives: [FLORIDA_EITHER, { ...FLORIDA_EITHER, id: 'again' }],
    });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toContain('is already an option of alternative "years-or-hours"');
  });
});

describe('shipped: Florida psychologist, built from the research (R. 64B19-11.005)', () => {
  const shipped = RuleSetSchema.array()
    .parse(JSON.parse(readFileSync(new URL('../../../data/licensure/rules.json', import.meta.url), 'utf8')))
    .find((r) => r.id === 'US-FL:Psychologist');
  if (!shipped) throw new Error('no shipped US-FL:Psychologist');

  it('ships "2 years or 4,000 hours" as an either-or group quoting the code', () => {
    expect(shipped.alternatives).toMatchObject([
      {
        id: 'years-or-hours',
        options: [
          { label: '4,000 hours', requirementIds: ['total-hours'] },
          { label: '2 years', requirementIds: ['min-duration'] },
        ],
      },
    ]);
    expect(shipped.alternatives?.[0]?.sources?.[0]?.quote).toContain('2 years or 4, 000 hours');
    expect(shipped.requirements.find((r) => r.id === 'min-duration')).toMatchObject({ verified: true, months: 24 });
  });

  it('is met by 4,000 hours within a year, and by 2 years with fewer hours; neither alone is unmet', () => {
    const fast = evaluateRules(shipped, monthly(12, 340));
    expect(fast.alternatives[0]).toMatchObject({ met: true, options: [{ met: true }, { met: false }] });
    expect(fast.unmet).toEqual([]);
    const slow = evaluateRules(shipped, monthly(25, 100));
    expect(slow.alternatives[0]).toMatchObject({ met: true, options: [{ met: false }, { met: true }] });
    expect(slow.unmet).toEqual([]);
    const neither = evaluateRules(shipped, monthly(6, 100));
    expect(neither.unmet).toEqual(['years-or-hours']);
    expect(neither.complete).toBe(false);
  });
});
