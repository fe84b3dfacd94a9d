import type { Cadence, Reminder } from '#contracts/checkin.js';
import { addDays, addMonths, daysBetween, formatDay } from '../calendar-date.js';

/** The day the next check-in falls due after one taken on `lastCheckinOn`. */
export function nextDueDate(cadence: Cadence, lastCheckinOn: string): string {
  if (cadence === 'weekly') return addDays(lastCheckinOn, 7);
  if (cadence === 'fortnightly') return addDays(lastCheckinOn, 14);
  return addMonths(lastCheckinOn, 1);
}

const CADENCE_WORDS: Record<Cadence, string> = {
  weekly: 'weekly',
  fortnightly: 'fortnightly',
  monthly: 'monthly',
};

/** Whether a check-in is due today on the person's cadence, and a sentence saying so. */
export function computeReminder(cadence: Cadence, lastCheckinOn: string | null, today: string): Reminder {
  if (!lastCheckinOn) {
    return {
      isDue: true,
      lastCheckinOn: null,
      nextDueOn: today,
      message: 'You have not done a check-in yet. It takes about three minutes.',
    };
  }
  const nextDueOn = nextDueDate(cadence, lastCheckinOn);
  const overdueDays = daysBetween(nextDueOn, today);
  if (overdueDays < 0) {
    return {
      isDue: false,
      lastCheckinOn,
      nextDueOn,
      message: `Your next ${CADENCE_WORDS[cadence]} check-in is due on ${formatDay(nextDueOn)}.`,
    };
  }
  return {
    isDue: true,
    lastCheckinOn,
    nextDueOn,
    message:
      overdueDays === 0
        ? `Your ${CADENCE_WORDS[cadence]} check-in is due today.`
        : `Your ${CADENCE_WORDS[cadence]} check-in was due on ${formatDay(nextDueOn)} (last one: ${formatDay(lastCheckinOn)}).`,
  };
}
