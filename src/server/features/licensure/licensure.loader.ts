import { z } from 'zod';
import { type RuleSet, RuleSetHistorySchema, RuleSetSchema } from '#contracts/licensure.js';
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
/** Versions of the law before the one in rules.json (a change of law is a new version, ADR 0025). */
const EARLIER_FILE = 'licensure/earlier-versions.json';
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

/**
 * Applies one shipped rule set with the versions of the law before it (oldest first, the latest last). A rule set
 * with one version follows applyShippedRuleSet. With several, every shipped version missing from the table (by
 * content) is stored in order and the latest becomes current, so a log dated before a change of law can still be
 * measured under the rule then in force. While an admin's version is current, nothing is stored and the latest is
 * held back, as for one version.
 */
export async function applyShippedHistory(db: DbOrTx, history: readonly RuleSet[]): Promise<ShippedOutcome> {
  const latest = history[history.length - 1];
  if (!latest) throw new Error('a shipped history needs at least one version');
  if (history.length === 1) return applyShippedRuleSet(db, latest);
  const hashes = history.map(ruleSetContentHash);
  const historyHash = hashContents(hashes);
  const row = await repo.findRuleSetRow(db, latest.id, { forUpdate: true });
  if (row?.shippedHash === historyHash) return 'unchanged';
  if (row) {
    const current = await repo.findVersion(db, latest.id, row.currentVersion);
    if (current?.origin === 'admin') {
      await repo.updateRuleSetRow(db, latest.id, { shippedHash: historyHash, pendingShipped: latest });
      return 'held-back';
    }
  }
  const stored = new Set(row ? await repo.listContentHashes(db, latest.id) : []);
  let version = row?.currentVersion ?? 0;
  const currentHash = row ? (await repo.findVersion(db, latest.id, row.currentVersion))?.contentHash : undefined;
  let inserted = 0;
  for (const [i, shipped] of history.entries()) {
    const hash = hashes[i] as string;
    const isLatest = i === history.length - 1;
    // An earlier version already stored is kept as it is; the latest is stored again only when it is not current.
    if (isLatest ? currentHash === hash && inserted === 0 : stored.has(hash)) continue;
    version++;
    if (version === 1) {
      const created = await repo.insertRuleSetRow(db, {
        id: shipped.id,
        jurisdiction: shipped.jurisdiction,
        license: shipped.license,
        currentVersion: 1,
        shippedHash: historyHash,
      });
      if (!created) return 'unchanged';
    }
    await repo.insertVersion(db, {
      ruleSetId: shipped.id,
      version,
      body: { ...shipped, version },
      origin: 'shipped',
      contentHash: hash,
      createdBy: null,
    });
    inserted++;
  }
  await repo.updateRuleSetRow(db, latest.id, {
    currentVersion: version,
    shippedHash: historyHash,
    pendingShipped: null,
  });
  if (inserted === 0) return 'unchanged';
  return row ? 'updated' : 'added';
}

/** The shipped rule sets, each with its earlier versions, validated as histories (ordered, no overlap). */
export function readShippedHistories(rulesRaw: string, earlierRaw: string): RuleSet[][] {
  const earlier = z.array(RuleSetSchema).parse(JSON.parse(earlierRaw));
  return z
    .array(RuleSetSchema)
    .parse(JSON.parse(rulesRaw))
    .map((latest) => RuleSetHistorySchema.parse([...earlier.filter((e) => e.id === latest.id), latest]));
}

/** Loads the shipped rule sets when the files changed since the last start; cheap when they did not. */
export async function ensureRuleSetsLoaded(
  db: Db,
): Promise<{ loaded: boolean; outcomes: Record<ShippedOutcome, number> }> {
  const outcomes: Record<ShippedOutcome, number> = { added: 0, updated: 0, 'held-back': 0, unchanged: 0 };
  const raw = readDataFile(RULES_FILE);
  const earlierRaw = readDataFile(EARLIER_FILE);
  const outcome = await reloadWhenChanged(db, RULES_VERSION_KEY, [raw, earlierRaw], async (tx) => {
    for (const history of readShippedHistories(raw, earlierRaw)) {
      outcomes[await applyShippedHistory(tx, history)]++;
    }
  });
  return { loaded: outcome.loaded, outcomes };
}
