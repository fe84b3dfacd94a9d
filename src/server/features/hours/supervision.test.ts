import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HourEntry } from '#contracts/hours.js';
import { expectStatus, LICENSE, logEntry, traineeWithSupervisor } from '#tests/factories/hours.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const entryBody = (patch: Record<string, unknown> = {}) => ({
  date: '2025-03-03',
  hours: 1,
  category: 'direct',
  site: 'Riverside Clinic',
  ...patch,
});

/** Runs SQL that the database must refuse; returns the database's own message (drizzle wraps it). */
async function refusal(query: ReturnType<typeof sql>): Promise<string> {
  try {
    await t.db.db.execute(query);
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause;
    return cause?.message ?? (err as Error).message;
  }
  throw new Error('the database accepted a statement it should refuse');
}

async function rows(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return ((await t.db.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

describe('inviting and accepting', () => {
  it('the invited address accepts with its license, gaining the supervisor role; nobody else can', async () => {
    const { client: trainee, user: traineeUser } = await signedInClient(t.app, t.db.db, ['trainee'], {
      displayName: 'Tara',
    });
    const { client: invited, user: invitedUser } = await signedInClient(t.app, t.db.db, ['explorer'], {
      displayName: 'Dr. Lee',
    });
    const { client: stranger } = await signedInClient(t.app, t.db.db, ['supervisor']);
    const invite = await trainee.post('/api/hours/supervisions', {
      email: invitedUser.email.toUpperCase(),
      startDate: '2025-01-06',
    });
    expect(invite.statusCode).toBe(201);
    expect(invite.json()).toMatchObject({
      status: 'invited',
      supervisor: null,
      license: null,
      startDate: '2025-01-06',
    });
    const id = invite.json().id as string;
    expect(
      (await trainee.post('/api/hours/supervisions', { email: invitedUser.email, startDate: '2025-01-06' })).statusCode,
    ).toBe(409);

    expect((await stranger.get('/api/hours/invitations')).json().items).toEqual([]);
    expect((await stranger.post(`/api/hours/invitations/${id}/accept`, LICENSE)).statusCode).toBe(404);
    const pending = (await invited.get('/api/hours/invitations')).json().items;
    expect(pending).toMatchObject([{ id, trainee: { id: traineeUser.id, displayName: 'Tara' } }]);

    const badLicense = await invited.post(`/api/hours/invitations/${id}/accept`, {
      ...LICENSE,
      licenseJurisdiction: 'Texass',
      licenseExpires: '',
    });
    expect(badLicense.statusCode).toBe(400);
    expect([...new Set(badLicense.json().error.details.map((d: { path: string }) => d.path))].sort()).toEqual([
      'body.licenseExpires',
      'body.licenseJurisdiction',
    ]);
    const accepted = await invited.post(`/api/hours/invitations/${id}/accept`, LICENSE);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'active',
      supervisor: { displayName: 'Dr. Lee' },
      license: LICENSE,
    });
    expect((await invited.refreshSession()).user?.roles).toContain('supervisor');
    expect((await invited.get('/api/hours/inbox')).json().supervisees).toMatchObject([
      { id, trainee: { displayName: 'Tara' } },
    ]);
    expect((await trainee.get('/api/hours/supervisions')).json().items[0]).toMatchObject({ id, status: 'active' });
  });

  it('refuses to let anyone supervise their own hours', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['trainee', 'supervisor']);
    const response = await client.post('/api/hours/supervisions', { email: user.email, startDate: '2025-01-06' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'body.email', message: 'must not be your own email address' },
    ]);
  });

  it('a declined invitation gives no access', async () => {
    const { client: trainee } = await signedInClient(t.app, t.db.db, ['trainee']);
    const { client: invited, user } = await signedInClient(t.app, t.db.db, ['supervisor']);
    const id = (await trainee.post('/api/hours/supervisions', { email: user.email, startDate: '2025-01-06' })).json()
      .id;
    expect((await invited.post(`/api/hours/invitations/${id}/decline`)).statusCode).toBe(204);
    expect((await invited.post(`/api/hours/invitations/${id}/accept`, LICENSE)).statusCode).toBe(404);
    expect((await invited.get(`/api/hours/supervisions/${id}/entries`)).statusCode).toBe(404);
    expect((await trainee.get('/api/hours/supervisions')).json().items[0].status).toBe('declined');
  });
});

describe('authorization', () => {
  it("a trainee cannot read or change another trainee's log", async () => {
    const owner = await traineeWithSupervisor(t.app, t.db.db, { goal: 'US-TX:LPC' });
    const id = await logEntry(owner.trainee.client, { date: '2025-03-03', supervisionId: owner.supervisionId });
    const { client: other } = await signedInClient(t.app, t.db.db, ['trainee']);
    expect((await other.get(`/api/hours/entries/${id}`)).statusCode).toBe(404);
    expect((await other.put(`/api/hours/entries/${id}`, entryBody())).statusCode).toBe(404);
    expect((await other.delete(`/api/hours/entries/${id}`)).statusCode).toBe(404);
    expect((await other.get('/api/hours/entries')).json().total).toBe(0);
    expect((await other.get(`/api/hours/audit?entryId=${id}`)).json().items).toEqual([]);
    expect((await other.get('/api/hours/export.csv')).body).not.toContain(id);
    // Another trainee can neither reach the agreement nor act as its supervisor.
    expect(
      (await other.patch(`/api/hours/supervisions/${owner.supervisionId}`, { endDate: '2025-12-31' })).statusCode,
    ).toBe(404);
    expect((await other.delete(`/api/hours/supervisions/${owner.supervisionId}`)).statusCode).toBe(404);
    expect((await other.post(`/api/hours/entries/${id}/verify`)).statusCode).toBe(403);
    // The owner's entry is untouched.
    expect((await owner.trainee.client.get(`/api/hours/entries/${id}`)).json()).toMatchObject({
      hours: 1,
      status: 'unverified',
    });
  });

  it('a supervisor sees only their supervisees and only the entries that name them', async () => {
    const a = await traineeWithSupervisor(t.app, t.db.db);
    const { client: supervisorB, user: b } = await signedInClient(t.app, t.db.db, ['supervisor'], {
      displayName: 'Dr. B',
    });
    const inviteB = (
      await a.trainee.client.post('/api/hours/supervisions', { email: b.email, startDate: '2025-01-06' })
    ).json().id;
    expectStatus(await supervisorB.post(`/api/hours/invitations/${inviteB}/accept`, LICENSE), 200);
    const namingA = await logEntry(a.trainee.client, { date: '2025-03-03', supervisionId: a.supervisionId });
    const namingB = await logEntry(a.trainee.client, { date: '2025-03-04', supervisionId: inviteB });
    const namingNobody = await logEntry(a.trainee.client, { date: '2025-03-05' });

    const seenByA = (await a.supervisor.client.get(`/api/hours/supervisions/${a.supervisionId}/entries`)).json()
      .items as HourEntry[];
    expect(seenByA.map((e) => e.id)).toEqual([namingA]);
    expect((await a.supervisor.client.get(`/api/hours/supervisions/${inviteB}/entries`)).statusCode).toBe(404);
    for (const id of [namingB, namingNobody]) {
      expect((await a.supervisor.client.post(`/api/hours/entries/${id}/verify`)).statusCode).toBe(404);
      expect((await a.supervisor.client.post(`/api/hours/entries/${id}/return`, { comment: 'x' })).statusCode).toBe(
        404,
      );
    }
    const inboxA = (await a.supervisor.client.get('/api/hours/inbox')).json();
    expect(inboxA.waiting).toMatchObject([
      { supervisionId: a.supervisionId, weekStart: '2025-03-03', entries: 1, hours: 1 },
    ]);
    const auditA = (await a.supervisor.client.get(`/api/hours/supervisions/${a.supervisionId}/audit`)).json().items;
    expect(auditA.every((e: { supervisionId: string }) => e.supervisionId === a.supervisionId)).toBe(true);
    expect(auditA.map((e: { entryId: string | null }) => e.entryId)).not.toContain(namingB);
    // A supervisor of someone else sees nothing of this trainee.
    const elsewhere = await traineeWithSupervisor(t.app, t.db.db);
    expect(
      (await elsewhere.supervisor.client.get(`/api/hours/supervisions/${a.supervisionId}/entries`)).statusCode,
    ).toBe(404);
    expect((await elsewhere.supervisor.client.post(`/api/hours/entries/${namingA}/verify`)).statusCode).toBe(404);
    // Trainee routes are not a back door: the supervisor role alone cannot read a log.
    expect((await a.supervisor.client.get('/api/hours/entries')).statusCode).toBe(403);
  });

  it('a supervisor cannot verify their own hours', async () => {
    // Someone who is both a supervisor (of A) and a trainee (supervised by B).
    const a = await signedInClient(t.app, t.db.db, ['trainee']);
    const both = await signedInClient(t.app, t.db.db, ['trainee', 'supervisor'], { displayName: 'Dual Role' });
    const b = await signedInClient(t.app, t.db.db, ['supervisor']);
    const toBoth = (
      await a.client.post('/api/hours/supervisions', { email: both.user.email, startDate: '2025-01-06' })
    ).json().id;
    expectStatus(await both.client.post(`/api/hours/invitations/${toBoth}/accept`, LICENSE), 200);
    const toB = (
      await both.client.post('/api/hours/supervisions', { email: b.user.email, startDate: '2025-01-06' })
    ).json().id;
    expectStatus(await b.client.post(`/api/hours/invitations/${toB}/accept`, LICENSE), 200);
    const own = await logEntry(both.client, { date: '2025-03-03', supervisionId: toB });
    const verifyOwn = await both.client.post(`/api/hours/entries/${own}/verify`);
    expect(verifyOwn.statusCode).toBe(403);
    expect(verifyOwn.json().error.message).toBe('You cannot verify or return your own hours.');
    expect((await both.client.post(`/api/hours/entries/${own}/return`, { comment: 'x' })).statusCode).toBe(403);
    expect(
      (await both.client.post(`/api/hours/supervisions/${toB}/verify-week`, { weekStart: '2025-03-03' })).statusCode,
    ).toBe(404);
    // An invitation from oneself cannot be accepted either (the invite route refuses it first; this is the backstop).
    await t.db.db.execute(
      sql`insert into hours_supervisions (trainee_id, invite_email, status, start_date) values (${both.user.id}, ${both.user.email}, 'invited', '2025-01-06')`,
    );
    const self = (await both.client.get('/api/hours/invitations')).json().items;
    expect(self).toEqual([]);
    expect((await both.client.get(`/api/hours/entries/${own}`)).json().status).toBe('unverified');
  });

  it('a supervisor loses access the moment the trainee removes them', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db);
    const id = await logEntry(trainee.client, { date: '2025-03-03', supervisionId });
    expect((await supervisor.client.get(`/api/hours/supervisions/${supervisionId}/entries`)).statusCode).toBe(200);
    expect((await trainee.client.delete(`/api/hours/supervisions/${supervisionId}`)).statusCode).toBe(204);
    expect((await supervisor.client.get(`/api/hours/supervisions/${supervisionId}/entries`)).statusCode).toBe(404);
    expect((await supervisor.client.get(`/api/hours/supervisions/${supervisionId}/audit`)).statusCode).toBe(404);
    expect((await supervisor.client.post(`/api/hours/entries/${id}/verify`)).statusCode).toBe(404);
    expect(
      (
        await supervisor.client.post(`/api/hours/supervisions/${supervisionId}/verify-week`, {
          weekStart: '2025-03-03',
        })
      ).statusCode,
    ).toBe(404);
    expect((await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, LICENSE)).statusCode).toBe(
      404,
    );
    expect(
      (await supervisor.client.patch(`/api/hours/supervisions/${supervisionId}`, { endDate: '2025-12-31' })).statusCode,
    ).toBe(404);
    const inbox = (await supervisor.client.get('/api/hours/inbox')).json();
    expect(inbox).toMatchObject({ supervisees: [], waiting: [] });
    // The entry stays in the trainee's log, unverified; the removed supervisor can no longer be named.
    expect((await trainee.client.get(`/api/hours/entries/${id}`)).json()).toMatchObject({
      status: 'unverified',
      supervisionId,
    });
    const naming = await trainee.client.post('/api/hours/entries', entryBody({ supervisionId }));
    expect(naming.statusCode).toBe(400);
  });
});

describe('verification and the lock', () => {
  it('verifies one entry or a whole week in one action; returns with a comment', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, { goal: 'US-TX:LPC' });
    const monday = await logEntry(trainee.client, { date: '2025-03-03', hours: 2, supervisionId });
    const friday = await logEntry(trainee.client, {
      date: '2025-03-07',
      hours: 1.5,
      category: 'indirect',
      supervisionId,
    });
    const sunday = await logEntry(trainee.client, {
      date: '2025-03-09',
      hours: 1,
      category: 'supervision-individual',
      supervisionId,
    });
    const nextWeek = await logEntry(trainee.client, { date: '2025-03-10', hours: 3, supervisionId });

    const inbox = (await supervisor.client.get('/api/hours/inbox')).json();
    expect(
      inbox.waiting.map((w: { weekStart: string; entries: number; hours: number }) => [
        w.weekStart,
        w.entries,
        w.hours,
      ]),
    ).toEqual([
      ['2025-03-03', 3, 4.5],
      ['2025-03-10', 1, 3],
    ]);
    expect(inbox.waiting[0].byCategory).toEqual({
      direct: 2,
      indirect: 1.5,
      'supervision-individual': 1,
      'supervision-group': 0,
    });

    const returned = await supervisor.client.post(`/api/hours/entries/${friday}/return`, {
      comment: 'This was Thursday, not Friday.',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'This was Thursday, not Friday.' });
    expect(
      (
        await supervisor.client.post(`/api/hours/supervisions/${supervisionId}/verify-week`, {
          weekStart: '2025-03-04',
        })
      ).statusCode,
    ).toBe(400);
    const week = await supervisor.client.post(`/api/hours/supervisions/${supervisionId}/verify-week`, {
      weekStart: '2025-03-03',
    });
    expect(week.json()).toEqual({ weekStart: '2025-03-03', verified: 2, hours: 3 });

    const list = (await trainee.client.get('/api/hours/entries')).json().items as HourEntry[];
    const status = Object.fromEntries(list.map((e) => [e.id, e.status]));
    expect(status).toEqual({
      [monday]: 'verified',
      [friday]: 'returned',
      [sunday]: 'verified',
      [nextWeek]: 'unverified',
    });
    expect(list.find((e) => e.id === monday)).toMatchObject({ isLocked: true, verifiedByName: 'Dr. Sam Supervisor' });
    expect(list.find((e) => e.id === friday)?.exclusion).toBe(
      'returned by Dr. Sam Supervisor for correction: "This was Thursday, not Friday."',
    );
    // The returned entry does not count until corrected; the correction sends it back for verification.
    const progress = (await trainee.client.get('/api/hours/progress?asOf=2025-03-31')).json();
    expect(progress.evaluation.requirements[0].counted).toBe(6);
    const corrected = await trainee.client.put(
      `/api/hours/entries/${friday}`,
      entryBody({ date: '2025-03-06', hours: 1.5, category: 'indirect', supervisionId }),
    );
    expect(corrected.json().entry).toMatchObject({ status: 'unverified', returnComment: null, exclusion: null });
    expect((await supervisor.client.post(`/api/hours/entries/${friday}/verify`)).json()).toMatchObject({
      status: 'verified',
      isLocked: true,
    });
    expect((await supervisor.client.post(`/api/hours/entries/${friday}/verify`)).statusCode).toBe(409);

    // Both read the same trail of these steps.
    const traineeAudit = (await trainee.client.get(`/api/hours/audit?entryId=${friday}`)).json().items;
    const supervisorAudit = (
      await supervisor.client.get(`/api/hours/supervisions/${supervisionId}/audit?entryId=${friday}`)
    ).json().items;
    expect(traineeAudit.map((e: { action: string }) => e.action)).toEqual(['verify', 'edit', 'return', 'create']);
    expect(supervisorAudit).toEqual(traineeAudit);
    expect(traineeAudit[2]).toMatchObject({
      actor: { name: 'Dr. Sam Supervisor', role: 'supervisor' },
      comment: 'This was Thursday, not Friday.',
    });
  });

  it('a locked entry cannot be changed through any route, until its supervisor returns it', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db);
    const id = await logEntry(trainee.client, { date: '2025-03-03', hours: 2, supervisionId });
    expectStatus(await supervisor.client.post(`/api/hours/entries/${id}/verify`), 200);
    const before = (await trainee.client.get(`/api/hours/entries/${id}`)).json();

    const attempts = [
      await trainee.client.put(`/api/hours/entries/${id}`, entryBody({ hours: 20, supervisionId })),
      await trainee.client.delete(`/api/hours/entries/${id}`),
      await supervisor.client.post(`/api/hours/entries/${id}/verify`),
    ];
    for (const attempt of attempts) expect(attempt.statusCode).toBe(409);
    expect(attempts[0]?.json().error.message).toBe(
      'This entry was verified by Dr. Sam Supervisor and is locked. Ask Dr. Sam Supervisor to return it if it needs a change; it will then need verifying again.',
    );
    // Neither an import nor a week's verification touches it, and removing the supervisor leaves it verified.
    expectStatus(
      await trainee.client.post('/api/hours/import', {
        csv: 'date,hours,category,site,supervisor,note\n2025-03-03,5,direct,Clinic,,',
      }),
      201,
    );
    expectStatus(
      await supervisor.client.post(`/api/hours/supervisions/${supervisionId}/verify-week`, { weekStart: '2025-03-03' }),
      200,
    );
    // No route other than those above writes entries; the database refuses any other path too.
    expect(await refusal(sql`update hours_entries set minutes = 600 where id = ${id}`)).toMatch(/locked/);
    expect(await refusal(sql`delete from hours_entries where id = ${id}`)).toMatch(/locked/);
    expect((await trainee.client.get(`/api/hours/entries/${id}`)).json()).toEqual(before);

    // The supervisor returns it: unlocked; the corrected entry needs verifying again.
    expectStatus(
      await supervisor.client.post(`/api/hours/entries/${id}/return`, { comment: 'Please split into two sessions.' }),
      200,
    );
    const edited = await trainee.client.put(`/api/hours/entries/${id}`, entryBody({ hours: 1, supervisionId }));
    expect(edited.json().entry).toMatchObject({ hours: 1, status: 'unverified', isLocked: false });
  });

  it('the audit trail cannot be altered through any route, nor directly in the database', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db);
    const id = await logEntry(trainee.client, { date: '2025-03-03', supervisionId });
    expectStatus(await supervisor.client.post(`/api/hours/entries/${id}/verify`), 200);
    const trail = (await trainee.client.get('/api/hours/audit')).json().items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['verify', 'create', 'accept', 'invite']);

    // The OpenAPI document lists every route: none that changes state has "audit" in its path.
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const writers = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m} ${path}`),
    );
    expect(writers.filter((w) => w.includes('audit'))).toEqual([]);
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
      for (const client of [trainee.client, supervisor.client]) {
        const response = await client.request({ method, url: '/api/hours/audit', payload: {} });
        expect(response.statusCode).toBe(404);
      }
    }
    const first = trail[trail.length - 1].id as number;
    expect(await refusal(sql`update hours_audit_events set actor_name = 'someone else' where id = ${first}`)).toMatch(
      /append-only/,
    );
    expect(await refusal(sql`delete from hours_audit_events where id = ${first}`)).toMatch(/append-only/);
    expect(await refusal(sql`truncate hours_audit_events`)).toMatch(/append-only/);
    expect((await trainee.client.get('/api/hours/audit')).json().items).toEqual(trail);
    const count = await rows(
      sql`select count(*)::int as n from hours_audit_events where trainee_id = ${trainee.user.id}`,
    );
    expect(count[0]?.n).toBe(4);
  });

  it("checks the supervisor's license per entry date (valid from and to), and takes its state by name", async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2025-01-06',
      license: { licenseJurisdiction: 'Texas' },
      goal: 'US-TX:LPC',
    });
    await logEntry(trainee.client, { date: '2025-01-13', hours: 2, supervisionId });
    await logEntry(trainee.client, { date: '2025-03-03', hours: 3, supervisionId });
    const renewed = await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
      ...LICENSE,
      licenseJurisdiction: 'texas',
      licenseValidFrom: '2025-02-01',
    });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json().license).toMatchObject({ licenseJurisdiction: 'US-TX', licenseValidFrom: '2025-02-01' });
    const progress = (await trainee.client.get('/api/hours/progress?asOf=2025-03-31')).json();
    expect(progress.evaluation.requirements[0].counted).toBe(3);
    expect(progress.notCounted).toMatchObject([
      {
        date: '2025-01-13',
        hours: 2,
        reason: "before Dr. Sam Supervisor's license was valid (LPC-S S-10442, US-TX, valid from 2025-02-01)",
      },
    ]);
    const backwards = await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
      ...LICENSE,
      licenseValidFrom: '2031-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0].path).toBe('body.licenseValidFrom');
  });

  it('Texas LPC: hours before the supervisor held the LPC-S do not count, with the reason (credential per date)', async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2025-01-06',
      goal: 'US-TX:LPC',
    });
    await logEntry(trainee.client, { date: '2025-01-13', hours: 2, supervisionId });
    await logEntry(trainee.client, { date: '2025-03-03', hours: 3, supervisionId });
    const credentialOf = (progress: { evaluation: { requirements: { kind: string; met: boolean | null }[] } }) =>
      progress.evaluation.requirements.find((r) => r.kind === 'supervisor-credential');
    // Not said yet: every hour counts, and the rule says it could not check them.
    const unsaid = (await trainee.client.get('/api/hours/progress?asOf=2025-03-31')).json();
    expect(unsaid.evaluation.requirements[0].counted).toBe(5);
    expect(credentialOf(unsaid)?.met).toBeNull();

    const recorded = await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
      ...LICENSE,
      holdsSupervisorCredential: true,
      supervisorCredentialFrom: '2025-02-01',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().license).toMatchObject({
      holdsSupervisorCredential: true,
      supervisorCredentialFrom: '2025-02-01',
    });
    const progress = (await trainee.client.get('/api/hours/progress?asOf=2025-03-31')).json();
    expect(progress.evaluation.requirements[0].counted).toBe(3);
    expect(credentialOf(progress)?.met).toBe(true);
    expect(progress.notCounted).toMatchObject([
      {
        date: '2025-01-13',
        hours: 2,
        reason:
          'supervised by Dr. Sam Supervisor before they held the Licensed Professional Counselor Supervisor (LPC-S) (held from 2025-02-01)',
        requirementIds: null,
      },
    ]);
    // Logging another hour before the credential date: the answer warns that it will not count, and why.
    const early = await trainee.client.post('/api/hours/entries', {
      date: '2025-01-20',
      hours: 1,
      category: 'direct',
      site: 'Riverside Clinic',
      supervisionId,
    });
    expect(early.statusCode, early.body).toBe(201);
    expect(early.json().warnings).toEqual([
      {
        rule: 'supervisor-credential',
        message:
          'These hours will not count: Dr. Sam Supervisor held the Licensed Professional Counselor Supervisor (LPC-S) only from 2025-02-01, after 2025-01-20, which the rules require of the supervisor on the date of the hour.',
        ruleSetId: 'US-TX:LPC',
        requirementId: 'supervisor-credential',
      },
    ]);
    const late = await trainee.client.post('/api/hours/entries', {
      date: '2025-02-03',
      hours: 1,
      category: 'direct',
      site: 'Riverside Clinic',
      supervisionId,
    });
    expect(late.json().warnings).toEqual([]);
    expect((await trainee.client.delete(`/api/hours/entries/${early.json().entry.id}`)).statusCode).toBe(204);
    expect((await trainee.client.delete(`/api/hours/entries/${late.json().entry.id}`)).statusCode).toBe(204);
    // The same log under a rule set that asks for no credential (Texas psychologist) counts both entries.
    const psychology = (
      await trainee.client.get('/api/hours/progress?asOf=2025-03-31&ruleSet=US-TX:Psychologist')
    ).json();
    expect(psychology.notCounted).toEqual([]);

    const without = await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
      ...LICENSE,
      holdsSupervisorCredential: false,
    });
    expect(without.statusCode, without.body).toBe(200);
    const none = (await trainee.client.get('/api/hours/progress?asOf=2025-03-31')).json();
    expect(none.evaluation.requirements[0].counted).toBe(0);

    // A start date without holding it, or after the licence expires, is refused and nothing changes.
    for (const [body, path] of [
      [{ holdsSupervisorCredential: false, supervisorCredentialFrom: '2025-02-01' }, 'body.supervisorCredentialFrom'],
      [{ holdsSupervisorCredential: true, supervisorCredentialFrom: '2031-01-01' }, 'body.supervisorCredentialFrom'],
      [{ holdsSupervisorCredential: 'yes' }, 'body.holdsSupervisorCredential'],
    ] as const) {
      const bad = await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
        ...LICENSE,
        ...body,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details[0].path).toBe(path);
    }
    // The trainee cannot record their supervisor's credential.
    const byTrainee = await trainee.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
      ...LICENSE,
      holdsSupervisorCredential: true,
    });
    expect(byTrainee.statusCode).toBe(403);
    const stored = await rows(
      sql`select holds_supervisor_credential as holds from hours_supervisions where id = ${supervisionId}`,
    );
    expect(stored[0]?.holds).toBe(false);
  });

  it("agreement dates and the supervisor's renewed license change what counts, and both are audited", async () => {
    const { trainee, supervisor, supervisionId } = await traineeWithSupervisor(t.app, t.db.db, {
      startDate: '2025-03-01',
      license: { licenseExpires: '2025-03-31' },
      goal: 'US-TX:LPC',
    });
    await logEntry(trainee.client, { date: '2025-02-24', hours: 2, supervisionId });
    await logEntry(trainee.client, { date: '2025-04-07', hours: 3, supervisionId });
    const counted = async () =>
      (await trainee.client.get('/api/hours/progress?asOf=2025-04-30')).json().evaluation.requirements[0]
        .counted as number;
    expect(await counted()).toBe(0);
    expectStatus(
      await trainee.client.patch(`/api/hours/supervisions/${supervisionId}`, { startDate: '2025-02-24' }),
      200,
    );
    expect(await counted()).toBe(2);
    expectStatus(
      await supervisor.client.put(`/api/hours/supervisions/${supervisionId}/license`, {
        ...LICENSE,
        licenseExpires: '2027-03-31',
      }),
      200,
    );
    expect(await counted()).toBe(5);
    const ended = await supervisor.client.patch(`/api/hours/supervisions/${supervisionId}`, { endDate: '2025-04-01' });
    expect(ended.json()).toMatchObject({ endDate: '2025-04-01' });
    expect(await counted()).toBe(2);
    const bad = await trainee.client.patch(`/api/hours/supervisions/${supervisionId}`, { endDate: '2025-01-01' });
    expect(bad.statusCode).toBe(400);
    const actions = (await trainee.client.get('/api/hours/audit'))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 3)).toEqual(['agreement', 'license', 'agreement']);
  });
});
