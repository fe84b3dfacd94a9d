import type { EntryRule, EntryStatus, EntryWarning, ProgressBasis, SupervisorLicense } from '#contracts/hours.js';
import type { RuleSet } from '#contracts/licensure.js';
import type { HourCategory } from '#contracts/vocabulary.js';
import { addDays, mondayOf } from '../calendar-date.js';
import type { EntrySupervisorCredential } from '../licensure/evaluate-rules.js';

/*
 * What the log knows that the rule set does not, and what a board would refuse after the fact:
 * - hours before the supervision agreement's start date, or after its end date;
 * - hours on a day the supervisor's license was not valid: before its valid-from date (when given) or after its
 *   expiry date, so each hour is checked against the license as it stood on that hour's date;
 * - hours the supervisor returned for correction.
 * Such entries are excluded: the evaluator counts none of their hours and shows this reason.
 * More rules come from the rule set itself, and the evaluator applies them: the cap on group supervision, the
 * weekly limit, and the supervisor credential a state requires (held on the date of the hour). The log warns
 * about all of them when an entry is made, naming the rule.
 */

/** A supervision agreement as the rules see it. */
export interface AgreementFacts {
  id: string;
  supervisorName: string;
  startDate: string;
  endDate: string | null;
  /** null until the supervisor accepts and records it. */
  license: SupervisorLicense | null;
}

/** An entry as the rules see it. */
export interface LoggedEntry {
  id: string;
  date: string;
  hours: number;
  category: HourCategory;
  status: EntryStatus;
  supervisionId: string | null;
  returnComment?: string | null;
}

export interface Exclusion {
  rule: EntryRule;
  message: string;
}

function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : String(Math.round(hours * 100) / 100);
}

/** Why none of an entry's hours count, or null when nothing the log knows stops them. */
export function exclusionOf(
  entry: Pick<LoggedEntry, 'date' | 'status' | 'returnComment'>,
  agreement: AgreementFacts | null,
): Exclusion | null {
  if (entry.status === 'returned') {
    const by = agreement ? agreement.supervisorName : 'the supervisor';
    const comment = entry.returnComment ? `: "${entry.returnComment}"` : '';
    return { rule: 'returned', message: `returned by ${by} for correction${comment}` };
  }
  if (!agreement) return null;
  if (entry.date < agreement.startDate) {
    return {
      rule: 'before-agreement-start',
      message: `before the supervision agreement with ${agreement.supervisorName} started on ${agreement.startDate}`,
    };
  }
  if (agreement.endDate !== null && entry.date > agreement.endDate) {
    return {
      rule: 'after-agreement-end',
      message: `after the supervision agreement with ${agreement.supervisorName} ended on ${agreement.endDate}`,
    };
  }
  const license = agreement.license;
  if (license?.licenseValidFrom && entry.date < license.licenseValidFrom) {
    return {
      rule: 'supervisor-license-not-yet-valid',
      message: `before ${agreement.supervisorName}'s license was valid (${licenseHead(license)}, valid from ${license.licenseValidFrom})`,
    };
  }
  if (license && entry.date > license.licenseExpires) {
    return {
      rule: 'supervisor-license-lapsed',
      message: `while ${agreement.supervisorName}'s license had lapsed (${licenseHead(license)}, expired ${license.licenseExpires})`,
    };
  }
  return null;
}

function licenseHead(license: SupervisorLicense): string {
  return `${license.licenseType} ${license.licenseNumber}, ${license.licenseJurisdiction}`;
}

/** "LPC-S 12345, US-TX, valid 2020-01-01 to 2027-12-31" (or "expires ..." when the start is not known). */
export function licenseText(license: SupervisorLicense): string {
  const head = licenseHead(license);
  return license.licenseValidFrom
    ? `${head}, valid ${license.licenseValidFrom} to ${license.licenseExpires}`
    : `${head}, expires ${license.licenseExpires}`;
}

/**
 * The evaluator's `excluded` map for a log: entry id -> reason. With basis "verified", entries no supervisor
 * verified are excluded too.
 */
export function buildExclusions(
  entries: readonly LoggedEntry[],
  agreements: ReadonlyMap<string, AgreementFacts>,
  basis: ProgressBasis = 'logged',
): Map<string, string> {
  const excluded = new Map<string, string>();
  for (const e of entries) {
    const agreement = e.supervisionId === null ? null : (agreements.get(e.supervisionId) ?? null);
    const exclusion = exclusionOf(e, agreement);
    if (exclusion) excluded.set(e.id, exclusion.message);
    else if (basis === 'verified' && e.status !== 'verified') excluded.set(e.id, 'not verified by a supervisor yet');
  }
  return excluded;
}

/**
 * The evaluator's `supervisorCredentials` map: entry id -> what its supervisor recorded about the state's
 * supervisor credential. An entry with no agreement is left out (its supervisor is unknown, so it is not checked).
 */
export function buildSupervisorCredentials(
  entries: readonly LoggedEntry[],
  agreements: ReadonlyMap<string, AgreementFacts>,
): Map<string, EntrySupervisorCredential> {
  const out = new Map<string, EntrySupervisorCredential>();
  for (const e of entries) {
    const agreement = e.supervisionId === null ? undefined : agreements.get(e.supervisionId);
    if (!agreement) continue;
    out.set(e.id, {
      supervisorName: agreement.supervisorName,
      holdsCredential: agreement.license?.holdsSupervisorCredential ?? null,
      credentialFrom: agreement.license?.supervisorCredentialFrom ?? null,
    });
  }
  return out;
}

interface CredentialRule {
  id: string;
  credential: string;
  categories: readonly HourCategory[] | null;
  minShare: number | null;
}

/** The rule set's verified supervisor-credential rule, if any. */
function credentialRuleOf(ruleSet: RuleSet | null): CredentialRule | null {
  for (const req of ruleSet?.requirements ?? []) {
    if (req.kind === 'supervisor-credential' && req.verified && req.credential !== undefined) {
      return {
        id: req.id,
        credential: req.credential,
        categories: req.categories ?? null,
        minShare: req.minShare ?? null,
      };
    }
  }
  return null;
}

/**
 * What to say when an entry's supervisor did not hold the state's supervisor credential on the entry's date (they
 * said they do not hold it, or hold it only from a later date). Nothing when the rule does not speak of the
 * entry's category, or when the supervisor has not said (progress then reports the hours as not checked).
 */
function credentialWarning(entry: LoggedEntry, agreement: AgreementFacts | null, rule: CredentialRule): string | null {
  if (rule.categories !== null && !rule.categories.includes(entry.category)) return null;
  const license = agreement?.license;
  if (!agreement || !license || license.holdsSupervisorCredential == null) return null;
  const from = license.supervisorCredentialFrom ?? null;
  let why: string;
  if (license.holdsSupervisorCredential === false) {
    why = `${agreement.supervisorName} has recorded that they do not hold the ${rule.credential}`;
  } else if (from !== null && entry.date < from) {
    why = `${agreement.supervisorName} held the ${rule.credential} only from ${from}, after ${entry.date}`;
  } else {
    return null;
  }
  if (rule.minShare !== null) {
    const share = Math.round(rule.minShare * 100);
    return `${why}: these hours count, but at least ${share}% of the hours must be supervised by someone who held it on the date of the hour.`;
  }
  return `These hours will not count: ${why}, which the rules require of the supervisor on the date of the hour.`;
}

function weeklyLimitOf(ruleSet: RuleSet | null): { limit: number; id: string; label: string } | null {
  for (const req of ruleSet?.requirements ?? []) {
    if (req.kind === 'max-hours-per-week' && req.verified && req.hours !== undefined) {
      return { limit: req.hours, id: req.id, label: req.label };
    }
  }
  return null;
}

function groupCapOf(ruleSet: RuleSet | null): { cap: number; id: string; label: string } | null {
  for (const req of ruleSet?.requirements ?? []) {
    if (req.kind === 'supervision-hours' && req.verified && req.groupCap !== undefined) {
      return { cap: req.groupCap, id: req.id, label: req.label };
    }
  }
  return null;
}

/**
 * Warnings for new or changed entries, said when they are made: the exclusions above, a week whose hours go over
 * the rule set's weekly limit, and group supervision beyond its cap. `existing` is the rest of the log (entries
 * being replaced are left out by the caller); `ruleSet` is the trainee's goal (null: only agreement rules apply).
 * Returns one list per entry of `entries`, in the same order.
 */
export function warnEntries(
  entries: readonly LoggedEntry[],
  existing: readonly LoggedEntry[],
  agreements: ReadonlyMap<string, AgreementFacts>,
  ruleSet: RuleSet | null,
): EntryWarning[][] {
  const agreementOf = (e: LoggedEntry) => (e.supervisionId === null ? null : (agreements.get(e.supervisionId) ?? null));
  const exclusions = entries.map((e) => exclusionOf(e, agreementOf(e)));
  const warnings: EntryWarning[][] = exclusions.map((x) =>
    x
      ? [{ rule: x.rule, message: `These hours will not count: ${x.message}.`, ruleSetId: null, requirementId: null }]
      : [],
  );
  const credential = credentialRuleOf(ruleSet);
  if (ruleSet && credential) {
    entries.forEach((e, i) => {
      if (exclusions[i]) return;
      const message = credentialWarning(e, agreementOf(e), credential);
      if (message) {
        warnings[i]?.push({
          rule: 'supervisor-credential',
          message,
          ruleSetId: ruleSet.id,
          requirementId: credential.id,
        });
      }
    });
  }
  const weekly = weeklyLimitOf(ruleSet);
  const group = groupCapOf(ruleSet);
  if (!ruleSet || (!weekly && !group)) return warnings;

  const counts = (e: LoggedEntry) => exclusionOf(e, agreementOf(e)) === null;
  const newIds = new Set(entries.map((e) => e.id));
  const others = existing.filter((e) => !newIds.has(e.id) && counts(e));

  if (weekly) {
    const weekHours = new Map<string, number>();
    for (const e of others) weekHours.set(mondayOf(e.date), (weekHours.get(mondayOf(e.date)) ?? 0) + e.hours);
    entries.forEach((e, i) => {
      if (exclusions[i]) return;
      const monday = mondayOf(e.date);
      weekHours.set(monday, (weekHours.get(monday) ?? 0) + e.hours);
    });
    entries.forEach((e, i) => {
      if (exclusions[i]) return;
      const monday = mondayOf(e.date);
      const total = weekHours.get(monday) ?? 0;
      if (total <= weekly.limit) return;
      warnings[i]?.push({
        rule: 'weekly-limit',
        message:
          `The week of ${monday} to ${addDays(monday, 6)} has ${formatHours(total)} hours; ${ruleSet.id} counts at most ` +
          `${formatHours(weekly.limit)} hours a week (rule "${weekly.label}"), so ${formatHours(total - weekly.limit)} of them will not count.`,
        ruleSetId: ruleSet.id,
        requirementId: weekly.id,
      });
    });
  }

  if (group) {
    let groupHours = 0;
    for (const e of others) if (e.category === 'supervision-group') groupHours += e.hours;
    // New entries fill what is left of the cap in date order, as the evaluator keeps the earliest group hours.
    const order = entries
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => e.category === 'supervision-group' && !exclusions[i])
      .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));
    for (const { e, i } of order) {
      groupHours += e.hours;
      if (groupHours <= group.cap) continue;
      const over = Math.min(e.hours, groupHours - group.cap);
      warnings[i]?.push({
        rule: 'group-supervision-cap',
        message:
          `Group supervision would total ${formatHours(groupHours)} hours; ${ruleSet.id} counts at most ` +
          `${formatHours(group.cap)} hours of group supervision (rule "${group.label}"), so ${formatHours(over)} of these hours will not count.`,
        ruleSetId: ruleSet.id,
        requirementId: group.id,
      });
    }
  }
  return warnings;
}
