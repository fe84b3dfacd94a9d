import { addDays, todayUtc } from '#domain/calendar-date.js';
import type { Db } from '#server/db/client.js';
import { findUserByEmail } from '#server/users/users.repository.js';
import { createCheckin } from './checkins.service.js';
import * as repo from './resilience.repository.js';
import { DEFAULT_INSTRUMENT_ID } from './settings.service.js';

const DEMO_WEEKS = 12;

/** A small deterministic wobble, so the demo charts look lived-in without randomness. */
function wobble(n: number): number {
  return ((n * 7919) % 11) / 10 - 0.5;
}

/**
 * Twelve weeks of a trainee's check-ins, daily log and journal, ending today: burnout creeping up while
 * sleep and support contact thin out, so the dashboard has a trend and a warning to show. Skipped when
 * the person already has check-ins (the seed runs on every demo start).
 */
export async function seedResilienceDemo(db: Db, email: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || (await repo.listLatestCheckins(db, user.id, 1)).length > 0) return;
  const now = new Date();
  const today = todayUtc(now);
  await db.transaction(async (tx) => {
    for (let week = 0; week < DEMO_WEEKS; week++) {
      const date = addDays(today, -7 * (DEMO_WEEKS - 1 - week));
      const strain = Math.min(5, 2 + Math.floor((week * 3) / DEMO_WEEKS) + (week === DEMO_WEEKS - 1 ? 1 : 0));
      const answers: Record<string, number> = {};
      for (const n of [1, 2, 3, 4]) {
        answers[`cs-${n}`] = 4 - (week > 8 ? 1 : 0);
        answers[`bo-${n}`] = strain;
        answers[`sts-${n}`] = Math.max(1, strain - 1);
      }
      answers['cs-5'] = 2;
      answers['bo-5'] = 6 - strain;
      answers['sts-5'] = Math.max(1, strain - 1);
      await createCheckin(tx, user.id, { instrumentId: DEFAULT_INSTRUMENT_ID, date, answers }, now);
    }
    for (let d = DEMO_WEEKS * 7 - 1; d >= 0; d--) {
      const date = addDays(today, -d);
      const isRecent = d < 21;
      await repo.upsertSelfCareDay(tx, user.id, date, {
        sleepHours: Math.round((isRecent ? 6 : 7.25) * 4 + wobble(d) * 4) / 4,
        activityMinutes: Math.max(0, Math.round((isRecent ? 15 : 35) + wobble(d + 3) * 20)),
        mealsRating: isRecent ? 3 : 4,
        breaksTaken: isRecent ? 1 : 3,
        boundaries: d % (isRecent ? 2 : 5) === 0 ? 'crossed' : 'kept',
        supportContact: !isRecent && d % 7 === 2 ? 'supervision' : 'none',
        mood: Math.max(1, Math.min(5, Math.round((isRecent ? 2.5 : 3.8) + wobble(d + 5)))),
      });
    }
    const entries: [number, 'win' | 'challenge' | 'lesson', string][] = [
      [60, 'win', 'A family I have worked with since the autumn found stable housing. I helped make that happen.'],
      [40, 'lesson', 'Writing case notes straight after a session saves me an hour of dread in the evening.'],
      [25, 'challenge', 'Two crisis calls in one afternoon. I kept going but did not stop for lunch.'],
      [10, 'win', 'My supervisor said my risk assessment was thorough and clear.'],
    ];
    for (const [daysAgo, tag, text] of entries) {
      await repo.insertJournalEntry(tx, { userId: user.id, date: addDays(today, -daysAgo), tag, text });
    }
  });
}
