import { isInForceOn, type RuleSet } from '#contracts/licensure.js';

/*
 * Versions of a rule set as the law changes (docs/decisions/0025-licensure-rules-engine.md): each version carries
 * the dates it was in force. Which version measures a log is picked by one date: the goal's rules date when the
 * trainee gives one (e.g. the day their supervised experience began, where the board lets earlier residents
 * finish under the old rule), otherwise today.
 */

/**
 * The version in force on `date`: among the versions whose effective dates include it, the highest version
 * number (a later correction of the same period wins over the text it corrects). null when none covers the date.
 */
export function pickVersionInForce<T extends Pick<RuleSet, 'version' | 'effectiveFrom' | 'effectiveUntil'>>(
  versions: readonly T[],
  date: string,
): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (isInForceOn(v, date) && (best === null || v.version > best.version)) best = v;
  }
  return best;
}

/** "in force from 2025-12-18", "in force until 2025-12-17", "in force 2024-01-01 to 2025-12-17", or null (no dates). */
export function describeEffectivePeriod(ruleSet: Pick<RuleSet, 'effectiveFrom' | 'effectiveUntil'>): string | null {
  const { effectiveFrom: from, effectiveUntil: until } = ruleSet;
  if (from !== undefined && until !== undefined) return `in force ${from} to ${until}`;
  if (from !== undefined) return `in force from ${from}`;
  if (until !== undefined) return `in force until ${until}`;
  return null;
}

/** "version 2 (in force from 2025-12-18)" or "version 1": how the rule page, the PDF and the CLI name a version. */
export function describeRuleSetVersion(ruleSet: Pick<RuleSet, 'version' | 'effectiveFrom' | 'effectiveUntil'>): string {
  const period = describeEffectivePeriod(ruleSet);
  return period === null ? `version ${ruleSet.version}` : `version ${ruleSet.version} (${period})`;
}
