import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { PlanDocument } from '#contracts/initiative.js';
import type { DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import { initiativeMembers, initiativePlans, initiativeShareLinks } from '#server/db/schema/initiative.js';

export interface PlanRow {
  id: string;
  ownerId: string;
  ownerName: string;
  title: string;
  template: string;
  document: PlanDocument;
  version: number;
  updatedAt: Date;
}

const planColumns = {
  id: initiativePlans.id,
  ownerId: initiativePlans.ownerId,
  ownerName: users.displayName,
  title: initiativePlans.title,
  template: initiativePlans.template,
  document: initiativePlans.document,
  version: initiativePlans.version,
  updatedAt: initiativePlans.updatedAt,
};

export async function insertPlan(
  db: DbOrTx,
  values: { ownerId: string; document: PlanDocument; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(initiativePlans)
    .values({
      ownerId: values.ownerId,
      title: values.document.title,
      template: values.document.template,
      document: values.document,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning({ id: initiativePlans.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRow | null> {
  const [row] = await db
    .select(planColumns)
    .from(initiativePlans)
    .innerJoin(users, eq(users.id, initiativePlans.ownerId))
    .where(eq(initiativePlans.id, id));
  return row ?? null;
}

/** The accepted membership of a user in a plan, if any. */
export async function findMembership(
  db: DbOrTx,
  planId: string,
  userId: string,
): Promise<'co-owner' | 'viewer' | null> {
  const [row] = await db
    .select({ role: initiativeMembers.role })
    .from(initiativeMembers)
    .where(and(eq(initiativeMembers.planId, planId), eq(initiativeMembers.userId, userId)));
  return (row?.role as 'co-owner' | 'viewer' | undefined) ?? null;
}

/** Plans a person owns or has accepted a membership in, newest change first. */
export async function listPlansFor(db: DbOrTx, userId: string) {
  return db
    .select({ ...planColumns, role: initiativeMembers.role })
    .from(initiativePlans)
    .innerJoin(users, eq(users.id, initiativePlans.ownerId))
    .leftJoin(
      initiativeMembers,
      and(eq(initiativeMembers.planId, initiativePlans.id), eq(initiativeMembers.userId, userId)),
    )
    .where(or(eq(initiativePlans.ownerId, userId), eq(initiativeMembers.userId, userId)))
    .orderBy(desc(initiativePlans.updatedAt))
    .limit(500);
}

/** Saves a new version if `version` is still the current one; false when someone saved in between. */
export async function updatePlan(
  db: DbOrTx,
  id: string,
  version: number,
  document: PlanDocument,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(initiativePlans)
    .set({ document, title: document.title, version: sql`${initiativePlans.version} + 1`, updatedAt: now })
    .where(and(eq(initiativePlans.id, id), eq(initiativePlans.version, version)))
    .returning({ id: initiativePlans.id });
  return rows.length === 1;
}

export async function deletePlan(db: DbOrTx, id: string): Promise<void> {
  await db.delete(initiativePlans).where(eq(initiativePlans.id, id));
}

export async function listMembers(db: DbOrTx, planId: string) {
  return db
    .select({
      id: initiativeMembers.id,
      email: initiativeMembers.email,
      role: initiativeMembers.role,
      acceptedAt: initiativeMembers.acceptedAt,
      name: users.displayName,
    })
    .from(initiativeMembers)
    .leftJoin(users, eq(users.id, initiativeMembers.userId))
    .where(eq(initiativeMembers.planId, planId))
    .orderBy(initiativeMembers.createdAt);
}

export async function insertMember(
  db: DbOrTx,
  values: { planId: string; email: string; role: 'co-owner' | 'viewer'; now: Date },
): Promise<string | null> {
  const rows = await db
    .insert(initiativeMembers)
    .values({ planId: values.planId, email: values.email, role: values.role, createdAt: values.now })
    .onConflictDoNothing()
    .returning({ id: initiativeMembers.id });
  return rows[0]?.id ?? null;
}

export async function deleteMember(db: DbOrTx, planId: string, memberId: string): Promise<boolean> {
  const rows = await db
    .delete(initiativeMembers)
    .where(and(eq(initiativeMembers.planId, planId), eq(initiativeMembers.id, memberId)))
    .returning({ id: initiativeMembers.id });
  return rows.length === 1;
}

export async function listPendingInvites(db: DbOrTx, email: string) {
  return db
    .select({
      id: initiativeMembers.id,
      planId: initiativeMembers.planId,
      role: initiativeMembers.role,
      planTitle: initiativePlans.title,
    })
    .from(initiativeMembers)
    .innerJoin(initiativePlans, eq(initiativePlans.id, initiativeMembers.planId))
    .where(and(sql`lower(${initiativeMembers.email}) = ${email.toLowerCase()}`, isNull(initiativeMembers.acceptedAt)))
    .orderBy(desc(initiativeMembers.createdAt));
}

/** Accepts an invitation addressed to `email`; returns the plan id, or null when there is none. */
export async function acceptInvite(
  db: DbOrTx,
  inviteId: string,
  email: string,
  userId: string,
  now: Date,
): Promise<string | null> {
  const rows = await db
    .update(initiativeMembers)
    .set({ userId, acceptedAt: now })
    .where(
      and(
        eq(initiativeMembers.id, inviteId),
        sql`lower(${initiativeMembers.email}) = ${email.toLowerCase()}`,
        isNull(initiativeMembers.acceptedAt),
      ),
    )
    .returning({ planId: initiativeMembers.planId });
  return rows[0]?.planId ?? null;
}

export async function liveShareLink(db: DbOrTx, planId: string) {
  const [row] = await db
    .select({ createdAt: initiativeShareLinks.createdAt })
    .from(initiativeShareLinks)
    .where(and(eq(initiativeShareLinks.planId, planId), isNull(initiativeShareLinks.revokedAt)));
  return row ?? null;
}

export async function revokeShareLinks(db: DbOrTx, planId: string, now: Date): Promise<void> {
  await db
    .update(initiativeShareLinks)
    .set({ revokedAt: now })
    .where(and(eq(initiativeShareLinks.planId, planId), isNull(initiativeShareLinks.revokedAt)));
}

export async function insertShareLink(db: DbOrTx, planId: string, tokenHash: string, now: Date): Promise<void> {
  await db.insert(initiativeShareLinks).values({ planId, tokenHash, createdAt: now });
}

export async function planIdForShareToken(db: DbOrTx, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .select({ planId: initiativeShareLinks.planId })
    .from(initiativeShareLinks)
    .where(and(eq(initiativeShareLinks.tokenHash, tokenHash), isNull(initiativeShareLinks.revokedAt)));
  return row?.planId ?? null;
}

/** A person's plans for their data export: the documents they own and the plans shared with them. */
export async function plansOwnedBy(db: DbOrTx, userId: string) {
  return db
    .select({ id: initiativePlans.id, document: initiativePlans.document, updatedAt: initiativePlans.updatedAt })
    .from(initiativePlans)
    .where(eq(initiativePlans.ownerId, userId));
}
