import type {
  ExperienceRecord,
  HoursEntry,
  HoursStatus,
  LogHoursBody,
  OpportunityKind,
  ReviewHoursBody,
} from '#contracts/board.js';
import { utcDate } from '#domain/board/board-rules.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import * as repo from './applications.repository.js';
import * as orgRepo from './organizations.repository.js';
import { type Actor, assertMember } from './organizations.service.js';

function toEntry(record: repo.HoursRecord): HoursEntry {
  return {
    id: record.id,
    applicationId: record.applicationId,
    date: record.date,
    hours: record.hours,
    description: record.description,
    status: record.status as HoursStatus,
    reviewNote: record.reviewNote,
    reviewedAt: record.reviewedAt ? record.reviewedAt.toISOString() : null,
    createdAt: record.createdAt.toISOString(),
  };
}

/** The application, if the actor is its applicant or a member of its organization; else 404. */
async function loadApplication(db: DbOrTx, actor: Actor, applicationId: string) {
  const record = await repo.findApplication(db, applicationId);
  if (record) {
    const isApplicant = record.applicantId === actor.id;
    const isMember = isApplicant ? false : await orgRepo.isMember(db, record.organizationId, actor.id);
    if (isApplicant || isMember) return { record, isApplicant };
  }
  throw new AppError('NOT_FOUND', `No application with id ${applicationId}.`);
}

export async function logHours(
  db: DbOrTx,
  actor: Actor,
  applicationId: string,
  body: LogHoursBody,
  now: Date = new Date(),
): Promise<HoursEntry> {
  const { record, isApplicant } = await loadApplication(db, actor, applicationId);
  if (!isApplicant) throw new AppError('FORBIDDEN', 'Only the volunteer can log their own hours.');
  if (record.status !== 'accepted') {
    throw new AppError('CONFLICT', 'Hours can be logged once the organization has accepted your application.');
  }
  if (body.date > utcDate(now)) {
    throw new AppError('BAD_REQUEST', 'Invalid body.date: hours cannot be logged for a day that has not come yet.', [
      { path: 'body.date', message: 'is in the future' },
    ]);
  }
  if (body.date < utcDate(record.createdAt)) {
    throw new AppError('BAD_REQUEST', 'Invalid body.date: that day is before you applied.', [
      { path: 'body.date', message: 'is before the day you applied' },
    ]);
  }
  return toEntry(
    await repo.insertHours(db, {
      applicationId,
      workDate: body.date,
      hours: body.hours,
      description: body.description,
    }),
  );
}

export async function listHours(db: DbOrTx, actor: Actor, applicationId: string): Promise<{ items: HoursEntry[] }> {
  await loadApplication(db, actor, applicationId);
  return { items: (await repo.listHours(db, applicationId)).map(toEntry) };
}

async function loadEntry(db: DbOrTx, actor: Actor, id: string) {
  const entry = await repo.findHours(db, id);
  if (entry) {
    const isApplicant = entry.applicantId === actor.id;
    const isMember = await orgRepo.isMember(db, entry.organizationId, actor.id);
    if (isApplicant || isMember) return { entry, isApplicant, isMember };
  }
  throw new AppError('NOT_FOUND', `No hours entry with id ${id}.`);
}

export async function reviewHours(
  db: DbOrTx,
  actor: Actor,
  id: string,
  body: ReviewHoursBody,
  now: Date = new Date(),
): Promise<HoursEntry> {
  const { entry, isMember } = await loadEntry(db, actor, id);
  if (!isMember) throw new AppError('FORBIDDEN', 'Only the organization can confirm or reject hours.');
  const reviewed = await repo.reviewHours(db, id, {
    status: body.status,
    reviewNote: body.note ?? null,
    reviewedBy: actor.id,
    now,
  });
  if (!reviewed) throw new AppError('CONFLICT', `These hours were already ${entry.status}.`);
  return toEntry(reviewed);
}

export async function deleteHours(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  const { entry, isApplicant } = await loadEntry(db, actor, id);
  if (!isApplicant) throw new AppError('FORBIDDEN', 'Only the volunteer can remove their own entry.');
  if (!(await repo.deletePendingHours(db, id))) {
    throw new AppError('CONFLICT', `These hours were already ${entry.status}; reviewed entries stay on the record.`);
  }
}

export async function listPendingHours(db: DbOrTx, actor: Actor, organizationId: string) {
  await assertMember(db, organizationId, actor, 'review hours');
  const rows = await repo.listPendingHoursForOrganization(db, organizationId);
  return {
    items: rows.map((r) => ({
      ...toEntry(r),
      applicant: { id: r.applicantId, displayName: r.applicantName },
      opportunity: { id: r.opportunityId, title: r.opportunityTitle },
    })),
  };
}

/** The person's record: confirmed hours per opportunity (GET /api/me/experience). */
export async function getExperienceRecord(db: DbOrTx, userId: string): Promise<ExperienceRecord> {
  const rows = await repo.sumConfirmedHours(db, userId);
  const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  return {
    items: rows.map((r) => ({
      opportunity: {
        id: r.opportunityId,
        title: r.title,
        kind: r.kind as OpportunityKind,
        countsAsPlacement: r.countsAsPlacement,
        placementLicense: r.placementLicense,
        hasLicensedSupervisor: r.hasLicensedSupervisor,
      },
      organization: { id: r.organizationId, name: r.organizationName },
      confirmedHours: r.hours,
      firstDate: r.firstDate,
      lastDate: r.lastDate,
      entries: r.entries,
    })),
    totalConfirmedHours: sum(rows.map((r) => r.hours)),
    placementHours: sum(rows.filter((r) => r.countsAsPlacement).map((r) => r.hours)),
  };
}

/** One confirmed entry from a placement that counts as supervised field experience. */
export interface ConfirmedPlacementHours {
  /** The volunteer_hours id: stable, so an importer can skip entries it already pulled. */
  id: string;
  date: string;
  hours: number;
  description: string;
  confirmedAt: string | null;
  opportunityId: string;
  opportunityTitle: string;
  organizationName: string;
  /** The license the placement said it can count toward, if it named one. */
  placementLicense: string | null;
  hasLicensedSupervisor: boolean;
}

/**
 * For the supervised hours log (issue 5): every hours entry the organization confirmed on a
 * listing marked "counts as supervised field experience", oldest first. Read-only; the hours log
 * decides how to categorize and verify them.
 */
export async function listConfirmedPlacementHours(db: DbOrTx, userId: string): Promise<ConfirmedPlacementHours[]> {
  const rows = await repo.listConfirmedPlacementEntries(db, userId);
  return rows.map((r) => ({ ...r, confirmedAt: r.confirmedAt ? r.confirmedAt.toISOString() : null }));
}
