import type { NotCounted } from '#contracts/hours.js';
import type { CompletionProjection, HourEntryForEvaluation, RuleSet, RuleSetEvaluation } from '#contracts/licensure.js';
import { type EntrySupervisorCredential, evaluateRules, projectCompletion } from '../licensure/evaluate-rules.js';

export interface LogMeasurement {
  evaluation: RuleSetEvaluation;
  projection: CompletionProjection;
  /** The evaluator's rejected hours with each entry's date and category. */
  notCounted: NotCounted[];
}

/** The as-of date when none is given: today, or the latest entry's date when that is later. */
export function defaultAsOf(today: string, entries: readonly Pick<HourEntryForEvaluation, 'date'>[]): string {
  let latest = today;
  for (const e of entries) if (e.date > latest) latest = e.date;
  return latest;
}

/**
 * Measures a log against one rule set version: progress per requirement (evaluateRules, with the log's own
 * exclusions), the completion date projected from the last 8 weeks, and every hour that did not count.
 * Shared by the API, the PDF summary and `vocare hours progress`, so all three say the same.
 */
export function measureLog(
  ruleSet: RuleSet,
  entries: readonly HourEntryForEvaluation[],
  options: {
    asOf: string;
    excluded: ReadonlyMap<string, string>;
    degreeDate?: string | null;
    supervisorCredentials?: ReadonlyMap<string, EntrySupervisorCredential>;
  },
): LogMeasurement {
  const evaluation = evaluateRules(ruleSet, entries, {
    asOf: options.asOf,
    excluded: options.excluded,
    ...(options.degreeDate ? { degreeDate: options.degreeDate } : {}),
    ...(options.supervisorCredentials ? { supervisorCredentials: options.supervisorCredentials } : {}),
  });
  const projection = projectCompletion(evaluation, entries, options.asOf);
  const byId = new Map<string, HourEntryForEvaluation>();
  if (evaluation.rejected.length > 0) for (const e of entries) byId.set(e.id, e);
  const notCounted: NotCounted[] = evaluation.rejected.map((r) => {
    const e = byId.get(r.entryId);
    return {
      entryId: r.entryId,
      date: e?.date ?? options.asOf,
      category: e?.category ?? 'direct',
      hours: r.hours,
      reason: r.reason,
      requirementIds: r.requirementIds,
    };
  });
  return { evaluation, projection, notCounted };
}
