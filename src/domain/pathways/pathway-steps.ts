// The step shape and the helpers shared by the per-stage builders (pure; no clock, no I/O).

import type { Career } from '#contracts/careers.js';
import type { Requirement, RuleSet } from '#contracts/licensure.js';
import type {
  DegreeLevel,
  PathwayFact,
  PathwayRoute,
  RoadmapChecklistItem,
  RoadmapStageKind,
  RuleRequirementRef,
} from '#contracts/pathways.js';

/** The atlas fields the planner reads. */
export type PlannerCareer = Pick<
  Career,
  'id' | 'title' | 'minEducation' | 'typicalEducation' | 'flexibleStudy' | 'licenseRequired' | 'licenses' | 'exams'
>;

export type Duration = { months: number } | { days: number };

export interface Step {
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

export const DEGREE_LABELS: Record<DegreeLevel, string> = {
  associate: 'associate degree',
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctoral: 'doctorate',
};

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function item(stageId: string, key: string, text: string): RoadmapChecklistItem {
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

/** A fact whose requirement starts with a place ("California: ...") applies only there. */
export function factPlace(fact: PathwayFact): string | null {
  const match = /^([A-Z][A-Za-z .]+):\s/.exec(fact.requirement);
  return match?.[1] ?? null;
}

export function pickFacts(
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
export function factItems(stageId: string, facts: readonly PathwayFact[]): RoadmapChecklistItem[] {
  return facts.filter((f) => parseFactRange(f.value) !== null).map((f) => factItem(stageId, f));
}

export function factItem(stageId: string, fact: PathwayFact): RoadmapChecklistItem {
  const key = fact.id.slice(fact.id.indexOf('.') + 1);
  const value = `${fact.value}${fact.unit ? ` ${fact.unit}` : ''}`;
  return item(stageId, key, `${fact.requirement}: ${value}`);
}

export function requirementRef(ruleSet: RuleSet, req: Requirement): RuleRequirementRef {
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

export function requirementText(req: RuleRequirementRef): string {
  // A credential has no number: its label names it ("Supervisor holds the LPC-S").
  if (req.kind === 'supervisor-credential' && req.verified) return `${req.label}, on the date of each hour`;
  if (!req.verified || req.target === null) return `${req.label}: not verified — ask your board`;
  if (req.kind === 'max-hours-per-week') return `${req.label}: at most ${formatNumber(req.target)} hours a week count`;
  if (req.kind === 'window') return `${req.label}: hours must fall within ${formatNumber(req.target)} months`;
  if (req.kind === 'min-duration') return `${req.label}: at least ${formatNumber(req.target)} months`;
  if (req.kind === 'max-hours-per-year') return `${req.label}: at most ${formatNumber(req.target)} hours a year count`;
  if (req.kind === 'supervision-ratio')
    return `${req.label}: 1 hour of supervision per ${formatNumber(req.target)} hours of practice`;
  if (req.kind === 'pre-degree-hours')
    return req.target === 0
      ? `${req.label}: no pre-degree hours count`
      : `${req.label}: at most ${formatNumber(req.target)} pre-degree hours count`;
  return `${req.label}: ${formatNumber(req.target)} hours`;
}

/** What every stage builder reads: the road, its facts by id, and the rule set's place. */
export interface StepContext {
  career: PlannerCareer;
  ruleSet: RuleSet | null;
  route: PathwayRoute;
  byId: ReadonlyMap<string, PathwayFact>;
  place: string | null;
}
