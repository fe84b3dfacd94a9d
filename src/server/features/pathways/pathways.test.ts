import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '#contracts/errors.js';
import type { RuleSetDetail } from '#contracts/licensure-api.js';
import type { PathwayOptions, PlanDetail, PlanList, Roadmap } from '#contracts/pathways.js';
import { pathwaysPorts } from '#server/features.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { seedPathwaysDemo } from './pathways.demo.js';

let t: TestApp;
let owner: TestClient;
let other: TestClient;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  owner = (await signedInClient(t.app, t.db.db, ['explorer', 'trainee'])).client;
  other = (await signedInClient(t.app, t.db.db, ['explorer'])).client;
  admin = (await signedInClient(t.app, t.db.db, ['admin'])).client;
});
afterAll(async () => t.close());

function errorOf(body: string): ErrorResponse['error'] {
  return (JSON.parse(body) as ErrorResponse).error;
}

async function createPlan(client: TestClient, body: Record<string, unknown>): Promise<PlanDetail> {
  const response = await client.post('/api/plans', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const texasLpc = {
  careerId: 'licensed-professional-counselor',
  jurisdiction: 'US-TX',
  stage: 'degree-done-accruing-hours',
  startDate: '2026-09-01',
};

describe('preview and options (no account needed)', () => {
  it('previews a roadmap from a career, a jurisdiction and a stage', async () => {
    const params = new URLSearchParams(texasLpc);
    const response = await t.app.inject({ method: 'GET', url: `/api/pathways/preview?${params}` });
    expect(response.statusCode, response.body).toBe(200);
    const roadmap: Roadmap = response.json();
    expect(roadmap.ruleSet).toMatchObject({ id: 'US-TX:LPC', version: 1 });
    expect(roadmap.stages[0]).toMatchObject({ id: 'supervised-practice', projectedEnd: '2028-03-01' });
  });

  it('takes the jurisdiction by name, in any case, as well as by code', async () => {
    for (const jurisdiction of ['Texas', 'texas', 'TX']) {
      const params = new URLSearchParams({ ...texasLpc, jurisdiction });
      const response = await t.app.inject({ method: 'GET', url: `/api/pathways/preview?${params}` });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().ruleSet).toMatchObject({ id: 'US-TX:LPC' });
    }
  });

  it('lists the rule sets licensing a career and which stages fit its road', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/pathways/options?careerId=registered-nurse' });
    const options: PathwayOptions = response.json();
    expect(options.ruleSets).toEqual([]);
    expect(options.stages.find((s) => s.id === 'in-master')).toMatchObject({ isAllowed: false });
    const counselor: PathwayOptions = (
      await t.app.inject({ method: 'GET', url: '/api/pathways/options?careerId=licensed-professional-counselor' })
    ).json();
    expect(counselor.ruleSets.map((r) => r.id)).toContain('US-IL:LCPC');
    expect(counselor.stages.every((s) => s.id === 'in-doctorate' || s.isAllowed)).toBe(true);
  });

  it('refuses unknown jurisdictions, licenses and careers, and impossible stages, naming the field', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ ...texasLpc, jurisdiction: 'US-ZZ' }, 'query.jurisdiction', /"US-ZZ" is not a US state or DC/],
      [{ ...texasLpc, jurisdiction: 'Texass' }, 'query.jurisdiction', /"Texass" is not a US state or DC/],
      [{ ...texasLpc, jurisdiction: 'US-IL' }, 'query.license', /US-IL has 2 licenses/],
      [{ ...texasLpc, jurisdiction: 'US-IL', license: 'LMFT' }, 'query.license', /has no LMFT rule set/],
      [{ ...texasLpc, careerId: 'registered-nurse' }, 'query.jurisdiction', /no licensure rules for Registered nurse/],
      [
        { ...texasLpc, careerId: 'psychologist', jurisdiction: 'US-PR' },
        'query.jurisdiction',
        /"US-PR" is not a US state or DC/,
      ],
      [{ careerId: 'no-such-career' }, 'query.careerId', /No career/],
      [{ careerId: 'registered-nurse', stage: 'in-master' }, 'query.stage', /no master's degree/],
      [{ careerId: 'registered-nurse', stage: 'retired' }, 'query.stage', /stage must be one of/],
      [{ ...texasLpc, ruleSetId: 'US-TX:LMFT', jurisdiction: '' }, 'query.jurisdiction', /./],
    ];
    for (const [query, path, message] of cases) {
      const params = new URLSearchParams(query);
      const response = await t.app.inject({ method: 'GET', url: `/api/pathways/preview?${params}` });
      expect(response.statusCode, `${path}: ${response.body}`).toBe(400);
      const detail = errorOf(response.body).details?.find((d) => d.path === path);
      expect(detail, `${path} in ${response.body}`).toBeDefined();
      expect(detail?.message).toMatch(message);
    }
    const wrongLicense = await t.app.inject({
      method: 'GET',
      url: '/api/pathways/preview?careerId=licensed-professional-counselor&ruleSetId=US-TX:LMFT',
    });
    expect(errorOf(wrongLicense.body).details?.[0]).toMatchObject({ path: 'query.ruleSetId' });
  });
});

describe('saved plans', () => {
  it('needs an account', async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.post('/api/plans', texasLpc)).statusCode).toBe(401);
    expect((await anonymous.get('/api/plans')).statusCode).toBe(401);
  });

  it('saves a plan with the rule set version it used, and lists it', async () => {
    const plan = await createPlan(owner, texasLpc);
    expect(plan).toMatchObject({
      title: 'Licensed professional counselor in Texas',
      careerId: 'licensed-professional-counselor',
      ruleSetId: 'US-TX:LPC',
      ruleSetVersion: 1,
      stage: 'degree-done-accruing-hours',
      startDate: '2026-09-01',
      newerRuleSetVersion: null,
    });
    expect(plan.roadmap.stages.map((s) => s.id).slice(0, 2)).toEqual(['supervised-practice', 'license']);
    expect(plan.progress).toEqual({ done: 0, total: plan.roadmap.stages.flatMap((s) => s.checklist).length });
    const list: PlanList = (await owner.get('/api/plans')).json();
    expect(list.items.map((p) => p.id)).toContain(plan.id);
    expect(list.items.find((p) => p.id === plan.id)?.careerTitle).toBe('Licensed professional counselor');
  });

  it('another user can neither see nor change the plan (404, as for a missing one)', async () => {
    const plan = await createPlan(owner, texasLpc);
    const step = plan.roadmap.stages[0]?.checklist[0]?.id ?? '';
    const attempts = [
      await other.get(`/api/plans/${plan.id}`),
      await other.patch(`/api/plans/${plan.id}`, { title: 'Mine now' }),
      await other.patch(`/api/plans/${plan.id}/steps/${step}`, { done: true }),
      await other.post(`/api/plans/${plan.id}/steps`, { stageId: 'license', text: 'x' }),
      await other.put(`/api/plans/${plan.id}/stages/license/target`, { targetDate: '2030-01-01' }),
      await other.get(`/api/plans/${plan.id}/calendar.ics`),
      await other.delete(`/api/plans/${plan.id}`),
    ];
    for (const response of attempts) {
      expect(response.statusCode, response.body).toBe(404);
      expect(errorOf(response.body).message).toBe(`No plan with id "${plan.id}".`);
    }
    expect((await other.get('/api/plans')).json<PlanList>().items.map((p) => p.id)).not.toContain(plan.id);
    const after: PlanDetail = (await owner.get(`/api/plans/${plan.id}`)).json();
    expect(after.title).toBe(plan.title);
    expect(after.progress.done).toBe(0);
  });

  it('ticks and unticks a step, adds own steps, sets target dates — all kept on reload', async () => {
    const plan = await createPlan(owner, { ...texasLpc, stage: 'degree-done' });
    const practice = plan.roadmap.stages.find((s) => s.id === 'supervised-practice');
    const stepId = practice?.checklist.find((c) => c.id.endsWith('req-total-hours'))?.id ?? '';
    expect(stepId).toBe('supervised-practice.req-total-hours');

    const ticked = await owner.patch(`/api/plans/${plan.id}/steps/${stepId}`, { done: true, targetDate: '2027-12-01' });
    expect(ticked.statusCode, ticked.body).toBe(200);
    const reloaded: PlanDetail = (await owner.get(`/api/plans/${plan.id}`)).json();
    const item = reloaded.roadmap.stages.flatMap((s) => s.checklist).find((c) => c.id === stepId);
    expect(item).toMatchObject({ done: true, targetDate: '2027-12-01', origin: 'generated' });
    expect(reloaded.progress.done).toBe(1);

    const own = await owner.post(`/api/plans/${plan.id}/steps`, {
      stageId: 'supervised-practice',
      text: 'Ask Dr. Ruiz about supervision',
      targetDate: '2026-10-01',
    });
    expect(own.statusCode, own.body).toBe(201);
    const withOwn: PlanDetail = own.json();
    const ownItem = withOwn.roadmap.stages
      .find((s) => s.id === 'supervised-practice')
      ?.checklist.find((c) => c.origin === 'own');
    expect(ownItem).toMatchObject({ text: 'Ask Dr. Ruiz about supervision', done: false, targetDate: '2026-10-01' });
    const ownId = ownItem?.id ?? '';
    expect((await owner.patch(`/api/plans/${plan.id}/steps/${ownId}`, { done: true })).statusCode).toBe(200);

    const target = await owner.put(`/api/plans/${plan.id}/stages/exam-licensure-exam/target`, {
      targetDate: '2027-01-15',
    });
    expect(target.statusCode, target.body).toBe(200);
    const dated: PlanDetail = target.json();
    expect(dated.roadmap.stages.find((s) => s.id === 'exam-licensure-exam')).toMatchObject({
      targetDate: '2027-01-15',
      projectedEnd: '2027-01-15',
    });
    // Supervised practice now starts when the exam is done, and lasts its 18 months.
    expect(dated.roadmap.stages.find((s) => s.id === 'supervised-practice')).toMatchObject({
      projectedStart: '2027-01-15',
      projectedEnd: '2028-07-15',
    });

    const final: PlanDetail = (await owner.get(`/api/plans/${plan.id}`)).json();
    expect(final.progress.done).toBe(2);
    expect(final.roadmap.stages.flatMap((s) => s.checklist).find((c) => c.id === ownId)?.done).toBe(true);

    const untick = await owner.patch(`/api/plans/${plan.id}/steps/${stepId}`, { done: false });
    expect(
      untick
        .json<PlanDetail>()
        .roadmap.stages.flatMap((s) => s.checklist)
        .find((c) => c.id === stepId),
    ).toMatchObject({
      done: false,
      targetDate: '2027-12-01',
    });
    const cleared = await owner.put(`/api/plans/${plan.id}/stages/exam-licensure-exam/target`, { targetDate: null });
    expect(
      cleared.json<PlanDetail>().roadmap.stages.find((s) => s.id === 'exam-licensure-exam')?.targetDate,
    ).toBeNull();

    const removed = await owner.delete(`/api/plans/${plan.id}/steps/${ownId}`);
    expect(removed.statusCode).toBe(200);
    expect(
      removed
        .json<PlanDetail>()
        .roadmap.stages.flatMap((s) => s.checklist)
        .some((c) => c.id === ownId),
    ).toBe(false);
  });

  it('refuses bad step and stage changes with clear errors, storing nothing', async () => {
    const plan = await createPlan(owner, texasLpc);
    const cases: [Promise<{ statusCode: number; body: string }>, number, string | null][] = [
      [owner.patch(`/api/plans/${plan.id}/steps/no-such.step`, { done: true }), 404, null],
      [owner.patch(`/api/plans/${plan.id}/steps/own-00000000-0000-4000-8000-000000000000`, { done: true }), 404, null],
      [owner.patch(`/api/plans/${plan.id}/steps/license.apply`, {}), 400, 'body'],
      [owner.patch(`/api/plans/${plan.id}/steps/license.apply`, { done: 'yes' }), 400, 'body.done'],
      [owner.patch(`/api/plans/${plan.id}/steps/license.apply`, { targetDate: '2027-02-30' }), 400, 'body.targetDate'],
      [owner.post(`/api/plans/${plan.id}/steps`, { stageId: 'degree-bachelor', text: 'x' }), 400, 'body.stageId'],
      [owner.post(`/api/plans/${plan.id}/steps`, { stageId: 'license', text: '  ' }), 400, 'body.text'],
      [owner.put(`/api/plans/${plan.id}/stages/self-care/target`, { targetDate: '2027-01-01' }), 400, 'params.stageId'],
      [owner.put(`/api/plans/${plan.id}/stages/degree-bachelor/target`, { targetDate: '2027-01-01' }), 404, null],
      [owner.delete(`/api/plans/${plan.id}/steps/license.apply`), 400, 'params.stepId'],
      [owner.patch(`/api/plans/${plan.id}`, { stage: 'in-doctorate' }), 400, 'body.stage'],
      [owner.patch(`/api/plans/${plan.id}`, {}), 400, 'body'],
      [owner.get('/api/plans/not-a-uuid'), 400, 'params.id'],
    ];
    for (const [request, status, path] of cases) {
      const response = await request;
      expect(response.statusCode, response.body).toBe(status);
      if (path) expect(errorOf(response.body).details?.map((d) => d.path)).toContain(path);
    }
    const after: PlanDetail = (await owner.get(`/api/plans/${plan.id}`)).json();
    expect({ ...after, updatedAt: plan.updatedAt }).toEqual(plan);
  });

  it('refuses to save a plan for an impossible stage or unknown rules; nothing is stored', async () => {
    const before: PlanList = (await owner.get('/api/plans')).json();
    const bad: [Record<string, unknown>, string][] = [
      [{ ...texasLpc, stage: 'in-doctorate' }, 'body.stage'],
      [{ ...texasLpc, jurisdiction: 'US-ZZ' }, 'body.jurisdiction'],
      [{ ...texasLpc, jurisdiction: 'US-IL', license: 'LMFT' }, 'body.license'],
      [{ ...texasLpc, startDate: '2026-02-29' }, 'body.startDate'],
      [{ ...texasLpc, careerId: 'nobody' }, 'body.careerId'],
      [{ ...texasLpc, extra: true }, 'body'],
    ];
    for (const [body, path] of bad) {
      const response = await owner.post('/api/plans', body);
      expect(response.statusCode, response.body).toBe(400);
      expect(errorOf(response.body).details?.map((d) => d.path)).toContain(path);
    }
    const after: PlanList = (await owner.get('/api/plans')).json();
    expect(after.items.map((p) => p.id)).toEqual(before.items.map((p) => p.id));
  });

  it('keeps measuring against the recorded rule set version after an admin edit, until asked to move', async () => {
    const plan = await createPlan(owner, {
      careerId: 'marriage-and-family-therapist',
      ruleSetId: 'US-NY:LMFT',
      stage: 'master-done',
      startDate: '2026-01-10',
    });
    expect(plan.ruleSetVersion).toBe(1);
    const current: RuleSetDetail = (await t.app.inject({ method: 'GET', url: '/api/rules/US-NY:LMFT' })).json();
    const edited = {
      ...current.ruleSet,
      requirements: current.ruleSet.requirements.map((r) => (r.id === 'total-hours' ? { ...r, hours: 1600 } : r)),
    };
    expect((await admin.put('/api/rules/US-NY:LMFT', edited)).statusCode).toBe(200);
    const still: PlanDetail = (await owner.get(`/api/plans/${plan.id}`)).json();
    expect(still.ruleSetVersion).toBe(1);
    expect(still.newerRuleSetVersion).toBe(2);
    expect(still.roadmap.totals.supervisedHours).toBe(1500);
    const moved = await owner.patch(`/api/plans/${plan.id}`, { useLatestRules: true });
    expect(moved.json<PlanDetail>()).toMatchObject({ ruleSetVersion: 2, newerRuleSetVersion: null });
    expect(moved.json<PlanDetail>().roadmap.totals.supervisedHours).toBe(1600);
  });

  it('changes the stage and start date, keeping own steps on stages now behind', async () => {
    const plan = await createPlan(owner, { careerId: 'registered-nurse', stage: 'starting', startDate: '2026-09-01' });
    await owner.post(`/api/plans/${plan.id}/steps`, { stageId: 'degree-bachelor', text: 'Visit the nursing school' });
    const response = await owner.patch(`/api/plans/${plan.id}`, { stage: 'bachelor-done', startDate: '2031-01-05' });
    expect(response.statusCode, response.body).toBe(200);
    const changed: PlanDetail = response.json();
    expect(changed.roadmap.stages[0]).toMatchObject({ id: 'exam-nclex-rn', projectedStart: '2031-01-05' });
    expect(changed.otherSteps).toEqual([
      expect.objectContaining({ stageId: 'degree-bachelor', text: 'Visit the nursing school', origin: 'own' }),
    ]);
  });

  it('exports milestones as iCalendar', async () => {
    const plan = await createPlan(owner, { ...texasLpc, title: 'Counselor, Texas; my plan' });
    await owner.post(`/api/plans/${plan.id}/steps`, {
      stageId: 'license',
      text: 'Book the fee, and the photo',
      targetDate: '2028-02-01',
    });
    const response = await owner.get(`/api/plans/${plan.id}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.headers['content-disposition']).toContain('.ics');
    const ics = response.body;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('X-WR-CALNAME:Vocare: Counselor\\, Texas\\; my plan');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260901');
    expect(lines).toContain('DTSTART;VALUE=DATE:20280301');
    expect(lines).toContain('SUMMARY:Step: Book the fee\\, and the photo');
    expect(lines.filter((l) => l.startsWith('UID:')).length).toBe(lines.filter((l) => l === 'BEGIN:VEVENT').length);
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
  });

  it('deletes a plan; it is gone for good', async () => {
    const plan = await createPlan(owner, texasLpc);
    expect((await owner.delete(`/api/plans/${plan.id}`)).statusCode).toBe(204);
    expect((await owner.get(`/api/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await owner.delete(`/api/plans/${plan.id}`)).statusCode).toBe(404);
  });
});

describe('personal data', () => {
  it('the export holds the person’s plans with their ticks and own steps, and nobody else’s', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    const plan = await createPlan(client, texasLpc);
    await client.patch(`/api/plans/${plan.id}/steps/license.apply`, { done: true });
    await client.post(`/api/plans/${plan.id}/steps`, { stageId: 'license', text: 'Frame the certificate' });
    const response = await client.get('/api/me/export');
    expect(response.statusCode).toBe(200);
    const section = response.json().sections.pathways as {
      plans: { id: string; stepStates: unknown[]; ownSteps: unknown[] }[];
    };
    expect(section.plans.map((p) => p.id)).toEqual([plan.id]);
    expect(section.plans[0]?.stepStates).toEqual([expect.objectContaining({ stepId: 'license.apply' })]);
    expect(section.plans[0]?.ownSteps).toEqual([expect.objectContaining({ text: 'Frame the certificate' })]);
  });
});

describe('demo data', () => {
  it('gives the demo trainee one Texas counselor plan with two ticks, once', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['trainee']);
    await seedPathwaysDemo(t.db.db, user.email, pathwaysPorts);
    await seedPathwaysDemo(t.db.db, user.email, pathwaysPorts);
    const list: PlanList = (await client.get('/api/plans')).json();
    expect(list.items).toHaveLength(1);
    const plan: PlanDetail = (await client.get(`/api/plans/${list.items[0]?.id}`)).json();
    expect(plan).toMatchObject({ ruleSetId: 'US-TX:LPC', stage: 'degree-done-accruing-hours' });
    expect(plan.progress.done).toBe(2);
  });
});
