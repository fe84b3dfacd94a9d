import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HoursProgress } from '#contracts/hours.js';
import type { RuleSet } from '#contracts/licensure.js';
import { todayUtc } from '#domain/calendar-date.js';
import { organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { expectStatus, LICENSE, logEntry, traineeWithSupervisor } from '#tests/factories/hours.js';
import { signedInClient, TEST_PASSWORD } from '#tests/factories/users.js';
import { extractPdf } from '#tests/setup/pdf-text.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { directHoursPerWeekFromLog } from './direct-hours.adapter.js';

/**
 * The app's clock in this file, frozen when the file starts: the server and the test agree on "today" even across
 * UTC midnight. Not a fixed date, because rows get created_at from the database's own clock (ADR 0012).
 */
const NOW = new Date();
const TODAY = todayUtc(NOW);

let t: TestApp;
let testRuleSet: RuleSet;

/** A rule set with a weekly limit and a group cap (no shipped one has them yet), created by an admin. */
async function createTestRuleSet(): Promise<RuleSet> {
  const { client: admin } = await signedInClient(t.app, t.db.db, ['admin']);
  const body: RuleSet = {
    id: 'US-ZZ:HOURS',
    jurisdiction: 'US-ZZ',
    jurisdictionName: 'Testland',
    license: 'HOURS',
    title: 'Test counselor license',
    careers: [],
    minDegree: { level: 'master', text: "Master's" },
    exams: [],
    requirements: [
      { id: 'total-hours', kind: 'total-hours', label: 'Total supervised hours', verified: true, hours: 40 },
      {
        id: 'direct-hours',
        kind: 'category-hours',
        label: 'Direct client contact hours',
        verified: true,
        categories: ['direct'],
        hours: 20,
      },
      {
        id: 'supervision-hours',
        kind: 'supervision-hours',
        label: 'Supervision hours',
        verified: true,
        hours: 6,
        groupCap: 2,
      },
      { id: 'weekly-limit', kind: 'max-hours-per-week', label: 'Maximum hours per week', verified: true, hours: 10 },
    ],
    notes: [],
    source: 'Test fixture',
    checkedDate: '2026-01-01',
    version: 1,
  };
  const response = await admin.post('/api/rules', body);
  expectStatus(response, 201);
  return response.json().ruleSet as RuleSet;
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  testRuleSet = await createTestRuleSet();
});
afterAll(async () => t.close());

describe('who may use the log', () => {
  it('needs a signed-in trainee', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/hours/entries' })).statusCode).toBe(401);
    const { client: explorer } = await signedInClient(t.app, t.db.db, ['explorer']);
    const refused = await explorer.get('/api/hours/entries');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('trainee');
  });
});

describe('license goal', () => {
  it('lists the rule sets, refuses an unknown one naming the field, and keeps the chosen one', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const empty = (await client.get('/api/hours/goal')).json();
    expect(empty.ruleSet).toBeNull();
    expect(empty.available.map((r: { id: string }) => r.id)).toContain('US-TX:LPC');
    const unknown = await client.put('/api/hours/goal', { ruleSetId: 'US-XX:NOPE' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ path: 'body.ruleSetId', message: 'no rule set "US-XX:NOPE"' }]);
    const malformed = await client.put('/api/hours/goal', { ruleSetId: 'texas' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('body.ruleSetId');
    const chosen = await client.put('/api/hours/goal', { ruleSetId: 'US-TX:LPC' });
    expect(chosen.json().ruleSet).toMatchObject({ id: 'US-TX:LPC', version: 1 });
    expect((await client.get('/api/hours/progress')).json().ruleSet).toMatchObject({ id: 'US-TX:LPC', version: 1 });
  });

  it('measures under the version of the rules in force on the goal’s rules date, else today (Virginia 2025-12-18)', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    await logEntry(client, { date: '2025-06-02', hours: 4 });
    const goal = await client.put('/api/hours/goal', { ruleSetId: 'Virginia:LPC' });
    expect(goal.json()).toMatchObject({ ruleSet: { id: 'US-VA:LPC' }, rulesDate: null });
    // Today is after the amendment: version 2, whose amended figures are not verified.
    const now = (await client.get('/api/hours/progress')).json() as HoursProgress;
    expect(now.ruleSet).toMatchObject({ version: 2, effectiveFrom: '2025-12-18', rulesDate: TODAY });
    expect(now.evaluation.verifiedCount).toBe(0);
    // A residency begun before the change: the trainee names that date and the old rule (3,400 hours) applies.
    const chosen = await client.put('/api/hours/goal', { ruleSetId: 'US-VA:LPC', rulesDate: '2025-06-02' });
    expect(chosen.json().rulesDate).toBe('2025-06-02');
    const before = (await client.get('/api/hours/progress')).json() as HoursProgress;
    expect(before.ruleSet).toMatchObject({ version: 1, effectiveUntil: '2025-12-17', rulesDate: '2025-06-02' });
    expect(before.evaluation.requirements.find((r) => r.id === 'total-hours')).toMatchObject({
      required: 3400,
      counted: 4,
    });
    // The query overrides the goal's date; "what if I moved" uses the same date for every rule set.
    expect((await client.get('/api/hours/progress?rulesDate=2026-01-05')).json().ruleSet.version).toBe(2);
    const compared = (await client.get('/api/hours/compare?ruleSets=US-VA:LPC,US-TX:LPC')).json();
    expect(compared.items.map((p: HoursProgress) => p.ruleSet.version)).toEqual([1, 1]);
    const pdf = await client.get('/api/hours/summary.pdf');
    expect(pdf.statusCode).toBe(200);
    const text = extractPdf(pdf.rawPayload).flat;
    expect(text).toContain('US-VA:LPC version 1 (in force until 2025-12-17)');
    expect(text).toContain('Rules applied: the version in force on 2025-06-02.');
    // null goes back to today's rules.
    expect((await client.put('/api/hours/goal', { ruleSetId: 'US-VA:LPC', rulesDate: null })).json().rulesDate).toBe(
      null,
    );
  });

  it('takes the state by name in the rule set id, and a degree date that limits pre-degree hours', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const unknown = await client.put('/api/hours/goal', { ruleSetId: 'Illinoiss:LCPC' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].message).toContain('"Illinoiss" is not a US state or DC');
    // Illinois LCPC: no pre-degree hours count (verified in data/licensure/rules.json).
    const chosen = await client.put('/api/hours/goal', { ruleSetId: 'illinois:LCPC', degreeDate: '2025-05-15' });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ ruleSet: { id: 'US-IL:LCPC' }, degreeDate: '2025-05-15' });
    await logEntry(client, { date: '2025-05-01', hours: 3 });
    await logEntry(client, { date: '2025-06-02', hours: 2 });
    const total = async () => {
      const progress = (await client.get('/api/hours/progress?asOf=2025-06-30')).json();
      return {
        counted: progress.evaluation.requirements.find((r: { id: string }) => r.id === 'total-hours').counted,
        reasons: progress.notCounted.map((n: { reason: string }) => n.reason),
      };
    };
    expect(await total()).toEqual({
      counted: 2,
      reasons: ['before the degree date 2025-05-15 (no pre-degree hours count)'],
    });
    // Left out, the degree date is kept; null clears it (then no pre-degree limit is applied).
    expect((await client.put('/api/hours/goal', { ruleSetId: 'US-IL:LCPC' })).json().degreeDate).toBe('2025-05-15');
    expect(
      (await client.put('/api/hours/goal', { ruleSetId: 'US-IL:LCPC', degreeDate: null })).json().degreeDate,
    ).toBeNull();
    expect((await total()).counted).toBe(5);
    expect(
      (await client.put('/api/hours/goal', { ruleSetId: 'US-IL:LCPC', degreeDate: '2025-02-30' })).statusCode,
    ).toBe(400);
  });

  it('asks for a goal before measuring progress without one', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const response = await client.get('/api/hours/progress');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'query.ruleSet', message: 'is required while no license goal is chosen' },
    ]);
  });
});

describe('entries', () => {
  it('logs hours or a start and end time, in quarter hours, and refuses bad input field by field', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const byHours = await client.post('/api/hours/entries', {
      date: '2025-03-03',
      hours: 1.75,
      category: 'direct',
      site: 'Riverside Clinic',
      note: 'intake sessions',
    });
    expect(byHours.statusCode).toBe(201);
    expect(byHours.json()).toMatchObject({
      entry: {
        date: '2025-03-03',
        hours: 1.75,
        status: 'unverified',
        isLocked: false,
        source: 'manual',
        exclusion: null,
      },
      warnings: [],
    });
    const byTimes = await client.post('/api/hours/entries', {
      date: '2025-03-04',
      startTime: '09:00',
      endTime: '10:45',
      category: 'supervision-individual',
      site: 'Riverside Clinic',
    });
    expect(byTimes.json().entry).toMatchObject({ hours: 1.75, startTime: '09:00', endTime: '10:45' });

    const cases: [Record<string, unknown>, string, string][] = [
      [{ hours: 1.1 }, 'body.hours', 'hours must be a multiple of a quarter hour (e.g. 1.25)'],
      [{ hours: 25 }, 'body.hours', 'hours must be at most 24 (hours in a day)'],
      [{ hours: undefined }, 'body.hours', 'hours are required (or a start and an end time)'],
      [
        { hours: undefined, startTime: '10:00', endTime: '09:00' },
        'body.endTime',
        'the end time must be after the start time',
      ],
      [
        { hours: undefined, startTime: '09:00', endTime: '09:50' },
        'body.endTime',
        'the start and end time must be a whole number of quarter hours apart (e.g. 09:00 to 09:45)',
      ],
      [
        { category: 'therapy' },
        'body.category',
        'Invalid option: expected one of "direct"|"indirect"|"supervision-individual"|"supervision-group"',
      ],
      [{ site: '  ' }, 'body.site', 'site must not be empty'],
      [{ date: '2025-02-30' }, 'body.date', 'date must be a real calendar date'],
      [
        { date: '2999-01-01' },
        'body.date',
        expect.stringMatching(/^date must be on or before \d{4}-\d{2}-\d{2}$/) as unknown as string,
      ],
      [{ note: 'x'.repeat(501) }, 'body.note', 'note must be at most 500 characters'],
      [{ clientName: 'J. Doe' }, 'body', expect.stringContaining('clientName') as unknown as string],
    ];
    for (const [patch, path, message] of cases) {
      const response = await client.post('/api/hours/entries', {
        date: '2025-03-05',
        hours: 1,
        category: 'direct',
        site: 'Clinic',
        ...patch,
      });
      expect(response.statusCode, JSON.stringify(patch)).toBe(400);
      expect(response.json().error.details, JSON.stringify(patch)).toContainEqual({ path, message });
    }
    const list = (await client.get('/api/hours/entries')).json();
    expect(list.total).toBe(2);
    expect(list.items.map((e: { date: string }) => e.date)).toEqual(['2025-03-04', '2025-03-03']);
  });

  it('edits and deletes an unverified entry, and writes each step to the audit trail', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const id = await logEntry(client, { date: '2025-04-01', hours: 2 });
    const edited = await client.put(`/api/hours/entries/${id}`, {
      date: '2025-04-02',
      hours: 2.5,
      category: 'indirect',
      site: 'Riverside Clinic',
      note: 'notes and case planning',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().entry).toMatchObject({ date: '2025-04-02', hours: 2.5, category: 'indirect' });
    expect((await client.delete(`/api/hours/entries/${id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/hours/entries/${id}`)).statusCode).toBe(404);
    const audit = (await client.get(`/api/hours/audit?entryId=${id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['delete', 'edit', 'create']);
    expect(audit[1].changes).toEqual([
      { field: 'date', from: '2025-04-01', to: '2025-04-02' },
      { field: 'hours', from: '2', to: '2.5' },
      { field: 'category', from: 'direct', to: 'indirect' },
      { field: 'note', from: null, to: 'notes and case planning' },
    ]);
    expect(audit[2]).toMatchObject({
      actor: { role: 'trainee' },
      summary: 'Logged 2025-04-01, 2 h direct client contact at Riverside Clinic',
    });
  });

  it('names only your own current supervisors on an entry', async () => {
    const other = await traineeWithSupervisor(t.app, t.db.db);
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const response = await client.post('/api/hours/entries', {
      date: '2025-04-01',
      hours: 1,
      category: 'direct',
      site: 'Clinic',
      supervisionId: other.supervisionId,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'body.supervisionId', message: 'must be one of your invited or active supervision agreements' },
    ]);
  });
});

describe('idempotent entry creation', () => {
  const body = { date: '2025-05-05', hours: 1, category: 'direct', site: 'Riverside Clinic' };

  it('a retry with the same Idempotency-Key returns the first entry and never logs a second', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const send = (key: string, payload: object = body) =>
      client.request({ method: 'POST', url: '/api/hours/entries', payload, headers: { 'idempotency-key': key } });
    const first = await send('retry-1');
    expect(first.statusCode).toBe(201);
    const again = await send('retry-1');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().entry.id).toBe(first.json().entry.id);
    // Concurrent retries (a double-click on a slow connection) also make one entry.
    const burst = await Promise.all([send('retry-2'), send('retry-2'), send('retry-2')]);
    expect(new Set(burst.map((r) => r.json().entry.id)).size).toBe(1);
    expect((await client.get('/api/hours/entries')).json().total).toBe(2);
    // The same key with other content is refused rather than silently ignored.
    const misuse = await send('retry-1', { ...body, hours: 2 });
    expect(misuse.statusCode).toBe(409);
    expect(misuse.json().error.details).toEqual([
      { path: 'headers.idempotency-key', message: 'was used before with different content' },
    ]);
    // Keys are per person: another trainee's identical key is theirs alone.
    const { client: someoneElse } = await signedInClient(t.app, t.db.db, ['trainee']);
    const theirs = await someoneElse.request({
      method: 'POST',
      url: '/api/hours/entries',
      payload: body,
      headers: { 'idempotency-key': 'retry-1' },
    });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().entry.id).not.toBe(first.json().entry.id);
  });
});

describe('warnings and progress', () => {
  it('warns when an entry is made before the agreement starts or while the license had lapsed, and does not count it', async () => {
    const { trainee, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2025-02-03',
      license: { licenseExpires: '2025-06-30' },
      goal: 'US-TX:LPC',
    });
    const before = await trainee.client.post('/api/hours/entries', {
      date: '2025-01-27',
      hours: 3,
      category: 'direct',
      site: 'Clinic',
      supervisionId,
    });
    expect(before.json().warnings).toEqual([
      {
        rule: 'before-agreement-start',
        message:
          'These hours will not count: before the supervision agreement with Dr. Sam Supervisor started on 2025-02-03.',
        ruleSetId: null,
        requirementId: null,
      },
    ]);
    expect(before.json().entry.exclusion).toBe(
      'before the supervision agreement with Dr. Sam Supervisor started on 2025-02-03',
    );
    const lapsed = await trainee.client.post('/api/hours/entries', {
      date: '2025-07-01',
      hours: 2,
      category: 'direct',
      site: 'Clinic',
      supervisionId,
    });
    expect(lapsed.json().warnings[0]).toMatchObject({
      rule: 'supervisor-license-lapsed',
      message: `These hours will not count: while Dr. Sam Supervisor's license had lapsed (LPC-S ${LICENSE.licenseNumber}, US-TX, expired 2025-06-30).`,
    });
    await logEntry(trainee.client, { date: '2025-03-03', hours: 5, supervisionId });
    const progress: HoursProgress = (await trainee.client.get('/api/hours/progress?asOf=2025-07-31')).json();
    expect(progress.ruleSet).toMatchObject({ id: 'US-TX:LPC', version: 1 });
    expect(progress.evaluation.requirements.find((r) => r.id === 'direct-hours')).toMatchObject({
      required: 1500,
      counted: 5,
    });
    expect(progress.notCounted.map((n) => [n.date, n.hours, n.reason])).toEqual([
      ['2025-01-27', 3, 'before the supervision agreement with Dr. Sam Supervisor started on 2025-02-03'],
      ['2025-07-01', 2, "while Dr. Sam Supervisor's license had lapsed (LPC-S S-10442, US-TX, expired 2025-06-30)"],
    ]);
    expect(progress.totals).toMatchObject({
      entries: 3,
      hours: 10,
      byStatus: { unverified: 10, verified: 0, returned: 0 },
    });
    // Renewing the license (the supervisor records the new expiry) makes the lapsed hours count.
    // (Covered through the supervisor's route in supervision.test.ts.)
  });

  it('warns about a week over the weekly limit and group supervision beyond the cap, naming the rule', async () => {
    const { trainee, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, { goal: testRuleSet.id });
    await logEntry(trainee.client, { date: '2025-03-03', hours: 8, supervisionId });
    const overWeek = await trainee.client.post('/api/hours/entries', {
      date: '2025-03-07',
      hours: 3,
      category: 'indirect',
      site: 'Clinic',
      supervisionId,
    });
    expect(overWeek.json().warnings).toEqual([
      {
        rule: 'weekly-limit',
        message:
          'The week of 2025-03-03 to 2025-03-09 has 11 hours; US-ZZ:HOURS counts at most 10 hours a week (rule "Maximum hours per week"), so 1 of them will not count.',
        ruleSetId: 'US-ZZ:HOURS',
        requirementId: 'weekly-limit',
      },
    ]);
    await logEntry(trainee.client, { date: '2025-03-10', hours: 1.5, category: 'supervision-group', supervisionId });
    const overCap = await trainee.client.post('/api/hours/entries', {
      date: '2025-03-17',
      hours: 1,
      category: 'supervision-group',
      site: 'Clinic',
      supervisionId,
    });
    expect(overCap.json().warnings).toEqual([
      {
        rule: 'group-supervision-cap',
        message:
          'Group supervision would total 2.5 hours; US-ZZ:HOURS counts at most 2 hours of group supervision (rule "Supervision hours"), so 0.5 of these hours will not count.',
        ruleSetId: 'US-ZZ:HOURS',
        requirementId: 'supervision-hours',
      },
    ]);
    // The evaluator does what the warnings said.
    const progress: HoursProgress = (await trainee.client.get('/api/hours/progress?asOf=2025-03-31')).json();
    const req = (id: string) => progress.evaluation.requirements.find((r) => r.id === id);
    expect(req('total-hours')?.counted).toBe(12.5);
    expect(req('supervision-hours')?.counted).toBe(2);
    expect(progress.notCounted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2025-03-07', hours: 1, requirementIds: ['total-hours'] }),
        expect.objectContaining({
          date: '2025-03-17',
          hours: 0.5,
          reason: 'group supervision beyond the 2-hour cap on group hours',
          requirementIds: ['supervision-hours'],
        }),
      ]),
    );
  });

  it('projects completion from the last 8 weeks, measures verified hours apart, and compares jurisdictions', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      goal: testRuleSet.id,
    });
    // 2 direct hours a week for 8 weeks up to 2025-06-29: 16 of the 20 direct hours, 4 to go at 2 a week.
    for (let week = 0; week < 8; week++) {
      const day = new Date(Date.UTC(2025, 4, 5 + week * 7)).toISOString().slice(0, 10);
      await logEntry(trainee.client, { date: day, hours: 2, supervisionId });
    }
    expectStatus(
      await supervisor.client.post(`/api/hours/supervisions/${supervisionId}/verify-week`, { weekStart: '2025-05-05' }),
      200,
    );
    const logged: HoursProgress = (await trainee.client.get('/api/hours/progress?asOf=2025-06-29')).json();
    const direct = logged.projection.requirements.find((r) => r.id === 'direct-hours');
    expect(direct).toMatchObject({ remaining: 4, countedLast8Weeks: 16, pacePerWeek: 2, date: '2025-07-13' });
    expect(logged.basis).toBe('logged');
    const verified: HoursProgress = (
      await trainee.client.get('/api/hours/progress?asOf=2025-06-29&basis=verified')
    ).json();
    expect(verified.evaluation.requirements.find((r) => r.id === 'direct-hours')?.counted).toBe(2);
    expect(verified.notCounted.filter((n) => n.reason === 'not verified by a supervisor yet')).toHaveLength(7);

    const compared = await trainee.client.get(
      `/api/hours/compare?ruleSets=${testRuleSet.id},US-CA:LPCC&asOf=2025-06-29`,
    );
    expect(compared.statusCode).toBe(200);
    const [here, there] = compared.json().items as HoursProgress[];
    expect(here?.ruleSet.id).toBe('US-ZZ:HOURS');
    expect(there?.ruleSet).toMatchObject({ id: 'US-CA:LPCC', version: 1, jurisdictionName: 'California' });
    // California's 1,750 direct hours rest on one third-party page only: not verified, so no target is applied.
    expect(there?.evaluation.requirements.find((r) => r.kind === 'category-hours')).toMatchObject({
      verified: false,
      required: null,
      counted: 16,
      met: null,
    });
    const unknown = await trainee.client.get('/api/hours/compare?ruleSets=US-TX:LPC,US-QQ:NONE');
    expect(unknown.statusCode).toBe(404);
    const tooMany = await trainee.client.get(
      '/api/hours/compare?ruleSets=US-TX:LPC,US-CA:LPCC,US-FL:LMHC,US-NY:LMHC,US-IL:LCPC',
    );
    expect(tooMany.statusCode).toBe(400);
  });

  it('charts hours per category by week and month, empty periods included', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    await logEntry(client, { date: '2025-06-02', hours: 2 });
    await logEntry(client, { date: '2025-06-04', hours: 1, category: 'supervision-group' });
    await logEntry(client, { date: '2025-06-16', hours: 3, category: 'indirect' });
    const charts = (await client.get('/api/hours/charts?asOf=2025-06-18&weeks=4&months=2')).json();
    expect(charts.weeks.map((w: { start: string; total: number }) => [w.start, w.total])).toEqual([
      ['2025-05-26', 0],
      ['2025-06-02', 3],
      ['2025-06-09', 0],
      ['2025-06-16', 3],
    ]);
    expect(charts.weeks[1].byCategory).toEqual({
      direct: 2,
      indirect: 0,
      'supervision-individual': 0,
      'supervision-group': 1,
    });
    expect(charts.months).toEqual([
      {
        start: '2025-05',
        total: 0,
        byCategory: { direct: 0, indirect: 0, 'supervision-individual': 0, 'supervision-group': 0 },
      },
      {
        start: '2025-06',
        total: 6,
        byCategory: { direct: 2, indirect: 3, 'supervision-individual': 0, 'supervision-group': 1 },
      },
    ]);
    // The resilience feature reads direct hours per week (any status) through its port, and its dashboard shows them.
    const { user } = await signedInClient(t.app, t.db.db, ['trainee']);
    expect(await directHoursPerWeekFromLog(t.db.db, user.id, '2025-01-01', '2025-12-31')).toEqual([]);
    const owner = (await client.get('/api/auth/session')).json().user.id as string;
    expect(await directHoursPerWeekFromLog(t.db.db, owner, '2025-05-01', '2025-06-30')).toEqual([
      { weekStart: '2025-06-02', hours: 2 },
    ]);
    const dashboard = (await client.get('/api/resilience/dashboard?today=2025-06-18&weeks=8')).json();
    expect(dashboard.directHoursWeeks).toContainEqual({ weekStart: '2025-06-02', hours: 2 });
  });
});

describe('exports', () => {
  it('exports every entry as CSV that imports again', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    await logEntry(client, { date: '2025-02-03', hours: 1.25, note: '=cmd, "quoted"' });
    await logEntry(client, { date: '2025-02-04', hours: 2, category: 'indirect', site: 'East, Annex' });
    const response = await client.get('/api/hours/export.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="vocare-hours-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe('date,hours,category,site,supervisor,note,status,verified_by,verified_at,id');
    expect(lines[1]).toMatch(
      /^2025-02-03,1\.25,direct,Riverside Clinic,,"'=cmd, ""quoted""",unverified,,,[0-9a-f-]{36}$/,
    );
    expect(lines[2]).toMatch(/^2025-02-04,2,indirect,"East, Annex",,,unverified,,,/);
    const { client: other } = await signedInClient(t.app, t.db.db, ['trainee']);
    const preview = (await other.post('/api/hours/import/preview', { csv: response.body })).json();
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r: { note: string | null }) => r.note)).toEqual(['=cmd, "quoted"', null]);
  });

  it('downloads a PDF verification summary that names the rules and version it was measured against', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      goal: 'US-TX:LPC',
      traineeName: 'Łukasz Nguyễn',
      supervisorName: 'Dr. Nguyễn Thị Mai',
    });
    await logEntry(trainee.client, { date: '2025-03-03', hours: 4, supervisionId, site: 'Nguyễn Thị clinic' });
    await logEntry(trainee.client, { date: '2025-03-04', hours: 1, category: 'supervision-individual', supervisionId });
    await logEntry(trainee.client, { date: '2025-03-05', hours: 2, category: 'indirect' });
    expectStatus(
      await supervisor.client.post(`/api/hours/supervisions/${supervisionId}/verify-week`, { weekStart: '2025-03-03' }),
      200,
    );
    const response = await trainee.client.get('/api/hours/summary.pdf?asOf=2025-03-31');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="vocare-hours-summary-US-TX-LPC-v1.pdf"',
    );
    expect(response.headers['x-rule-set']).toBe('US-TX:LPC@1');
    const pdf = extractPdf(response.rawPayload);
    expect(pdf.problems).toEqual([]);
    expect(pdf.version).toBe('1.4');
    for (const expected of [
      'Supervised hours verification summary',
      // Names outside Latin-1 print as typed (the font is embedded), not as "?ukasz Nguy?n".
      'Trainee: Łukasz Nguyễn',
      'Dr. Nguyễn Thị Mai (active)',
      'Rule set: US-TX:LPC version 1 (Licensed Professional Counselor, Texas); rules checked 2026-12-04.',
      'Log: 3 entries, 7 hours, 2025-03-03 to 2025-03-05.',
      'Direct client contact',
      `LPC-S ${LICENSE.licenseNumber}, US-TX,`,
      'Direct client contact hours',
      '1,500 hours',
      'It holds no client-identifying information.',
    ]) {
      expect(pdf.flat).toContain(expected);
    }
    expect(pdf.flat).not.toContain('?');
    // Verified status: 2 entries (5 hours) verified, 1 entry (2 hours) awaiting.
    expect(pdf.text).toMatch(/^Verified by a supervisor 2 5$/m);
    expect(pdf.text).toMatch(/^Awaiting verification 1 2$/m);
  });
});

describe('confirmed placement hours from the experience board', () => {
  it('pulls each confirmed entry into the log once, with the chosen category and supervisor', async () => {
    const org = await organizationWithMember(t.app, t.db.db);
    const placement = await publishOpportunity(org.client, org.organizationId, {
      title: 'Counseling practicum',
      kind: 'field-placement',
      countsAsPlacement: true,
      placementLicense: 'LPC (Texas)',
      hasLicensedSupervisor: true,
    });
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2025-01-06',
    });
    const application = await trainee.client.post(`/api/opportunities/${placement}/applications`, {
      answers: ['Yes'],
      note: '',
    });
    expectStatus(application, 201);
    const applicationId = application.json().id as string;
    expectStatus(await org.client.patch(`/api/applications/${applicationId}`, { status: 'accepted' }), 200);
    const today = TODAY;
    const logged = await trainee.client.post(`/api/applications/${applicationId}/hours`, { date: today, hours: 2.5 });
    expectStatus(logged, 201);
    expectStatus(await org.client.patch(`/api/volunteer-hours/${logged.json().id}`, { status: 'confirmed' }), 200);

    const available = (await trainee.client.get('/api/hours/placement-hours')).json();
    expect(available.items).toEqual([
      expect.objectContaining({
        id: logged.json().id,
        hours: 2.5,
        opportunityTitle: 'Counseling practicum',
        isPulled: false,
      }),
    ]);
    const pulled = await trainee.client.post('/api/hours/placement-hours/pull', { category: 'direct', supervisionId });
    expect(pulled.json()).toEqual({ pulled: 1, hours: 2.5 });
    expect((await trainee.client.post('/api/hours/placement-hours/pull', { category: 'direct' })).json()).toEqual({
      pulled: 0,
      hours: 0,
    });
    const entry = (await trainee.client.get('/api/hours/entries')).json().items[0];
    expect(entry).toMatchObject({
      date: today,
      hours: 2.5,
      source: 'placement',
      supervisionId,
      note: 'Placement: Counseling practicum',
    });
    expect((await trainee.client.get('/api/hours/placement-hours')).json().items[0].isPulled).toBe(true);
    // The supervisor verifies pulled hours like any other entry.
    expect((await supervisor.client.get(`/api/hours/supervisions/${supervisionId}/entries`)).json().items).toHaveLength(
      1,
    );
  });
});

describe('personal data', () => {
  it('is part of the export, and account deletion removes the log and its audit trail', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['trainee']);
    await logEntry(client, { date: '2025-02-03', hours: 1 });
    const exported = (await client.get('/api/me/export')).json();
    expect(exported.sections.hours.entries).toHaveLength(1);
    expect(exported.sections.hours.audit).toHaveLength(1);
    const deleted = await client.post('/api/me/delete', { password: TEST_PASSWORD, confirm: 'delete my account' });
    expect(deleted.statusCode).toBe(204);
    const left = await t.db.db.execute(
      sql`select (select count(*) from hours_entries where user_id = ${user.id})::int as entries,
        (select count(*) from hours_audit_events where trainee_id = ${user.id})::int as audit`,
    );
    expect((left as unknown as { rows: unknown[] }).rows[0]).toEqual({ entries: 0, audit: 0 });
  });
});
