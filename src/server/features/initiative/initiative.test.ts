import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '#server/db/schema/mail.js';
import { signedInClient, TEST_PASSWORD, uniqueEmail } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function person() {
  return signedInClient(t.app, t.db.db, ['explorer']);
}

/** An owner with a community plan, a co-owner and a viewer who accepted, and a stranger. */
async function sharedPlan() {
  const owner = await person();
  const created = await owner.client.post('/api/initiatives', { template: 'community', title: 'Homework club' });
  expect(created.statusCode).toBe(201);
  const plan = created.json();
  const coOwner = await person();
  const viewer = await person();
  const stranger = await person();
  for (const [who, role] of [
    [coOwner, 'co-owner'],
    [viewer, 'viewer'],
  ] as const) {
    const invited = await owner.client.post(`/api/initiatives/${plan.id}/members`, { email: who.user.email, role });
    expect(invited.statusCode).toBe(201);
    const invites = (await who.client.get('/api/me/initiative-invites')).json().invites;
    expect(invites).toHaveLength(1);
    expect((await who.client.post(`/api/initiative-invites/${invites[0].id}/accept`)).statusCode).toBe(200);
  }
  return { owner, coOwner, viewer, stranger, plan };
}

describe('initiative plans', () => {
  it('starts a plan from the community template, with health findings to resolve', async () => {
    const { client } = await person();
    const response = await client.post('/api/initiatives', { template: 'community' });
    expect(response.statusCode).toBe(201);
    const plan = response.json();
    expect(plan).toMatchObject({ access: 'owner', version: 1, document: { template: 'community' } });
    expect(plan.health.ok).toBe(false);
    expect(plan.health.findings.map((f: { code: string }) => f.code)).toContain('outcome-without-indicator');
    const list = (await client.get('/api/initiatives')).json().plans;
    expect(list.map((p: { id: string }) => p.id)).toEqual([plan.id]);
  });

  it('starts from a problem statement with evidence links; a bad link is a 400 and no plan is made', async () => {
    const { client } = await person();
    const problem = {
      what: 'Children in the estate have nowhere quiet to do homework',
      who: 'Families in the Riverside estate',
      where: 'Riverside, Leeds',
      evidence: [{ label: 'Council survey 2025', url: 'https://example.org/survey' }],
    };
    const created = await client.post('/api/initiatives', { template: 'community', title: 'Quiet room', problem });
    expect(created.statusCode).toBe(201);
    expect(created.json().document).toMatchObject({ title: 'Quiet room', template: 'community', problem });
    const bad = await client.post('/api/initiatives', {
      template: 'community',
      problem: { ...problem, evidence: [{ label: 'Survey', url: 'javascript:alert(1)' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('url must start with http:// or https://');
    expect((await client.get('/api/initiatives')).json().plans).toHaveLength(1);
    // Another account can neither read the plan nor overwrite its problem statement.
    const other = await person();
    const url = `/api/initiatives/${created.json().id}`;
    expect((await other.client.get(url)).statusCode).toBe(404);
    const overwrite = await other.client.put(url, {
      version: 1,
      document: { ...created.json().document, problem: { ...problem, what: 'Taken over' } },
    });
    expect(overwrite.statusCode).toBe(404);
    expect((await client.get(url)).json().document.problem.what).toBe(problem.what);
  });

  it('the non-profit template carries the checklist with IRS sources', async () => {
    const { client } = await person();
    const plan = (await client.post('/api/initiatives', { template: 'nonprofit' })).json();
    expect(plan.nonprofit.checklist.map((s: { id: string }) => s.id)).toEqual([
      'fiscal-sponsor',
      'incorporate',
      'articles',
      'ein',
      'exemption',
      'window',
      'annual-return',
    ]);
    expect(plan.nonprofit.eligibility.eligible).toBeNull();
    const reference = (await new TestClient(t.app).get('/api/initiatives/reference')).json();
    expect(reference.figures['ez-max-assets']).toMatchObject({ value: 250000, sourceId: expect.any(String) });
  });

  it('saves a new version, refuses a stale one with 409, and refuses bad input without saving', async () => {
    const { client } = await person();
    const plan = (await client.post('/api/initiatives', { template: 'community' })).json();
    const document = { ...plan.document, title: 'Ünïcode Ñame 日本' };
    const saved = await client.put(`/api/initiatives/${plan.id}`, { version: 1, document });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, document: { title: 'Ünïcode Ñame 日本' } });
    const stale = await client.put(`/api/initiatives/${plan.id}`, {
      version: 1,
      document: { ...document, title: 'Lost' },
    });
    expect(stale.statusCode).toBe(409);
    const bad = await client.put(`/api/initiatives/${plan.id}`, {
      version: 2,
      document: { ...document, milestones: [{ id: 'Bad Id', title: 'x' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain('body.document.milestones.0.id');
    expect((await client.get(`/api/initiatives/${plan.id}`)).json()).toMatchObject({
      version: 2,
      document: { title: 'Ünïcode Ñame 日本' },
    });
  });

  it('an invitation goes through the mail outbox, naming the plan but nothing inside it', async () => {
    const owner = await person();
    const plan = (await owner.client.post('/api/initiatives', { template: 'community', title: 'Tool library' })).json();
    const invitee = 'new-person@example.test';
    const response = await owner.client.post(`/api/initiatives/${plan.id}/members`, { email: invitee, role: 'viewer' });
    expect(response.statusCode).toBe(201);
    expect(response.json().members).toEqual([
      { id: expect.any(String), email: invitee, role: 'viewer', status: 'pending', name: null },
    ]);
    const mail = await t.db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, invitee));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.kind).toBe('initiative-invite');
    expect(mail[0]?.textBody).toContain('"Tool library"');
    expect(mail[0]?.textBody).not.toContain('Recruit and train volunteers');
    const again = await owner.client.post(`/api/initiatives/${plan.id}/members`, { email: invitee, role: 'co-owner' });
    expect(again.statusCode).toBe(409);
  });
});

describe('initiative authorization', () => {
  it('owner, co-owner and viewer read; only owner and co-owner write; a stranger sees nothing', async () => {
    const { owner, coOwner, viewer, stranger, plan } = await sharedPlan();
    const url = `/api/initiatives/${plan.id}`;
    for (const [who, access] of [
      [owner, 'owner'],
      [coOwner, 'co-owner'],
      [viewer, 'viewer'],
    ] as const) {
      const read = await who.client.get(url);
      expect(read.statusCode, access).toBe(200);
      expect(read.json().access).toBe(access);
      expect((await who.client.get(`${url}/export?format=md`)).statusCode, access).toBe(200);
      expect((await who.client.get('/api/initiatives')).json().plans.map((p: { id: string }) => p.id)).toContain(
        plan.id,
      );
    }
    const edit = await coOwner.client.put(url, {
      version: 1,
      document: { ...plan.document, title: 'Edited by co-owner' },
    });
    expect(edit.statusCode).toBe(200);
    const refused = await viewer.client.put(url, { version: 2, document: { ...plan.document, title: 'Viewer edit' } });
    expect(refused.statusCode).toBe(403);
    // A stranger gets the same answer as for a plan that does not exist, on every route.
    expect((await stranger.client.get(url)).statusCode).toBe(404);
    expect((await stranger.client.put(url, { version: 2, document: plan.document })).statusCode).toBe(404);
    expect((await stranger.client.get(`${url}/export?format=pdf`)).statusCode).toBe(404);
    expect((await stranger.client.delete(url)).statusCode).toBe(404);
    expect((await stranger.client.get(`${url}/sharing`)).statusCode).toBe(404);
    expect((await stranger.client.post(`${url}/share-link`)).statusCode).toBe(404);
    expect((await stranger.client.get('/api/initiatives')).json().plans).toEqual([]);
    expect((await new TestClient(t.app).get(url)).statusCode).toBe(401);
    expect((await owner.client.get(url)).json().document.title).toBe('Edited by co-owner');
  });

  it('a co-owner edits existing indicators, milestones and budget lines in place; a viewer cannot; bad edits save nothing', async () => {
    const { owner, coOwner, viewer, plan } = await sharedPlan();
    const url = `/api/initiatives/${plan.id}`;
    // The owner adds one of each, as the editor's "add" forms do.
    const withItems = {
      ...plan.document,
      indicators: [
        {
          id: 'ind-1',
          outcomeId: 'oc-1',
          measure: 'Pupils attending',
          unit: '',
          baseline: null,
          target: 10,
          source: '',
          frequency: 'monthly',
        },
      ],
      milestones: [
        { id: 'ms-1', title: 'First session', activityId: null, owner: '', dueDate: null, status: 'not-started' },
      ],
    };
    const added = await owner.client.put(url, { version: 1, document: withItems });
    expect(added.statusCode).toBe(200);
    expect(added.json().health.findings.map((f: { code: string }) => f.code)).toContain('activity-without-milestone');

    // The co-owner changes them in place: same ids, new values.
    const edited = {
      ...withItems,
      indicators: [
        {
          ...withItems.indicators[0],
          measure: 'Pupils attending weekly',
          baseline: 2,
          target: 12,
          source: 'Register',
          frequency: 'weekly',
        },
      ],
      milestones: [
        {
          ...withItems.milestones[0],
          activityId: 'act-2',
          owner: 'Amara',
          dueDate: '2027-01-15',
          status: 'in-progress',
        },
      ],
      budget: {
        ...withItems.budget,
        lines: withItems.budget.lines.map((l: { id: string }) =>
          l.id === 'b-1' ? { ...l, label: 'Books and pens', amount: 120 } : l,
        ),
      },
    };
    const saved = await coOwner.client.put(url, { version: 2, document: edited });
    expect(saved.statusCode).toBe(200);
    const body = saved.json();
    expect(body.document.indicators[0]).toMatchObject({
      id: 'ind-1',
      measure: 'Pupils attending weekly',
      baseline: 2,
      target: 12,
      frequency: 'weekly',
    });
    expect(body.document.milestones[0]).toMatchObject({
      id: 'ms-1',
      activityId: 'act-2',
      owner: 'Amara',
      dueDate: '2027-01-15',
      status: 'in-progress',
    });
    expect(body.document.budget.lines.find((l: { id: string }) => l.id === 'b-1')).toMatchObject({
      label: 'Books and pens',
      amount: 120,
    });
    expect(body.budgetTotals.cash).toBe(120);

    // A viewer's in-place edit is refused and changes nothing.
    const viewerEdit = await viewer.client.put(url, {
      version: 3,
      document: { ...edited, indicators: [{ ...edited.indicators[0], target: 999 }] },
    });
    expect(viewerEdit.statusCode).toBe(403);

    // Edits the shared schema refuses: an emptied measure, cents, a negative amount, an impossible date.
    const bad = await coOwner.client.put(url, {
      version: 3,
      document: {
        ...edited,
        indicators: [{ ...edited.indicators[0], measure: '' }],
        milestones: [{ ...edited.milestones[0], dueDate: '2027-02-30' }],
        budget: {
          ...edited.budget,
          lines: edited.budget.lines.map((l: { id: string }, i: number) =>
            i === 0 ? { ...l, amount: 12.5 } : { ...l, amount: -1 },
          ),
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.document.indicators.0.measure',
        'body.document.milestones.0.dueDate',
        'body.document.budget.lines.0.amount',
        'body.document.budget.lines.1.amount',
      ]),
    );
    const after = (await owner.client.get(url)).json();
    expect(after.version).toBe(3);
    expect(after.document.indicators[0].target).toBe(12);
    expect(after.document.milestones[0].dueDate).toBe('2027-01-15');
  });

  it('only the owner shares, invites, removes and deletes', async () => {
    const { owner, coOwner, viewer, plan } = await sharedPlan();
    const url = `/api/initiatives/${plan.id}`;
    for (const who of [coOwner, viewer]) {
      expect((await who.client.get(`${url}/sharing`)).statusCode).toBe(403);
      expect((await who.client.post(`${url}/members`, { email: 'x@example.test', role: 'viewer' })).statusCode).toBe(
        403,
      );
      expect((await who.client.post(`${url}/share-link`)).statusCode).toBe(403);
      expect((await who.client.delete(url)).statusCode).toBe(403);
    }
    const sharing = (await owner.client.get(`${url}/sharing`)).json();
    expect(sharing.members.map((m: { status: string }) => m.status)).toEqual(['accepted', 'accepted']);
    const viewerRow = sharing.members.find((m: { email: string }) => m.email === viewer.user.email);
    const removed = await owner.client.delete(`${url}/members/${viewerRow.id}`);
    expect(removed.statusCode).toBe(200);
    expect((await viewer.client.get(url)).statusCode).toBe(404);
    expect((await owner.client.delete(url)).statusCode).toBe(204);
    expect((await coOwner.client.get(url)).statusCode).toBe(404);
  });

  it('an invitation is accepted only by the account with the invited address', async () => {
    const owner = await person();
    const plan = (await owner.client.post('/api/initiatives', { template: 'blank' })).json();
    const invited = await person();
    const other = await person();
    await owner.client.post(`/api/initiatives/${plan.id}/members`, { email: invited.user.email, role: 'co-owner' });
    const [invite] = (await invited.client.get('/api/me/initiative-invites')).json().invites;
    expect((await other.client.get('/api/me/initiative-invites')).json().invites).toEqual([]);
    expect((await other.client.post(`/api/initiative-invites/${invite.id}/accept`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/initiatives/${plan.id}`)).statusCode).toBe(404);
  });

  it('someone invited before they have an account signs up, confirms the address, then accepts from /initiatives', async () => {
    const owner = await person();
    const plan = (await owner.client.post('/api/initiatives', { template: 'community', title: 'Repair café' })).json();
    const email = uniqueEmail('invitee');
    // The owner types the address with capitals; the invitation still belongs to the account made later.
    const invited = await owner.client.post(`/api/initiatives/${plan.id}/members`, {
      email: email.toUpperCase(),
      role: 'co-owner',
    });
    expect(invited.statusCode).toBe(201);
    const [mail] = await t.db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
    // The mail's link opens the page that lists invitations (RequireUser sends a signed-out person to sign in and back).
    expect(mail?.textBody).toMatch(/https?:\/\/[^\s]+\/initiatives(\s|$)/);

    const invitee = new TestClient(t.app, '10.201.0.1');
    const signup = await invitee.post('/api/auth/signup', { email, password: TEST_PASSWORD, displayName: 'Kofi' });
    expect(signup.statusCode).toBe(201);
    expect((await invitee.post('/api/auth/signin', { email, password: TEST_PASSWORD })).statusCode).toBe(200);
    const [invite] = (await invitee.get('/api/me/initiative-invites')).json().invites;
    expect(invite).toMatchObject({ planId: plan.id, planTitle: 'Repair café', role: 'co-owner' });

    // Not yet confirmed: refused with the reason, and no access is granted.
    const early = await invitee.post(`/api/initiative-invites/${invite.id}/accept`);
    expect(early.statusCode).toBe(403);
    expect(early.json().error.message).toContain('Confirm your email address');
    expect((await invitee.get(`/api/initiatives/${plan.id}`)).statusCode).toBe(404);

    const verifyMail = (await t.db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email))).find((m) =>
      m.textBody.includes('verify-email?token='),
    );
    const token = verifyMail?.textBody.match(/verify-email\?token=([A-Za-z0-9_-]{43})/)?.[1];
    expect((await new TestClient(t.app, '10.201.0.2').post('/api/auth/verify-email', { token })).statusCode).toBe(200);

    const accepted = await invitee.post(`/api/initiative-invites/${invite.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ id: plan.id, access: 'co-owner' });
    expect((await invitee.get('/api/me/initiative-invites')).json().invites).toEqual([]);
    expect((await invitee.post(`/api/initiative-invites/${invite.id}/accept`)).statusCode).toBe(404);
    expect((await owner.client.get(`/api/initiatives/${plan.id}/sharing`)).json().members).toEqual([
      expect.objectContaining({ email, status: 'accepted', name: 'Kofi' }),
    ]);
  });

  it('a share link reads without sign-in, cannot write, and stops working when revoked or replaced', async () => {
    const { owner, plan } = await sharedPlan();
    const url = `/api/initiatives/${plan.id}`;
    const first = (await owner.client.post(`${url}/share-link`)).json().shareLink.path as string;
    expect(first).toMatch(/^\/shared\/initiatives\/[A-Za-z0-9_-]+$/);
    const token = first.split('/').at(-1);
    const anonymous = new TestClient(t.app);
    const read = await anonymous.get(`/api/shared/initiatives/${token}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: plan.id, access: 'share-link' });
    expect((await anonymous.get(`/api/shared/initiatives/${token}/export?format=ics`)).statusCode).toBe(200);
    // The link gives no way to write: there is no write route under /api/shared, and the plan routes want a sign-in.
    expect(
      (await anonymous.put(`/api/shared/initiatives/${token}`, { version: 1, document: plan.document })).statusCode,
    ).toBe(404);
    expect((await anonymous.put(url, { version: 1, document: plan.document })).statusCode).toBe(401);
    // The owner sees that a link exists, but not the token again.
    expect((await owner.client.get(`${url}/sharing`)).json().shareLink).toEqual({
      path: null,
      createdAt: expect.any(String),
    });
    const second = (await owner.client.post(`${url}/share-link`)).json().shareLink.path as string;
    expect((await anonymous.get(`/api/shared/initiatives/${token}`)).statusCode).toBe(404);
    const secondToken = second.split('/').at(-1);
    expect((await anonymous.get(`/api/shared/initiatives/${secondToken}`)).statusCode).toBe(200);
    expect((await owner.client.delete(`${url}/share-link`)).json().shareLink).toBeNull();
    expect((await anonymous.get(`/api/shared/initiatives/${secondToken}`)).statusCode).toBe(404);
    expect((await anonymous.get('/api/shared/initiatives/not-a-token')).statusCode).toBe(400);
  });
});
