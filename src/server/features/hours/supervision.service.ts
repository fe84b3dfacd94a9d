import {
  type AuditEvent,
  type AuditList,
  emptyCategoryHours,
  type HourEntry,
  type InviteSupervisorBody,
  type Supervision,
  type SupervisorInbox,
  type SupervisorLicense,
  type UpdateAgreementBody,
  type WaitingWeek,
} from '#contracts/hours.js';
import { addDays, isMonday } from '#domain/calendar-date.js';
import { licenseText } from '#domain/hours/entry-rules.js';
import { formatHoursValue } from '#domain/hours/verification-summary.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { queueNotice } from '#server/mail/notices.js';
import { queueMail } from '#server/mail/outbox.repository.js';
import { entryReturnedMail, supervisorInvitationMail } from '#server/mail/templates/hours-mail.js';
import { hashToken, newToken, type SessionUser } from '#server/plugins/session.js';
import { addRoles, findUserById, markEmailVerified } from '#server/users/users.repository.js';
import * as repo from './hours.repository.js';
import { describeEntry, loadAgreements, toAgreementFacts, toHourEntry } from './hours.service.js';
import * as signOffRepo from './sign-off.repository.js';
import type { SupervisionRow } from './supervision.repository.js';
import * as supervisionRepo from './supervision.repository.js';

/** What sending mail needs: the settings (From, link base) and the app clock's "now". */
export interface MailContext {
  env: Env;
  now: Date;
}

/*
 * Supervision agreements and sign-off. The trainee invites by email (a link is mailed to the address); the account
 * with that email accepts, having proved the address (a confirmed account, or the invitation link itself),
 * recording its license, and holds the supervisor role from then on. A supervisor reaches only agreements that
 * name them and are active or ended (a removed one gives no access), and only entries naming such an agreement.
 */

export function toSupervision(row: SupervisionRow): Supervision {
  const facts = toAgreementFacts(row);
  return {
    id: row.id,
    status: row.status,
    inviteEmail: row.inviteEmail,
    trainee: { id: row.traineeId, displayName: row.traineeName },
    supervisor: row.supervisorName === null ? null : { id: row.supervisorId, displayName: row.supervisorName },
    startDate: row.startDate,
    endDate: row.endDate,
    license: facts.license,
    invitedAt: row.invitedAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
  };
}

function asTrainee(user: SessionUser) {
  return { actorId: user.id, actorName: user.displayName, actorRole: 'trainee' as const };
}

function asSupervisor(user: SessionUser) {
  return { actorId: user.id, actorName: user.displayName, actorRole: 'supervisor' as const };
}

// ---- Trainee side ----

export async function listSupervisors(db: DbOrTx, traineeId: string): Promise<{ items: Supervision[] }> {
  const rows = await supervisionRepo.listSupervisionsOfTrainee(db, traineeId);
  return { items: rows.map(toSupervision) };
}

export async function inviteSupervisor(
  db: Db,
  ctx: MailContext,
  user: SessionUser,
  body: InviteSupervisorBody,
): Promise<Supervision> {
  if (body.email.toLowerCase() === user.email.toLowerCase()) {
    throw new AppError('BAD_REQUEST', 'You cannot supervise your own hours: invite another licensed professional.', [
      { path: 'body.email', message: 'must not be your own email address' },
    ]);
  }
  const id = await db.transaction(async (tx) => {
    if (await supervisionRepo.findOpenSupervisionByEmail(tx, user.id, body.email)) {
      throw new AppError('CONFLICT', `${body.email} is already invited or supervising you.`, [
        { path: 'body.email', message: 'already has an open invitation or agreement with you' },
      ]);
    }
    const newId = await supervisionRepo.insertSupervision(tx, {
      traineeId: user.id,
      inviteEmail: body.email,
      startDate: body.startDate,
      endDate: body.endDate ?? null,
    });
    if (!newId) throw new AppError('CONFLICT', `${body.email} is already invited or supervising you.`);
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...asTrainee(user),
        traineeId: user.id,
        entryId: null,
        supervisionId: newId,
        action: 'invite',
        details: {
          summary: `Invited ${body.email} to supervise from ${body.startDate}${body.endDate ? ` to ${body.endDate}` : ''}`,
        },
      },
    ]);
    const token = newToken();
    await signOffRepo.setInviteTokenHash(tx, newId, hashToken(token));
    // The trainee's account owns the message (it goes when they delete their account); it is sent to the invitee.
    await queueMail(tx, ctx.env, ctx.now, {
      kind: 'supervisor-invitation',
      to: body.email,
      userId: user.id,
      mail: supervisorInvitationMail({
        traineeName: user.displayName,
        url: linkTo(ctx.env, `/hours/invitation?token=${token}`),
      }),
    });
    return newId;
  });
  const row = await supervisionRepo.findSupervisionOfTrainee(db, user.id, id);
  if (!row) throw new AppError('NOT_FOUND', 'The invitation could not be read back.');
  return toSupervision(row);
}

function agreementChanges(row: SupervisionRow, body: UpdateAgreementBody) {
  const changes: { field: string; from: string | null; to: string | null }[] = [];
  if (body.startDate !== undefined && body.startDate !== row.startDate) {
    changes.push({ field: 'start date', from: row.startDate, to: body.startDate });
  }
  if (body.endDate !== undefined && body.endDate !== row.endDate) {
    changes.push({ field: 'end date', from: row.endDate, to: body.endDate });
  }
  return changes;
}

/** Changes the agreement's dates; the trainee or the supervisor it names may. */
export async function updateAgreement(
  db: Db,
  user: SessionUser,
  id: string,
  body: UpdateAgreementBody,
): Promise<Supervision> {
  await db.transaction(async (tx) => {
    const asOwner = await supervisionRepo.findSupervisionOfTrainee(tx, user.id, id, { forUpdate: true });
    const row =
      asOwner ??
      (await supervisionRepo.findSupervisionOfSupervisor(tx, user.id, id, { forUpdate: true, statuses: ['active'] }));
    if (!row || row.status === 'removed' || row.status === 'declined') {
      throw new AppError('NOT_FOUND', 'No such supervision agreement of yours.');
    }
    const startDate = body.startDate ?? row.startDate;
    const endDate = body.endDate === undefined ? row.endDate : body.endDate;
    if (endDate !== null && endDate < startDate) {
      throw new AppError('BAD_REQUEST', 'The end date must be on or after the start date.', [
        { path: 'body.endDate', message: `must be on or after ${startDate}` },
      ]);
    }
    const changes = agreementChanges(row, body);
    if (changes.length === 0) return;
    await supervisionRepo.updateSupervision(tx, id, { startDate, endDate });
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...(asOwner ? asTrainee(user) : asSupervisor(user)),
        traineeId: row.traineeId,
        entryId: null,
        supervisionId: id,
        action: 'agreement',
        details: { summary: `Changed the supervision agreement's dates`, changes },
      },
    ]);
  });
  const row =
    (await supervisionRepo.findSupervisionOfTrainee(db, user.id, id)) ??
    (await supervisionRepo.findSupervisionOfSupervisor(db, user.id, id));
  if (!row) throw new AppError('NOT_FOUND', 'No such supervision agreement of yours.');
  return toSupervision(row);
}

/** The trainee withdraws an invitation or removes a supervisor: from then on they see nothing of the log. */
export async function removeSupervisor(db: Db, user: SessionUser, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await supervisionRepo.findSupervisionOfTrainee(tx, user.id, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', 'No such supervision agreement of yours.');
    if (row.status === 'removed' || row.status === 'declined') return;
    await supervisionRepo.updateSupervision(tx, id, { status: 'removed' });
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...asTrainee(user),
        traineeId: user.id,
        entryId: null,
        supervisionId: id,
        action: 'remove',
        details: {
          summary:
            row.status === 'invited'
              ? `Withdrew the invitation to ${row.inviteEmail}`
              : `Removed ${row.supervisorName ?? row.inviteEmail} as supervisor`,
        },
      },
    ]);
  });
}

// ---- Supervisor side ----

export async function listInvitations(db: DbOrTx, user: SessionUser): Promise<{ items: Supervision[] }> {
  const rows = await supervisionRepo.listInvitationsForEmail(db, user.email);
  return { items: rows.filter((r) => r.traineeId !== user.id).map(toSupervision) };
}

/** Accepts an invitation sent to the user's email: records the license and grants the supervisor role. */
export async function acceptInvitation(
  db: Db,
  user: SessionUser,
  id: string,
  license: SupervisorLicense,
): Promise<Supervision> {
  await db.transaction((tx) => acceptOpenInvitation(tx, user, id, license));
  return getSupervisionAsSupervisor(db, user, id);
}

async function acceptOpenInvitation(tx: DbOrTx, user: SessionUser, id: string, license: SupervisorLicense) {
  const row = await supervisionRepo.findInvitationForEmail(tx, user.email, id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND', 'No open invitation with this id was sent to your email address.');
  if (row.traineeId === user.id) {
    throw new AppError('FORBIDDEN', 'You cannot supervise your own hours.');
  }
  await supervisionRepo.updateSupervision(tx, id, {
    status: 'active',
    supervisorId: user.id,
    supervisorName: user.displayName,
    ...license,
    licenseValidFrom: license.licenseValidFrom ?? null,
    holdsSupervisorCredential: license.holdsSupervisorCredential ?? null,
    supervisorCredentialFrom: license.supervisorCredentialFrom ?? null,
    respondedAt: new Date(),
  });
  await addRoles(tx, user.id, ['supervisor']);
  await supervisionRepo.insertAuditEvents(tx, [
    {
      ...asSupervisor(user),
      traineeId: row.traineeId,
      entryId: null,
      supervisionId: id,
      action: 'accept',
      details: {
        summary: `${user.displayName} accepted (license ${licenseText(license)})`,
      },
    },
  ]);
}

const invalidInvitationLink = () =>
  new AppError('BAD_REQUEST', 'This invitation link is no longer open: it was withdrawn or already answered.', [
    { path: 'body.token', message: 'is not an open invitation' },
  ]);

/** The open invitation behind an emailed link, for the account the link was sent to (and no other). */
async function findInvitationByLink(db: DbOrTx, user: SessionUser, token: string, forUpdate = false) {
  const id = await signOffRepo.findInvitationIdByTokenHash(db, hashToken(token));
  if (!id) throw invalidInvitationLink();
  const row = await supervisionRepo.findInvitationForEmail(db, user.email, id, { forUpdate });
  if (!row) {
    throw new AppError(
      'FORBIDDEN',
      'This invitation was sent to another email address: sign in with the account of that address to answer it.',
    );
  }
  return row;
}

export async function getInvitationByLink(db: DbOrTx, user: SessionUser, token: string): Promise<Supervision> {
  // The link still opens for the supervisor who accepted it (the page then says it is answered), and for nobody else.
  const id = await signOffRepo.findInvitationIdByTokenHash(db, hashToken(token), { isOpenOnly: false });
  const accepted = id ? await supervisionRepo.findSupervisionOfSupervisor(db, user.id, id) : null;
  if (accepted) return toSupervision(accepted);
  return toSupervision(await findInvitationByLink(db, user, token));
}

/**
 * Accepts from the emailed link: the token proves the signed-in account holds the invited address, so this also
 * confirms that address (as a password reset does).
 */
export async function acceptInvitationByLink(
  db: Db,
  now: Date,
  user: SessionUser,
  body: SupervisorLicense & { token: string },
): Promise<Supervision> {
  const { token, ...license } = body;
  const id = await db.transaction(async (tx) => {
    const row = await findInvitationByLink(tx, user, token, true);
    if (!user.emailVerified) await markEmailVerified(tx, user.id, user.email, now);
    await acceptOpenInvitation(tx, user, row.id, license);
    return row.id;
  });
  return getSupervisionAsSupervisor(db, user, id);
}

export async function declineInvitation(db: Db, user: SessionUser, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await supervisionRepo.findInvitationForEmail(tx, user.email, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', 'No open invitation with this id was sent to your email address.');
    await supervisionRepo.updateSupervision(tx, id, { status: 'declined', respondedAt: new Date() });
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...asSupervisor(user),
        traineeId: row.traineeId,
        entryId: null,
        supervisionId: id,
        action: 'decline',
        details: { summary: `${user.displayName} declined the invitation` },
      },
    ]);
  });
}

/** The supervisor updates their license (e.g. renewed): the new expiry applies to the lapse rule. */
export async function updateLicense(
  db: Db,
  user: SessionUser,
  id: string,
  license: SupervisorLicense,
): Promise<Supervision> {
  await db.transaction(async (tx) => {
    const row = await supervisionRepo.findSupervisionOfSupervisor(tx, user.id, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', 'No such supervision agreement of yours.');
    await supervisionRepo.updateSupervision(tx, id, {
      ...license,
      licenseValidFrom: license.licenseValidFrom ?? null,
      holdsSupervisorCredential: license.holdsSupervisorCredential ?? null,
      supervisorCredentialFrom: license.supervisorCredentialFrom ?? null,
    });
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...asSupervisor(user),
        traineeId: row.traineeId,
        entryId: null,
        supervisionId: id,
        action: 'license',
        details: {
          summary: `License recorded as ${licenseText(license)}`,
          changes: [{ field: 'license expires', from: row.licenseExpires, to: license.licenseExpires }],
        },
      },
    ]);
  });
  return getSupervisionAsSupervisor(db, user, id);
}

async function getSupervisionAsSupervisor(db: DbOrTx, user: SessionUser, id: string): Promise<Supervision> {
  const row = await supervisionRepo.findSupervisionOfSupervisor(db, user.id, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such supervision agreement of yours.');
  return toSupervision(row);
}

/** What waits for a supervisor: invitations, and unverified entries per supervisee and week. */
export async function getInbox(db: DbOrTx, user: SessionUser): Promise<SupervisorInbox> {
  const [invitations, supervisions] = await Promise.all([
    listInvitations(db, user),
    supervisionRepo.listSupervisionsOfSupervisor(db, user.id),
  ]);
  const ids = supervisions.map((s) => s.id);
  const [weekRows, sums] = await Promise.all([
    repo.listWaitingWeeks(db, ids),
    repo.sumMinutesBySupervision(db, { supervisionIds: ids }),
  ]);
  const byId = new Map(supervisions.map((s) => [s.id, s]));
  const weeks = new Map<string, WaitingWeek>();
  for (const r of weekRows) {
    const s = byId.get(r.supervisionId);
    if (!s) continue;
    const key = `${r.supervisionId}|${r.weekStart}`;
    let week = weeks.get(key);
    if (!week) {
      week = {
        supervisionId: r.supervisionId,
        trainee: { id: s.traineeId, displayName: s.traineeName },
        weekStart: r.weekStart,
        entries: 0,
        hours: 0,
        byCategory: emptyCategoryHours(),
      };
      weeks.set(key, week);
    }
    week.entries += r.entries;
    week.hours += r.minutes / 60;
    week.byCategory[r.category] += r.minutes / 60;
  }
  const waitingBySupervision = new Map<string, number>();
  for (const w of weeks.values()) {
    waitingBySupervision.set(w.supervisionId, (waitingBySupervision.get(w.supervisionId) ?? 0) + w.entries);
  }
  const verifiedBySupervision = new Map<string, number>();
  for (const s of sums) {
    if (s.status === 'verified' && s.supervisionId) {
      verifiedBySupervision.set(s.supervisionId, (verifiedBySupervision.get(s.supervisionId) ?? 0) + s.minutes / 60);
    }
  }
  return {
    invitations: invitations.items,
    waiting: [...weeks.values()].sort((a, b) =>
      a.weekStart === b.weekStart
        ? a.trainee.displayName.localeCompare(b.trainee.displayName)
        : a.weekStart < b.weekStart
          ? -1
          : 1,
    ),
    supervisees: supervisions.map((s) => ({
      ...toSupervision(s),
      waitingEntries: waitingBySupervision.get(s.id) ?? 0,
      verifiedHours: verifiedBySupervision.get(s.id) ?? 0,
    })),
  };
}

/** Entries of a supervisee that name this supervisor's agreement (and nothing else of the log). */
export async function listSuperviseeEntries(
  db: DbOrTx,
  user: SessionUser,
  supervisionId: string,
  query: { status?: HourEntry['status']; weekStart?: string },
): Promise<{ items: HourEntry[] }> {
  const supervision = await supervisionRepo.findSupervisionOfSupervisor(db, user.id, supervisionId);
  if (!supervision) throw new AppError('NOT_FOUND', 'No such supervisee of yours.');
  const rows = await repo.listEntriesForSupervision(db, supervisionId, {
    ...(query.status ? { status: query.status } : {}),
    ...(query.weekStart ? { from: query.weekStart, to: addDays(query.weekStart, 6) } : {}),
  });
  const agreements = new Map([[supervision.id, toAgreementFacts(supervision)]]);
  return { items: rows.map((r) => toHourEntry(r, agreements)) };
}

/** Finds an entry this supervisor may act on; refuses their own hours outright. */
async function findSupervisedEntry(tx: DbOrTx, user: SessionUser, entryId: string) {
  if (await repo.findEntry(tx, user.id, entryId)) {
    throw new AppError('FORBIDDEN', 'You cannot verify or return your own hours.');
  }
  const supervisions = await supervisionRepo.listSupervisionsOfSupervisor(tx, user.id);
  const entry = await repo.findEntryForSupervisions(
    tx,
    supervisions.map((s) => s.id),
    entryId,
    { forUpdate: true },
  );
  if (!entry || entry.supervisionId === null) throw new AppError('NOT_FOUND', 'No entry naming you with this id.');
  return entry;
}

export async function verifyEntry(db: Db, user: SessionUser, entryId: string): Promise<HourEntry> {
  const traineeId = await db.transaction(async (tx) => {
    const entry = await findSupervisedEntry(tx, user, entryId);
    if (entry.status === 'verified') throw new AppError('CONFLICT', 'This entry is already verified.');
    if (entry.status === 'returned') {
      throw new AppError(
        'CONFLICT',
        'This entry was returned for correction; it can be verified once the trainee corrects it.',
      );
    }
    const changed = await repo.markVerified(
      tx,
      entry.supervisionId ?? '',
      { ids: [entryId] },
      { id: user.id, name: user.displayName },
    );
    if (changed.length === 0) throw new AppError('CONFLICT', 'This entry changed meanwhile; reload it.');
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...asSupervisor(user),
        traineeId: entry.userId,
        entryId,
        supervisionId: entry.supervisionId,
        action: 'verify',
        details: { summary: `Verified ${describeEntry(entry)}` },
      },
    ]);
    return entry.userId;
  });
  const [row, agreements] = await Promise.all([repo.findEntry(db, traineeId, entryId), loadAgreements(db, traineeId)]);
  if (!row) throw new AppError('NOT_FOUND', 'No entry naming you with this id.');
  return toHourEntry(row, agreements);
}

/** Verifies every unverified entry of one supervisee's ISO week that names this supervisor: one action. */
export async function verifyWeek(
  db: Db,
  user: SessionUser,
  supervisionId: string,
  weekStart: string,
): Promise<{ weekStart: string; verified: number; hours: number }> {
  if (!isMonday(weekStart)) {
    throw new AppError('BAD_REQUEST', 'A week starts on a Monday.', [
      { path: 'body.weekStart', message: 'must be the Monday of the week' },
    ]);
  }
  return db.transaction(async (tx) => {
    const supervision = await supervisionRepo.findSupervisionOfSupervisor(tx, user.id, supervisionId, {
      forUpdate: true,
    });
    if (!supervision) throw new AppError('NOT_FOUND', 'No such supervisee of yours.');
    if (supervision.traineeId === user.id) throw new AppError('FORBIDDEN', 'You cannot verify your own hours.');
    const weekEnd = addDays(weekStart, 6);
    const changed = await repo.markVerified(
      tx,
      supervisionId,
      { from: weekStart, to: weekEnd },
      { id: user.id, name: user.displayName },
    );
    const minutes = changed.reduce((sum, c) => sum + c.minutes, 0);
    await supervisionRepo.insertAuditEvents(
      tx,
      changed.map((c) => ({
        ...asSupervisor(user),
        traineeId: supervision.traineeId,
        entryId: c.id,
        supervisionId,
        action: 'verify' as const,
        details: {
          summary: `Verified with the week of ${weekStart} to ${weekEnd} (${changed.length} entries, ${formatHoursValue(minutes / 60)} h)`,
        },
      })),
    );
    return { weekStart, verified: changed.length, hours: minutes / 60 };
  });
}

/** Returns an entry with a comment; a verified one is unlocked by this (it then needs verifying again). */
export async function returnEntry(
  db: Db,
  ctx: MailContext,
  user: SessionUser,
  entryId: string,
  comment: string,
): Promise<HourEntry> {
  const traineeId = await db.transaction(async (tx) => {
    const entry = await findSupervisedEntry(tx, user, entryId);
    if (entry.status === 'returned') throw new AppError('CONFLICT', 'This entry is already returned.');
    await repo.markReturned(tx, entry.supervisionId ?? '', entryId, comment);
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...asSupervisor(user),
        traineeId: entry.userId,
        entryId,
        supervisionId: entry.supervisionId,
        action: 'return',
        details: {
          summary: `Returned ${describeEntry(entry)}${entry.status === 'verified' ? ' (was verified; unlocked)' : ''}`,
          comment,
        },
      },
    ]);
    const trainee = await findUserById(tx, entry.userId);
    if (trainee) {
      await queueNotice(tx, ctx, {
        topic: 'entry-returned',
        kind: 'entry-returned',
        to: trainee.email,
        userId: trainee.id,
        source: entryReturnedMail({
          displayName: trainee.displayName,
          supervisorName: user.displayName,
          entry: describeEntry(entry),
          comment,
          url: linkTo(ctx.env, '/hours'),
        }),
      });
    }
    return entry.userId;
  });
  const [row, agreements] = await Promise.all([repo.findEntry(db, traineeId, entryId), loadAgreements(db, traineeId)]);
  if (!row) throw new AppError('NOT_FOUND', 'No entry naming you with this id.');
  return toHourEntry(row, agreements);
}

// ---- Audit trail ----

function toAuditEvent(row: supervisionRepo.AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.createdAt.toISOString(),
    action: row.action,
    actor: { name: row.actorName, role: row.actorRole },
    entryId: row.entryId,
    supervisionId: row.supervisionId,
    summary: row.details.summary ?? row.action,
    changes: row.details.changes ?? [],
    comment: row.details.comment ?? null,
    method: row.action === 'verify' ? (row.details.method ?? 'app') : null,
  };
}

/** The trainee's whole trail, newest first. */
export async function listTraineeAudit(
  db: DbOrTx,
  userId: string,
  query: { entryId?: string; before?: number; limit: number },
): Promise<AuditList> {
  const rows = await supervisionRepo.listAuditEvents(db, { traineeId: userId }, query);
  return { items: rows.map(toAuditEvent) };
}

/** The trail of one supervisee's agreement with this supervisor (events about entries naming them). */
export async function listSupervisionAudit(
  db: DbOrTx,
  user: SessionUser,
  supervisionId: string,
  query: { entryId?: string; before?: number; limit: number },
): Promise<AuditList> {
  const supervision = await supervisionRepo.findSupervisionOfSupervisor(db, user.id, supervisionId);
  if (!supervision) throw new AppError('NOT_FOUND', 'No such supervisee of yours.');
  const rows = await supervisionRepo.listAuditEvents(
    db,
    { traineeId: supervision.traineeId, supervisionIds: [supervisionId] },
    query,
  );
  return { items: rows.map(toAuditEvent) };
}
