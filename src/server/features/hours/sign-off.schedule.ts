import { noticeSchedule } from '#server/mail/notice-schedule.js';
import { runHoursReminders } from './hours-reminders.service.js';
import { runWeeklySignOffMessages } from './sign-off.service.js';

/**
 * The first look of an ISO week queues each supervisor's sign-off message (claimed per supervisor and week); the
 * same look sends the hours reminders (agreements ending, licenses lapsing), each claimed per person and date.
 */
export const signOffSchedule = noticeSchedule('hours-sign-off-schedule', async (db, ctx) => {
  const weekly = await runWeeklySignOffMessages(db, ctx);
  const reminders = await runHoursReminders(db, ctx);
  return { queued: weekly.queued + reminders.queued };
});
