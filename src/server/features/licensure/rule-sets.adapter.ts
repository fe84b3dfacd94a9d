import type { RuleSetCatalog } from '../hours/rule-sets.port.js';
import type { PathwaysPorts } from '../pathways/pathways-ports.port.js';
import { getRuleSet, getRuleSetInForce, listCurrentRuleSets } from './licensure.service.js';

/** Licensure's side of the rule-set ports of the hours log and the pathway planner (one object serves both). */
export const ruleSetCatalog: RuleSetCatalog & PathwaysPorts['ruleSets'] = {
  getRuleSet,
  getRuleSetInForce,
  listCurrentRuleSets,
};
