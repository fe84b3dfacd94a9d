import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ResponseTime } from '#contracts/board.js';
import type { DbOrTx } from '#server/db/client.js';
import {
  boardReminders,
  opportunities,
  opportunityApplications,
  organizationInvites,
  organizationMembers,
  organizations,
} from '#server/db/schema/board.js';
import { users } from '#server/db/schema/core.js';

export type OrganizationInsert = typeof organizations.$inferInsert;

const organizationColumns = {
  id: organizations.id,
  name: organizations.name,
  mission: organizations.mission,
  causes: organizations.causes,
  location: organizations.location,
  website: organizations.website,
  createdAt: organizations.createdAt,
};

export interface OrganizationRecord {
  id: string;
  name: string;
  mission: string;
  causes: string[];
  location: string;
  website: string | null;
  createdAt: Date;
}

export async function insertOrganization(db: DbOrTx, values: OrganizationInsert): Promise<OrganizationRecord> {
  const [row] = await db.insert(organizations).values(values).returning(organizationColumns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateOrganization(db: DbOrTx, id: string, values: Partial<OrganizationInsert>): Promise<void> {
  await db
    .update(organizations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organizations.id, id));
}

export async function findOrganization(db: DbOrTx, id: string): Promise<OrganizationRecord | null> {
  const rows = await db.select(organizationColumns).from(organizations).where(eq(organizations.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function addMember(db: DbOrTx, organizationId: string, userId: string): Promise<void> {
  await db.insert(organizationMembers).values({ organizationId, userId }).onConflictDoNothing();
}

export async function isMember(db: DbOrTx, organizationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
    .limit(1);
  return rows.length > 0;
}

export async function listMembers(
  db: DbOrTx,
  organizationId: string,
): Promise<{ userId: string; displayName: string; email: string; joinedAt: Date }[]> {
  return db
    .select({
      userId: organizationMembers.userId,
      displayName: users.displayName,
      email: users.email,
      joinedAt: organizationMembers.joinedAt,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(asc(organizationMembers.joinedAt));
}

export async function listMemberOrganizations(db: DbOrTx, userId: string): Promise<OrganizationRecord[]> {
  return db
    .select(organizationColumns)
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizations.name));
}

/** Creates a pending invitation; returns null when one is already pending for that email. */
export async function insertInvite(
  db: DbOrTx,
  values: { organizationId: string; email: string; invitedBy: string },
): Promise<{ id: string; email: string; createdAt: Date } | null> {
  const rows = await db.insert(organizationInvites).values(values).onConflictDoNothing().returning({
    id: organizationInvites.id,
    email: organizationInvites.email,
    createdAt: organizationInvites.createdAt,
  });
  return rows[0] ?? null;
}

export async function listPendingInvites(
  db: DbOrTx,
  organizationId: string,
): Promise<{ id: string; email: string; createdAt: Date }[]> {
  return db
    .select({ id: organizationInvites.id, email: organizationInvites.email, createdAt: organizationInvites.createdAt })
    .from(organizationInvites)
    .where(and(eq(organizationInvites.organizationId, organizationId), isNull(organizationInvites.acceptedAt)))
    .orderBy(asc(organizationInvites.createdAt));
}

export async function listInvitesForEmail(
  db: DbOrTx,
  email: string,
): Promise<{ id: string; organizationId: string; organizationName: string; createdAt: Date }[]> {
  return db
    .select({
      id: organizationInvites.id,
      organizationId: organizations.id,
      organizationName: organizations.name,
      createdAt: organizationInvites.createdAt,
    })
    .from(organizationInvites)
    .innerJoin(organizations, eq(organizations.id, organizationInvites.organizationId))
    .where(
      and(sql`lower(${organizationInvites.email}) = ${email.toLowerCase()}`, isNull(organizationInvites.acceptedAt)),
    )
    .orderBy(desc(organizationInvites.createdAt));
}

export interface InviteRecord {
  id: string;
  email: string;
  organizationId: string;
  organizationName: string;
  createdAt: Date;
  acceptedAt: Date | null;
}

/** One invitation by id, pending or accepted, with its organization's name (null once withdrawn or unknown). */
export async function findInvite(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<InviteRecord | null> {
  const query = db
    .select({
      id: organizationInvites.id,
      email: organizationInvites.email,
      organizationId: organizations.id,
      organizationName: organizations.name,
      createdAt: organizationInvites.createdAt,
      acceptedAt: organizationInvites.acceptedAt,
    })
    .from(organizationInvites)
    .innerJoin(organizations, eq(organizations.id, organizationInvites.organizationId))
    .where(eq(organizationInvites.id, id));
  const rows = options.forUpdate ? await query.for('update', { of: organizationInvites }) : await query;
  return rows[0] ?? null;
}

/** Marks a pending invitation for `email` accepted; returns its organization, or null if there is none. */
export async function acceptInvite(db: DbOrTx, id: string, email: string, now: Date): Promise<string | null> {
  const rows = await db
    .update(organizationInvites)
    .set({ acceptedAt: now })
    .where(
      and(
        eq(organizationInvites.id, id),
        sql`lower(${organizationInvites.email}) = ${email.toLowerCase()}`,
        isNull(organizationInvites.acceptedAt),
      ),
    )
    .returning({ organizationId: organizationInvites.organizationId });
  return rows[0]?.organizationId ?? null;
}

/**
 * Each organization's name and typical response time: the median hours from an application to
 * the organization's first status change, over every application it has answered.
 */
export async function findOrganizationFacts(
  db: DbOrTx,
  organizationIds: string[],
): Promise<Map<string, { name: string; responseTime: ResponseTime }>> {
  const facts = new Map<string, { name: string; responseTime: ResponseTime }>();
  const ids = [...new Set(organizationIds)];
  if (ids.length === 0) return facts;
  const answered = db
    .select({
      organizationId: opportunities.organizationId,
      medianHours: sql<
        number | string | null
      >`percentile_cont(0.5) within group (order by extract(epoch from (${opportunityApplications.firstResponseAt} - ${opportunityApplications.createdAt})) / 3600.0)`.as(
        'median_hours',
      ),
      sampleSize: sql<number | string>`count(*)`.as('sample_size'),
    })
    .from(opportunityApplications)
    .innerJoin(opportunities, eq(opportunities.id, opportunityApplications.opportunityId))
    .where(and(inArray(opportunities.organizationId, ids), sql`${opportunityApplications.firstResponseAt} is not null`))
    .groupBy(opportunities.organizationId)
    .as('answered');
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      medianHours: answered.medianHours,
      sampleSize: answered.sampleSize,
    })
    .from(organizations)
    .leftJoin(answered, eq(answered.organizationId, organizations.id))
    .where(inArray(organizations.id, ids));
  for (const row of rows) {
    const median = row.medianHours === null ? null : Math.round(Number(row.medianHours) * 10) / 10;
    facts.set(row.id, {
      name: row.name,
      responseTime: { medianHours: median, sampleSize: row.sampleSize === null ? 0 : Number(row.sampleSize) },
    });
  }
  return facts;
}

/** Each organization's typical response time (see findOrganizationFacts). */
export async function findResponseTimes(db: DbOrTx, organizationIds: string[]): Promise<Map<string, ResponseTime>> {
  const facts = await findOrganizationFacts(db, organizationIds);
  return new Map([...facts].map(([id, f]) => [id, f.responseTime]));
}

/** Reminders still worth showing: the application is still waiting in "new". */
export async function countOpenReminders(db: DbOrTx, organizationIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (organizationIds.length === 0) return counts;
  const rows = await db
    .select({ organizationId: boardReminders.organizationId, n: sql<number | string>`count(*)` })
    .from(boardReminders)
    .innerJoin(opportunityApplications, eq(opportunityApplications.id, boardReminders.applicationId))
    .where(and(inArray(boardReminders.organizationId, organizationIds), eq(opportunityApplications.status, 'new')))
    .groupBy(boardReminders.organizationId);
  for (const row of rows) counts.set(row.organizationId, Number(row.n));
  return counts;
}
