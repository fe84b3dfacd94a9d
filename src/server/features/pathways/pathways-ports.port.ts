import type { CareerDetail } from '#contracts/careers.js';
import type { RuleSet } from '#contracts/licensure.js';
import type { DbOrTx } from '#server/db/client.js';

/**
 * What the planner reads from other features: a career's detail (careers implements it) and rule sets
 * (licensure implements it). The manifest hands both to the pathways feature; the CLI passes the same adapters.
 */
export interface PathwaysPorts {
  /** NOT_FOUND when there is no such career. */
  careerDetailOf(db: DbOrTx, careerId: string): Promise<CareerDetail>;
  ruleSets: {
    /** NOT_FOUND names the id when there is no such rule set (or version). */
    getRuleSet(db: DbOrTx, id: string, version?: number): Promise<RuleSet>;
    /** Every rule set at its current version, optionally only those licensing a career. */
    listCurrentRuleSets(db: DbOrTx, query?: { career?: string }): Promise<RuleSet[]>;
  };
}
