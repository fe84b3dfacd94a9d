import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '#server/db/schema/mail.js';
import { expectStatus, LICENSE, traineeWithSupervisor } from '#tests/factories/hours.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { runHoursReminders } from './hours-reminders.service.js';

/** Hours reminders (ADR 0024): agreements ending and licenses lapsing, each sent once however many sweeps run. */

let t: TestApp;
const clockAt = new Date('2026-03-10T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ VOCARE_PUBLIC_URL: 'https://vocare.example' }, { now: () => clockAt });
});
afterAll(async () => t.close());

/** The reminders sent to an address (a supervisor also has the invitation mail). */
const mailTo = (address: string) =>
  t.db.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, address), inArray(mailOutbox.kind, ['agreement-ending', 'license-lapsing'])));
const sweep = () => runHoursReminders(t.db.db, { env: t.env, now: clockAt });

describe('hours reminders', () => {
  it('tells both sides once that an agreement ends soon, even with two sweeps at once', async () => {
    const { trainee, supervisor } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
      endDate: '2026-03-20',
      traineeName: 'Tess Trainee',
      supervisorName: 'Dr. Ada Supervisor',
    });
    await Promise.all([sweep(), sweep()]);
    await sweep();
    const [toTrainee] = await mailTo(trainee.user.email);
    const [toSupervisor] = await mailTo(supervisor.user.email);
    expect(await mailTo(trainee.user.email)).toHaveLength(1);
    expect(await mailTo(supervisor.user.email)).toHaveLength(1);
    expect(toTrainee).toMatchObject({ kind: 'agreement-ending', userId: trainee.user.id });
    expect(toTrainee?.subject).toBe('Your supervision agreement with Dr. Ada Supervisor ends on 2026-03-20');
    expect(toTrainee?.textBody).toContain('https://vocare.example/hours/supervisors');
    expect(toTrainee?.headers['List-Unsubscribe']).toContain('/api/mail/unsubscribe?token=');
    expect(toSupervisor?.subject).toBe('Your agreement to supervise Tess Trainee ends on 2026-03-20');
  });

  it('tells the supervisor and the supervisee once that the license lapses, and again after a renewal that lapses too', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
      license: { licenseExpires: '2026-04-01' },
      traineeName: 'Lee Trainee',
      supervisorName: 'Dr. Bo Supervisor',
    });
    await Promise.all([sweep(), sweep()]);
    const supervisorMails = await mailTo(supervisor.user.email);
    expect(supervisorMails).toHaveLength(1);
    expect(supervisorMails[0]).toMatchObject({ kind: 'license-lapsing', userId: supervisor.user.id });
    expect(supervisorMails[0]?.subject).toBe('Your license on record expires on 2026-04-01');
    expect(supervisorMails[0]?.textBody).toContain('Lee Trainee');
    const traineeMails = await mailTo(trainee.user.email);
    expect(traineeMails).toHaveLength(1);
    expect(traineeMails[0]?.subject).toBe("Dr. Bo Supervisor's license on record expires on 2026-04-01");

    // A new expiry date (still within the month) is news again; the old one is not sent twice.
    expectStatus(
      await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
        ...LICENSE,
        licenseExpires: '2026-04-05',
      }),
      200,
    );
    await sweep();
    expect(await mailTo(supervisor.user.email)).toHaveLength(2);
    expect(await mailTo(trainee.user.email)).toHaveLength(2);
  });

  it('sends nothing for dates further off, and nothing to a person who turned the topic off', async () => {
    const far = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
      endDate: '2026-06-30',
      license: { licenseExpires: '2027-01-01' },
    });
    const near = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2026-01-05',
      endDate: '2026-03-15',
      license: { licenseExpires: '2026-03-30' },
    });
    expectStatus(
      await near.trainee.client.put('/api/account/mail-preferences', {
        preferences: { 'agreement-ending': false, 'license-lapsing': false },
      }),
      200,
    );
    await sweep();
    expect(await mailTo(far.trainee.user.email)).toEqual([]);
    expect(await mailTo(far.supervisor.user.email)).toEqual([]);
    expect(await mailTo(near.trainee.user.email)).toEqual([]);
    expect((await mailTo(near.supervisor.user.email)).map((m) => m.kind).sort()).toEqual([
      'agreement-ending',
      'license-lapsing',
    ]);
  });
});
