import type { RuleSet } from '#contracts/licensure.js';
import type { DbOrTx } from '#server/db/client.js';

/**
 * The licensure link: rule sets as the hours log needs them. The licensure feature implements it
 * (`licensure/rule-sets.adapter.ts`) and the manifest wires it, so the log never reads licensure's tables.
 */
export interface RuleSetCatalog {
  /** The rule set at its current version (or the one asked for); NOT_FOUND names the id when there is none. */
  getRuleSet(db: DbOrTx, id: string, version?: number): Promise<RuleSet>;
  /** The version in force on `date` (by its effective dates; the current one when no version is dated). */
  getRuleSetInForce(db: DbOrTx, id: string, date: string): Promise<RuleSet>;
  /** Every rule set at its current version. */
  listCurrentRuleSets(db: DbOrTx): Promise<RuleSet[]>;
}
