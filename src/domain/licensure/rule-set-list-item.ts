import type { RuleSet, RuleSetListItem } from '#contracts/licensure.js';

/** The short form of a rule set that lists and pickers show, with how many of its requirements no source verified. */
export function toListItem(ruleSet: RuleSet): RuleSetListItem {
  return {
    id: ruleSet.id,
    jurisdiction: ruleSet.jurisdiction,
    jurisdictionName: ruleSet.jurisdictionName,
    license: ruleSet.license,
    title: ruleSet.title,
    careers: ruleSet.careers,
    checkedDate: ruleSet.checkedDate,
    version: ruleSet.version,
    requirementCount: ruleSet.requirements.length,
    unverifiedCount: ruleSet.requirements.filter((r) => !r.verified).length,
  };
}
