import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Instrument } from '#contracts/checkin.js';
import type { Role } from '#contracts/vocabulary.js';
import { addDays, mondayOf } from '#domain/calendar-date.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { getDashboard } from './dashboard.service.js';

/** The app's clock in this file: after every date the tests log, so none of them is "in the future". */
const NOW = new Date('2026-04-10T12:00:00Z');
const TODAY = '2026-04-10';

let t: TestApp;
let shipped: Instrument;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const { client } = await signedInClient(t.app, t.db.db);
  shipped = (await client.get('/api/resilience/instruments/vocare-reflective-checkin')).json().instrument;
});
afterAll(async () => t.close());

/** Answers to the shipped check-in: `value` for every item, reverse items included. */
function answers(value: number | ((itemId: string) => number)): Record<string, number> {
  return Object.fromEntries(shipped.items.map((i) => [i.id, typeof value === 'number' ? value : value(i.id)]));
}

/** Answers that put burnout (a 5-item sum with one reverse item) at the given band. */
function burnoutAt(level: 'low' | 'moderate' | 'high'): Record<string, number> {
  const v = { low: 1, moderate: 3, high: 5 }[level];
  return answers((id) => (id === 'bo-5' ? 6 - v : id.startsWith('bo-') ? v : 3));
}

async function countRows(table: string, userId: string): Promise<number> {
  const result = await t.db.db.execute(
    sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`,
  );
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? -1;
}

describe('instruments', () => {
  it('lists the shipped reflective check-in with its disclaimer', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const list = (await client.get('/api/resilience/instruments')).json();
    expect(list.items).toContainEqual(
      expect.objectContaining({
        id: 'vocare-reflective-checkin',
        isShipped: true,
        itemCount: 15,
        disclaimer: expect.stringContaining('not a diagnosis'),
      }),
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/resilience/instruments' })).statusCode).toBe(401);
  });

  it('an admin loads another instrument without code changes; a bad one is refused naming the field', async () => {
    const { client: admin } = await signedInClient(t.app, t.db.db, ['admin']);
    const { client: explorer } = await signedInClient(t.app, t.db.db);
    const id = `licensed-${randomBytes(3).toString('hex')}`;
    const instrument = {
      id,
      title: 'A licensed scale (placeholder)',
      citation: 'Placeholder citation',
      license: 'Used under licence by the organization',
      response: { min: 0, max: 4, labels: { '0': 'Not at all', '4': 'Extremely' } },
      items: [1, 2, 3, 4].map((n) => ({ id: `q${n}`, text: `Placeholder ${n}`, subscale: 'strain', reverse: n === 4 })),
      subscales: [
        {
          id: 'strain',
          label: 'Strain',
          method: 'mean',
          recode: { '0': 0, '1': 25, '2': 50, '3': 75, '4': 100 },
          worseWhen: 'higher',
          bands: [
            { label: 'lower', max: 49.99 },
            { label: 'higher', min: 50 },
          ],
        },
      ],
    };
    expect((await explorer.post('/api/admin/instruments', instrument)).statusCode).toBe(403);

    const badSubscale = await admin.post('/api/admin/instruments', {
      ...instrument,
      items: [...instrument.items, { id: 'q5', text: 'x', subscale: 'nope', reverse: false }],
    });
    expect(badSubscale.statusCode).toBe(400);
    expect(badSubscale.json().error.details).toEqual([
      { path: 'body.items.4.subscale', message: 'no subscale "nope"; the subscales are "strain"' },
    ]);
    const badField = await admin.post('/api/admin/instruments', { ...instrument, response: { min: 0, max: 'four' } });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().error.details.map((d: { path: string }) => d.path)).toContain('body.response.max');
    expect((await admin.get(`/api/resilience/instruments/${id}`)).statusCode).toBe(404);

    const created = await admin.post('/api/admin/instruments', instrument);
    expect(created.statusCode).toBe(201);
    expect((await admin.post('/api/admin/instruments', { ...instrument, title: 'Renamed' })).statusCode).toBe(200);
    const shippedId = await admin.post('/api/admin/instruments', { ...instrument, id: 'vocare-reflective-checkin' });
    expect(shippedId.statusCode).toBe(409);

    // Usable at once: a person picks it and checks in with it.
    expect((await explorer.put('/api/resilience/settings', { cadence: 'monthly', instrumentId: id })).statusCode).toBe(
      200,
    );
    const checkin = await explorer.post('/api/resilience/checkins', { answers: { q1: 4, q2: 2, q3: 2, q4: 0 } });
    expect(checkin.statusCode).toBe(201);
    // q4 is reverse-scored: 0 -> 4 -> 100; mean of 100, 50, 50, 100 = 75.
    expect(checkin.json().scores).toEqual([
      { id: 'strain', label: 'Strain', score: 75, band: 'higher', severity: 1, bandCount: 2 },
    ]);
  });
});

describe('settings and reminders', () => {
  it('defaults to weekly with the shipped check-in, and refuses an unknown instrument or cadence', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    expect((await client.get('/api/resilience/settings')).json()).toEqual({
      cadence: 'weekly',
      instrumentId: 'vocare-reflective-checkin',
    });
    const unknown = await client.put('/api/resilience/settings', { cadence: 'weekly', instrumentId: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.instrumentId');
    const cadence = await client.put('/api/resilience/settings', {
      cadence: 'daily',
      instrumentId: 'vocare-reflective-checkin',
    });
    expect(cadence.json().error.details[0]).toEqual({
      path: 'body.cadence',
      message: 'must be weekly, fortnightly or monthly',
    });
    expect((await client.get('/api/resilience/settings')).json().cadence).toBe('weekly');
  });

  it('shows a check-in as due on the chosen cadence', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    expect((await client.get('/api/resilience/reminder?today=2026-03-15')).json().isDue).toBe(true);
    await client.put('/api/resilience/settings', { cadence: 'fortnightly', instrumentId: 'vocare-reflective-checkin' });
    await client.post('/api/resilience/checkins', { date: '2026-03-01', answers: answers(3) });
    expect((await client.get('/api/resilience/reminder?today=2026-03-14')).json()).toMatchObject({
      isDue: false,
      nextDueOn: '2026-03-15',
    });
    expect((await client.get('/api/resilience/reminder?today=2026-03-15')).json()).toMatchObject({
      isDue: true,
      message: 'Your fortnightly check-in is due today.',
    });
  });
});

describe('check-ins', () => {
  it('scores a completed check-in with bands and keeps it', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const response = await client.post('/api/resilience/checkins', { date: '2026-03-02', answers: burnoutAt('high') });
    expect(response.statusCode).toBe(201);
    const checkin = response.json();
    expect(checkin.scores.map((s: { id: string; score: number; band: string }) => [s.id, s.score, s.band])).toEqual([
      ['compassion-satisfaction', 15, 'moderate'],
      ['burnout', 25, 'high'],
      ['secondary-traumatic-stress', 15, 'moderate'],
    ]);
    const { previous, earlierSameDay, ...stored } = checkin;
    expect([previous, earlierSameDay]).toEqual([null, 0]);
    expect((await client.get(`/api/resilience/checkins/${checkin.id}`)).json()).toEqual(stored);
    expect((await client.get('/api/resilience/checkins?from=2026-03-01&to=2026-03-31')).json().items).toHaveLength(1);
    expect((await client.delete(`/api/resilience/checkins/${checkin.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/resilience/checkins/${checkin.id}`)).statusCode).toBe(404);
  });

  it('refuses missing and out-of-range answers naming the item, and saves nothing', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    const { 'bo-3': _dropped, ...missing } = answers(3);
    const noAnswer = await client.post('/api/resilience/checkins', { answers: missing });
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.json().error.details).toEqual([
      {
        path: 'body.answers.bo-3',
        message: expect.stringMatching(/^missing answer to item bo-3/),
      },
    ]);
    const outOfRange = await client.post('/api/resilience/checkins', { answers: { ...answers(3), 'sts-2': 7 } });
    expect(outOfRange.json().error).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Check-in not saved: answers.sts-2 answer to item sts-2 is 7, outside the response scale 1 to 5',
    });
    const future = await client.post('/api/resilience/checkins', { date: addDays(TODAY, 2), answers: answers(3) });
    expect(future.json().error.details[0]).toEqual({ path: 'body.date', message: 'must not be in the future' });
    const badDate = await client.post('/api/resilience/checkins', { date: '2026-02-30', answers: answers(3) });
    expect(badDate.json().error.details[0].path).toBe('body.date');
    expect(await countRows('resilience_checkins', user.id)).toBe(0);
  });
});

describe('self-care log', () => {
  it('logs a day with any subset of fields, replaces it, and deletes it', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const first = await client.put('/api/resilience/self-care/2026-03-10', { sleepHours: 7.5, mood: 4 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      date: '2026-03-10',
      sleepHours: 7.5,
      activityMinutes: null,
      mealsRating: null,
      breaksTaken: null,
      boundaries: null,
      supportContact: null,
      mood: 4,
    });
    const full = {
      sleepHours: 6.25,
      activityMinutes: 30,
      mealsRating: 3,
      breaksTaken: 2,
      boundaries: 'crossed',
      supportContact: 'peer-support',
      mood: 2,
    };
    expect((await client.put('/api/resilience/self-care/2026-03-10', full)).json()).toEqual({
      date: '2026-03-10',
      ...full,
    });
    expect((await client.get('/api/resilience/self-care?from=2026-03-01')).json().items).toHaveLength(1);
    expect((await client.delete('/api/resilience/self-care/2026-03-10')).statusCode).toBe(204);
    expect((await client.get('/api/resilience/self-care/2026-03-10')).statusCode).toBe(404);
  });

  it('refuses absurd values with the field named and keeps what was there', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    await client.put('/api/resilience/self-care/2026-03-11', { sleepHours: 7 });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ sleepHours: 30 }, 'body.sleepHours', 'sleepHours must be at most 24 (hours in a day)'],
      [{ sleepHours: -1 }, 'body.sleepHours', 'sleepHours must not be negative'],
      [{ activityMinutes: 2000 }, 'body.activityMinutes', 'activityMinutes must be at most 1440 (minutes in a day)'],
      [{ mood: 6 }, 'body.mood', 'mood must be from 1 to 5'],
      [{ mealsRating: 0 }, 'body.mealsRating', 'mealsRating must be from 1 to 5'],
      [{ breaksTaken: 1.5 }, 'body.breaksTaken', 'breaksTaken must be a whole number'],
      [{ boundaries: 'maybe' }, 'body.boundaries', 'boundaries must be "kept" or "crossed"'],
      [{ sleepHours: 7, steps: 10000 }, 'body', expect.stringContaining('steps')],
      [{}, 'body', 'must have at least one field'],
    ];
    for (const [body, path, message] of cases) {
      const response = await client.put('/api/resilience/self-care/2026-03-11', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details[0]).toEqual({ path, message });
    }
    const badDate = await client.put('/api/resilience/self-care/2026-13-01', { sleepHours: 7 });
    expect(badDate.json().error.details[0].path).toBe('params.date');
    expect((await client.get('/api/resilience/self-care/2026-03-11')).json().sleepHours).toBe(7);
  });
});

describe('reflection journal', () => {
  it('keeps entries tagged win, challenge or lesson, with a wins view', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const win = await client.post('/api/resilience/journal', {
      date: '2026-03-05',
      tag: 'win',
      text: 'A client said our sessions helped them return to work.',
    });
    expect(win.statusCode).toBe(201);
    await client.post('/api/resilience/journal', { date: '2026-03-06', tag: 'challenge', text: 'Hard intake today.' });
    await client.post('/api/resilience/journal', { date: '2026-03-07', tag: 'lesson', text: 'Ask for help sooner.' });
    const wins = (await client.get('/api/resilience/journal?tag=win')).json().items;
    expect(wins.map((e: { text: string }) => e.text)).toEqual([
      'A client said our sessions helped them return to work.',
    ]);
    expect((await client.get('/api/resilience/journal')).json().items.map((e: { tag: string }) => e.tag)).toEqual([
      'lesson',
      'challenge',
      'win',
    ]);
    const edited = await client.patch(`/api/resilience/journal/${win.json().id}`, { text: 'Edited win' });
    expect(edited.json()).toMatchObject({ text: 'Edited win', tag: 'win' });
    const empty = await client.post('/api/resilience/journal', { tag: 'win', text: '   ' });
    expect(empty.json().error.details[0]).toEqual({ path: 'body.text', message: 'must not be empty' });
    const badTag = await client.post('/api/resilience/journal', { tag: 'rant', text: 'x' });
    expect(badTag.json().error.details[0]).toEqual({ path: 'body.tag', message: 'must be win, challenge or lesson' });
    expect((await client.delete(`/api/resilience/journal/${win.json().id}`)).statusCode).toBe(204);
    expect((await client.get('/api/resilience/journal?tag=win')).json().items).toEqual([]);
  });
});

describe('dashboard', () => {
  const today = '2026-03-15';

  async function seedRisingBurnout(client: TestClient) {
    const levels = ['low', 'moderate', 'moderate', 'high'] as const;
    for (const [i, level] of levels.entries()) {
      await client.post('/api/resilience/checkins', { date: addDays(today, -7 * (3 - i)), answers: burnoutAt(level) });
    }
    for (let d = 27; d >= 0; d--) {
      await client.put(`/api/resilience/self-care/${addDays(today, -d)}`, {
        sleepHours: d > 13 ? 7.5 : 5.5,
        activityMinutes: d > 13 ? 40 : 10,
        supportContact: 'none',
        boundaries: d % 2 === 0 ? 'crossed' : 'kept',
        mood: d > 13 ? 4 : 2,
      });
    }
  }

  it('charts check-ins and weekly self-care, and warns with the data that triggered it', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    await seedRisingBurnout(client);
    await client.post('/api/resilience/journal', { date: today, tag: 'win', text: 'Finished the training.' });
    const response = await client.get(`/api/resilience/dashboard?today=${today}&weeks=8`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store, private');
    const dashboard = response.json();
    expect(dashboard.from).toBe(addDays(mondayOf(today), -49));
    expect(dashboard.checkins).toHaveLength(4);
    expect(dashboard.selfCareWeeks.at(-1)).toMatchObject({
      weekStart: '2026-03-09',
      daysLogged: 7,
      sleepHoursAvg: 5.5,
    });
    expect(dashboard.directHoursWeeks).toEqual([]);
    expect(dashboard.counts).toEqual({ checkins: 4, selfCareDays: 28, wins: 1 });
    expect(dashboard.reminder).toMatchObject({ isDue: false, nextDueOn: '2026-03-22' });
    expect(dashboard.latestCheckin.scores[1]).toMatchObject({ id: 'burnout', band: 'high' });
    expect(dashboard.warnings.map((w: { id: string }) => w.id)).toEqual([
      'band-rising:burnout',
      'high-without-support',
    ]);
    const rising = dashboard.warnings[0];
    expect(rising.because[0]).toBe('Your burnout moved to a more concerning band between 8 Mar 2026 and 15 Mar 2026.');
    expect(rising.steps[0]).toContain('you averaged 5.5 hours a night over the last two weeks, down from 7.5');
    expect(rising.urgentHelp).toContain('call or text 988');
  });

  it('counts the latest of several check-ins on one day in the card, the trends and the warnings (ADR 0020)', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const first = await client.post('/api/resilience/checkins', { date: '2026-04-01', answers: burnoutAt('moderate') });
    expect(first.json()).toMatchObject({ previous: null, earlierSameDay: 0 });
    const morning = await client.post('/api/resilience/checkins', { date: '2026-04-08', answers: burnoutAt('high') });
    expect(morning.json().previous).toMatchObject({ date: '2026-04-01' });
    expect(morning.json().previous.scores[1]).toMatchObject({ id: 'burnout', band: 'moderate' });
    // Later the same day, burnout reads moderate again: this one counts for the day.
    const evening = await client.post('/api/resilience/checkins', {
      date: '2026-04-08',
      answers: burnoutAt('moderate'),
    });
    expect(evening.statusCode).toBe(201);
    expect(evening.json()).toMatchObject({ date: '2026-04-08', earlierSameDay: 1, previous: { date: '2026-04-01' } });
    const dashboard = (await client.get('/api/resilience/dashboard?today=2026-04-10&weeks=4')).json();
    expect(dashboard.latestCheckin.id).toBe(evening.json().id);
    expect(dashboard.checkins.map((c: { date: string }) => c.date)).toEqual(['2026-04-01', '2026-04-08']);
    expect(dashboard.checkins[1].scores[1]).toMatchObject({ id: 'burnout', band: 'moderate' });
    expect(dashboard.warnings).toEqual([]);
    // The history keeps every check-in; only the series read one per day.
    expect((await client.get('/api/resilience/checkins')).json().items).toHaveLength(3);
    const share = await client.post('/api/resilience/shares', {
      from: '2026-04-01',
      to: '2026-04-10',
      subscales: ['burnout'],
      includeSelfCare: false,
    });
    expect(share.statusCode).toBe(201);
    const summary = (await t.app.inject({ method: 'GET', url: `/api/shared/resilience/${share.json().token}` })).json();
    expect(summary.subscales[0].points.map((p: { date: string; band: string }) => [p.date, p.band])).toEqual([
      ['2026-04-01', 'moderate'],
      ['2026-04-08', 'moderate'],
    ]);
  });

  it('folds the log into ISO weeks: averages, totals and counts, with empty weeks left out', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    await client.put('/api/resilience/self-care/2026-02-09', { mood: 5 });
    await client.put('/api/resilience/self-care/2026-03-02', { supportContact: 'both', mood: 4 });
    await client.put('/api/resilience/self-care/2026-03-09', {
      sleepHours: 7.25,
      supportContact: 'supervision',
      boundaries: 'crossed',
      mood: 2,
    });
    await client.put('/api/resilience/self-care/2026-03-15', {
      sleepHours: 6,
      supportContact: 'none',
      activityMinutes: 30,
    });
    const dashboard = (await client.get(`/api/resilience/dashboard?today=${today}&weeks=4`)).json();
    expect(dashboard.selfCareWeeks).toEqual([
      {
        weekStart: '2026-03-02',
        daysLogged: 1,
        sleepHoursAvg: null,
        activityMinutesTotal: null,
        supportContacts: 1,
        boundariesCrossed: 0,
        moodAvg: 4,
      },
      {
        weekStart: '2026-03-09',
        daysLogged: 2,
        sleepHoursAvg: 6.63,
        activityMinutesTotal: 30,
        supportContacts: 1,
        boundariesCrossed: 1,
        moodAvg: 2,
      },
    ]);
  });

  it('reads workload through the hours-log port when one provides hours', async () => {
    const { user, client } = await signedInClient(t.app, t.db.db);
    await seedRisingBurnout(client);
    const weeks = [10, 10, 10, 10, 16, 18, 20, 20];
    const dashboard = await getDashboard(
      t.db.db,
      user.id,
      { today, weeks: 8 },
      async (_db, userId, from, to) => {
        expect(userId).toBe(user.id);
        expect(from <= addDays(today, -56) && to === today).toBe(true);
        return weeks.map((hours, i) => ({ weekStart: addDays(mondayOf(today), -7 * (7 - i)), hours }));
      },
      NOW,
    );
    expect(dashboard.directHoursWeeks).toHaveLength(8);
    const workload = dashboard.warnings.find((w) => w.kind === 'high-with-workload-rise');
    expect(workload?.because).toContain(
      'Your direct-client hours averaged 18.5 a week over the 4 weeks to 15 Mar 2026, up from 10 a week in the 4 weeks before (+85%).',
    );
  });

  it('refuses a bad range', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    const response = await client.get('/api/resilience/dashboard?weeks=2');
    expect(response.json().error.details[0]).toEqual({ path: 'query.weeks', message: 'weeks must be at least 4' });
  });
});

describe('export and delete', () => {
  it('exports everything as JSON and CSV (spreadsheet formulas defused)', async () => {
    const { client } = await signedInClient(t.app, t.db.db);
    await client.post('/api/resilience/checkins', { date: '2026-03-01', answers: answers(2) });
    await client.put('/api/resilience/self-care/2026-03-01', { sleepHours: 8, supportContact: 'both' });
    await client.post('/api/resilience/journal', {
      date: '2026-03-01',
      tag: 'lesson',
      text: '=HYPERLINK("x"), "quoted"',
    });
    const json = await client.get('/api/resilience/export');
    expect(json.headers['content-disposition']).toContain('vocare-resilience.json');
    const body = json.json();
    expect(body.checkins).toHaveLength(1);
    expect(body.selfCare).toEqual([expect.objectContaining({ date: '2026-03-01', sleepHours: 8 })]);
    expect(body.journal[0].text).toBe('=HYPERLINK("x"), "quoted"');

    const checkinsCsv = await client.get('/api/resilience/export.csv?dataset=checkins');
    expect(checkinsCsv.headers['content-type']).toContain('text/csv');
    const [header, row] = checkinsCsv.body.trim().split('\r\n');
    expect(header).toMatch(/^id,date,instrument_id,compassion-satisfaction_score,compassion-satisfaction_band,/);
    expect(header).toContain('answer_cs-1');
    expect(row).toContain(',2026-03-01,vocare-reflective-checkin,');
    const selfCareCsv = await client.get('/api/resilience/export.csv?dataset=selfcare');
    expect(selfCareCsv.body).toBe(
      'date,sleep_hours,activity_minutes,meals_rating,breaks_taken,boundaries,support_contact,mood\r\n2026-03-01,8,,,,,both,\r\n',
    );
    const journalCsv = await client.get('/api/resilience/export.csv?dataset=journal');
    expect(journalCsv.body).toContain(`,lesson,"'=HYPERLINK(""x""), ""quoted""",`);
    expect((await client.get('/api/resilience/export.csv?dataset=all')).statusCode).toBe(400);

    // The account-wide export carries the same section.
    const account = (await client.get('/api/me/export')).json();
    expect(account.sections.resilience.checkins).toHaveLength(1);
  });

  it('deletes all of it only when confirmed', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db);
    await client.post('/api/resilience/checkins', { date: '2026-03-01', answers: answers(2) });
    await client.put('/api/resilience/self-care/2026-03-01', { mood: 3 });
    await client.post('/api/resilience/journal', { tag: 'win', text: 'A win' });
    await client.post('/api/resilience/shares', {
      subscales: ['burnout'],
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect((await client.delete('/api/resilience/data')).statusCode).toBe(400);
    expect((await client.delete('/api/resilience/data?confirm=yes')).statusCode).toBe(400);
    expect(await countRows('resilience_checkins', user.id)).toBe(1);
    const deleted = await client.delete('/api/resilience/data?confirm=delete-all');
    expect(deleted.json()).toEqual({ checkins: 1, selfCareDays: 1, journalEntries: 1, shares: 1 });
    for (const table of [
      'resilience_checkins',
      'resilience_self_care_days',
      'resilience_journal_entries',
      'resilience_shares',
      'resilience_settings',
    ]) {
      expect(await countRows(table, user.id)).toBe(0);
    }
  });
});

describe('shared summaries', () => {
  it('shares only the chosen subscales and period, read-only by link, until revoked', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee'], { displayName: 'Robin Trainee' });
    await client.post('/api/resilience/checkins', { date: '2026-01-10', answers: burnoutAt('low') });
    await client.post('/api/resilience/checkins', { date: '2026-02-10', answers: burnoutAt('moderate') });
    await client.post('/api/resilience/checkins', { date: '2026-03-10', answers: burnoutAt('high') });
    await client.put('/api/resilience/self-care/2026-02-11', { sleepHours: 6, supportContact: 'supervision' });
    await client.post('/api/resilience/journal', { date: '2026-02-11', tag: 'win', text: 'Never in a summary' });

    const bad = await client.post('/api/resilience/shares', {
      subscales: ['burnout', 'nope'],
      from: '2026-02-01',
      to: '2026-03-31',
    });
    expect(bad.json().error.details[0].path).toBe('body.subscales.1');
    const backwards = await client.post('/api/resilience/shares', {
      subscales: ['burnout'],
      from: '2026-03-01',
      to: '2026-02-01',
    });
    expect(backwards.json().error.details[0].path).toBe('body.to');

    const created = await client.post('/api/resilience/shares', {
      subscales: ['burnout'],
      from: '2026-02-01',
      to: '2026-03-31',
      includeSelfCare: true,
      note: 'For supervision on Thursday',
    });
    expect(created.statusCode).toBe(201);
    const { token, path, share } = created.json();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/resilience/shared/${token}`);

    // Anyone with the link, signed in or not, sees the snapshot; nothing else.
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/shared/resilience/${token}` });
    expect(anonymous.statusCode).toBe(200);
    const snapshot = anonymous.json();
    expect(snapshot).toMatchObject({
      sharedBy: 'Robin Trainee',
      from: '2026-02-01',
      note: 'For supervision on Thursday',
    });
    expect(snapshot.subscales).toEqual([
      {
        id: 'burnout',
        label: 'Burnout',
        bands: [
          { label: 'low', max: 11 },
          { label: 'moderate', min: 12, max: 18 },
          { label: 'high', min: 19 },
        ],
        range: { min: 5, max: 25 },
        points: [
          { date: '2026-02-10', score: 15, band: 'moderate' },
          { date: '2026-03-10', score: 25, band: 'high' },
        ],
      },
    ]);
    expect(snapshot.selfCareWeeks).toEqual([expect.objectContaining({ weekStart: '2026-02-09', supportContacts: 1 })]);
    expect(anonymous.body).not.toContain('Never in a summary');
    expect(anonymous.body).not.toContain('compassion');

    // A later check-in does not change what was shared.
    await client.post('/api/resilience/checkins', { date: '2026-03-12', answers: burnoutAt('low') });
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/resilience/${token}` })).json()).toEqual(snapshot);

    expect((await client.get('/api/resilience/shares')).json().items).toEqual([share]);
    expect((await client.delete(`/api/resilience/shares/${share.id}`)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/resilience/${token}` })).statusCode).toBe(404);
    const guessed = await t.app.inject({ method: 'GET', url: `/api/shared/resilience/${'A'.repeat(43)}` });
    expect(guessed.statusCode).toBe(404);
  });
});

describe('privacy: only the owner reads any of it', () => {
  const OTHER_ROLES: Role[][] = [['supervisor'], ['organization'], ['admin'], ['explorer'], ['trainee'], ['mentor']];

  it("no other role reaches the owner's records on any route", async () => {
    const marker = `PRIVATE-${randomBytes(6).toString('hex')}`;
    const { client: owner } = await signedInClient(t.app, t.db.db, ['trainee']);
    const checkin = (await owner.post('/api/resilience/checkins', { date: '2026-03-01', answers: answers(4) })).json();
    await owner.put('/api/resilience/self-care/2026-03-01', { sleepHours: 3.25, activityMinutes: 1357 });
    const entry = (
      await owner.post('/api/resilience/journal', { date: '2026-03-01', tag: 'win', text: marker })
    ).json();
    const share = (
      await owner.post('/api/resilience/shares', {
        subscales: ['burnout'],
        from: '2026-01-01',
        to: '2026-03-31',
        note: `${marker}-note`,
      })
    ).json();
    const ownerIds = [checkin.id, entry.id, share.share.id];
    const secrets = [marker, ...ownerIds];

    // Every GET route in the API (not only this feature's), with the owner's ids in every path parameter.
    const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const getPaths = Object.entries(openapi.paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path);
    expect(getPaths).toContain('/api/resilience/dashboard');
    const urls = getPaths.flatMap((path) => {
      if (path.startsWith('/api/docs')) return [];
      if (path === '/api/resilience/export.csv')
        return ['checkins', 'selfcare', 'journal'].map((d) => `${path}?dataset=${d}`);
      if (!path.includes('{')) return [path];
      const values = [...ownerIds, '2026-03-01'];
      return values.map((v) => path.replace(/\{[^}]+\}/g, v));
    });

    for (const roles of OTHER_ROLES) {
      const { client: other } = await signedInClient(t.app, t.db.db, roles);
      for (const url of urls) {
        const response = await other.get(url);
        for (const secret of secrets) {
          // An error may echo the id it was asked for ("No career with id ..."); nothing else may show it.
          const isEcho = url.includes(secret) && response.statusCode >= 400;
          if (!isEcho) expect(response.body.includes(secret), `${roles[0]} GET ${url} leaked ${secret}`).toBe(false);
        }
        if (url.startsWith('/api/resilience/self-care/2026-03-01')) expect(response.statusCode).toBe(404);
      }
      // Writing to the owner's records fails as if they did not exist.
      expect((await other.delete(`/api/resilience/checkins/${checkin.id}`)).statusCode).toBe(404);
      expect((await other.patch(`/api/resilience/journal/${entry.id}`, { text: 'hijacked' })).statusCode).toBe(404);
      expect((await other.delete(`/api/resilience/journal/${entry.id}`)).statusCode).toBe(404);
      expect((await other.delete(`/api/resilience/shares/${share.share.id}`)).statusCode).toBe(404);
      expect((await other.delete('/api/resilience/data?confirm=delete-all')).json()).toEqual({
        checkins: 0,
        selfCareDays: 0,
        journalEntries: 0,
        shares: 0,
      });
    }

    const anonymous = new TestClient(t.app, '10.77.0.1');
    for (const url of urls.filter((u) => u.startsWith('/api/resilience'))) {
      // 401, or 400 where the path itself is malformed: never an answer.
      expect([400, 401], url).toContain((await anonymous.get(url)).statusCode);
    }

    // The owner's records are all still there, untouched.
    expect((await owner.get(`/api/resilience/checkins/${checkin.id}`)).statusCode).toBe(200);
    expect((await owner.get('/api/resilience/journal')).json().items[0].text).toBe(marker);
    expect((await owner.get('/api/resilience/self-care/2026-03-01')).json().activityMinutes).toBe(1357);
    expect((await owner.get('/api/resilience/shares')).json().items).toHaveLength(1);
  });
});
