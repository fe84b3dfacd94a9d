import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchApiResponse, MatchRequest, SameCauseResponse } from '#contracts/matching.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

let nextAddress = 1;
const anonymous = () => new TestClient(t.app, `10.31.0.${nextAddress++}`);
const signedIn = async () => signedInClient(t.app, t.db.db);

/** Someone who cares about mental health, wants one-to-one work and will study to a master's. */
const maya = {
  causes: ['mental-health', 'addiction-recovery'],
  scale: 'micro',
  clientContact: 'high',
  emotionalIntensity: 'some',
  maxEducation: 'master',
  currentEducation: 'bachelor',
  interests: { R: 1, I: 4, A: 3, S: 7, E: 2, C: 2 },
  values: ['relationships', 'independence'],
  motivations: ['empathy', 'lived-experience', 'empathy'],
} satisfies Partial<Record<keyof MatchRequest, unknown>>;

async function match(client: TestClient, body: unknown): Promise<MatchApiResponse> {
  const response = await client.post('/api/match', body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as MatchApiResponse;
}

describe('POST /api/match signed out', () => {
  it('ranks the curated careers best first, explains each score and saves nothing', async () => {
    const body = await match(anonymous(), maya);
    expect(body.scope).toBe('curated');
    expect(body.assessment).toBeNull();
    expect(body.previous).toBeNull();
    expect(body.motivations).toEqual(['empathy', 'lived-experience']);
    expect(body.total).toBe(body.results.length);
    expect(body.results.length).toBeGreaterThanOrEqual(30);
    expect(body.results.every((r) => r.curated)).toBe(true);
    const scores = body.results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const top5 = body.results.slice(0, 5).map((r) => r.title);
    expect(top5.filter((title) => /counsel|therap|social work/i.test(title)).length, top5.join(', ')).toBeGreaterThan(
      2,
    );
    const first = body.results[0];
    expect(first?.factors.map((f) => f.factor)).toEqual(expect.arrayContaining(['causes', 'scale', 'interests']));
    expect(first?.factors.every((f) => Number.isInteger(f.points) && f.reason.length > 0)).toBe(true);
    const psychologist = body.results.find((r) => r.id === 'psychologist');
    expect(psychologist?.gaps).toContain("Needs a doctoral or professional degree; you said master's at most");
  });

  it('scope all ranks every occupation, lists unknown factors and cuts to top', async () => {
    const body = await match(anonymous(), { ...maya, scope: 'all', top: 40 });
    expect(body.scope).toBe('all');
    expect(body.results).toHaveLength(40);
    expect(body.total).toBeGreaterThan(1000);
    const all = await match(anonymous(), { ...maya, scope: 'all' });
    const uncurated = all.results.find((r) => !r.curated);
    expect(uncurated?.unknown).toEqual(['causes', 'scale', 'clientContact', 'emotionalIntensity']);
  });

  it('leaves out careers the request sets aside, so the next one moves up', async () => {
    const plain = await match(anonymous(), maya);
    const [first, second] = plain.results;
    const without = await match(anonymous(), { ...maya, dismissed: [first?.id, 'no-such-career'], top: 3 });
    expect(without.results[0]?.id).toBe(second?.id);
    expect(without.results.map((r) => r.id)).not.toContain(first?.id);
    expect(without.dismissed).toEqual([{ id: first?.id, title: first?.title }]);
    expect(without.total).toBe(plain.total - 1);
  });

  it('says whether Vocare has licensure rules for the person’s jurisdiction', async () => {
    const texas = await match(anonymous(), { ...maya, jurisdiction: 'US-TX' });
    const counselor = texas.results.find((r) => r.id === 'licensed-professional-counselor');
    expect(counselor?.gaps).toContain('Needs a license (LPC, LPCC, LMHC) in Texas');
    // Every state and DC has rules now, and a state given by name is measured like its code.
    const wyoming = await match(anonymous(), { ...maya, jurisdiction: 'Wyoming' });
    const inWyoming = wyoming.results.find((r) => r.id === 'licensed-professional-counselor');
    expect(inWyoming?.gaps).toContain('Needs a license (LPC, LPCC, LMHC) in Wyoming');
    const puertoRico = await match(anonymous(), { ...maya, jurisdiction: 'US-PR' });
    const there = puertoRico.results.find((r) => r.id === 'licensed-professional-counselor');
    expect(there?.gaps.join(' ')).toContain('Vocare does not have US-PR’s licensing rules yet');
  });

  it('refuses bad input with 400 naming each field', async () => {
    const client = anonymous();
    const cases: [unknown, string, RegExp][] = [
      [{ ...maya, causes: ['oceans'] }, 'body.causes.0', /unknown cause id "oceans"/],
      [{ ...maya, interests: { ...maya.interests, S: 9 } }, 'body.interests.S', /between 0 and 7/],
      [{ ...maya, scale: 'galactic' }, 'body.scale', /scale must be one of/],
      [{ ...maya, maxEducation: 'high-school' }, 'body.maxEducation', /below currentEducation/],
      [{ ...maya, favouriteColour: 'green' }, 'body', /unknown field: favouriteColour/],
      [{ ...maya, top: 0 }, 'body.top', /top must be a whole number/],
      [{ ...maya, dismissed: ['Not An Id'] }, 'body.dismissed.0', /dismissed has a career id/],
      [{ ...maya, scope: 'everything' }, 'body.scope', /scope must be one of/],
    ];
    for (const [body, path, message] of cases) {
      const response = await client.post('/api/match', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.details).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]));
    }
    const { causes: _causes, ...noCauses } = maya;
    const missing = await client.post('/api/match', noCauses);
    expect(missing.json().error.details).toEqual([{ path: 'body.causes', message: expect.stringContaining('causes') }]);
  });

  it('needs the CSRF token like every state-changing request', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/match', payload: maya });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/match signed in: saved assessments and retakes', () => {
  it('saves the first assessment, does not duplicate unchanged answers, and compares a retake', async () => {
    const { client } = await signedIn();
    const first = await match(client, maya);
    expect(first.assessment).toMatchObject({ isNew: true });
    expect(first.previous).toBeNull();

    // Same answers in another order (a reload, a re-rank after a dismissal): no new history entry.
    const again = await match(client, { ...maya, causes: ['addiction-recovery', 'mental-health'], top: 5 });
    expect(again.assessment).toEqual({ ...first.assessment, isNew: false });
    expect(again.previous).toBeNull();

    const retake = await match(client, { ...maya, scale: 'macro', motivations: ['social-justice'] });
    expect(retake.assessment?.isNew).toBe(true);
    expect(retake.assessment?.id).not.toBe(first.assessment?.id);
    expect(retake.previous?.assessmentId).toBe(first.assessment?.id);
    expect(retake.previous?.answers).toEqual([
      { field: 'scale', before: 'micro', after: 'macro' },
      { field: 'motivations', before: ['empathy', 'lived-experience'], after: ['social-justice'] },
    ]);
    const policy = retake.previous?.careers.find((c) => c.id === 'policy-analyst');
    expect(policy?.before && policy.after && policy.after.score > policy.before.score).toBe(true);
    const counselor = retake.previous?.careers.find((c) => c.id === 'licensed-professional-counselor');
    expect(counselor?.after?.score).toBeLessThan(counselor?.before?.score ?? 0);
    const ranks = retake.previous?.careers.map((c) => c.after?.rank ?? Infinity) ?? [];
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    // Motivations never change a score.
    const sameScale = await match(anonymous(), { ...maya, scale: 'macro' });
    expect(sameScale.results).toEqual(retake.results);

    const list = (await client.get('/api/assessments')).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([retake.assessment?.id, first.assessment?.id]);
    expect(list.items[1]).toMatchObject({
      scope: 'curated',
      motivations: ['empathy', 'lived-experience'],
      profile: { scale: 'micro', causes: ['mental-health', 'addiction-recovery'] },
      careerCount: first.total,
    });
    expect(list.items[1].topResults).toEqual(
      first.results.slice(0, 5).map(({ id, title, score }) => ({ id, title, score })),
    );
    expect(list.items[1].profile).not.toHaveProperty('motivations');

    const latest = (await client.get('/api/assessments/latest')).json();
    expect(latest.assessment.id).toBe(retake.assessment?.id);
    expect(latest.assessment.results).toHaveLength(retake.total);

    const one = await client.get(`/api/assessments/${first.assessment?.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().results[0]).toEqual({
      id: first.results[0]?.id,
      title: first.results[0]?.title,
      score: first.results[0]?.score,
    });
  });

  it('compares against the last assessment in the same scope', async () => {
    const { client } = await signedIn();
    const curated = await match(client, maya);
    const all = await match(client, { ...maya, scope: 'all', top: 10 });
    expect(all.assessment?.isNew).toBe(true);
    expect(all.previous).toBeNull();
    const curatedAgain = await match(client, { ...maya, values: ['achievement'] });
    expect(curatedAgain.previous?.assessmentId).toBe(curated.assessment?.id);
    expect(curatedAgain.previous?.answers).toEqual([
      { field: 'values', before: ['independence', 'relationships'], after: ['achievement'] },
    ]);
  });

  it('saves nothing when the input is bad', async () => {
    const { client } = await signedIn();
    const bad = await client.post('/api/match', { ...maya, interests: { R: 8 } });
    expect(bad.statusCode).toBe(400);
    expect((await client.get('/api/assessments')).json()).toEqual({ items: [] });
    expect((await client.get('/api/assessments/latest')).json()).toEqual({ assessment: null });
  });

  it('deletes an assessment of one’s own', async () => {
    const { client } = await signedIn();
    const saved = await match(client, maya);
    expect((await client.delete(`/api/assessments/${saved.assessment?.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/assessments/${saved.assessment?.id}`)).statusCode).toBe(404);
    expect((await client.delete(`/api/assessments/${saved.assessment?.id}`)).statusCode).toBe(404);
    expect((await client.get('/api/assessments/not-a-uuid')).json().error.details[0].path).toBe('params.id');
  });
});

describe('dismissals', () => {
  it('are remembered per person and leave careers out until brought back', async () => {
    const { client } = await signedIn();
    const before = await match(client, maya);
    const [first, second] = before.results;
    const created = await client.post('/api/match/dismissals', { careerId: first?.id });
    expect(created.statusCode).toBe(201);
    expect(created.json().items).toEqual([
      { careerId: first?.id, title: first?.title, dismissedAt: expect.any(String) },
    ]);
    expect((await client.post('/api/match/dismissals', { careerId: first?.id })).statusCode).toBe(200);

    const after = await match(client, maya);
    expect(after.results[0]?.id).toBe(second?.id);
    expect(after.dismissed).toEqual([{ id: first?.id, title: first?.title }]);
    // Setting a career aside is not a new assessment.
    expect(after.assessment).toEqual({ ...before.assessment, isNew: false });

    expect((await client.get('/api/match/dismissals')).json().items).toHaveLength(1);
    expect((await client.delete(`/api/match/dismissals/${first?.id}`)).statusCode).toBe(204);
    expect((await client.get('/api/match/dismissals')).json()).toEqual({ items: [] });
    expect((await match(client, maya)).results[0]?.id).toBe(first?.id);
  });

  it('refuses unknown careers and bad ids, and needs a signed-in person', async () => {
    const { client } = await signedIn();
    const unknown = await client.post('/api/match/dismissals', { careerId: 'no-such-career' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.details).toEqual([{ path: 'body.careerId', message: expect.any(String) }]);
    const bad = await client.post('/api/match/dismissals', { careerId: 'Bad Id!' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.careerId');
    const extra = await client.post('/api/match/dismissals', { careerId: 'psychologist', why: 'x' });
    expect(extra.statusCode).toBe(400);
    expect((await client.get('/api/match/dismissals')).json()).toEqual({ items: [] });

    const guest = anonymous();
    expect((await guest.get('/api/match/dismissals')).statusCode).toBe(401);
    expect((await guest.post('/api/match/dismissals', { careerId: 'psychologist' })).statusCode).toBe(401);
    expect((await guest.delete('/api/match/dismissals/psychologist')).statusCode).toBe(401);
    expect((await guest.get('/api/assessments')).statusCode).toBe(401);
    expect((await guest.get('/api/assessments/latest')).statusCode).toBe(401);
  });
});

describe('ownership', () => {
  it('nobody reads, deletes or is affected by another person’s assessments and dismissals', async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const saved = await match(owner.client, maya);
    const top = saved.results[0]?.id;
    await owner.client.post('/api/match/dismissals', { careerId: top });

    expect((await other.client.get('/api/assessments')).json()).toEqual({ items: [] });
    expect((await other.client.get('/api/assessments/latest')).json()).toEqual({ assessment: null });
    const read = await other.client.get(`/api/assessments/${saved.assessment?.id}`);
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toContain(top);
    expect((await other.client.delete(`/api/assessments/${saved.assessment?.id}`)).statusCode).toBe(404);
    expect((await other.client.get('/api/match/dismissals')).json()).toEqual({ items: [] });
    // Removing a dismissal one does not hold touches nothing.
    expect((await other.client.delete(`/api/match/dismissals/${top}`)).statusCode).toBe(204);

    const theirs = await match(other.client, maya);
    expect(theirs.results[0]?.id).toBe(top);
    expect(theirs.previous).toBeNull();
    expect(theirs.assessment?.id).not.toBe(saved.assessment?.id);

    expect((await owner.client.get(`/api/assessments/${saved.assessment?.id}`)).statusCode).toBe(200);
    expect((await owner.client.get('/api/match/dismissals')).json().items).toHaveLength(1);
  });

  it('the personal data export holds one’s own assessments and dismissals', async () => {
    const { client } = await signedIn();
    const saved = await match(client, maya);
    await client.post('/api/match/dismissals', { careerId: 'psychologist' });
    const exported = (await client.get('/api/me/export')).json();
    expect(exported.sections.matching.assessments.map((a: { id: string }) => a.id)).toEqual([saved.assessment?.id]);
    expect(exported.sections.matching.dismissals).toEqual([
      { careerId: 'psychologist', title: expect.any(String), dismissedAt: expect.any(String) },
    ]);
  });
});

describe('GET /api/careers/:id/same-cause', () => {
  it('lists curated careers serving the same causes at the other scales', async () => {
    const response = await anonymous().get('/api/careers/human-services-case-worker/same-cause');
    expect(response.statusCode).toBe(200);
    const body = response.json() as SameCauseResponse;
    expect(body.career).toMatchObject({ id: 'human-services-case-worker', scale: 'micro', curated: true });
    expect(body.groups.map((g) => g.scale)).toEqual(['mezzo', 'macro']);
    const mezzo = body.groups[0]?.careers.map((c) => c.id) ?? [];
    const macro = body.groups[1]?.careers.map((c) => c.id) ?? [];
    expect(mezzo).toContain('homeless-services-program-manager');
    expect(macro).toContain('policy-analyst');
    for (const group of body.groups) {
      for (const c of group.careers) {
        expect(c.scale).toBe(group.scale);
        expect(c.sharedCauses.length).toBeGreaterThan(0);
        expect(c.sharedCauses.every((cause) => body.career.causes.includes(cause))).toBe(true);
      }
    }
  });

  it('answers an uncurated occupation with empty groups, and 404/400 for unknown or bad ids', async () => {
    const client = anonymous();
    const uncurated = (await client.get('/api/careers?curated=false&pageSize=1')).json().items[0];
    const body = (await client.get(`/api/careers/${uncurated.id}/same-cause`)).json() as SameCauseResponse;
    expect(body.career.curated).toBe(false);
    expect(body.groups.every((g) => g.careers.length === 0)).toBe(true);
    expect((await client.get('/api/careers/no-such-career/same-cause')).statusCode).toBe(404);
    const bad = await client.get('/api/careers/BAD!/same-cause');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('params.id');
  });
});
