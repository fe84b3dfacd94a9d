import { and, asc, desc, eq, gte, inArray, isNotNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AuditAction, SupervisionStatus } from '#contracts/hours.js';
import type { DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import { type AuditDetails, hoursAuditEvents, hoursSupervisions } from '#server/db/schema/hours.js';

// All SQL of supervision agreements and the audit trail. Agreements are read by the trainee who owns them, by
// the supervisor they name, or (while invited) by the account whose email was invited; never by id alone.

export interface SupervisionRow {
  id: string;
  traineeId: string;
  traineeName: string;
  supervisorId: string | null;
  supervisorName: string | null;
  inviteEmail: string;
  status: SupervisionStatus;
  startDate: string;
  endDate: string | null;
  licenseType: string | null;
  licenseNumber: string | null;
  licenseJurisdiction: string | null;
  licenseExpires: string | null;
  licenseValidFrom: string | null;
  holdsSupervisorCredential: boolean | null;
  supervisorCredentialFrom: string | null;
  invitedAt: Date;
  respondedAt: Date | null;
}

const trainees = alias(users, 'trainees');

const supervisionColumns = {
  id: hoursSupervisions.id,
  traineeId: hoursSupervisions.traineeId,
  traineeName: trainees.displayName,
  supervisorId: hoursSupervisions.supervisorId,
  supervisorName: hoursSupervisions.supervisorName,
  inviteEmail: hoursSupervisions.inviteEmail,
  status: sql<SupervisionStatus>`${hoursSupervisions.status}`,
  startDate: hoursSupervisions.startDate,
  endDate: hoursSupervisions.endDate,
  licenseType: hoursSupervisions.licenseType,
  licenseNumber: hoursSupervisions.licenseNumber,
  licenseJurisdiction: hoursSupervisions.licenseJurisdiction,
  licenseExpires: hoursSupervisions.licenseExpires,
  licenseValidFrom: hoursSupervisions.licenseValidFrom,
  holdsSupervisorCredential: hoursSupervisions.holdsSupervisorCredential,
  supervisorCredentialFrom: hoursSupervisions.supervisorCredentialFrom,
  invitedAt: hoursSupervisions.invitedAt,
  respondedAt: hoursSupervisions.respondedAt,
};

function selectSupervisions(db: DbOrTx) {
  return db
    .select(supervisionColumns)
    .from(hoursSupervisions)
    .innerJoin(trainees, eq(trainees.id, hoursSupervisions.traineeId));
}

async function findOne(
  db: DbOrTx,
  where: SQL | undefined,
  forUpdate: boolean | undefined,
): Promise<SupervisionRow | null> {
  const query = selectSupervisions(db).where(where);
  const rows = forUpdate ? await query.for('update', { of: hoursSupervisions }) : await query;
  return rows[0] ?? null;
}

export async function listSupervisionsOfTrainee(db: DbOrTx, traineeId: string): Promise<SupervisionRow[]> {
  return selectSupervisions(db)
    .where(eq(hoursSupervisions.traineeId, traineeId))
    .orderBy(desc(hoursSupervisions.invitedAt), asc(hoursSupervisions.id));
}

export async function findSupervisionOfTrainee(
  db: DbOrTx,
  traineeId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SupervisionRow | null> {
  return findOne(db, and(eq(hoursSupervisions.traineeId, traineeId), eq(hoursSupervisions.id, id)), options.forUpdate);
}

/** Agreements a supervisor holds, of the given statuses (active and ended by default: removal ends access). */
export async function listSupervisionsOfSupervisor(
  db: DbOrTx,
  supervisorId: string,
  statuses: readonly SupervisionStatus[] = ['active', 'ended'],
): Promise<SupervisionRow[]> {
  return selectSupervisions(db)
    .where(and(eq(hoursSupervisions.supervisorId, supervisorId), inArray(hoursSupervisions.status, [...statuses])))
    .orderBy(asc(trainees.displayName), asc(hoursSupervisions.id));
}

export async function findSupervisionOfSupervisor(
  db: DbOrTx,
  supervisorId: string,
  id: string,
  options: { forUpdate?: boolean; statuses?: readonly SupervisionStatus[] } = {},
): Promise<SupervisionRow | null> {
  const statuses = options.statuses ?? ['active', 'ended'];
  return findOne(
    db,
    and(
      eq(hoursSupervisions.supervisorId, supervisorId),
      eq(hoursSupervisions.id, id),
      inArray(hoursSupervisions.status, [...statuses]),
    ),
    options.forUpdate,
  );
}

/**
 * Active agreements with a supervisor whose end date (or license expiry) falls between two dates, inclusive: what
 * the reminder sweep looks at.
 */
export async function listActiveSupervisionsDueBetween(
  db: DbOrTx,
  field: 'endDate' | 'licenseExpires',
  from: string,
  to: string,
): Promise<SupervisionRow[]> {
  const column = hoursSupervisions[field];
  return selectSupervisions(db)
    .where(
      and(
        eq(hoursSupervisions.status, 'active'),
        isNotNull(hoursSupervisions.supervisorId),
        gte(column, from),
        lte(column, to),
      ),
    )
    .orderBy(asc(hoursSupervisions.id));
}

/** Open invitations sent to an email address (case-insensitive). */
export async function listInvitationsForEmail(db: DbOrTx, email: string): Promise<SupervisionRow[]> {
  return selectSupervisions(db)
    .where(and(sql`lower(${hoursSupervisions.inviteEmail}) = lower(${email})`, eq(hoursSupervisions.status, 'invited')))
    .orderBy(asc(hoursSupervisions.invitedAt));
}

export async function findInvitationForEmail(
  db: DbOrTx,
  email: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SupervisionRow | null> {
  return findOne(
    db,
    and(
      eq(hoursSupervisions.id, id),
      sql`lower(${hoursSupervisions.inviteEmail}) = lower(${email})`,
      eq(hoursSupervisions.status, 'invited'),
    ),
    options.forUpdate,
  );
}

/** An open (invited or active) agreement of the trainee with this address, if any. */
export async function findOpenSupervisionByEmail(
  db: DbOrTx,
  traineeId: string,
  email: string,
): Promise<{ id: string } | null> {
  const rows = await db
    .select({ id: hoursSupervisions.id })
    .from(hoursSupervisions)
    .where(
      and(
        eq(hoursSupervisions.traineeId, traineeId),
        sql`lower(${hoursSupervisions.inviteEmail}) = lower(${email})`,
        inArray(hoursSupervisions.status, ['invited', 'active']),
      ),
    );
  return rows[0] ?? null;
}

export async function insertSupervision(
  db: DbOrTx,
  values: { traineeId: string; inviteEmail: string; startDate: string; endDate: string | null },
): Promise<string> {
  const rows = await db
    .insert(hoursSupervisions)
    .values({ ...values, status: 'invited' })
    .onConflictDoNothing()
    .returning({ id: hoursSupervisions.id });
  return rows[0]?.id ?? '';
}

export async function updateSupervision(
  db: DbOrTx,
  id: string,
  patch: Partial<{
    status: SupervisionStatus;
    supervisorId: string;
    supervisorName: string;
    startDate: string;
    endDate: string | null;
    licenseType: string;
    licenseNumber: string;
    licenseJurisdiction: string;
    licenseExpires: string;
    licenseValidFrom: string | null;
    holdsSupervisorCredential: boolean | null;
    supervisorCredentialFrom: string | null;
    respondedAt: Date;
  }>,
): Promise<void> {
  await db
    .update(hoursSupervisions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(hoursSupervisions.id, id));
}

// ---- Audit trail ----

export interface NewAuditEvent {
  traineeId: string;
  entryId: string | null;
  supervisionId: string | null;
  actorId: string;
  actorName: string;
  actorRole: 'trainee' | 'supervisor';
  action: AuditAction;
  details: AuditDetails;
}

export async function insertAuditEvents(db: DbOrTx, events: readonly NewAuditEvent[]): Promise<void> {
  const chunk = 2000;
  for (let i = 0; i < events.length; i += chunk) {
    await db.insert(hoursAuditEvents).values(events.slice(i, i + chunk));
  }
}

/** One "create" event per entry of an import, written by the database in one statement. */
export async function insertImportAuditEvents(
  db: DbOrTx,
  importId: string,
  actor: { id: string; name: string },
  summary: string,
): Promise<void> {
  await db.execute(sql`
    insert into hours_audit_events (trainee_id, entry_id, supervision_id, actor_id, actor_name, actor_role, action, details)
    select user_id, id, supervision_id, ${actor.id}::uuid, ${actor.name}::text, 'trainee', 'create',
      jsonb_build_object('summary', ${summary}::text || ': ' || to_char(entry_date, 'YYYY-MM-DD') || ', ' ||
        rtrim(to_char(minutes / 60.0, 'FM990.99'), '.') || ' h ' || category)
    from hours_entries where import_id = ${importId}::uuid`);
}

export interface AuditRow {
  id: number;
  createdAt: Date;
  action: AuditAction;
  actorName: string;
  actorRole: 'trainee' | 'supervisor';
  entryId: string | null;
  supervisionId: string | null;
  details: AuditDetails;
}

export async function listAuditEvents(
  db: DbOrTx,
  scope: { traineeId: string; supervisionIds?: readonly string[] },
  filter: { entryId?: string; before?: number; limit: number },
): Promise<AuditRow[]> {
  const conditions: SQL[] = [eq(hoursAuditEvents.traineeId, scope.traineeId)];
  if (scope.supervisionIds) {
    if (scope.supervisionIds.length === 0) return [];
    conditions.push(inArray(hoursAuditEvents.supervisionId, [...scope.supervisionIds]));
  }
  if (filter.entryId) conditions.push(eq(hoursAuditEvents.entryId, filter.entryId));
  if (filter.before) conditions.push(lt(hoursAuditEvents.id, filter.before));
  return db
    .select({
      id: hoursAuditEvents.id,
      createdAt: hoursAuditEvents.createdAt,
      action: sql<AuditAction>`${hoursAuditEvents.action}`,
      actorName: hoursAuditEvents.actorName,
      actorRole: sql<'trainee' | 'supervisor'>`${hoursAuditEvents.actorRole}`,
      entryId: hoursAuditEvents.entryId,
      supervisionId: hoursAuditEvents.supervisionId,
      details: hoursAuditEvents.details,
    })
    .from(hoursAuditEvents)
    .where(and(...conditions))
    .orderBy(desc(hoursAuditEvents.id))
    .limit(filter.limit);
}
