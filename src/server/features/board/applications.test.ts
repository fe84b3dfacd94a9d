import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayUtc } from '#domain/calendar-date.js';
import { organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { listConfirmedPlacementHours } from './volunteer-hours.service.js';

/**
 * The app's clock in this file, frozen when the file starts: the server and the test agree on "today" even across
 * UTC midnight. Not a fixed date, because rows get created_at from the database's own clock (ADR 0012).
 */
const NOW = new Date();
const TODAY = todayUtc(NOW);

let t: TestApp;
let orgA: Awaited<ReturnType<typeof organizationWithMember>>;
let orgB: Awaited<ReturnType<typeof organizationWithMember>>;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  orgA = await organizationWithMember(t.app, t.db.db, { name: 'Riverbend Recovery House' });
  orgB = await organizationWithMember(t.app, t.db.db, { name: 'Northside Legal Aid' });
});
afterAll(async () => {
  await t.close();
});

async function seeker() {
  return signedInClient(t.app, t.db.db, ['explorer']);
}

const apply = (client: TestClient, opportunityId: string, answers = ['I have done peer support before.']) =>
  client.post(`/api/opportunities/${opportunityId}/applications`, { answers, note: 'Free on weekday evenings.' });

describe('applying', () => {
  it('applies with answers and a note; the organization sees it as new', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const { client, user } = await seeker();
    const response = await apply(client, id);
    expect(response.statusCode).toBe(201);
    const application = response.json();
    expect(application).toMatchObject({
      status: 'new',
      applicant: { id: user.id },
      opportunity: { id, organization: { id: orgA.organizationId } },
      answers: [{ question: 'Why do you want to read with children?', answer: 'I have done peer support before.' }],
      note: 'Free on weekday evenings.',
      firstResponseAt: null,
    });
    expect((await client.get(`/api/opportunities/${id}`)).json().viewer.application).toEqual({
      id: application.id,
      status: 'new',
    });
    const list = (await orgA.client.get(`/api/organizations/${orgA.organizationId}/applications`)).json();
    expect(list.items.map((a: { id: string }) => a.id)).toContain(application.id);
  });

  it('refuses applying twice with a clear 409', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const { client } = await seeker();
    expect((await apply(client, id)).statusCode).toBe(201);
    const again = await apply(client, id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already applied/);
    expect((await client.get('/api/me/applications')).json().items).toHaveLength(1);
  });

  it('refuses two applications sent at the same moment (only one is stored)', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const { client } = await seeker();
    const results = await Promise.all([apply(client, id), apply(client, id), apply(client, id)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('refuses applying to a closed opportunity, and to drafts', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    await orgA.client.patch(`/api/opportunities/${id}`, { status: 'closed' });
    const { client } = await seeker();
    const closed = await apply(client, id);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.message).toMatch(/closed/);
    const draft = await publishOpportunity(orgA.client, orgA.organizationId, { status: 'draft' });
    expect((await apply(client, draft)).statusCode).toBe(404);
    expect((await client.get('/api/me/applications')).json().items).toEqual([]);
  });

  it('requires an answer to every question, naming the missing one', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId, {
      questions: ['When can you start?', 'Any languages besides English?'],
    });
    const { client } = await seeker();
    const missing = await apply(client, id, ['Next Monday']);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([
      { path: 'body.answers.1', message: 'is required: Any languages besides English?' },
    ]);
    const tooMany = await apply(client, id, ['a', 'b', 'c']);
    expect(tooMany.statusCode).toBe(400);
    expect((await client.get('/api/me/applications')).json().items).toEqual([]);
  });

  it('needs a sign-in', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    expect((await apply(new TestClient(t.app), id)).statusCode).toBe(401);
  });
});

describe('who sees which applications', () => {
  it('organizations see only applications to their own opportunities; seekers only their own', async () => {
    const idA = await publishOpportunity(orgA.client, orgA.organizationId);
    const idB = await publishOpportunity(orgB.client, orgB.organizationId);
    const alice = await seeker();
    const bob = await seeker();
    const toA = (await apply(alice.client, idA)).json();
    const toB = (await apply(bob.client, idB)).json();

    const listA = (await orgA.client.get(`/api/organizations/${orgA.organizationId}/applications`)).json();
    expect(listA.items.map((a: { id: string }) => a.id)).toContain(toA.id);
    expect(listA.items.map((a: { id: string }) => a.id)).not.toContain(toB.id);
    expect((await orgA.client.get(`/api/organizations/${orgB.organizationId}/applications`)).statusCode).toBe(403);
    expect((await orgA.client.get(`/api/applications/${toB.id}`)).statusCode).toBe(404);
    expect((await orgA.client.patch(`/api/applications/${toB.id}`, { status: 'declined' })).statusCode).toBe(404);
    expect((await orgA.client.get(`/api/applications/${toB.id}/hours`)).statusCode).toBe(404);
    // Filtering by another organization's opportunity still shows nothing of theirs.
    const filtered = await orgA.client.get(
      `/api/organizations/${orgA.organizationId}/applications?opportunityId=${idB}`,
    );
    expect(filtered.json().items).toEqual([]);

    expect((await alice.client.get(`/api/applications/${toB.id}`)).statusCode).toBe(404);
    expect((await alice.client.post(`/api/applications/${toB.id}/withdraw`)).statusCode).toBe(404);
    expect((await alice.client.get('/api/me/applications')).json().items.map((a: { id: string }) => a.id)).toEqual([
      toA.id,
    ]);
    expect((await alice.client.get(`/api/organizations/${orgA.organizationId}/applications`)).statusCode).toBe(403);
    // A seeker cannot move their own application on.
    expect((await alice.client.patch(`/api/applications/${toA.id}`, { status: 'accepted' })).statusCode).toBe(403);
    expect((await bob.client.get(`/api/applications/${toB.id}`)).statusCode).toBe(200);
  });
});

describe('the pipeline', () => {
  it('new -> reviewing -> accepted with a message; decisions are final', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const { client } = await seeker();
    const application = (await apply(client, id)).json();
    const url = `/api/applications/${application.id}`;
    const reviewing = await orgA.client.patch(url, { status: 'reviewing' });
    expect(reviewing.json()).toMatchObject({ status: 'reviewing', firstResponseAt: expect.any(String) });
    const accepted = await orgA.client.patch(url, {
      status: 'accepted',
      message: 'Welcome aboard! Orientation is Monday.',
    });
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      decisionMessage: 'Welcome aboard! Orientation is Monday.',
    });
    expect(accepted.json().firstResponseAt).toBe(reviewing.json().firstResponseAt);
    const seen = (await client.get(url)).json();
    expect(seen).toMatchObject({ status: 'accepted', decisionMessage: 'Welcome aboard! Orientation is Monday.' });
    const flip = await orgA.client.patch(url, { status: 'declined' });
    expect(flip.statusCode).toBe(409);
    const bad = await orgA.client.patch(url, { status: 'withdrawn' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.status');
  });

  it('the applicant withdraws; the organization can no longer act on it', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const { client } = await seeker();
    const application = (await apply(client, id)).json();
    expect((await orgA.client.post(`/api/applications/${application.id}/withdraw`)).statusCode).toBe(403);
    const withdrawn = await client.post(`/api/applications/${application.id}/withdraw`);
    expect(withdrawn.json().status).toBe('withdrawn');
    expect((await client.post(`/api/applications/${application.id}/withdraw`)).statusCode).toBe(409);
    const decline = await orgA.client.patch(`/api/applications/${application.id}`, { status: 'declined' });
    expect(decline.statusCode).toBe(409);
    expect(decline.json().error.message).toMatch(/withdrawn/);
    expect((await apply(client, id)).statusCode).toBe(409);
  });

  it("shows the organization's typical response time on its listings", async () => {
    const org = await organizationWithMember(t.app, t.db.db, { name: 'Quick Reply Shelter' });
    const id = await publishOpportunity(org.client, org.organizationId, { title: 'Overnight shelter host' });
    const hoursToAnswer = [2, 10, 30];
    for (const hours of hoursToAnswer) {
      const { client } = await seeker();
      const application = (await apply(client, id)).json();
      await t.db.db.execute(
        sql`update opportunity_applications set created_at = now() - make_interval(hours => ${hours}) where id = ${application.id}`,
      );
      await org.client.patch(`/api/applications/${application.id}`, { status: 'reviewing' });
    }
    const { client: waiting } = await seeker();
    await apply(waiting, id);
    const detail = (await new TestClient(t.app).get(`/api/opportunities/${id}`)).json();
    expect(detail.organization.responseTime.sampleSize).toBe(3);
    expect(detail.organization.responseTime.medianHours).toBeCloseTo(10, 0);
    const search = (await new TestClient(t.app).get('/api/opportunities?q=overnight+shelter+host')).json();
    expect(search.items[0].organization.responseTime).toEqual(detail.organization.responseTime);
    const profile = (await new TestClient(t.app).get(`/api/organizations/${org.organizationId}`)).json();
    expect(profile.responseTime.sampleSize).toBe(3);
  });
});

describe('volunteer hours', () => {
  it('an accepted volunteer logs hours, the organization confirms, and they show on the record', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId, {
      title: 'Recovery peer mentor',
      kind: 'field-placement',
      countsAsPlacement: true,
      placementLicense: 'CAC II',
      hasLicensedSupervisor: true,
    });
    const volunteer = await seeker();
    const application = (await apply(volunteer.client, id)).json();
    const hoursUrl = `/api/applications/${application.id}/hours`;
    const today = TODAY;

    const tooEarly = await volunteer.client.post(hoursUrl, { date: today, hours: 2 });
    expect(tooEarly.statusCode).toBe(409);
    await orgA.client.patch(`/api/applications/${application.id}`, { status: 'accepted' });

    const logged = await volunteer.client.post(hoursUrl, { date: today, hours: 3.5, description: 'Intake group' });
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({ hours: 3.5, status: 'pending', date: today });
    const second = (await volunteer.client.post(hoursUrl, { date: today, hours: 1 })).json();

    // Only the organization reviews; only the volunteer logs.
    expect(
      (await volunteer.client.patch(`/api/volunteer-hours/${logged.json().id}`, { status: 'confirmed' })).statusCode,
    ).toBe(403);
    expect((await orgA.client.post(hoursUrl, { date: today, hours: 1 })).statusCode).toBe(403);
    expect(
      (await orgB.client.patch(`/api/volunteer-hours/${logged.json().id}`, { status: 'confirmed' })).statusCode,
    ).toBe(404);

    const pending = (await orgA.client.get(`/api/organizations/${orgA.organizationId}/hours`)).json();
    expect(pending.items.map((h: { id: string }) => h.id)).toEqual(
      expect.arrayContaining([logged.json().id, second.id]),
    );
    expect((await orgB.client.get(`/api/organizations/${orgA.organizationId}/hours`)).statusCode).toBe(403);

    const confirmed = await orgA.client.patch(`/api/volunteer-hours/${logged.json().id}`, { status: 'confirmed' });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', reviewedAt: expect.any(String) });
    expect(
      (await orgA.client.patch(`/api/volunteer-hours/${logged.json().id}`, { status: 'rejected' })).statusCode,
    ).toBe(409);
    await orgA.client.patch(`/api/volunteer-hours/${second.id}`, {
      status: 'rejected',
      note: 'Not a scheduled shift.',
    });
    expect((await volunteer.client.delete(`/api/volunteer-hours/${second.id}`)).statusCode).toBe(409);

    const record = (await volunteer.client.get('/api/me/experience')).json();
    expect(record).toMatchObject({ totalConfirmedHours: 3.5, placementHours: 3.5 });
    expect(record.items[0]).toMatchObject({
      opportunity: { id, title: 'Recovery peer mentor', countsAsPlacement: true, placementLicense: 'CAC II' },
      organization: { id: orgA.organizationId },
      confirmedHours: 3.5,
      entries: 1,
    });
    const application2 = (await volunteer.client.get(`/api/applications/${application.id}`)).json();
    expect(application2.hours).toEqual({ pending: 0, confirmed: 3.5, rejected: 1 });

    // What the supervised hours log will pull.
    const placement = await listConfirmedPlacementHours(t.db.db, volunteer.user.id);
    expect(placement).toEqual([
      expect.objectContaining({
        id: logged.json().id,
        hours: 3.5,
        date: today,
        placementLicense: 'CAC II',
        opportunityId: id,
      }),
    ]);
  });

  it('refuses bad hours with the field named, and saves nothing', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const volunteer = await seeker();
    const application = (await apply(volunteer.client, id)).json();
    await orgA.client.patch(`/api/applications/${application.id}`, { status: 'accepted' });
    const url = `/api/applications/${application.id}/hours`;
    const tomorrow = addDays(TODAY, 1);
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2026-01-01', hours: -2 }, 'body.hours'],
      [{ date: '2026-01-01', hours: 25 }, 'body.hours'],
      [{ date: '2026-01-01', hours: 1.1 }, 'body.hours'],
      [{ date: '2026-13-01', hours: 2 }, 'body.date'],
      [{ date: tomorrow, hours: 2 }, 'body.date'],
      [{ date: '2001-01-01', hours: 2 }, 'body.date'],
    ];
    for (const [body, path] of cases) {
      const response = await volunteer.client.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details[0].path).toBe(path);
    }
    expect((await volunteer.client.get(url)).json().items).toEqual([]);
  });

  it('hours on a listing that does not count as a placement stay off the placement feed', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId, { countsAsPlacement: false });
    const volunteer = await seeker();
    const application = (await apply(volunteer.client, id)).json();
    await orgA.client.patch(`/api/applications/${application.id}`, { status: 'accepted' });
    const today = TODAY;
    const entry = (
      await volunteer.client.post(`/api/applications/${application.id}/hours`, { date: today, hours: 2 })
    ).json();
    await orgA.client.patch(`/api/volunteer-hours/${entry.id}`, { status: 'confirmed' });
    const record = (await volunteer.client.get('/api/me/experience')).json();
    expect(record).toMatchObject({ totalConfirmedHours: 2, placementHours: 0 });
    expect(await listConfirmedPlacementHours(t.db.db, volunteer.user.id)).toEqual([]);
  });

  it('the board is part of the personal data export', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const volunteer = await seeker();
    await apply(volunteer.client, id);
    const exported = await volunteer.client.get('/api/me/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.json().sections.board.applications).toHaveLength(1);
  });
});

describe('contact details and the message thread', () => {
  it('shows the organization only the contact details the applicant chose to share', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const sharing = await seeker();
    const shared = await sharing.client.post(`/api/opportunities/${id}/applications`, {
      answers: ['Yes.'],
      shareEmail: true,
      phone: '+1 (303) 555-0142',
    });
    expect(shared.statusCode).toBe(201);
    const silent = await seeker();
    const notShared = (await apply(silent.client, id)).json();
    const list = (await orgA.client.get(`/api/organizations/${orgA.organizationId}/applications`)).json();
    const byId = new Map(list.items.map((a: { id: string; contact: unknown }) => [a.id, a.contact]));
    expect(byId.get(shared.json().id)).toEqual({ email: sharing.user.email, phone: '+1 (303) 555-0142' });
    expect(byId.get(notShared.id)).toEqual({ email: null, phone: null });
    // Another organization sees neither.
    expect((await orgB.client.get(`/api/applications/${shared.json().id}`)).statusCode).toBe(404);
  });

  it('refuses a phone number that is not one, naming the field', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const { client } = await seeker();
    const response = await client.post(`/api/opportunities/${id}/applications`, {
      answers: ['Yes.'],
      phone: 'call me maybe',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.phone');
  });

  it('lets the organization and the applicant write to each other, and nobody else read or write', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const applicant = await seeker();
    const application = (await apply(applicant.client, id)).json();
    const url = `/api/applications/${application.id}/messages`;

    expect((await applicant.client.get(url)).json()).toEqual({ items: [] });
    const first = await orgA.client.post(url, { body: 'Could you come by on Tuesday at 5?' });
    expect(first.statusCode).toBe(201);
    const reply = await applicant.client.post(url, { body: 'Yes, Tuesday at 5 works.' });
    expect(reply.statusCode).toBe(201);

    const seenByApplicant = (await applicant.client.get(url)).json().items;
    expect(seenByApplicant).toMatchObject([
      { from: 'organization', isMine: false, body: 'Could you come by on Tuesday at 5?' },
      { from: 'applicant', isMine: true, body: 'Yes, Tuesday at 5 works.' },
    ]);
    const seenByOrg = (await orgA.client.get(url)).json().items;
    expect(seenByOrg.map((m: { isMine: boolean }) => m.isMine)).toEqual([true, false]);

    // Another organization's member, another seeker and an anonymous visitor: the same 404 (or 401) as a missing id.
    const stranger = await seeker();
    for (const client of [orgB.client, stranger.client]) {
      expect((await client.get(url)).statusCode).toBe(404);
      expect((await client.post(url, { body: 'Hello from outside' })).statusCode).toBe(404);
    }
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get(url)).statusCode).toBe(401);
    // Nothing from outside was written.
    expect((await applicant.client.get(url)).json().items).toHaveLength(2);
  });

  it('refuses an empty message and closes the thread once the application is withdrawn', async () => {
    const id = await publishOpportunity(orgA.client, orgA.organizationId);
    const applicant = await seeker();
    const application = (await apply(applicant.client, id)).json();
    const url = `/api/applications/${application.id}/messages`;
    const empty = await applicant.client.post(url, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0]).toMatchObject({ path: 'body.body', message: 'write a message' });
    await applicant.client.post(`/api/applications/${application.id}/withdraw`, {});
    const closed = await orgA.client.post(url, { body: 'Sorry to see you go.' });
    expect(closed.statusCode).toBe(409);
    expect((await orgA.client.get(url)).json().items).toHaveLength(0);
  });
});
