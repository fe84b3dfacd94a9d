import type { RuleSet } from '#contracts/licensure.js';
import {
  CURRENT_STAGE_IDS,
  CURRENT_STAGE_LABELS,
  type CurrentStage,
  type DegreeLevel,
  type PathwayFact,
  type PathwayRoute,
  type Roadmap,
  type RoadmapChecklistItem,
  type RoadmapStage,
  type RouteExam,
  type StageOption,
} from '#contracts/pathways.js';
import { addMonthsToDay, formatIsoDay, parseIsoDay, wholeMonthsBetween } from '../calendar-date.js';
import { buildDegreeSteps } from './degree-steps.js';
import { buildExamStep, routeExams } from './exam-steps.js';
import { buildFieldExperienceSteps } from './field-experience-steps.js';
import { buildLicenseStep, buildRenewalStep } from './license-steps.js';
import { buildOngoingSteps } from './ongoing-steps.js';
import { DEGREE_LABELS, type Duration, type PlannerCareer, type Step, type StepContext } from './pathway-steps.js';
import { buildPracticeSteps } from './practice-step.js';

/*
 * How a roadmap is built (pure; no clock, no I/O):
 *
 * 1. The road: the career's route (data/pathways/routes.json), or, for a career without one, a generic road from
 *    the atlas (degrees up to its minimum education, its exams, a license when it needs one). A rule set adds the
 *    post-degree supervised practice with its requirements, names the exams, and titles the license.
 * 2. Sequential stages in this order: degrees (lowest first), exams usually taken right after the degree,
 *    supervised practice, exams usually taken after it, license, renewal. Field experience happens *during* the
 *    last degree (or first, when the road has no degree). Volunteering, relationships and self-care run all along.
 * 3. The current stage marks what is behind the person; a stage that names a step the road does not have
 *    ("in-master" on a road with no master's) is refused with a PathwayPlanError.
 * 4. Projection: the first remaining sequential stage starts on the start date; each next one starts when the
 *    previous ends. A stage ends on the person's target date when set (never before it starts), else after its
 *    duration. Durations come only from facts (a range uses its shortest value) and verified rule requirements;
 *    where none is stated the duration is null and every later date is null until a target date re-anchors it.
 */

export interface PlanPathwayInput {
  career: PlannerCareer;
  /** The career's hand-written route; null for a career without one (a generic road is used). */
  route: PathwayRoute | null;
  /** All stage facts (the planner picks the ones the route names). */
  facts: readonly PathwayFact[];
  /** The rule set (at the version the plan is measured against) when the career is licensed there. */
  ruleSet: RuleSet | null;
  stage: CurrentStage;
  /** YYYY-MM-DD: when the first remaining stage starts. */
  startDate: string;
  /** Stage id -> the person's target end date (YYYY-MM-DD). */
  targets?: Readonly<Record<string, string>>;
}

/** An input the planner cannot plan from; `field` names the input at fault. */
export class PathwayPlanError extends Error {
  constructor(
    message: string,
    readonly field: 'stage' | 'startDate' | 'targets',
  ) {
    super(message);
    this.name = 'PathwayPlanError';
  }
}

const DAYS_PER_MONTH = 30.4375;

/** Two facts or exam names can slug alike; the first wording wins so ids stay unique within a stage. */
function uniqueItems(items: readonly RoadmapChecklistItem[]): RoadmapChecklistItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.id)) return false;
    seen.add(i.id);
    return true;
  });
}

function durationInMonths(duration: Duration | null): number | null {
  if (duration === null) return null;
  if ('months' in duration) return duration.months;
  return Math.round((duration.days / DAYS_PER_MONTH) * 10) / 10;
}

function addDuration(day: number, duration: Duration): number {
  if ('days' in duration) return day + Math.round(duration.days);
  return addMonthsToDay(day, Math.round(duration.months));
}

/** The generic road for a career without a hand-written route: degrees up to its minimum education. */
function genericRoute(career: PlannerCareer): PathwayRoute {
  const levels: DegreeLevel[] =
    career.minEducation === 'doctoral'
      ? ['bachelor', 'doctoral']
      : career.minEducation === 'master'
        ? ['bachelor', 'master']
        : career.minEducation === 'bachelor'
          ? ['bachelor']
          : career.minEducation === 'associate'
            ? ['associate']
            : [];
  const last = levels[levels.length - 1];
  return {
    careerId: career.id,
    degrees: levels.map((level) => ({
      level,
      title: `${DEGREE_LABELS[level][0]?.toUpperCase() ?? ''}${DEGREE_LABELS[level].slice(1)}`,
      description:
        level === last && career.typicalEducation
          ? `Typical education for this career: ${career.typicalEducation}.`
          : `A ${DEGREE_LABELS[level]} that opens the next step.`,
      durationFactId: null,
      factIds: [],
    })),
    fieldExperience: [],
    exams:
      career.exams.length > 0
        ? [
            {
              id: 'exams',
              title: 'Exams',
              description: `Exams people in this career typically take: ${career.exams.join(', ')}.`,
              placement: 'after-degree',
              factIds: [],
            },
          ]
        : [],
    practice: null,
    license: career.licenseRequired
      ? {
          title: career.licenses.length > 0 ? `License (${career.licenses.join(', ')})` : 'License',
          description: 'Vocare holds no licensing rules for this career yet: check your state board.',
        }
      : null,
    renewal: null,
  };
}

/** Builds every step of the road, in order, before the current stage is applied: one builder per stage kind. */
function buildSteps(input: PlanPathwayInput): { steps: Step[]; route: PathwayRoute } {
  const { career, ruleSet } = input;
  const route = input.route ?? genericRoute(career);
  const ctx: StepContext = {
    career,
    ruleSet,
    route,
    byId: new Map(input.facts.map((f) => [f.id, f])),
    place: ruleSet?.jurisdictionName ?? null,
  };
  const exams = routeExams(ctx);
  const firstExamId = exams[0]?.id;
  const examSteps = (placement: RouteExam['placement']): Step[] =>
    exams.filter((e) => e.placement === placement).map((exam) => buildExamStep(ctx, exam, exam.id === firstExamId));
  const license = buildLicenseStep(ctx);
  const steps: Step[] = [
    ...buildDegreeSteps(ctx),
    ...buildFieldExperienceSteps(ctx),
    ...examSteps('after-degree'),
    ...buildPracticeSteps(ctx),
    ...examSteps('after-practice'),
    ...(license ? [license, buildRenewalStep(ctx)] : []),
    ...buildOngoingSteps(),
  ];
  return { steps, route };
}
interface Progress {
  done: Set<string>;
  inProgress: string | null;
}

function describeDegrees(route: PathwayRoute): string {
  return route.degrees.length === 0
    ? 'no degree step'
    : route.degrees.map((d) => DEGREE_LABELS[d.level]).join(' then ');
}

/** What is behind the person at `stage`, or why the stage does not fit this road. */
function progressAt(
  stage: CurrentStage,
  steps: readonly Step[],
  route: PathwayRoute,
  careerTitle: string,
): Progress | string {
  const degreeIds = route.degrees.map((d) => `degree-${d.level}`);
  const fieldIds = steps.filter((s) => s.kind === 'field-experience').map((s) => s.id);
  const sequential = steps.filter((s) => s.timing !== 'ongoing');
  const practiceIndex = sequential.findIndex((s) => s.kind === 'supervised-practice');
  const licenseIndex = sequential.findIndex((s) => s.kind === 'license');
  const allDegreesDone = (): Set<string> => new Set([...degreeIds, ...fieldIds]);
  const upToDegree = (level: DegreeLevel, includeIt: boolean): Set<string> => {
    const index = route.degrees.findIndex((d) => d.level === level);
    const done = new Set(degreeIds.slice(0, includeIt ? index + 1 : index));
    if (includeIt && index === route.degrees.length - 1) for (const id of fieldIds) done.add(id);
    return done;
  };
  const needsDegree = (level: DegreeLevel): string | null =>
    route.degrees.some((d) => d.level === level)
      ? null
      : `The road to ${careerTitle} that Vocare maps has no ${DEGREE_LABELS[level]} (it has ${describeDegrees(route)}), so "${stage}" does not apply.`;

  switch (stage) {
    case 'starting':
      return { done: new Set(), inProgress: null };
    case 'in-bachelor':
      return needsDegree('bachelor') ?? { done: upToDegree('bachelor', false), inProgress: 'degree-bachelor' };
    case 'bachelor-done':
      return needsDegree('bachelor') ?? { done: upToDegree('bachelor', true), inProgress: null };
    case 'in-master':
      return needsDegree('master') ?? { done: upToDegree('master', false), inProgress: 'degree-master' };
    case 'master-done':
      return needsDegree('master') ?? { done: upToDegree('master', true), inProgress: null };
    case 'in-doctorate':
      return needsDegree('doctoral') ?? { done: upToDegree('doctoral', false), inProgress: 'degree-doctoral' };
    case 'degree-done':
      return route.degrees.length === 0
        ? `The road to ${careerTitle} that Vocare maps has no degree step, so "degree-done" does not apply; choose "starting".`
        : { done: allDegreesDone(), inProgress: null };
    case 'degree-done-accruing-hours': {
      if (practiceIndex < 0) {
        return `The road to ${careerTitle} that Vocare maps has no post-degree supervised practice, so "degree-done-accruing-hours" does not apply.`;
      }
      const done = new Set(sequential.slice(0, practiceIndex).map((s) => s.id));
      for (const id of fieldIds) done.add(id);
      return { done, inProgress: 'supervised-practice' };
    }
    case 'licensed': {
      if (licenseIndex < 0)
        return `${careerTitle} needs no license on the road Vocare maps, so "licensed" does not apply.`;
      const done = new Set(sequential.slice(0, licenseIndex + 1).map((s) => s.id));
      for (const id of fieldIds) done.add(id);
      return { done, inProgress: null };
    }
  }
}

/** Which current stages fit this career's road, and why the others do not. */
export function listStageOptions(input: Omit<PlanPathwayInput, 'stage' | 'startDate' | 'targets'>): StageOption[] {
  const { steps, route } = buildSteps({ ...input, stage: 'starting', startDate: '2000-01-01' });
  return CURRENT_STAGE_IDS.map((id) => {
    const progress = progressAt(id, steps, route, input.career.title);
    return {
      id,
      label: CURRENT_STAGE_LABELS[id],
      isAllowed: typeof progress !== 'string',
      reason: typeof progress === 'string' ? progress : null,
    };
  });
}

/**
 * Builds the roadmap from where the person stands to practising: the remaining stages in order with durations,
 * projected dates, the facts and rule requirements each rests on, and a checklist. Throws PathwayPlanError for a
 * stage that does not fit the career's road or a start date that is not a real date.
 */
export function planPathway(input: PlanPathwayInput): Roadmap {
  const startDay = parseIsoDay(input.startDate);
  if (startDay === null) {
    throw new PathwayPlanError(
      `startDate must be a real date in YYYY-MM-DD format (got "${input.startDate}")`,
      'startDate',
    );
  }
  const targetDays = new Map<string, number>();
  for (const [stageId, date] of Object.entries(input.targets ?? {})) {
    const day = parseIsoDay(date);
    if (day === null)
      throw new PathwayPlanError(`target date for ${stageId} must be a real date (got "${date}")`, 'targets');
    targetDays.set(stageId, day);
  }
  const { steps, route } = buildSteps(input);
  const progress = progressAt(input.stage, steps, route, input.career.title);
  if (typeof progress === 'string') throw new PathwayPlanError(progress, 'stage');

  const remaining = steps.filter((s) => !progress.done.has(s.id));
  const notes: string[] = [];
  const projected = new Map<string, { start: number | null; end: number | null }>();
  let cursor: number | null = startDay;
  // The latest date already fixed: a target after a stage of unknown length may not reach back before it.
  let floor = startDay;
  for (const step of remaining) {
    if (step.timing !== 'sequential') continue;
    const start: number | null = cursor;
    const target = targetDays.get(step.id);
    let end: number | null = null;
    if (target !== undefined) {
      end = Math.max(target, floor);
      if (target < floor) {
        notes.push(
          `Your target date for "${step.title}" is before it can start; the plan uses ${formatIsoDay(floor)}.`,
        );
      }
    } else if (start !== null && step.duration !== null) {
      end = addDuration(start, step.duration);
    }
    projected.set(step.id, { start, end });
    cursor = end;
    if (end !== null) floor = end;
  }

  const stages: RoadmapStage[] = remaining.map((step) => {
    let dates = projected.get(step.id) ?? { start: null, end: null };
    if (step.timing === 'during' && step.during) dates = projected.get(step.during) ?? dates;
    if (step.timing === 'ongoing') dates = { start: startDay, end: null };
    const parentInProgress = step.during !== null && progress.inProgress === step.during;
    const status: RoadmapStage['status'] =
      step.timing === 'ongoing'
        ? 'ongoing'
        : step.id === progress.inProgress || parentInProgress
          ? 'in-progress'
          : 'upcoming';
    const target = targetDays.get(step.id);
    return {
      id: step.id,
      kind: step.kind,
      title: step.title,
      description: step.description,
      timing: step.timing,
      during: step.during,
      status,
      durationMonths: durationInMonths(step.duration),
      durationNote: step.durationNote,
      targetDate: target === undefined ? null : formatIsoDay(target),
      projectedStart: dates.start === null ? null : formatIsoDay(dates.start),
      projectedEnd: dates.end === null ? null : formatIsoDay(dates.end),
      facts: step.facts,
      requirements: step.requirements,
      checklist: uniqueItems(step.checklist),
    };
  });

  const sequentialRemaining = stages.filter((s) => s.timing === 'sequential');
  const goalIndex = sequentialRemaining.findIndex((s) => s.kind === 'license');
  const towardGoal =
    goalIndex >= 0
      ? sequentialRemaining.slice(0, goalIndex + 1)
      : sequentialRemaining.filter((s) => s.kind !== 'renewal');
  const goal = towardGoal[towardGoal.length - 1];
  const goalEnd = goal ? goal.projectedEnd : input.startDate;
  const goalEndDay = goalEnd === null ? null : parseIsoDay(goalEnd);
  const unknownDurations = towardGoal.filter((s) => s.durationMonths === null && s.targetDate === null).length;

  const { ruleSet, career } = input;
  const totalHours = ruleSet?.requirements.find((r) => r.kind === 'total-hours');
  if (ruleSet) {
    const unverified = ruleSet.requirements.filter((r) => !r.verified).length;
    if (unverified > 0) {
      notes.push(
        `${unverified} of the ${ruleSet.requirements.length} requirements in ${ruleSet.id} (version ${ruleSet.version}) ${unverified === 1 ? 'is' : 'are'} not verified: no source read states ${unverified === 1 ? 'it' : 'them'}. Ask the board before relying on ${unverified === 1 ? 'it' : 'them'}.`,
      );
    }
  } else if (career.licenseRequired) {
    notes.push(
      'No licensure rule set is applied to this plan, so supervised practice and the license show no state figures.',
    );
  }
  const inProgress = stages.find((s) => s.id === progress.inProgress);
  if (inProgress && inProgress.targetDate === null) {
    notes.push(
      `You are part way through "${inProgress.title}": the projection starts it on your start date, so set a target end date for dates that match your situation.`,
    );
  }
  if (unknownDurations > 0) {
    notes.push(
      `${unknownDurations} remaining ${unknownDurations === 1 ? 'stage has' : 'stages have'} no stated length, so later dates are unknown until you set a target date.`,
    );
  }
  if (stages.some((s) => s.facts.some((f) => f.sourceKind === 'third-party'))) {
    notes.push(
      'Some facts rest only on third-party pages; they are marked, and worth checking with the authority named.',
    );
  }

  return {
    career: {
      id: career.id,
      title: career.title,
      licenseRequired: career.licenseRequired,
      flexibleStudy: career.flexibleStudy,
    },
    ruleSet: ruleSet
      ? {
          id: ruleSet.id,
          version: ruleSet.version,
          title: ruleSet.title,
          jurisdiction: ruleSet.jurisdiction,
          jurisdictionName: ruleSet.jurisdictionName,
          license: ruleSet.license,
          source: ruleSet.source,
          checkedDate: ruleSet.checkedDate,
          unverifiedCount: ruleSet.requirements.filter((r) => !r.verified).length,
        }
      : null,
    currentStage: input.stage,
    startDate: input.startDate,
    completed: steps.filter((s) => progress.done.has(s.id)).map((s) => ({ id: s.id, title: s.title })),
    stages,
    totals: {
      monthsToGoal: goalEndDay === null ? null : wholeMonthsBetween(startDay, goalEndDay),
      goalDate: goalEnd,
      unknownDurations,
      supervisedHours: totalHours?.verified && totalHours.kind === 'total-hours' ? (totalHours.hours ?? null) : null,
    },
    notes,
  };
}
