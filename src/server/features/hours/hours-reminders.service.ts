import type { MailTopic } from '#contracts/mail-preferences.js';
import { addDays, todayUtc } from '#domain/calendar-date.js';
import type { Db } from '#server/db/client.js';
import { linkTo } from '#server/mail/mail-config.js';
import { claimDigestRun, isTopicEnabled, type NoticeContext, queueNotice } from '#server/mail/notices.js';
import type { MailSource } from '#server/mail/render-mail.js';
import {
  agreementEndingMail,
  licenseLapsingSupervisorMail,
  licenseLapsingTraineeMail,
} from '#server/mail/templates/hours-mail.js';
import { findUserById, type UserRecord } from '#server/users/users.repository.js';
import * as supervisionRepo from './supervision.repository.js';

/*
 * Hours reminders (ADR 0024): an agreement nearing its end date (both sides) and a supervisor's license nearing
 * its expiry (the supervisor once, each supervisee once). The sweep runs in every app process; each message is
 * claimed per person and per date in the transaction that queues it, so two processes send one message, and a
 * changed date (an agreement extended, a license renewed) is a new reminder.
 */

export const AGREEMENT_ENDING_NOTICE_DAYS = 14;
export const LICENSE_LAPSE_NOTICE_DAYS = 30;

interface Reminder {
  userId: string;
  kind: string;
  /** What the claim is for: the same agreement and date never gets a second message. */
  period: string;
  topic: MailTopic;
  source: (recipient: UserRecord) => Omit<MailSource, 'unsubscribe'>;
}

async function sendOnce(db: Db, ctx: NoticeContext, reminder: Reminder): Promise<boolean> {
  return db.transaction(async (tx) => {
    const recipient = await findUserById(tx, reminder.userId);
    if (!recipient || !(await isTopicEnabled(tx, recipient.id, reminder.topic))) return false;
    const claim = { userId: recipient.id, kind: reminder.kind, period: reminder.period, now: ctx.now };
    if (!(await claimDigestRun(tx, claim))) return false;
    const queued = await queueNotice(tx, ctx, {
      topic: reminder.topic,
      kind: reminder.kind,
      to: recipient.email,
      userId: recipient.id,
      source: reminder.source(recipient),
    });
    return queued !== null;
  });
}

function agreementEndingReminders(ctx: NoticeContext, rows: supervisionRepo.SupervisionRow[]): Reminder[] {
  return rows.flatMap((row) => {
    const endDate = row.endDate ?? '';
    const period = `${row.id}:${endDate}`;
    const base = { kind: 'agreement-ending', topic: 'agreement-ending', period } as const;
    const reminders: Reminder[] = [
      {
        ...base,
        userId: row.traineeId,
        source: (r) =>
          agreementEndingMail({
            displayName: r.displayName,
            otherName: row.supervisorName ?? row.inviteEmail,
            side: 'trainee',
            endDate,
            url: linkTo(ctx.env, '/hours/supervisors'),
          }),
      },
    ];
    if (row.supervisorId) {
      reminders.push({
        ...base,
        userId: row.supervisorId,
        source: (r) =>
          agreementEndingMail({
            displayName: r.displayName,
            otherName: row.traineeName,
            side: 'supervisor',
            endDate,
            url: linkTo(ctx.env, '/hours/inbox'),
          }),
      });
    }
    return reminders;
  });
}

function licenseLapsingReminders(ctx: NoticeContext, rows: supervisionRepo.SupervisionRow[]): Reminder[] {
  const base = { kind: 'license-lapsing', topic: 'license-lapsing' } as const;
  // The supervisor hears once per expiry date, with every supervisee it touches.
  const bySupervisor = new Map<string, { expires: string; names: string[] }>();
  const reminders: Reminder[] = [];
  for (const row of rows) {
    const expires = row.licenseExpires ?? '';
    if (row.supervisorId) {
      const key = `${row.supervisorId}|${expires}`;
      const group = bySupervisor.get(key) ?? { expires, names: [] };
      group.names.push(row.traineeName);
      bySupervisor.set(key, group);
    }
    reminders.push({
      ...base,
      userId: row.traineeId,
      period: `${row.id}:${expires}`,
      source: (r) =>
        licenseLapsingTraineeMail({
          displayName: r.displayName,
          supervisorName: row.supervisorName ?? row.inviteEmail,
          expires,
          url: linkTo(ctx.env, '/hours/supervisors'),
        }),
    });
  }
  for (const [key, group] of bySupervisor) {
    const supervisorId = key.slice(0, key.indexOf('|'));
    reminders.push({
      ...base,
      userId: supervisorId,
      period: `license:${group.expires}`,
      source: (r) =>
        licenseLapsingSupervisorMail({
          displayName: r.displayName,
          expires: group.expires,
          traineeNames: group.names,
          url: linkTo(ctx.env, '/hours/inbox'),
        }),
    });
  }
  return reminders;
}

/** One pass of the sweep; returns how many messages it queued (0 when another process got there first). */
export async function runHoursReminders(db: Db, ctx: NoticeContext): Promise<{ queued: number }> {
  const today = todayUtc(ctx.now);
  const [ending, lapsing] = await Promise.all([
    supervisionRepo.listActiveSupervisionsDueBetween(
      db,
      'endDate',
      today,
      addDays(today, AGREEMENT_ENDING_NOTICE_DAYS),
    ),
    supervisionRepo.listActiveSupervisionsDueBetween(
      db,
      'licenseExpires',
      today,
      addDays(today, LICENSE_LAPSE_NOTICE_DAYS),
    ),
  ]);
  let queued = 0;
  for (const reminder of [...agreementEndingReminders(ctx, ending), ...licenseLapsingReminders(ctx, lapsing)]) {
    if (await sendOnce(db, ctx, reminder)) queued++;
  }
  return { queued };
}
