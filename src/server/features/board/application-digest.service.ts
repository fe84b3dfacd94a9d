import { addDays, todayUtc } from '#domain/calendar-date.js';
import type { Db } from '#server/db/client.js';
import { linkTo } from '#server/mail/mail-config.js';
import {
  claimDigestRun,
  isTopicEnabled,
  listClaimsSince,
  type NoticeContext,
  queueNotice,
} from '#server/mail/notices.js';
import { applicationDigestMail } from '#server/mail/templates/board-mail.js';
import * as repo from './applications.repository.js';
import * as orgRepo from './organizations.repository.js';

/*
 * The organization's daily digest of new applications (ADR 0024). A UTC day's applications go out on the first sweep
 * after that day ends: one message per member per organization and day, listing them all. Every app process runs the
 * sweep; each message is claimed per member, organization and day in the transaction that queues it, so exactly one
 * process sends it. A day whose digest no process sent (all of them down) still goes out up to CATCH_UP_DAYS late.
 */

export const APPLICATION_DIGEST_KIND = 'application-digest';
export const DIGEST_CATCH_UP_DAYS = 3;

const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

interface DigestGroup {
  organizationId: string;
  organizationName: string;
  day: string;
  applications: repo.DigestApplicationRow[];
}

/** The applications of the window, by organization and day; the key is the claim's period. */
function groupByOrganizationAndDay(rows: repo.DigestApplicationRow[]): Map<string, DigestGroup> {
  const groups = new Map<string, DigestGroup>();
  for (const row of rows) {
    const day = todayUtc(row.createdAt);
    const period = `${row.organizationId}:${day}`;
    const group = groups.get(period) ?? {
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      day,
      applications: [],
    };
    group.applications.push(row);
    groups.set(period, group);
  }
  return groups;
}

async function sendDigest(
  db: Db,
  ctx: NoticeContext,
  member: { userId: string; email: string; displayName: string },
  period: string,
  group: DigestGroup,
  applications: repo.DigestApplicationRow[],
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await isTopicEnabled(tx, member.userId, 'application-new'))) return false;
    const claim = { userId: member.userId, kind: APPLICATION_DIGEST_KIND, period, now: ctx.now };
    if (!(await claimDigestRun(tx, claim))) return false;
    const outboxId = await queueNotice(tx, ctx, {
      topic: 'application-new',
      kind: APPLICATION_DIGEST_KIND,
      to: member.email,
      userId: member.userId,
      source: applicationDigestMail({
        displayName: member.displayName,
        organizationName: group.organizationName,
        day: group.day,
        applications: applications.map((a) => ({ opportunityTitle: a.opportunityTitle, receivedAt: a.createdAt })),
        url: linkTo(ctx.env, `/organizations/${group.organizationId}/dashboard`),
      }),
    });
    return outboxId !== null;
  });
}

/** One pass of the sweep; returns how many digests it queued (0 when another process got there first). */
export async function runApplicationDigests(db: Db, ctx: NoticeContext): Promise<{ queued: number }> {
  const today = todayUtc(ctx.now);
  const from = startOfDay(addDays(today, -DIGEST_CATCH_UP_DAYS));
  const rows = await repo.listApplicationsReceivedBetween(db, from, startOfDay(today));
  if (rows.length === 0) return { queued: 0 };
  const sent = await listClaimsSince(db, APPLICATION_DIGEST_KIND, from);
  let queued = 0;
  for (const [period, group] of groupByOrganizationAndDay(rows)) {
    for (const member of await orgRepo.listMembers(db, group.organizationId)) {
      if (sent.has(`${member.userId}|${period}`)) continue;
      // A member who applied to their own organization's listing is not told of it.
      const applications = group.applications.filter((a) => a.applicantId !== member.userId);
      if (applications.length === 0) continue;
      if (await sendDigest(db, ctx, member, period, group, applications)) queued++;
    }
  }
  return { queued };
}
