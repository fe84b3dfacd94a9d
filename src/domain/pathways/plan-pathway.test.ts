import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Career, CareerSchema } from '#contracts/careers.js';
import { type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import {
  CURRENT_STAGE_IDS,
  type CurrentStage,
  type PathwayFact,
  PathwayFactsFileSchema,
  type PathwayRoute,
  PathwayRoutesFileSchema,
  type Roadmap,
} from '#contracts/pathways.js';
import { parseIsoDay } from '../calendar-date.js';
import { durationFromFact, parseFactRange } from './pathway-steps.js';
import { listStageOptions, PathwayPlanError, type PlanPathwayInput, planPathway } from './plan-pathway.js';

const DATA = path.resolve(import.meta.dirname, '../../../data');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));

const facts: PathwayFact[] = PathwayFactsFileSchema.parse(readJson('pathways/facts.json'));
const routes: PathwayRoute[] = PathwayRoutesFileSchema.parse(readJson('pathways/routes.json'));
const careers: Career[] = CareerSchema.array().parse(readJson('careers/curated.json'));
const ruleSets: RuleSet[] = RuleSetSchema.array().parse(readJson('licensure/rules.json'));

function career(id: string): Career {
  const found = careers.find((c) => c.id === id);
  if (!found) throw new Error(`no curated career ${id}`);
  return found;
}
function ruleSet(id: string): RuleSet {
  const found = ruleSets.find((r) => r.id === id);
  if (!found) throw new Error(`no rule set ${id}`);
  return found;
}
function input(careerId: string, stage: CurrentStage, ruleSetId: string | null, extra: Partial<PlanPathwayInput> = {}) {
  return {
    career: career(careerId),
    route: routes.find((r) => r.careerId === careerId) ?? null,
    facts,
    ruleSet: ruleSetId ? ruleSet(ruleSetId) : null,
    stage,
    startDate: '2026-09-01',
    ...extra,
  } satisfies PlanPathwayInput;
}
function stage(roadmap: Roadmap, id: string) {
  const found = roadmap.stages.find((s) => s.id === id);
  if (!found) throw new Error(`no stage ${id} in ${roadmap.stages.map((s) => s.id).join(', ')}`);
  return found;
}

describe('shipped pathway data', () => {
  it('every route names curated careers and existing facts, and every fact maps to curated careers', () => {
    const careerIds = new Set(careers.map((c) => c.id));
    const factIds = new Set(facts.map((f) => f.id));
    expect(factIds.size).toBe(facts.length);
    for (const route of routes) {
      expect(careerIds.has(route.careerId), route.careerId).toBe(true);
      const named = [
        ...route.degrees.flatMap((d) => [...d.factIds, ...(d.durationFactId ? [d.durationFactId] : [])]),
        ...route.fieldExperience.flatMap((f) => f.factIds),
        ...route.exams.flatMap((e) => e.factIds),
        ...(route.practice
          ? [...route.practice.factIds, ...(route.practice.durationFactId ? [route.practice.durationFactId] : [])]
          : []),
        ...(route.renewal
          ? [...route.renewal.factIds, ...(route.renewal.cycleFactId ? [route.renewal.cycleFactId] : [])]
          : []),
      ];
      for (const id of named) expect(factIds.has(id), `${route.careerId} names ${id}`).toBe(true);
    }
    for (const fact of facts)
      for (const id of fact.careers) expect(careerIds.has(id), `${fact.id} -> ${id}`).toBe(true);
    expect(new Set(routes.map((r) => r.careerId)).size).toBe(routes.length);
  });

  it('every duration fact a route relies on states a length the planner can read', () => {
    for (const route of routes) {
      const ids = [
        ...route.degrees.map((d) => d.durationFactId),
        route.practice?.durationFactId ?? null,
        route.renewal?.cycleFactId ?? null,
      ].filter((id): id is string => id !== null);
      for (const id of ids) {
        const fact = facts.find((f) => f.id === id);
        expect(fact && durationFromFact(fact), `${route.careerId}: ${id}`).toBeTruthy();
      }
    }
  });
});

describe('fact values', () => {
  it('reads numbers and ranges, and leaves words alone', () => {
    expect(parseFactRange('4')).toEqual({ min: 4, max: 4 });
    expect(parseFactRange('2-3')).toEqual({ min: 2, max: 3 });
    expect(parseFactRange('30-56.6')).toEqual({ min: 30, max: 56.6 });
    expect(parseFactRange('12 (10 for school psychology)')).toEqual({ min: 12, max: 12 });
    expect(parseFactRange('NCSBN')).toBeNull();
    expect(parseFactRange('100/40; 600/240')).toBeNull();
    expect(parseFactRange('6000 (3 years full-time)')).toEqual({ min: 6000, max: 6000 });
  });

  it('turns years, months and weeks into durations and nothing else', () => {
    const base = facts[0] as PathwayFact;
    expect(durationFromFact({ ...base, value: '2-3', unit: 'years' })?.duration).toEqual({ months: 24 });
    expect(durationFromFact({ ...base, value: '36', unit: 'weeks' })?.duration).toEqual({ days: 252 });
    expect(durationFromFact({ ...base, value: '3', unit: 'years full-time' })?.duration).toEqual({ months: 36 });
    expect(durationFromFact({ ...base, value: '400', unit: 'clock hours' })).toBeNull();
    expect(durationFromFact({ ...base, value: 'NCSBN', unit: null })).toBeNull();
    expect(durationFromFact({ ...base, value: '2-3', unit: 'years' })?.note).toContain('shortest');
  });
});

describe('planPathway: worked examples', () => {
  it('Texas LPC, degree done and gathering hours: 18 months of supervised practice, then the license', () => {
    const roadmap = planPathway(input('licensed-professional-counselor', 'degree-done-accruing-hours', 'US-TX:LPC'));
    const sequential = roadmap.stages.filter((s) => s.timing === 'sequential').map((s) => s.id);
    expect(sequential).toEqual(['supervised-practice', 'license', 'renewal']);
    const practice = stage(roadmap, 'supervised-practice');
    expect(practice.status).toBe('in-progress');
    expect(practice.durationMonths).toBe(18);
    expect(practice.projectedStart).toBe('2026-09-01');
    expect(practice.projectedEnd).toBe('2028-03-01');
    expect(practice.durationNote).toContain('US-TX:LPC version 1');
    const total = practice.requirements.find((r) => r.requirementId === 'total-hours');
    expect(total).toMatchObject({ verified: true, target: 3000, unit: 'hours', ruleSetVersion: 1 });
    const supervision = practice.requirements.find((r) => r.requirementId === 'supervision-hours');
    expect(supervision).toMatchObject({ verified: false, target: null });
    expect(practice.checklist.map((c) => c.text)).toContain('Supervision hours: not verified — ask your board');
    expect(practice.checklist.map((c) => c.text)).toContain('Direct client contact hours: 1,500 hours');
    expect(stage(roadmap, 'license')).toMatchObject({ projectedStart: '2028-03-01', projectedEnd: '2028-03-01' });
    expect(stage(roadmap, 'license').title).toBe('Licensed Professional Counselor (Texas)');
    expect(roadmap.totals).toEqual({
      monthsToGoal: 18,
      goalDate: '2028-03-01',
      unknownDurations: 0,
      supervisedHours: 3000,
    });
    expect(roadmap.completed.map((c) => c.id)).toEqual([
      'degree-bachelor',
      'degree-master',
      'field-practicum',
      'field-internship',
      'exam-licensure-exam',
    ]);
    expect(roadmap.notes.join(' ')).toContain('1 of the 6 requirements in US-TX:LPC (version 1) is not verified');
  });

  it('starting out: every stage in order, unknown lengths stay unknown, field experience sits inside the master’s', () => {
    const roadmap = planPathway(input('licensed-professional-counselor', 'starting', 'US-TX:LPC'));
    expect(roadmap.stages.map((s) => s.id)).toEqual([
      'degree-bachelor',
      'degree-master',
      'field-practicum',
      'field-internship',
      'exam-licensure-exam',
      'supervised-practice',
      'license',
      'renewal',
      'volunteering',
      'relationships',
      'self-care',
    ]);
    const bachelor = stage(roadmap, 'degree-bachelor');
    expect(bachelor).toMatchObject({ durationMonths: null, projectedStart: '2026-09-01', projectedEnd: null });
    expect(stage(roadmap, 'degree-master').projectedStart).toBeNull();
    expect(stage(roadmap, 'field-practicum')).toMatchObject({ timing: 'during', during: 'degree-master' });
    expect(stage(roadmap, 'degree-master').description).toContain('Flexible routes');
    expect(roadmap.totals.monthsToGoal).toBeNull();
    expect(roadmap.totals.unknownDurations).toBe(2);
    expect(stage(roadmap, 'field-practicum').facts.map((f) => f.value)).toEqual(['100', '40', '10']);
    for (const id of ['volunteering', 'relationships', 'self-care']) {
      expect(stage(roadmap, id)).toMatchObject({ timing: 'ongoing', status: 'ongoing', projectedStart: '2026-09-01' });
    }
  });

  it('target dates re-anchor the projection after a stage of unknown length', () => {
    const roadmap = planPathway(
      input('licensed-professional-counselor', 'starting', 'US-TX:LPC', {
        targets: { 'degree-bachelor': '2030-05-31', 'degree-master': '2032-05-31' },
      }),
    );
    expect(stage(roadmap, 'degree-bachelor')).toMatchObject({ projectedEnd: '2030-05-31', targetDate: '2030-05-31' });
    expect(stage(roadmap, 'degree-master')).toMatchObject({ projectedStart: '2030-05-31', projectedEnd: '2032-05-31' });
    expect(stage(roadmap, 'field-internship')).toMatchObject({
      projectedStart: '2030-05-31',
      projectedEnd: '2032-05-31',
    });
    // 18 months after 31 May is the end of November (a shorter month).
    expect(stage(roadmap, 'supervised-practice')).toMatchObject({
      projectedStart: '2032-05-31',
      projectedEnd: '2033-11-30',
    });
    expect(roadmap.totals).toMatchObject({ goalDate: '2033-11-30', unknownDurations: 0, monthsToGoal: 86 });
  });

  it('a target date before a stage can start is not used to go back in time', () => {
    const roadmap = planPathway(
      input('registered-nurse', 'starting', null, { targets: { 'degree-bachelor': '2020-01-01' } }),
    );
    expect(stage(roadmap, 'degree-bachelor')).toMatchObject({
      projectedStart: '2026-09-01',
      projectedEnd: '2026-09-01',
    });
    expect(roadmap.notes.join(' ')).toContain('before it can start');
  });

  it('registered nurse: the BSN length comes from a third-party fact, which travels with the stage', () => {
    const roadmap = planPathway(input('registered-nurse', 'starting', null));
    const degree = stage(roadmap, 'degree-bachelor');
    expect(degree.durationMonths).toBe(48);
    expect(degree.projectedEnd).toBe('2030-09-01');
    expect(degree.facts[0]).toMatchObject({
      id: 'registered-nurse.bsn-program-length-typical',
      sourceKind: 'third-party',
    });
    expect(roadmap.notes.join(' ')).toContain('third-party');
    expect(stage(roadmap, 'exam-nclex-rn').durationMonths).toBe(0);
  });

  it('speech-language pathologist: the 36-week clinical fellowship is projected in days, not rounded months', () => {
    const roadmap = planPathway(input('speech-language-pathologist', 'master-done', null));
    const fellowship = stage(roadmap, 'supervised-practice');
    expect(fellowship.durationMonths).toBe(8.3);
    expect(fellowship.projectedEnd).toBe('2027-05-11'); // 252 days after 2026-09-01
    expect(stage(roadmap, 'renewal')).toMatchObject({ durationMonths: 36, projectedEnd: '2030-05-11' });
  });

  it('Illinois LPC has no verified requirement: nothing is projected from it and the plan says so', () => {
    const roadmap = planPathway(input('licensed-professional-counselor', 'degree-done-accruing-hours', 'US-IL:LPC'));
    const practice = stage(roadmap, 'supervised-practice');
    expect(practice.durationMonths).toBeNull();
    expect(practice.projectedEnd).toBeNull();
    expect(practice.durationNote).toContain('not verified');
    expect(practice.requirements.every((r) => !r.verified && r.target === null)).toBe(true);
    expect(roadmap.ruleSet?.unverifiedCount).toBe(4);
    expect(roadmap.notes.join(' ')).toContain('4 of the 4 requirements');
    expect(roadmap.totals.goalDate).toBeNull();
  });

  it('psychologist in California: only California facts, exams named by the rule set', () => {
    const roadmap = planPathway(input('psychologist', 'in-doctorate', 'US-CA:Psychologist'));
    const practiceFacts = stage(roadmap, 'supervised-practice').facts.map((f) => f.requirement);
    expect(practiceFacts.length).toBeGreaterThan(0);
    expect(practiceFacts.every((r) => r.startsWith('California:'))).toBe(true);
    const exam = stage(roadmap, 'exam-eppp');
    expect(exam.checklist.some((c) => c.text.startsWith('Pass: EPPP'))).toBe(true);
    expect(exam.facts.some((f) => f.requirement.startsWith('Texas:'))).toBe(false);
    expect(stage(roadmap, 'degree-doctoral')).toMatchObject({ status: 'in-progress', durationMonths: 36 });
    expect(stage(roadmap, 'field-doctoral-internship').status).toBe('in-progress');
    expect(roadmap.notes.join(' ')).toContain('part way through');
  });

  it('names the license held on the way (Ohio: LPC before LPCC)', () => {
    const roadmap = planPathway(input('licensed-professional-counselor', 'degree-done-accruing-hours', 'US-OH:LPCC'));
    const practice = stage(roadmap, 'supervised-practice');
    expect(practice.description).toContain('On the way Ohio names the Licensed Professional Counselor (LPC)');
    expect(practice.checklist.map((c) => c.text)).toContain(
      'Check with the board whether you need the Licensed Professional Counselor (LPC) first',
    );
  });

  it('a rule set with unnamed exams says the exams are not verified', () => {
    const roadmap = planPathway(input('licensed-professional-counselor', 'degree-done', 'US-KY:LPCC'));
    const exam = stage(roadmap, 'exam-licensure-exam');
    expect(exam.description).toContain('not verified');
    expect(exam.checklist.map((c) => c.text)).toContain('Ask the board which exams it requires (not verified)');
  });

  it('a career without a hand-written route gets a generic road from the atlas', () => {
    const roadmap = planPathway(input('policy-analyst', 'starting', null));
    expect(roadmap.stages.filter((s) => s.timing !== 'ongoing').map((s) => s.id)).toEqual(['degree-bachelor']);
    const organizer = planPathway(input('community-organizer', 'starting', null));
    expect(organizer.stages.map((s) => s.kind)).toEqual(['volunteering', 'relationships', 'self-care']);
    expect(organizer.totals).toMatchObject({ monthsToGoal: 0, goalDate: '2026-09-01' });
  });
});

describe('planPathway: refusals', () => {
  it('refuses a stage the career’s road does not have, naming the stage', () => {
    const cases: [string, CurrentStage, RegExp][] = [
      ['registered-nurse', 'in-master', /no master's degree/],
      ['psychologist', 'master-done', /no master's degree/],
      ['community-organizer', 'licensed', /needs no license/],
      ['policy-analyst', 'degree-done-accruing-hours', /no post-degree supervised practice/],
      ['k-12-teacher', 'in-doctorate', /no doctorate/],
      ['addiction-counselor', 'degree-done', /no degree step/],
    ];
    for (const [careerId, currentStage, message] of cases) {
      let error: unknown;
      try {
        planPathway(input(careerId, currentStage, null));
      } catch (err) {
        error = err;
      }
      expect(error, `${careerId} ${currentStage}`).toBeInstanceOf(PathwayPlanError);
      expect((error as PathwayPlanError).field).toBe('stage');
      expect((error as PathwayPlanError).message).toMatch(message);
    }
  });

  it('refuses a start date that is not a real date', () => {
    expect(() => planPathway(input('registered-nurse', 'starting', null, { startDate: '2026-02-30' }))).toThrow(
      PathwayPlanError,
    );
    expect(() => planPathway(input('registered-nurse', 'starting', null, { targets: { license: 'soon' } }))).toThrow(
      /target date for license/,
    );
  });

  it('lists which stages fit a road and why the others do not', () => {
    const options = listStageOptions(input('registered-nurse', 'starting', null));
    expect(options.map((o) => o.id)).toEqual([...CURRENT_STAGE_IDS]);
    expect(options.find((o) => o.id === 'starting')).toMatchObject({ isAllowed: true, reason: null });
    expect(options.find((o) => o.id === 'in-master')).toMatchObject({ isAllowed: false });
    expect(options.find((o) => o.id === 'in-master')?.reason).toContain("no master's degree");
    expect(options.find((o) => o.id === 'licensed')?.isAllowed).toBe(true);
  });
});

// ---- properties ----

const plannable = careers.map((c) => ({
  career: c,
  ruleSets: [null, ...ruleSets.filter((r) => r.careers.includes(c.id))],
}));

const arbitraryDay = fc.integer({ min: parseIsoDay('2000-01-01') ?? 0, max: parseIsoDay('2060-12-31') ?? 0 });
const toIso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const arbitraryInput = fc
  .constantFrom(...plannable)
  .chain(({ career: c, ruleSets: options }) =>
    fc.record({
      career: fc.constant(c),
      ruleSet: fc.constantFrom(...options),
      startDate: arbitraryDay.map(toIso),
      targetPicks: fc.array(fc.tuple(fc.nat(12), arbitraryDay.map(toIso)), { maxLength: 4 }),
    }),
  )
  .map(({ career: c, ruleSet: rs, startDate, targetPicks }) => {
    const base = {
      career: c,
      route: routes.find((r) => r.careerId === c.id) ?? null,
      facts,
      ruleSet: rs,
      startDate,
    };
    const allowed = listStageOptions(base)
      .filter((o) => o.isAllowed)
      .map((o) => o.id);
    const stageIds = planPathway({ ...base, stage: 'starting' })
      .stages.filter((s) => s.timing === 'sequential')
      .map((s) => s.id);
    const targets: Record<string, string> = {};
    for (const [index, date] of targetPicks) {
      const id = stageIds[index % Math.max(1, stageIds.length)];
      if (id) targets[id] = date;
    }
    return { base, allowed, targets };
  });

describe('planPathway: properties', () => {
  it('a later sequential stage never starts before the previous one ends; ends never come before starts', () => {
    fc.assert(
      fc.property(arbitraryInput, fc.nat(8), ({ base, allowed, targets }, pick) => {
        const currentStage = allowed[pick % allowed.length] ?? 'starting';
        const roadmap = planPathway({ ...base, stage: currentStage, targets });
        const sequential = roadmap.stages.filter((s) => s.timing === 'sequential');
        for (let i = 1; i < sequential.length; i++) {
          const previousEnd = sequential[i - 1]?.projectedEnd;
          const start = sequential[i]?.projectedStart;
          if (previousEnd && start) expect(start >= previousEnd).toBe(true);
        }
        for (const s of roadmap.stages) {
          if (s.projectedStart && s.projectedEnd) expect(s.projectedEnd >= s.projectedStart).toBe(true);
          if (s.timing === 'during') {
            const parent = roadmap.stages.find((p) => p.id === s.during);
            expect(parent).toBeDefined();
            expect([s.projectedStart, s.projectedEnd]).toEqual([parent?.projectedStart, parent?.projectedEnd]);
          }
          if (s.projectedStart) expect(s.projectedStart >= base.startDate).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a later current stage never leaves more stages to go', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ base, allowed }) => {
        const counts = allowed.map((s) => planPathway({ ...base, stage: s }).stages.length);
        for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] ?? Infinity);
        const completed = allowed.map((s) => planPathway({ ...base, stage: s }).completed.length);
        for (let i = 1; i < completed.length; i++) expect(completed[i]).toBeGreaterThanOrEqual(completed[i - 1] ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it('durations and totals are never negative, and a length no source states is never projected', () => {
    fc.assert(
      fc.property(arbitraryInput, fc.nat(8), ({ base, allowed, targets }, pick) => {
        const currentStage = allowed[pick % allowed.length] ?? 'starting';
        const roadmap = planPathway({ ...base, stage: currentStage, targets });
        for (const s of roadmap.stages) {
          if (s.durationMonths !== null) expect(s.durationMonths).toBeGreaterThanOrEqual(0);
          if (s.timing === 'sequential' && s.durationMonths === null && s.targetDate === null) {
            expect(s.projectedEnd).toBeNull();
          }
        }
        if (roadmap.totals.monthsToGoal !== null) expect(roadmap.totals.monthsToGoal).toBeGreaterThanOrEqual(0);
        const ids = roadmap.stages.flatMap((s) => s.checklist.map((c) => c.id));
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(roadmap.stages.map((s) => s.id)).size).toBe(roadmap.stages.length);
      }),
      { numRuns: 300 },
    );
  });

  it('the same input gives the same roadmap and leaves the input untouched', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ base, allowed, targets }) => {
        const currentStage = allowed[allowed.length - 1] ?? 'starting';
        const snapshot = JSON.stringify({ base, targets });
        const first = planPathway({ ...base, stage: currentStage, targets });
        const second = planPathway({ ...base, stage: currentStage, targets });
        expect(second).toEqual(first);
        expect(JSON.stringify({ base, targets })).toBe(snapshot);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses exactly the stages listStageOptions marks as not allowed', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ base }) => {
        for (const option of listStageOptions(base)) {
          const run = () => planPathway({ ...base, stage: option.id });
          if (option.isAllowed) expect(run).not.toThrow();
          else expect(run).toThrow(PathwayPlanError);
        }
      }),
      { numRuns: 60 },
    );
  });
});
