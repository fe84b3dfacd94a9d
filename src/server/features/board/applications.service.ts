import type {
  Application,
  ApplicationList,
  ApplicationMessageList,
  ApplicationStatus,
  ApplyBody,
  OpportunityKind,
  OpportunityStatus,
  PostApplicationMessageBody,
  UpdateApplicationStatusBody,
} from '#contracts/board.js';
import { organizationMoveProblem, withdrawProblem } from '#domain/board/board-rules.js';
import { formatDay, todayUtc } from '#domain/calendar-date.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { type NoticeContext, queueNotice } from '#server/mail/notices.js';
import { applicationDecisionMail, applicationMessageMail } from '#server/mail/templates/board-mail.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import { findUserById } from '#server/users/users.repository.js';
import * as repo from './applications.repository.js';
import { sweepBoard } from './board-sweep.service.js';
import * as opportunityRepo from './opportunities.repository.js';
import * as orgRepo from './organizations.repository.js';
import { type Actor, assertMember } from './organizations.service.js';

const NO_HOURS = { pending: 0, confirmed: 0, rejected: 0 };

async function toApplications(db: DbOrTx, records: repo.ApplicationRecord[]): Promise<Application[]> {
  const hours = await repo.sumHoursByApplication(
    db,
    records.map((r) => r.id),
  );
  return records.map((r) => ({
    id: r.id,
    status: r.status as ApplicationStatus,
    opportunity: {
      id: r.opportunityId,
      title: r.opportunityTitle,
      kind: r.opportunityKind as OpportunityKind,
      status: r.opportunityStatus as OpportunityStatus,
      countsAsPlacement: r.countsAsPlacement,
      organization: { id: r.organizationId, name: r.organizationName },
    },
    applicant: { id: r.applicantId, displayName: r.applicantName },
    answers: r.answers,
    note: r.note,
    contact: { email: r.contactEmail, phone: r.contactPhone },
    decisionMessage: r.decisionMessage,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    firstResponseAt: r.firstResponseAt ? r.firstResponseAt.toISOString() : null,
    hours: hours.get(r.id) ?? NO_HOURS,
    isOverdue: Boolean(r.isOverdue),
  }));
}

async function toApplication(db: DbOrTx, record: repo.ApplicationRecord): Promise<Application> {
  const [application] = await toApplications(db, [record]);
  if (!application) throw new AppError('NOT_FOUND', `No application with id ${record.id}.`);
  return application;
}

/**
 * Loads an application for its applicant or a member of the organization it was sent to.
 * Anyone else gets the same 404 as for an id that does not exist, so ids reveal nothing.
 */
async function loadVisible(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<{ record: repo.ApplicationRecord; isApplicant: boolean; isMember: boolean }> {
  const record = await repo.findApplication(db, id);
  if (record) {
    const isApplicant = record.applicantId === actor.id;
    const isMember = await orgRepo.isMember(db, record.organizationId, actor.id);
    if (isApplicant || isMember) return { record, isApplicant, isMember };
  }
  throw new AppError('NOT_FOUND', `No application with id ${id}.`);
}

/** A notice to the applicant about their own application, at the address of their account. */
async function noticeApplicant(
  tx: DbOrTx,
  mail: NoticeContext,
  record: repo.ApplicationRecord,
  source: (displayName: string) => ReturnType<typeof applicationDecisionMail>,
) {
  const applicant = await findUserById(tx, record.applicantId);
  if (!applicant) return;
  await queueNotice(tx, mail, {
    topic: 'application-update',
    kind: 'application-update',
    to: applicant.email,
    userId: applicant.id,
    source: source(applicant.displayName),
  });
}

export async function applyToOpportunity(
  db: DbOrTx,
  actor: Actor,
  opportunityId: string,
  body: ApplyBody,
  mail: NoticeContext,
): Promise<Application> {
  const opportunity = await opportunityRepo.findOpportunity(db, opportunityId);
  if (!opportunity || opportunity.status === 'draft') {
    throw new AppError('NOT_FOUND', `No opportunity with id ${opportunityId}.`);
  }
  if (opportunity.status !== 'open') {
    throw new AppError('CONFLICT', `“${opportunity.title}” is closed and no longer takes applications.`);
  }
  const existing = await repo.findApplicationFor(db, opportunityId, actor.id);
  if (existing) {
    throw new AppError(
      'CONFLICT',
      `You already applied to “${opportunity.title}” on ${formatDay(todayUtc(existing.createdAt))} (status: ${existing.status}). One application per opportunity.`,
    );
  }
  if (body.answers.length > opportunity.questions.length) {
    throw new AppError('BAD_REQUEST', 'There are more answers than the listing has questions.', [
      { path: 'body.answers', message: `must hold ${opportunity.questions.length} answers, one per question` },
    ]);
  }
  const missing = opportunity.questions.flatMap((question, index) =>
    (body.answers[index] ?? '').trim() === ''
      ? [{ path: `body.answers.${index}`, message: `is required: ${question}` }]
      : [],
  );
  if (missing.length) {
    throw new AppError('BAD_REQUEST', `Please answer every question (${missing.length} unanswered).`, missing);
  }
  // The members hear of it in the organization's daily digest (application-digest.service.ts), not one mail each.
  const record = await db.transaction(async (tx) => {
    const id = await repo.insertApplication(tx, {
      opportunityId,
      applicantId: actor.id,
      answers: opportunity.questions.map((question, index) => ({ question, answer: body.answers[index] ?? '' })),
      note: body.note ?? null,
      // Shared only when the applicant says so; the organization sees them from now on.
      contactEmail: body.shareEmail ? actor.email : null,
      contactPhone: body.phone ?? null,
      // The app's clock, not the database's: the digest's days follow it (and tests move it).
      createdAt: mail.now,
      updatedAt: mail.now,
    });
    if (!id) {
      throw new AppError('CONFLICT', `You already applied to “${opportunity.title}”. One application per opportunity.`);
    }
    const inserted = await repo.findApplication(tx, id);
    if (!inserted) throw new AppError('NOT_FOUND', `No application with id ${id}.`);
    return inserted;
  });
  return toApplication(db, record);
}

export async function getApplication(db: DbOrTx, actor: Actor, id: string): Promise<Application> {
  const { record } = await loadVisible(db, actor, id);
  return toApplication(db, record);
}

export async function listMyApplications(db: DbOrTx, actor: Actor): Promise<ApplicationList> {
  return { items: await toApplications(db, await repo.listApplicantApplications(db, actor.id)) };
}

export async function listOrganizationApplications(
  db: DbOrTx,
  actor: Actor,
  organizationId: string,
  filters: { status?: ApplicationStatus[] | undefined; opportunityId?: string | undefined },
  now: Date = new Date(),
): Promise<ApplicationList> {
  await assertMember(db, organizationId, actor, 'see its applications');
  // Reminders are part of what this list shows: bring them up to date first.
  await sweepBoard(db, now);
  const records = await repo.listOrganizationApplications(db, organizationId, {
    statuses: filters.status,
    opportunityId: filters.opportunityId,
  });
  return { items: await toApplications(db, records) };
}

export async function updateApplicationStatus(
  db: DbOrTx,
  actor: Actor,
  id: string,
  body: UpdateApplicationStatusBody,
  mail: NoticeContext,
): Promise<Application> {
  const { record, isMember } = await loadVisible(db, actor, id);
  if (!isMember) {
    throw new AppError('FORBIDDEN', `Only members of ${record.organizationName} can move this application on.`);
  }
  const from = record.status as ApplicationStatus;
  const problem = organizationMoveProblem(from, body.status);
  if (problem) throw new AppError('CONFLICT', problem);
  await db.transaction(async (tx) => {
    const isMoved = await repo.moveApplication(tx, id, from, body.status, {
      decisionMessage: body.message ?? null,
      byOrganization: true,
      now: mail.now,
    });
    if (!isMoved) throw new AppError('CONFLICT', 'The application changed meanwhile. Reload and try again.');
    // The applicant hears of it unless they are the member who moved it.
    if (record.applicantId !== actor.id) {
      await noticeApplicant(tx, mail, record, (displayName) =>
        applicationDecisionMail({
          displayName,
          organizationName: record.organizationName,
          opportunityTitle: record.opportunityTitle,
          status: body.status,
          url: linkTo(mail.env, `/opportunities/${record.opportunityId}`),
        }),
      );
    }
  });
  return getApplication(db, actor, id);
}

export async function withdrawApplication(
  db: DbOrTx,
  actor: Actor,
  id: string,
  now: Date = new Date(),
): Promise<Application> {
  const { record, isApplicant } = await loadVisible(db, actor, id);
  if (!isApplicant) throw new AppError('FORBIDDEN', 'Only the applicant can withdraw an application.');
  const from = record.status as ApplicationStatus;
  const problem = withdrawProblem(from);
  if (problem) throw new AppError('CONFLICT', problem);
  const isMoved = await repo.moveApplication(db, id, from, 'withdrawn', { byOrganization: false, now });
  if (!isMoved) throw new AppError('CONFLICT', 'The application changed meanwhile. Reload and try again.');
  return getApplication(db, actor, id);
}

// ---------- the thread between the organization and the applicant ----------

function toMessages(records: repo.ApplicationMessageRecord[], viewerId: string): ApplicationMessageList {
  return {
    items: records.map((m) => ({
      id: m.id,
      from: m.fromOrganization ? 'organization' : 'applicant',
      authorName: m.authorName,
      isMine: m.authorId === viewerId,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
  };
}

/** The thread, oldest first: for the applicant and the organization's members only (anyone else: 404). */
export async function listMessages(db: DbOrTx, actor: Actor, id: string): Promise<ApplicationMessageList> {
  await loadVisible(db, actor, id);
  return toMessages(await repo.listMessages(db, id), actor.id);
}

/**
 * Adds a message to the thread as the side the writer is on (a member who is also the applicant writes as the
 * applicant). A withdrawn application's thread is closed. The other side gets a notice in the same transaction
 * (ADR 0024): the applicant, or every member of the organization but the writer; the text stays in the app.
 */
export async function postMessage(
  db: DbOrTx,
  actor: Actor,
  id: string,
  body: PostApplicationMessageBody,
  mail: NoticeContext,
): Promise<ApplicationMessageList> {
  const { record, isApplicant } = await loadVisible(db, actor, id);
  if (record.status === 'withdrawn') {
    throw new AppError('CONFLICT', 'This application was withdrawn, so its conversation is closed.');
  }
  await db.transaction(async (tx) => {
    await repo.insertMessage(tx, {
      applicationId: id,
      authorId: actor.id,
      fromOrganization: !isApplicant,
      body: body.body,
    });
    if (!isApplicant) {
      await noticeApplicant(tx, mail, record, (displayName) =>
        applicationMessageMail({
          displayName,
          fromLine: `${record.organizationName} wrote to you about your application.`,
          opportunityTitle: record.opportunityTitle,
          url: linkTo(mail.env, `/opportunities/${record.opportunityId}`),
        }),
      );
      return;
    }
    for (const member of await orgRepo.listMembers(tx, record.organizationId)) {
      if (member.userId === actor.id) continue;
      await queueNotice(tx, mail, {
        topic: 'application-new',
        kind: 'application-message',
        to: member.email,
        userId: member.userId,
        source: applicationMessageMail({
          displayName: member.displayName,
          fromLine: `The applicant wrote to ${record.organizationName}.`,
          opportunityTitle: record.opportunityTitle,
          url: linkTo(mail.env, `/organizations/${record.organizationId}/dashboard`),
        }),
      });
    }
  });
  return toMessages(await repo.listMessages(db, id), actor.id);
}

/** The board's part of a personal data export: applications with their hours, saved listings, memberships. */
export const boardPersonalData: PersonalDataSection = {
  name: 'board',
  async collect(db: DbOrTx, userId: string) {
    const records = await repo.listApplicantApplications(db, userId);
    const items = await toApplications(db, records);
    const withHours = [];
    for (const application of items) {
      withHours.push({
        ...application,
        hourEntries: await repo.listHours(db, application.id),
        messages: toMessages(await repo.listMessages(db, application.id), userId).items,
      });
    }
    return {
      applications: withHours,
      savedOpportunities: (await opportunityRepo.listSaved(db, userId)).map((s) => ({
        opportunityId: s.id,
        title: s.title,
        savedAt: s.savedAt.toISOString(),
      })),
      organizations: (await orgRepo.listMemberOrganizations(db, userId)).map((o) => ({ id: o.id, name: o.name })),
    };
  },
};
