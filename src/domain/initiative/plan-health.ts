import type {
  BudgetTotals,
  Finding,
  Indicator,
  LogicModel,
  PlanDocument,
  PlanHealth,
  Trend,
} from '#contracts/initiative.js';

/*
 * Line of sight (DoView's term) and plan health. Links run activity -> output -> outcome, activity -> outcome
 * and outcome -> outcome (short leads to medium leads to long). An outcome has line of sight when some activity
 * reaches it along links; an activity leads somewhere when it reaches at least one outcome.
 */

function adjacency(model: LogicModel): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const { from, to } of model.links) {
    const list = next.get(from) ?? [];
    list.push(to);
    next.set(from, list);
  }
  return next;
}

/** Every item reachable from `start` along links (start excluded unless a cycle returns to it). */
export function reachableFrom(model: LogicModel, start: string): Set<string> {
  const next = adjacency(model);
  const seen = new Set<string>();
  const stack = [...(next.get(start) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return seen;
}

export interface LineOfSight {
  /** Outcome ids no activity leads to. */
  outcomesWithoutActivity: string[];
  /** Activity ids that reach no outcome. */
  activitiesLeadingNowhere: string[];
  /** Output ids no activity produces. */
  outputsWithoutActivity: string[];
}

export function checkLineOfSight(model: LogicModel): LineOfSight {
  const outcomeIds = new Set(model.outcomes.map((o) => o.id));
  const reachedByActivities = new Set<string>();
  const activitiesLeadingNowhere: string[] = [];
  for (const activity of model.activities) {
    const reached = reachableFrom(model, activity.id);
    for (const id of reached) reachedByActivities.add(id);
    if (![...reached].some((id) => outcomeIds.has(id))) activitiesLeadingNowhere.push(activity.id);
  }
  return {
    outcomesWithoutActivity: model.outcomes.filter((o) => !reachedByActivities.has(o.id)).map((o) => o.id),
    activitiesLeadingNowhere,
    outputsWithoutActivity: model.outputs.filter((o) => !reachedByActivities.has(o.id)).map((o) => o.id),
  };
}

function allIds(plan: PlanDocument): string[] {
  const m = plan.model;
  return [
    ...m.inputs,
    ...m.activities,
    ...m.outputs,
    ...m.outcomes,
    ...plan.indicators,
    ...plan.milestones,
    ...plan.budget.lines,
    ...plan.budget.fundingSources,
  ].map((item) => item.id);
}

function label(plan: PlanDocument, id: string): string {
  const m = plan.model;
  const item = [...m.activities, ...m.outputs, ...m.outcomes, ...m.inputs].find((i) => i.id === id);
  if (item) return `"${item.text}"`;
  const milestone = plan.milestones.find((i) => i.id === id);
  return milestone ? `"${milestone.title}"` : id;
}

/** References to items that do not exist (links, indicators, milestones, budget lines). */
function referenceFindings(plan: PlanDocument): Finding[] {
  const findings: Finding[] = [];
  const ids = allIds(plan);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      findings.push({
        code: 'duplicate-id',
        severity: 'problem',
        itemId: id,
        message: `The id "${id}" is used by more than one item.`,
      });
    }
    seen.add(id);
  }
  const m = plan.model;
  const linkable = new Set([...m.activities, ...m.outputs, ...m.outcomes, ...m.inputs].map((i) => i.id));
  const unknown = (itemId: string | null, message: string) =>
    findings.push({ code: 'unknown-reference', severity: 'problem', itemId, message });
  for (const link of m.links) {
    for (const end of [link.from, link.to]) {
      if (!linkable.has(end)) unknown(end, `A link refers to "${end}", which is not in the logic model.`);
    }
  }
  const outcomeIds = new Set(m.outcomes.map((o) => o.id));
  for (const indicator of plan.indicators) {
    if (!outcomeIds.has(indicator.outcomeId)) {
      unknown(
        indicator.id,
        `Indicator "${indicator.measure}" measures "${indicator.outcomeId}", which is not an outcome.`,
      );
    }
  }
  const activityIds = new Set(m.activities.map((a) => a.id));
  for (const milestone of plan.milestones) {
    if (milestone.activityId !== null && !activityIds.has(milestone.activityId)) {
      unknown(
        milestone.id,
        `Milestone "${milestone.title}" belongs to "${milestone.activityId}", which is not an activity.`,
      );
    }
  }
  const sourceIds = new Set(plan.budget.fundingSources.map((s) => s.id));
  for (const line of plan.budget.lines) {
    if (line.fundingSourceId !== null && !sourceIds.has(line.fundingSourceId)) {
      unknown(
        line.id,
        `Budget line "${line.label}" names funding source "${line.fundingSourceId}", which is not listed.`,
      );
    }
  }
  return findings;
}

/**
 * Every finding about a plan, problems first: line of sight, an indicator for every outcome, a dated milestone
 * with an owner for every activity, and references that point nowhere.
 */
export function planHealth(plan: PlanDocument): PlanHealth {
  const findings: Finding[] = referenceFindings(plan);
  const sight = checkLineOfSight(plan.model);
  for (const id of sight.outcomesWithoutActivity) {
    findings.push({
      code: 'outcome-without-activity',
      severity: 'problem',
      itemId: id,
      message: `No activity leads to the outcome ${label(plan, id)}: link an activity (or an output) to it.`,
    });
  }
  for (const id of sight.activitiesLeadingNowhere) {
    findings.push({
      code: 'activity-leads-nowhere',
      severity: 'problem',
      itemId: id,
      message: `The activity ${label(plan, id)} leads to no outcome: link it to an output or an outcome.`,
    });
  }
  for (const id of sight.outputsWithoutActivity) {
    findings.push({
      code: 'output-without-activity',
      severity: 'warning',
      itemId: id,
      message: `No activity produces the output ${label(plan, id)}.`,
    });
  }
  const measured = new Set(plan.indicators.map((i) => i.outcomeId));
  for (const outcome of plan.model.outcomes) {
    if (!measured.has(outcome.id)) {
      findings.push({
        code: 'outcome-without-indicator',
        severity: 'problem',
        itemId: outcome.id,
        message: `The outcome "${outcome.text}" has no indicator: say how you will know it happened.`,
      });
    }
  }
  for (const activity of plan.model.activities) {
    const milestones = plan.milestones.filter((m) => m.activityId === activity.id);
    if (milestones.length === 0) {
      findings.push({
        code: 'activity-without-milestone',
        severity: 'problem',
        itemId: activity.id,
        message: `The activity "${activity.text}" has no milestone: add one with a date and an owner.`,
      });
    } else if (!milestones.some((m) => m.dueDate !== null && m.owner !== '')) {
      findings.push({
        code: 'activity-without-milestone',
        severity: 'problem',
        itemId: activity.id,
        message: `The activity "${activity.text}" has no milestone with both a date and an owner.`,
      });
    }
  }
  for (const milestone of plan.milestones) {
    if (milestone.dueDate === null) {
      findings.push({
        code: 'milestone-without-date',
        severity: 'warning',
        itemId: milestone.id,
        message: `The milestone "${milestone.title}" has no date.`,
      });
    }
    if (milestone.owner === '') {
      findings.push({
        code: 'milestone-without-owner',
        severity: 'warning',
        itemId: milestone.id,
        message: `The milestone "${milestone.title}" has no owner.`,
      });
    }
  }
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'problem' ? -1 : 1));
  const problems = findings.filter((f) => f.severity === 'problem').length;
  return { ok: problems === 0, findings, counts: { problems, warnings: findings.length - problems } };
}

/** The values recorded for an indicator at check-ins, oldest first, and which way they move. */
export function indicatorTrend(plan: PlanDocument, indicator: Indicator): Trend {
  const points = [...plan.checkIns]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((c) =>
      c.values.filter((v) => v.indicatorId === indicator.id).map((v) => ({ date: c.date, value: v.value })),
    );
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) {
    return { indicatorId: indicator.id, points, direction: null, towardTarget: towardTarget(indicator, last?.value) };
  }
  const direction = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'flat';
  return { indicatorId: indicator.id, points, direction, towardTarget: towardTarget(indicator, last.value) };
}

/** Whether the latest value is closer to the target than the baseline was; null without all three. */
function towardTarget(indicator: Indicator, latest: number | undefined): boolean | null {
  if (latest === undefined || indicator.baseline === null || indicator.target === null) return null;
  if (indicator.target === indicator.baseline) return latest === indicator.target;
  return Math.abs(indicator.target - latest) < Math.abs(indicator.target - indicator.baseline);
}

export function planTrends(plan: PlanDocument): Trend[] {
  return plan.indicators.map((i) => indicatorTrend(plan, i));
}

/** Budget totals: cash and in-kind, funding committed and pending, and the cash not yet covered. */
export function budgetTotals(plan: PlanDocument): BudgetTotals {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const cash = sum(plan.budget.lines.filter((l) => l.kind === 'cash').map((l) => l.amount));
  const inKind = sum(plan.budget.lines.filter((l) => l.kind === 'in-kind').map((l) => l.amount));
  const committed = sum(plan.budget.fundingSources.filter((s) => s.status === 'committed').map((s) => s.amount));
  const pending = sum(plan.budget.fundingSources.filter((s) => s.status === 'pending').map((s) => s.amount));
  return { cash, inKind, total: cash + inKind, committed, pending, cashGap: Math.max(0, cash - committed) };
}

/** A milestone's status as of the latest check-in that mentions it (or as written in the plan). */
export function currentMilestoneStatus(plan: PlanDocument, milestoneId: string) {
  const latest = [...plan.checkIns]
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((c) => c.milestones)
    .find((m) => m.milestoneId === milestoneId);
  return latest?.status ?? plan.milestones.find((m) => m.id === milestoneId)?.status ?? 'not-started';
}
