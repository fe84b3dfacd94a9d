import { and, asc, desc, eq, gte, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { ApplicationStatus, HoursStatus } from '#contracts/board.js';
import type { DbOrTx } from '#server/db/client.js';
import {
  type ApplicationAnswer,
  applicationMessages,
  boardReminders,
  opportunities,
  opportunityApplications,
  organizations,
  volunteerHours,
} from '#server/db/schema/board.js';
import { users } from '#server/db/schema/core.js';

export interface ApplicationRecord {
  id: string;
  status: string;
  answers: ApplicationAnswer[];
  note: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  decisionMessage: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstResponseAt: Date | null;
  applicantId: string;
  applicantName: string;
  opportunityId: string;
  opportunityTitle: string;
  opportunityKind: string;
  opportunityStatus: string;
  countsAsPlacement: boolean;
  organizationId: string;
  organizationName: string;
  isOverdue: boolean;
}

const applicationColumns = {
  id: opportunityApplications.id,
  status: opportunityApplications.status,
  answers: opportunityApplications.answers,
  note: opportunityApplications.note,
  contactEmail: opportunityApplications.contactEmail,
  contactPhone: opportunityApplications.contactPhone,
  decisionMessage: opportunityApplications.decisionMessage,
  createdAt: opportunityApplications.createdAt,
  updatedAt: opportunityApplications.updatedAt,
  firstResponseAt: opportunityApplications.firstResponseAt,
  applicantId: opportunityApplications.applicantId,
  applicantName: users.displayName,
  opportunityId: opportunities.id,
  opportunityTitle: opportunities.title,
  opportunityKind: opportunities.kind,
  opportunityStatus: opportunities.status,
  countsAsPlacement: opportunities.countsAsPlacement,
  organizationId: organizations.id,
  organizationName: organizations.name,
  isOverdue: sql<boolean>`(${boardReminders.applicationId} is not null and ${opportunityApplications.status} = 'new')`,
};

function selectApplications(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(applicationColumns)
    .from(opportunityApplications)
    .innerJoin(opportunities, eq(opportunities.id, opportunityApplications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .innerJoin(users, eq(users.id, opportunityApplications.applicantId))
    .leftJoin(boardReminders, eq(boardReminders.applicationId, opportunityApplications.id))
    .where(where);
}

/** An application as the organization's daily digest lists it: no answers, no applicant name. */
export interface DigestApplicationRow {
  id: string;
  applicantId: string;
  organizationId: string;
  organizationName: string;
  opportunityTitle: string;
  createdAt: Date;
}

/** Applications received in [from, to) and not withdrawn since, oldest first (the daily digest, ADR 0024). */
export async function listApplicationsReceivedBetween(
  db: DbOrTx,
  from: Date,
  to: Date,
): Promise<DigestApplicationRow[]> {
  return db
    .select({
      id: opportunityApplications.id,
      applicantId: opportunityApplications.applicantId,
      organizationId: organizations.id,
      organizationName: organizations.name,
      opportunityTitle: opportunities.title,
      createdAt: opportunityApplications.createdAt,
    })
    .from(opportunityApplications)
    .innerJoin(opportunities, eq(opportunities.id, opportunityApplications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(
      and(
        gte(opportunityApplications.createdAt, from),
        lt(opportunityApplications.createdAt, to),
        ne(opportunityApplications.status, 'withdrawn'),
      ),
    )
    .orderBy(asc(opportunityApplications.createdAt), asc(opportunityApplications.id));
}

/** Inserts an application; null when this person has already applied to this opportunity. */
export async function insertApplication(
  db: DbOrTx,
  values: {
    opportunityId: string;
    applicantId: string;
    answers: ApplicationAnswer[];
    note: string | null;
    contactEmail?: string | null;
    contactPhone?: string | null;
    createdAt?: Date;
    updatedAt?: Date;
  },
): Promise<string | null> {
  const rows = await db
    .insert(opportunityApplications)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: opportunityApplications.id });
  return rows[0]?.id ?? null;
}

export async function findApplication(db: DbOrTx, id: string): Promise<ApplicationRecord | null> {
  const rows = await selectApplications(db, eq(opportunityApplications.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findApplicationFor(
  db: DbOrTx,
  opportunityId: string,
  applicantId: string,
): Promise<{ id: string; status: string; createdAt: Date } | null> {
  const rows = await db
    .select({
      id: opportunityApplications.id,
      status: opportunityApplications.status,
      createdAt: opportunityApplications.createdAt,
    })
    .from(opportunityApplications)
    .where(
      and(
        eq(opportunityApplications.opportunityId, opportunityId),
        eq(opportunityApplications.applicantId, applicantId),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function listApplicantApplications(db: DbOrTx, applicantId: string): Promise<ApplicationRecord[]> {
  return selectApplications(db, eq(opportunityApplications.applicantId, applicantId)).orderBy(
    desc(opportunityApplications.createdAt),
  );
}

export async function listOrganizationApplications(
  db: DbOrTx,
  organizationId: string,
  filters: { statuses?: ApplicationStatus[] | undefined; opportunityId?: string | undefined },
): Promise<ApplicationRecord[]> {
  const where: SQL[] = [eq(opportunities.organizationId, organizationId)];
  if (filters.statuses?.length) where.push(inArray(opportunityApplications.status, filters.statuses));
  if (filters.opportunityId) where.push(eq(opportunities.id, filters.opportunityId));
  return selectApplications(db, and(...where)).orderBy(
    sql`case ${opportunityApplications.status} when 'new' then 0 when 'reviewing' then 1 when 'accepted' then 2 else 3 end`,
    asc(opportunityApplications.createdAt),
  );
}

export async function listOpportunityIdsAppliedBy(db: DbOrTx, applicantId: string): Promise<string[]> {
  const rows = await db
    .select({ id: opportunityApplications.opportunityId })
    .from(opportunityApplications)
    .where(eq(opportunityApplications.applicantId, applicantId));
  return rows.map((r) => r.id);
}

/**
 * Moves an application on only if it is still in `from` (a conditional update, so two people
 * acting at once cannot both succeed). The first move by the organization stamps first_response_at.
 */
export async function moveApplication(
  db: DbOrTx,
  id: string,
  from: ApplicationStatus,
  to: ApplicationStatus,
  options: { decisionMessage?: string | null; byOrganization: boolean; now: Date },
): Promise<boolean> {
  const isDecision = to === 'accepted' || to === 'declined';
  const rows = await db
    .update(opportunityApplications)
    .set({
      status: to,
      updatedAt: options.now,
      ...(options.byOrganization
        ? {
            firstResponseAt: sql`coalesce(${opportunityApplications.firstResponseAt}, ${options.now.toISOString()}::timestamptz)`,
          }
        : {}),
      ...(isDecision ? { decidedAt: options.now, decisionMessage: options.decisionMessage ?? null } : {}),
      ...(to === 'withdrawn' ? { withdrawnAt: options.now } : {}),
    })
    .where(and(eq(opportunityApplications.id, id), eq(opportunityApplications.status, from)))
    .returning({ id: opportunityApplications.id });
  return rows.length > 0;
}

export async function sumHoursByApplication(
  db: DbOrTx,
  applicationIds: string[],
): Promise<Map<string, Record<HoursStatus, number>>> {
  const sums = new Map<string, Record<HoursStatus, number>>();
  if (applicationIds.length === 0) return sums;
  const rows = await db
    .select({
      applicationId: volunteerHours.applicationId,
      status: volunteerHours.status,
      hours: sql<number | string>`sum(${volunteerHours.hours})`,
    })
    .from(volunteerHours)
    .where(inArray(volunteerHours.applicationId, applicationIds))
    .groupBy(volunteerHours.applicationId, volunteerHours.status);
  for (const row of rows) {
    const entry = sums.get(row.applicationId) ?? { pending: 0, confirmed: 0, rejected: 0 };
    entry[row.status as HoursStatus] = Number(row.hours);
    sums.set(row.applicationId, entry);
  }
  return sums;
}

// ---------- volunteer hours ----------

const hoursColumns = {
  id: volunteerHours.id,
  applicationId: volunteerHours.applicationId,
  date: volunteerHours.workDate,
  hours: volunteerHours.hours,
  description: volunteerHours.description,
  status: volunteerHours.status,
  reviewNote: volunteerHours.reviewNote,
  reviewedAt: volunteerHours.reviewedAt,
  createdAt: volunteerHours.createdAt,
};

export interface HoursRecord {
  id: string;
  applicationId: string;
  date: string;
  hours: number;
  description: string;
  status: string;
  reviewNote: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

export async function insertHours(
  db: DbOrTx,
  values: { applicationId: string; workDate: string; hours: number; description: string },
): Promise<HoursRecord> {
  const [row] = await db.insert(volunteerHours).values(values).returning(hoursColumns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function listHours(db: DbOrTx, applicationId: string): Promise<HoursRecord[]> {
  return db
    .select(hoursColumns)
    .from(volunteerHours)
    .where(eq(volunteerHours.applicationId, applicationId))
    .orderBy(desc(volunteerHours.workDate), desc(volunteerHours.createdAt));
}

export async function findHours(
  db: DbOrTx,
  id: string,
): Promise<(HoursRecord & { applicantId: string; organizationId: string }) | null> {
  const rows = await db
    .select({
      ...hoursColumns,
      applicantId: opportunityApplications.applicantId,
      organizationId: opportunities.organizationId,
    })
    .from(volunteerHours)
    .innerJoin(opportunityApplications, eq(opportunityApplications.id, volunteerHours.applicationId))
    .innerJoin(opportunities, eq(opportunities.id, opportunityApplications.opportunityId))
    .where(eq(volunteerHours.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** Confirms or rejects an entry that is still pending; false when it was already reviewed. */
export async function reviewHours(
  db: DbOrTx,
  id: string,
  values: { status: 'confirmed' | 'rejected'; reviewNote: string | null; reviewedBy: string; now: Date },
): Promise<HoursRecord | null> {
  const rows = await db
    .update(volunteerHours)
    .set({
      status: values.status,
      reviewNote: values.reviewNote,
      reviewedBy: values.reviewedBy,
      reviewedAt: values.now,
    })
    .where(and(eq(volunteerHours.id, id), eq(volunteerHours.status, 'pending')))
    .returning(hoursColumns);
  return rows[0] ?? null;
}

export async function deletePendingHours(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .delete(volunteerHours)
    .where(and(eq(volunteerHours.id, id), eq(volunteerHours.status, 'pending')))
    .returning({ id: volunteerHours.id });
  return rows.length > 0;
}

export async function listPendingHoursForOrganization(
  db: DbOrTx,
  organizationId: string,
): Promise<
  (HoursRecord & { applicantId: string; applicantName: string; opportunityId: string; opportunityTitle: string })[]
> {
  return db
    .select({
      ...hoursColumns,
      applicantId: opportunityApplications.applicantId,
      applicantName: users.displayName,
      opportunityId: opportunities.id,
      opportunityTitle: opportunities.title,
    })
    .from(volunteerHours)
    .innerJoin(opportunityApplications, eq(opportunityApplications.id, volunteerHours.applicationId))
    .innerJoin(opportunities, eq(opportunities.id, opportunityApplications.opportunityId))
    .innerJoin(users, eq(users.id, opportunityApplications.applicantId))
    .where(and(eq(opportunities.organizationId, organizationId), eq(volunteerHours.status, 'pending')))
    .orderBy(asc(volunteerHours.workDate), asc(volunteerHours.createdAt));
}

export interface ConfirmedHoursRow {
  opportunityId: string;
  title: string;
  kind: string;
  countsAsPlacement: boolean;
  placementLicense: string | null;
  hasLicensedSupervisor: boolean;
  organizationId: string;
  organizationName: string;
  hours: number;
  firstDate: string;
  lastDate: string;
  entries: number;
}

/** A person's confirmed hours, summed per opportunity. */
export async function sumConfirmedHours(db: DbOrTx, userId: string): Promise<ConfirmedHoursRow[]> {
  const rows = await db
    .select({
      opportunityId: opportunities.id,
      title: opportunities.title,
      kind: opportunities.kind,
      countsAsPlacement: opportunities.countsAsPlacement,
      placementLicense: opportunities.placementLicense,
      hasLicensedSupervisor: opportunities.hasLicensedSupervisor,
      organizationId: organizations.id,
      organizationName: organizations.name,
      hours: sql<number | string>`sum(${volunteerHours.hours})`,
      firstDate: sql<string>`min(${volunteerHours.workDate})::text`,
      lastDate: sql<string>`max(${volunteerHours.workDate})::text`,
      entries: sql<number | string>`count(*)`,
    })
    .from(volunteerHours)
    .innerJoin(opportunityApplications, eq(opportunityApplications.id, volunteerHours.applicationId))
    .innerJoin(opportunities, eq(opportunities.id, opportunityApplications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(and(eq(opportunityApplications.applicantId, userId), eq(volunteerHours.status, 'confirmed')))
    .groupBy(opportunities.id, organizations.id)
    .orderBy(sql`max(${volunteerHours.workDate}) desc`);
  return rows.map((r) => ({ ...r, hours: Number(r.hours), entries: Number(r.entries) }));
}

/** Every confirmed entry of a person on listings that count as supervised field experience. */
export async function listConfirmedPlacementEntries(
  db: DbOrTx,
  userId: string,
): Promise<
  {
    id: string;
    date: string;
    hours: number;
    description: string;
    confirmedAt: Date | null;
    opportunityId: string;
    opportunityTitle: string;
    placementLicense: string | null;
    hasLicensedSupervisor: boolean;
    organizationName: string;
  }[]
> {
  return db
    .select({
      id: volunteerHours.id,
      date: volunteerHours.workDate,
      hours: volunteerHours.hours,
      description: volunteerHours.description,
      confirmedAt: volunteerHours.reviewedAt,
      opportunityId: opportunities.id,
      opportunityTitle: opportunities.title,
      placementLicense: opportunities.placementLicense,
      hasLicensedSupervisor: opportunities.hasLicensedSupervisor,
      organizationName: organizations.name,
    })
    .from(volunteerHours)
    .innerJoin(opportunityApplications, eq(opportunityApplications.id, volunteerHours.applicationId))
    .innerJoin(opportunities, eq(opportunities.id, opportunityApplications.opportunityId))
    .innerJoin(organizations, eq(organizations.id, opportunities.organizationId))
    .where(
      and(
        eq(opportunityApplications.applicantId, userId),
        eq(volunteerHours.status, 'confirmed'),
        eq(opportunities.countsAsPlacement, true),
      ),
    )
    .orderBy(asc(volunteerHours.workDate), asc(volunteerHours.createdAt));
}

// ---------- messages ----------

export interface ApplicationMessageRecord {
  id: string;
  authorId: string | null;
  authorName: string | null;
  fromOrganization: boolean;
  body: string;
  createdAt: Date;
}

/** The thread of one application, oldest first. */
export async function listMessages(db: DbOrTx, applicationId: string): Promise<ApplicationMessageRecord[]> {
  return db
    .select({
      id: applicationMessages.id,
      authorId: applicationMessages.authorId,
      authorName: users.displayName,
      fromOrganization: applicationMessages.fromOrganization,
      body: applicationMessages.body,
      createdAt: applicationMessages.createdAt,
    })
    .from(applicationMessages)
    .leftJoin(users, eq(users.id, applicationMessages.authorId))
    .where(eq(applicationMessages.applicationId, applicationId))
    .orderBy(asc(applicationMessages.createdAt), asc(applicationMessages.id));
}

export async function insertMessage(
  db: DbOrTx,
  // created_at is the database's transaction time: two messages in one frozen test clock still keep their order.
  values: { applicationId: string; authorId: string; fromOrganization: boolean; body: string },
): Promise<string> {
  const rows = await db.insert(applicationMessages).values(values).returning({ id: applicationMessages.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('insert into application_messages returned no row');
  return id;
}
