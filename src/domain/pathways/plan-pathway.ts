import type { Career } from '#contracts/careers.js';
import type { Requirement, RuleSet } from '#contracts/licensure.js';
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
  type RoadmapStageKind,
  type RouteExam,
  type RuleRequirementRef,
  type StageOption,
} from '#contracts/pathways.js';
import { addMonthsToDay, formatIsoDay, parseIsoDay, wholeMonthsBetween } from '../calendar-date.js';

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

/** The atlas fields the planner reads. */
export type PlannerCareer = Pick<
  Career,
  'id' | 'title' | 'minEducation' | 'typicalEducation' | 'flexibleStudy' | 'licenseRequired' | 'licenses' | 'exams'
>;

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

type Duration = { months: number } | { days: number };

interface Step {
  id: string;
  kind: RoadmapStageKind;
  title: string;
  description: string;
  timing: 'sequential' | 'during' | 'ongoing';
  during: string | null;
  duration: Duration | null;
  durationNote: string | null;
  facts: PathwayFact[];
  requirements: RuleRequirementRef[];
  checklist: RoadmapChecklistItem[];
}

const DEGREE_LABELS: Record<DegreeLevel, string> = {
  associate: 'associate degree',
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctoral: 'doctorate',
};

const DAYS_PER_MONTH = 30.4375;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Two facts or exam names can slug alike; the first wording wins so ids stay unique within a stage. */
function uniqueItems(items: readonly RoadmapChecklistItem[]): RoadmapChecklistItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.id)) return false;
    seen.add(i.id);
    return true;
  });
}

function item(stageId: string, key: string, text: string): RoadmapChecklistItem {
  return { id: `${stageId}.${key}`, text };
}

/** "12 (10 for school psychology)", "2-3", "4": the shortest number and the longest, or null for words. */
export function parseFactRange(value: string): { min: number; max: number } | null {
  const match = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?(?:\s*\(.*\))?$/.exec(value.trim());
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return Number.isFinite(min) && Number.isFinite(max) && max >= min ? { min, max } : null;
}

/** A length stated by a fact in years, months or weeks; null for any other unit or a non-numeric value. */
export function durationFromFact(fact: PathwayFact): { duration: Duration; note: string } | null {
  const range = parseFactRange(fact.value);
  const unit = (fact.unit ?? '').trim().toLowerCase().split(/\s+/)[0] ?? '';
  if (!range) return null;
  let duration: Duration;
  if (unit === 'years' || unit === 'year') duration = { months: range.min * 12 };
  else if (unit === 'months' || unit === 'month') duration = { months: range.min };
  else if (unit === 'weeks' || unit === 'week') duration = { days: range.min * 7 };
  else return null;
  const isRange = range.max > range.min;
  const note =
    `${fact.value} ${fact.unit ?? ''}`.trim() +
    ` — ${fact.requirement} (${fact.authority})` +
    (isRange ? '; the projection uses the shortest' : '');
  return { duration, note };
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

/** A fact whose requirement starts with a place ("California: ...") applies only there. */
function factPlace(fact: PathwayFact): string | null {
  const match = /^([A-Z][A-Za-z .]+):\s/.exec(fact.requirement);
  return match?.[1] ?? null;
}

function pickFacts(
  ids: readonly string[],
  byId: ReadonlyMap<string, PathwayFact>,
  place: string | null,
): PathwayFact[] {
  const out: PathwayFact[] = [];
  for (const id of ids) {
    const fact = byId.get(id);
    if (!fact) throw new Error(`route names an unknown fact "${id}"`);
    const factIn = factPlace(fact);
    if (factIn !== null && factIn !== place) continue;
    out.push(fact);
  }
  return out;
}

/** Facts that state a figure to meet become steps; names and counts ("publisher: NBCC") stay background. */
function factItems(stageId: string, facts: readonly PathwayFact[]): RoadmapChecklistItem[] {
  return facts.filter((f) => parseFactRange(f.value) !== null).map((f) => factItem(stageId, f));
}

function factItem(stageId: string, fact: PathwayFact): RoadmapChecklistItem {
  const key = fact.id.slice(fact.id.indexOf('.') + 1);
  const value = `${fact.value}${fact.unit ? ` ${fact.unit}` : ''}`;
  return item(stageId, key, `${fact.requirement}: ${value}`);
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

function requirementRef(ruleSet: RuleSet, req: Requirement): RuleRequirementRef {
  const value = 'hours' in req ? req.hours : 'months' in req ? req.months : undefined;
  const unit: 'hours' | 'months' = req.kind === 'min-duration' || req.kind === 'window' ? 'months' : 'hours';
  const categories =
    req.kind === 'category-hours'
      ? [...req.categories]
      : req.kind === 'supervision-hours'
        ? (['supervision-individual', 'supervision-group'] as const).slice()
        : req.kind === 'total-hours'
          ? (['direct', 'indirect', 'supervision-individual', 'supervision-group'] as const).slice()
          : [];
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    requirementId: req.id,
    label: req.label,
    kind: req.kind,
    verified: req.verified,
    target: req.verified && value !== undefined ? value : null,
    unit,
    categories,
    source: ruleSet.source,
    checkedDate: ruleSet.checkedDate,
  };
}

function requirementText(req: RuleRequirementRef): string {
  if (!req.verified || req.target === null) return `${req.label}: not verified — ask your board`;
  if (req.kind === 'max-hours-per-week') return `${req.label}: at most ${formatNumber(req.target)} hours a week count`;
  if (req.kind === 'window') return `${req.label}: hours must fall within ${formatNumber(req.target)} months`;
  if (req.kind === 'min-duration') return `${req.label}: at least ${formatNumber(req.target)} months`;
  return `${req.label}: ${formatNumber(req.target)} hours`;
}

/** Builds every step of the road, in order, before the current stage is applied. */
function buildSteps(input: PlanPathwayInput): { steps: Step[]; route: PathwayRoute } {
  const { career, ruleSet } = input;
  const route = input.route ?? genericRoute(career);
  const byId = new Map(input.facts.map((f) => [f.id, f]));
  const place = ruleSet?.jurisdictionName ?? null;
  const steps: Step[] = [];
  const lastDegree = route.degrees[route.degrees.length - 1];

  route.degrees.forEach((degree, index) => {
    const id = `degree-${degree.level}`;
    const isQualifying = index === route.degrees.length - 1;
    const durationFact = degree.durationFactId ? (byId.get(degree.durationFactId) ?? null) : null;
    if (degree.durationFactId && !durationFact)
      throw new Error(`route names an unknown fact "${degree.durationFactId}"`);
    const fromFact = durationFact ? durationFromFact(durationFact) : null;
    const facts = [...(durationFact ? [durationFact] : []), ...pickFacts(degree.factIds, byId, place)];
    const flexible =
      isQualifying && career.flexibleStudy !== null
        ? career.flexibleStudy
          ? ' Flexible routes (part-time or online) exist for this career.'
          : ' Flexible or online routes are uncommon for this career.'
        : '';
    const checklist: RoadmapChecklistItem[] = [
      isQualifying
        ? item(id, 'shortlist', 'Shortlist programs that lead to this career, and check their accreditation')
        : item(id, 'shortlist', 'Choose a program, and the prerequisite courses the next step asks for'),
    ];
    if (isQualifying && career.flexibleStudy === true) {
      checklist.push(item(id, 'flexible', 'Compare part-time and online routes if you need flexibility'));
    }
    if (isQualifying && ruleSet) {
      checklist.push(
        item(id, 'board-degree', `Check the program meets the board's degree rule: ${ruleSet.minDegree.text}`),
      );
    }
    checklist.push(
      ...factItems(
        id,
        facts.filter((f) => f !== durationFact),
      ),
    );
    checklist.push(item(id, 'apply', 'Apply and enrol'), item(id, 'finish', 'Finish the degree'));
    steps.push({
      id,
      kind: 'degree',
      title: degree.title,
      description: `${degree.description}${flexible}`,
      timing: 'sequential',
      during: null,
      duration: fromFact?.duration ?? null,
      durationNote: fromFact?.note ?? 'No source read states a typical length; set a target date to plan around it.',
      facts,
      requirements: [],
      checklist,
    });
  });

  for (const field of route.fieldExperience) {
    const id = `field-${field.id}`;
    const facts = pickFacts(field.factIds, byId, place);
    steps.push({
      id,
      kind: 'field-experience',
      title: field.title,
      description: field.description,
      timing: lastDegree ? 'during' : 'sequential',
      during: lastDegree ? `degree-${lastDegree.level}` : null,
      duration: null,
      durationNote: lastDegree ? `Part of: ${lastDegree.title}.` : 'No source read states a length.',
      facts,
      requirements: [],
      checklist: [
        item(id, 'find-site', 'Find a placement site and a supervisor'),
        ...factItems(id, facts),
        item(id, 'log-hours', 'Keep a log of your hours, signed off by your supervisor'),
      ],
    });
  }

  const exams = [...route.exams];
  if (ruleSet && exams.length === 0) {
    exams.push({
      id: 'licensure-exam',
      title: 'Licensure exams',
      description: 'The exams the board asks for before it grants the license.',
      placement: 'after-practice',
      factIds: [],
    });
  }
  const examStep = (exam: RouteExam, isFirst: boolean): Step => {
    const id = `exam-${exam.id}`;
    const facts = pickFacts(exam.factIds, byId, place);
    const checklist: RoadmapChecklistItem[] = [item(id, 'eligibility', 'Check when you are eligible, and register')];
    let description = exam.description;
    if (isFirst && ruleSet) {
      if (ruleSet.exams === null) {
        description += ` The ${ruleSet.jurisdictionName} rule set does not name the exams (not verified).`;
        checklist.push(item(id, 'ask-board', 'Ask the board which exams it requires (not verified)'));
      } else if (ruleSet.exams.length === 0) {
        description += ` The ${ruleSet.jurisdictionName} rule set says no exam is needed.`;
      } else {
        for (const name of ruleSet.exams) checklist.push(item(id, `pass-${slug(name)}`, `Pass: ${name}`));
      }
    }
    if (!checklist.some((c) => c.text.startsWith('Pass:'))) checklist.push(item(id, 'pass', 'Pass the exam'));
    return {
      id,
      kind: 'exam',
      title: exam.title,
      description,
      timing: 'sequential',
      during: null,
      duration: { months: 0 },
      durationNote: 'A milestone: the date you sit the exam.',
      facts,
      requirements: [],
      checklist,
    };
  };
  const firstExamId = exams[0]?.id;
  for (const exam of exams.filter((e) => e.placement === 'after-degree'))
    steps.push(examStep(exam, exam.id === firstExamId));

  const practice =
    route.practice ??
    (ruleSet
      ? {
          title: 'Supervised practice',
          description:
            'Post-degree practice under an approved supervisor until you reach the board’s hours and duration.',
          durationFactId: null,
          factIds: [],
        }
      : null);
  if (practice) {
    const id = 'supervised-practice';
    const durationFact = practice.durationFactId ? (byId.get(practice.durationFactId) ?? null) : null;
    if (practice.durationFactId && !durationFact)
      throw new Error(`route names an unknown fact "${practice.durationFactId}"`);
    const facts = [...(durationFact ? [durationFact] : []), ...pickFacts(practice.factIds, byId, place)];
    const requirements = ruleSet ? ruleSet.requirements.map((r) => requirementRef(ruleSet, r)) : [];
    let duration: Duration | null = null;
    let durationNote: string | null = null;
    const minDuration = ruleSet?.requirements.find((r) => r.kind === 'min-duration');
    if (ruleSet) {
      const where = `${ruleSet.id} version ${ruleSet.version}`;
      if (minDuration?.verified && minDuration.months !== undefined) {
        duration = { months: minDuration.months };
        durationNote = `At least ${minDuration.months} months (${where}); more if your hours take longer.`;
      } else if (minDuration) {
        durationNote = `Minimum duration not verified in ${where}; set a target date to plan around it.`;
      } else {
        durationNote = `${where} states no minimum duration; set a target date to plan around it.`;
      }
    } else if (durationFact) {
      const fromFact = durationFromFact(durationFact);
      duration = fromFact?.duration ?? null;
      durationNote = fromFact?.note ?? null;
    } else {
      durationNote = career.licenseRequired
        ? 'Depends on your state: choose a jurisdiction to see its hours and minimum duration.'
        : 'No source read states a length.';
    }
    steps.push({
      id,
      kind: 'supervised-practice',
      title: practice.title,
      description: practice.description,
      timing: 'sequential',
      during: null,
      duration,
      durationNote,
      facts,
      requirements,
      checklist: [
        item(id, 'supervisor', 'Find an approved supervisor and agree the supervision in writing'),
        ...requirements.map((r) => item(id, `req-${r.requirementId}`, requirementText(r))),
        ...factItems(
          id,
          facts.filter((f) => f !== durationFact),
        ),
        item(id, 'log', 'Log your hours as you go and have them verified'),
      ],
    });
  }

  for (const exam of exams.filter((e) => e.placement === 'after-practice'))
    steps.push(examStep(exam, exam.id === firstExamId));

  const license = ruleSet
    ? {
        title: `${ruleSet.title} (${ruleSet.jurisdictionName})`,
        description: `${route.license?.description ?? 'Apply to the board once every requirement is met.'} Rules from ${ruleSet.id} version ${ruleSet.version}, checked ${ruleSet.checkedDate}.`,
      }
    : route.license;
  if (license) {
    const id = 'license';
    steps.push({
      id,
      kind: 'license',
      title: license.title,
      description: license.description,
      timing: 'sequential',
      during: null,
      duration: { months: 0 },
      durationNote: 'A milestone: the day you apply.',
      facts: [],
      requirements: [],
      checklist: [
        item(id, 'gather', 'Gather transcripts, verified hour logs and exam results'),
        ...(ruleSet ? [item(id, 'check-rules', "Check the board's current rules before you apply")] : []),
        item(id, 'apply', 'Send the license application'),
      ],
    });

    const renewal = route.renewal;
    const cycleFact = renewal?.cycleFactId ? (byId.get(renewal.cycleFactId) ?? null) : null;
    if (renewal?.cycleFactId && !cycleFact) throw new Error(`route names an unknown fact "${renewal.cycleFactId}"`);
    const cycle = cycleFact ? durationFromFact(cycleFact) : null;
    const renewalFacts = renewal ? [...(cycleFact ? [cycleFact] : []), ...pickFacts(renewal.factIds, byId, place)] : [];
    steps.push({
      id: 'renewal',
      kind: 'renewal',
      title: renewal?.title ?? 'Renewal and continuing education',
      description:
        renewal?.description ??
        'Licenses are renewed on a cycle, usually with continuing education. Vocare has no verified figures for this one: check your board.',
      timing: 'sequential',
      during: null,
      duration: cycle?.duration ?? null,
      durationNote: cycle ? `First renewal after one cycle: ${cycle.note}` : 'The renewal cycle is set by your board.',
      facts: renewalFacts,
      requirements: [],
      checklist: [
        item('renewal', 'date', 'Note your renewal date'),
        ...factItems(
          'renewal',
          renewalFacts.filter((f) => f !== cycleFact),
        ),
        item('renewal', 'ce', 'Keep certificates of your continuing education'),
      ],
    });
  }

  const ongoing = (
    id: string,
    kind: RoadmapStageKind,
    title: string,
    description: string,
    texts: [string, string][],
  ): Step => ({
    id,
    kind,
    title,
    description,
    timing: 'ongoing',
    during: null,
    duration: null,
    durationNote: 'All along the road.',
    facts: [],
    requirements: [],
    checklist: texts.map(([key, text]) => item(id, key, text)),
  });
  steps.push(
    ongoing(
      'volunteering',
      'volunteering',
      'Volunteer close to the work',
      'Giving time to people or causes near this career shows you what the work feels like, builds skills, and often leads to placements and references.',
      [
        ['find-role', 'Find a volunteer role close to the work you want'],
        ['commit', 'Commit to a regular schedule for a few months'],
        ['reflect', 'Write down what you learn about the work and about yourself'],
      ],
    ),
    ongoing(
      'relationships',
      'relationships',
      'Build professional relationships',
      'People already in the field can tell you what no program page will, and many placements and first jobs come through them.',
      [
        ['conversation', 'Ask someone in the field for a short conversation about their work'],
        ['association', 'Join a professional association as a student or associate member'],
        ['mentor', 'Find a mentor'],
        ['keep-in-touch', 'Keep in touch with supervisors, classmates and colleagues'],
      ],
    ),
    ongoing(
      'self-care',
      'self-care',
      'Look after yourself',
      'Helping work asks a lot. Habits you set up now, and people you can talk to, protect you from burnout and compassion fatigue later.',
      [
        ['basics', 'Decide what you will protect each week: sleep, movement, time off'],
        ['support', 'Set up regular supervision or peer support'],
        ['check-in', 'Check in on your own wellbeing every month'],
      ],
    ),
  );
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
