import { z } from 'zod';
import { type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { hashContents, readDataFile, reloadWhenChanged } from '#server/reference-data.js';
import * as repo from './licensure.repository.js';

/*
 * Shipped rule sets (data/licensure/rules.json) go into the versioned tables. The rule, recorded in
 * docs/decisions/0009-rule-set-versions.md: a changed shipped rule set becomes a new version only while the version
 * in force is itself a shipped one. When an admin's edit is in force, the shipped change is held back
 * (rule_sets.pending_shipped) for an admin to review; it never silently replaces a correction made by a person.
 */

const RULES_FILE = 'licensure/rules.json';
const RULES_VERSION_KEY = 'licensure-rules-version';

/** Hash of a rule set's content, ignoring its version number: the same rules hash alike whatever version they are. */
export function ruleSetContentHash(ruleSet: RuleSet): string {
  return hashContents([JSON.stringify({ ...ruleSet, version: 0 })]);
}

export type ShippedOutcome = 'added' | 'updated' | 'held-back' | 'unchanged';

/** Applies one shipped rule set (already validated) under the rule above. */
export async function applyShippedRuleSet(db: DbOrTx, shipped: RuleSet): Promise<ShippedOutcome> {
  const hash = ruleSetContentHash(shipped);
  const row = await repo.findRuleSetRow(db, shipped.id, { forUpdate: true });
  if (!row) {
    const inserted = await repo.insertRuleSetRow(db, {
      id: shipped.id,
      jurisdiction: shipped.jurisdiction,
      license: shipped.license,
      currentVersion: 1,
      shippedHash: hash,
    });
    if (!inserted) return 'unchanged';
    await repo.insertVersion(db, {
      ruleSetId: shipped.id,
      version: 1,
      body: { ...shipped, version: 1 },
      origin: 'shipped',
      contentHash: hash,
      createdBy: null,
    });
    return 'added';
  }
  if (row.shippedHash === hash) return 'unchanged';
  const current = await repo.findVersion(db, shipped.id, row.currentVersion);
  if (current?.contentHash === hash) {
    await repo.updateRuleSetRow(db, shipped.id, { shippedHash: hash, pendingShipped: null });
    return 'unchanged';
  }
  if (current?.origin === 'admin') {
    await repo.updateRuleSetRow(db, shipped.id, { shippedHash: hash, pendingShipped: shipped });
    return 'held-back';
  }
  const version = row.currentVersion + 1;
  await repo.insertVersion(db, {
    ruleSetId: shipped.id,
    version,
    body: { ...shipped, version },
    origin: 'shipped',
    contentHash: hash,
    createdBy: null,
  });
  await repo.updateRuleSetRow(db, shipped.id, { currentVersion: version, shippedHash: hash, pendingShipped: null });
  return 'updated';
}

/** Loads the shipped rule sets when the file changed since the last start; cheap when it did not. */
export async function ensureRuleSetsLoaded(
  db: Db,
): Promise<{ loaded: boolean; outcomes: Record<ShippedOutcome, number> }> {
  const outcomes: Record<ShippedOutcome, number> = { added: 0, updated: 0, 'held-back': 0, unchanged: 0 };
  const raw = readDataFile(RULES_FILE);
  const outcome = await reloadWhenChanged(db, RULES_VERSION_KEY, [raw], async (tx) => {
    for (const ruleSet of z.array(RuleSetSchema).parse(JSON.parse(raw))) {
      outcomes[await applyShippedRuleSet(tx, ruleSet)]++;
    }
  });
  return { loaded: outcome.loaded, outcomes };
}
