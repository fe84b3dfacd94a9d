import { todayUtc } from '#domain/calendar-date.js';
import type { Db } from '#server/db/client.js';
import { linkTo } from '#server/mail/mail-config.js';
import {
  claimDigestRun,
  isTopicEnabled,
  listUsersWhoTurnedOn,
  type NoticeContext,
  queueNotice,
} from '#server/mail/notices.js';
import { checkinDueMail } from '#server/mail/templates/resilience-mail.js';
import { findUserById } from '#server/users/users.repository.js';
import { getReminder } from './settings.service.js';

/*
 * "Your check-in is due" by mail (ADR 0024): only for people who turned the checkin-due topic on (it is off by
 * default), once per due date, claimed in the transaction that queues it so several processes send one message.
 * The mail says only that a check-in is due (see resilience-mail.ts).
 */

export const CHECKIN_DUE_KIND = 'checkin-due';

export async function runCheckinReminders(db: Db, ctx: NoticeContext): Promise<{ queued: number }> {
  const today = todayUtc(ctx.now);
  let queued = 0;
  for (const userId of await listUsersWhoTurnedOn(db, 'checkin-due')) {
    const didQueue = await db.transaction(async (tx) => {
      const user = await findUserById(tx, userId);
      if (!user || !(await isTopicEnabled(tx, userId, 'checkin-due'))) return false;
      const reminder = await getReminder(tx, userId, today);
      if (!reminder.isDue) return false;
      // One message per due date: a check-in moves the next due date, and so opens the next claim.
      const claim = { userId, kind: CHECKIN_DUE_KIND, period: reminder.nextDueOn, now: ctx.now };
      if (!(await claimDigestRun(tx, claim))) return false;
      const outboxId = await queueNotice(tx, ctx, {
        topic: 'checkin-due',
        kind: CHECKIN_DUE_KIND,
        to: user.email,
        userId,
        source: checkinDueMail({ displayName: user.displayName, url: linkTo(ctx.env, '/resilience/check-in') }),
      });
      return outboxId !== null;
    });
    if (didQueue) queued++;
  }
  return { queued };
}
