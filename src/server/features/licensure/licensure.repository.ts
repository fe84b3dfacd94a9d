import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { RuleSet } from '#contracts/licensure.js';
import type { RuleSetOrigin, RuleSetVersionInfo } from '#contracts/licensure-api.js';
import type { DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import { ruleSets, ruleSetVersions } from '#server/db/schema/licensure.js';

export interface RuleSetRow {
  id: string;
  currentVersion: number;
  shippedHash: string | null;
  hasPendingShipped: boolean;
}

const rowColumns = {
  id: ruleSets.id,
  currentVersion: ruleSets.currentVersion,
  shippedHash: ruleSets.shippedHash,
  hasPendingShipped: sql<boolean>`${ruleSets.pendingShipped} is not null`,
};

/** The rule set's bookkeeping row; `forUpdate` locks it so two edits cannot both claim the next version. */
export async function findRuleSetRow(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<RuleSetRow | null> {
  const query = db.select(rowColumns).from(ruleSets).where(eq(ruleSets.id, id)).limit(1);
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** Inserts the row for a new rule set; false when another writer created it first. */
export async function insertRuleSetRow(
  db: DbOrTx,
  values: { id: string; jurisdiction: string; license: string; currentVersion: number; shippedHash: string | null },
): Promise<boolean> {
  const rows = await db.insert(ruleSets).values(values).onConflictDoNothing().returning({ id: ruleSets.id });
  return rows.length > 0;
}

export async function updateRuleSetRow(
  db: DbOrTx,
  id: string,
  patch: { currentVersion?: number; shippedHash?: string | null; pendingShipped?: RuleSet | null },
): Promise<void> {
  await db
    .update(ruleSets)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(ruleSets.id, id));
}

export async function insertVersion(
  db: DbOrTx,
  values: {
    ruleSetId: string;
    version: number;
    body: RuleSet;
    origin: RuleSetOrigin;
    contentHash: string;
    createdBy: string | null;
  },
): Promise<void> {
  await db.insert(ruleSetVersions).values(values);
}

export interface VersionRecord {
  body: RuleSet;
  origin: RuleSetOrigin;
  contentHash: string;
}

export async function findVersion(db: DbOrTx, id: string, version: number): Promise<VersionRecord | null> {
  const rows = await db
    .select({ body: ruleSetVersions.body, origin: ruleSetVersions.origin, contentHash: ruleSetVersions.contentHash })
    .from(ruleSetVersions)
    .where(and(eq(ruleSetVersions.ruleSetId, id), eq(ruleSetVersions.version, version)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, origin: row.origin as RuleSetOrigin } : null;
}

/** The content hash of every stored version of a rule set. */
export async function listContentHashes(db: DbOrTx, id: string): Promise<string[]> {
  const rows = await db
    .select({ contentHash: ruleSetVersions.contentHash })
    .from(ruleSetVersions)
    .where(eq(ruleSetVersions.ruleSetId, id));
  return rows.map((r) => r.contentHash);
}

/** Every stored version of a rule set (its whole body), oldest first. */
export async function listVersionBodies(db: DbOrTx, id: string): Promise<RuleSet[]> {
  const rows = await db
    .select({ body: ruleSetVersions.body })
    .from(ruleSetVersions)
    .where(eq(ruleSetVersions.ruleSetId, id))
    .orderBy(asc(ruleSetVersions.version));
  return rows.map((r) => r.body);
}

/** The current version of every rule set, ordered by id. */
export async function listCurrentRuleSets(db: DbOrTx): Promise<RuleSet[]> {
  const rows = await db
    .select({ body: ruleSetVersions.body })
    .from(ruleSets)
    .innerJoin(
      ruleSetVersions,
      and(eq(ruleSetVersions.ruleSetId, ruleSets.id), eq(ruleSetVersions.version, ruleSets.currentVersion)),
    )
    .orderBy(asc(ruleSets.id));
  return rows.map((r) => r.body);
}

/** Every kept version of a rule set, newest first, with the name of the admin who wrote it. */
export async function listVersions(db: DbOrTx, id: string): Promise<RuleSetVersionInfo[]> {
  const rows = await db
    .select({
      version: ruleSetVersions.version,
      origin: ruleSetVersions.origin,
      createdAt: ruleSetVersions.createdAt,
      createdBy: users.displayName,
      effectiveFrom: sql<string | null>`${ruleSetVersions.body}->>'effectiveFrom'`,
      effectiveUntil: sql<string | null>`${ruleSetVersions.body}->>'effectiveUntil'`,
    })
    .from(ruleSetVersions)
    .leftJoin(users, eq(users.id, ruleSetVersions.createdBy))
    .where(eq(ruleSetVersions.ruleSetId, id))
    .orderBy(desc(ruleSetVersions.version));
  return rows.map((r) => ({
    version: r.version,
    origin: r.origin as RuleSetOrigin,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy ?? null,
    ...(r.effectiveFrom ? { effectiveFrom: r.effectiveFrom } : {}),
    ...(r.effectiveUntil ? { effectiveUntil: r.effectiveUntil } : {}),
  }));
}

export async function findPendingShipped(db: DbOrTx, id: string): Promise<RuleSet | null> {
  const rows = await db.select({ pending: ruleSets.pendingShipped }).from(ruleSets).where(eq(ruleSets.id, id)).limit(1);
  return rows[0]?.pending ?? null;
}
