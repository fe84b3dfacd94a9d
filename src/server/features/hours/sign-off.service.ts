import type { SignOffPreview } from '#contracts/hours.js';
import { mondayOf, todayUtc } from '#domain/calendar-date.js';
import { formatHoursValue } from '#domain/hours/verification-summary.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import type { SignOffLinkEntry } from '#server/db/schema/hours.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { claimDigestRun, isTopicEnabled, queueNotice } from '#server/mail/notices.js';
import { type SignOffGroup, signOffDigestMail } from '#server/mail/templates/hours-mail.js';
import { hashToken, newToken } from '#server/plugins/session.js';
import { findUserById } from '#server/users/users.repository.js';
import * as repo from './hours.repository.js';
import { describeEntry } from './hours.service.js';
import * as signOffRepo from './sign-off.repository.js';
import * as supervisionRepo from './supervision.repository.js';

/*
 * One-tap sign-off (ADR 0024). A supervisor's weekly message lists, per supervisee, the entries waiting for them,
 * each group with a link that verifies exactly that set without signing in: once, for 14 days, and only if none of
 * the entries changed since the message was written. The trail records the method `email-link`.
 */

export const SIGN_OFF_LINK_DAYS = 14;
export const SUPERVISOR_DIGEST_KIND = 'supervisor-digest';
const DAY_MS = 86_400_000;

export interface MailContext {
  env: Env;
  now: Date;
}

/**
 * Writes the sign-off message for one supervisor in the caller's transaction: a link per supervisee with waiting
 * entries. False (nothing queued) when nothing waits or the supervisor turned these messages off.
 */
export async function queueSignOffMessage(
  tx: DbOrTx,
  ctx: MailContext,
  supervisor: { id: string; email: string; displayName: string },
): Promise<boolean> {
  if (!(await isTopicEnabled(tx, supervisor.id, 'supervisor-digest'))) return false;
  const groups: SignOffGroup[] = [];
  for (const supervision of await supervisionRepo.listSupervisionsOfSupervisor(tx, supervisor.id)) {
    const rows = await repo.listEntriesForSupervision(tx, supervision.id, { status: 'unverified' });
    if (rows.length === 0) continue;
    const entries: SignOffLinkEntry[] = rows.map((r) => ({
      id: r.id,
      version: r.updatedAt.getTime(),
      label: describeEntry(r),
    }));
    const token = newToken();
    await signOffRepo.insertSignOffLink(tx, {
      tokenHash: hashToken(token),
      supervisorId: supervisor.id,
      supervisionId: supervision.id,
      entries,
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + SIGN_OFF_LINK_DAYS * DAY_MS),
    });
    groups.push({
      traineeName: supervision.traineeName,
      entries: entries.map((e) => e.label),
      hours: formatHoursValue(rows.reduce((sum, r) => sum + r.minutes, 0) / 60),
      verifyUrl: linkTo(ctx.env, `/sign-off?token=${token}`),
    });
  }
  if (groups.length === 0) return false;
  const outboxId = await queueNotice(tx, ctx, {
    topic: 'supervisor-digest',
    kind: SUPERVISOR_DIGEST_KIND,
    to: supervisor.email,
    userId: supervisor.id,
    source: signOffDigestMail({
      displayName: supervisor.displayName,
      groups,
      reviewUrl: linkTo(ctx.env, '/hours/inbox'),
      daysValid: SIGN_OFF_LINK_DAYS,
    }),
  });
  return outboxId !== null;
}

/**
 * The weekly job: every supervisor with waiting entries gets one message per ISO week. Every app process may run it
 * at once: the week is claimed per supervisor in the transaction that queues the message, so exactly one does.
 */
export async function runWeeklySignOffMessages(db: Db, ctx: MailContext): Promise<{ queued: number }> {
  const period = mondayOf(todayUtc(ctx.now));
  let queued = 0;
  for (const supervisorId of await signOffRepo.listSupervisorsWithWaitingEntries(db)) {
    const didQueue = await db.transaction(async (tx) => {
      const supervisor = await findUserById(tx, supervisorId);
      if (!supervisor || !(await isTopicEnabled(tx, supervisorId, 'supervisor-digest'))) return false;
      const claim = { userId: supervisorId, kind: SUPERVISOR_DIGEST_KIND, period, now: ctx.now };
      if (!(await claimDigestRun(tx, claim))) return false;
      return queueSignOffMessage(tx, ctx, supervisor);
    });
    if (didQueue) queued++;
  }
  return { queued };
}

function refused(message: string) {
  return new AppError('BAD_REQUEST', message, [{ path: 'body.token', message }]);
}

/** The link of a token if it can still be used; says plainly why not otherwise. */
async function findUsableLink(db: DbOrTx, token: string, now: Date, forUpdate = false) {
  const link = await signOffRepo.findSignOffLink(db, hashToken(token), { forUpdate });
  if (!link) throw refused('This sign-off link is not valid. Open it from the message again.');
  if (link.usedAt) throw refused('This sign-off link was already used: the entries it lists are signed off.');
  if (link.expiresAt <= now) {
    throw refused(`This sign-off link has expired (links work for ${SIGN_OFF_LINK_DAYS} days). Sign in to review.`);
  }
  const supervision = await supervisionRepo.findSupervisionOfSupervisor(db, link.supervisorId, link.supervisionId, {
    forUpdate,
  });
  const supervisor = await findUserById(db, link.supervisorId);
  if (!supervision || !supervisor) {
    throw new AppError('CONFLICT', 'This supervision agreement was removed, so the link no longer signs anything.');
  }
  return { link, supervision, supervisor };
}

/** Which listed entries are no longer as the message described them (edited, verified, returned, deleted). */
async function findChangedEntries(db: DbOrTx, supervisionId: string, listed: SignOffLinkEntry[], forUpdate: boolean) {
  const changed: SignOffLinkEntry[] = [];
  for (const entry of listed) {
    const row = await repo.findEntryForSupervisions(db, [supervisionId], entry.id, { forUpdate });
    if (!row || row.status !== 'unverified' || row.updatedAt.getTime() !== entry.version) changed.push(entry);
  }
  return changed;
}

/** What the no-login review page shows before the supervisor confirms. */
export async function previewSignOff(db: Db, now: Date, token: string): Promise<SignOffPreview> {
  const { link, supervision, supervisor } = await findUsableLink(db, token, now);
  const changed = new Set((await findChangedEntries(db, link.supervisionId, link.entries, false)).map((e) => e.id));
  return {
    supervisorName: supervisor.displayName,
    traineeName: supervision.traineeName,
    expiresAt: link.expiresAt.toISOString(),
    entries: link.entries.map((e) => ({ id: e.id, label: e.label, isUnchanged: !changed.has(e.id) })),
  };
}

/** Verifies exactly the listed entries, once; refuses (naming them) if any changed since the message was sent. */
export async function signOffWithLink(db: Db, now: Date, token: string): Promise<{ verified: number; hours: number }> {
  return db.transaction(async (tx) => {
    const { link, supervision, supervisor } = await findUsableLink(tx, token, now, true);
    const changed = await findChangedEntries(tx, link.supervisionId, link.entries, true);
    if (changed.length > 0) {
      throw new AppError(
        'CONFLICT',
        `${changed.length === 1 ? 'One entry' : `${changed.length} entries`} changed since the message was sent, so nothing was signed off. Sign in to review: ${changed.map((e) => e.label).join('; ')}.`,
        changed.map((e) => ({ path: `entries.${e.id}`, message: `${e.label} changed since the message was sent` })),
      );
    }
    if (!(await signOffRepo.consumeSignOffLink(tx, link.id, now))) {
      throw refused('This sign-off link was already used: the entries it lists are signed off.');
    }
    const verifiedRows = await repo.markVerified(
      tx,
      link.supervisionId,
      { ids: link.entries.map((e) => e.id) },
      { id: supervisor.id, name: supervisor.displayName },
    );
    const minutes = verifiedRows.reduce((sum, r) => sum + r.minutes, 0);
    await supervisionRepo.insertAuditEvents(
      tx,
      verifiedRows.map((r) => ({
        actorId: supervisor.id,
        actorName: supervisor.displayName,
        actorRole: 'supervisor' as const,
        traineeId: supervision.traineeId,
        entryId: r.id,
        supervisionId: link.supervisionId,
        action: 'verify' as const,
        details: {
          summary: `Verified with the emailed sign-off link (${verifiedRows.length} entries, ${formatHoursValue(minutes / 60)} h)`,
          method: 'email-link' as const,
        },
      })),
    );
    return { verified: verifiedRows.length, hours: minutes / 60 };
  });
}
