import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationWithMember } from '#tests/factories/board.js';
import { signedInClient, TEST_PASSWORD, uniqueEmail } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

// Organization invitations are mailed with a link to the invitation page (ADR 0024); only a signed-in account whose
// confirmed address is the invited one can accept, once.

let t: TestApp;
const clockAt = new Date('2026-04-02T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp(
    { VOCARE_PUBLIC_URL: 'https://vocare.example', VOCARE_DEV_MAILBOX: true },
    { now: () => clockAt },
  );
});
afterAll(async () => {
  await t.close();
});

let nextAddress = 10;
const freshClient = () => new TestClient(t.app, `10.31.0.${nextAddress++}`);

/** The messages to `to` in the dev Mailbox, newest first. */
async function mailTo(to: string): Promise<{ subject: string; text: string; status: string }[]> {
  const response = await freshClient().get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
  expect(response.statusCode).toBe(200);
  return response.json().messages;
}

/** Signs up through the API (the address stays unconfirmed), then signs in. */
async function unverifiedClient(email: string): Promise<TestClient> {
  const client = freshClient();
  const signUp = await client.post('/api/auth/signup', { email, password: TEST_PASSWORD, displayName: 'Ada Quill' });
  expect(signUp.statusCode).toBe(201);
  expect((await client.post('/api/auth/signin', { email, password: TEST_PASSWORD })).statusCode).toBe(200);
  expect((await client.refreshSession()).user).toMatchObject({ emailVerified: false });
  return client;
}

describe('organization invitations by email', () => {
  it('mails a link to the invitation; only the verified invited account accepts it, once', async () => {
    const owner = await organizationWithMember(t.app, t.db.db, { name: 'Lantern Reading Club' });
    const email = uniqueEmail('invitee');

    const invited = await owner.client.post(`/api/organizations/${owner.organizationId}/invites`, { email });
    expect(invited.statusCode).toBe(201);
    const inviteId = invited.json().invites[0].id as string;

    // One message, queued with the invitation, naming the organization and linking to the invitation page.
    const messages = await mailTo(email);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.status).toBe('queued');
    expect(messages[0]?.subject).toContain('Lantern Reading Club');
    const link = messages[0]?.text.match(/https:\/\/vocare\.example\/organizations\/invitation\?id=([0-9a-f-]{36})/);
    expect(link?.[1]).toBe(inviteId);
    // A transactional message: no unsubscribe footer.
    expect(messages[0]?.text).not.toMatch(/unsubscribe/i);

    // Another account, with another address, can neither read nor accept it.
    const stranger = await signedInClient(t.app, t.db.db, ['organization']);
    const peek = await stranger.client.get(`/api/organization-invites/${inviteId}`);
    expect(peek.statusCode).toBe(403);
    expect(peek.json().error.message).toContain('another email address');
    const stolen = await stranger.client.post(`/api/organization-invites/${inviteId}/accept`);
    expect(stolen.statusCode).toBe(403);
    expect(stolen.json().error.message).toContain('another email address');

    // The right address, not yet confirmed: it sees the invitation but cannot accept it.
    const unconfirmed = await unverifiedClient(email);
    const shown = await unconfirmed.get(`/api/organization-invites/${inviteId}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({
      id: inviteId,
      email,
      organization: { id: owner.organizationId, name: 'Lantern Reading Club' },
      status: 'pending',
      acceptedAt: null,
    });
    const refused = await unconfirmed.post(`/api/organization-invites/${inviteId}/accept`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('Confirm your email address');
    const stillPending = (await owner.client.get(`/api/organizations/${owner.organizationId}/members`)).json();
    expect(stillPending.invites.map((i: { id: string }) => i.id)).toEqual([inviteId]);

    // Once the address is confirmed (through its verification link), the same account accepts and becomes a member.
    const verification = (await mailTo(email)).find((m) => /\?token=/.test(m.text));
    const token = verification?.text.match(/\?token=([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    expect((await unconfirmed.post('/api/auth/verify-email', { token })).statusCode).toBe(200);
    const accepted = await unconfirmed.post(`/api/organization-invites/${inviteId}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ id: owner.organizationId, name: 'Lantern Reading Club' });
    const members = (await owner.client.get(`/api/organizations/${owner.organizationId}/members`)).json();
    expect(members.members.map((m: { email: string }) => m.email)).toContain(email);
    expect(members.invites).toEqual([]);
    expect((await unconfirmed.get(`/api/organizations/${owner.organizationId}`)).json().isMember).toBe(true);

    // A used invitation says so, on the page and when accepted again.
    const used = await unconfirmed.get(`/api/organization-invites/${inviteId}`);
    expect(used.json()).toMatchObject({ status: 'accepted', acceptedAt: clockAt.toISOString() });
    const twice = await unconfirmed.post(`/api/organization-invites/${inviteId}/accept`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('already accepted');
  });

  it('an unknown invitation says it is no longer open; a refused invitation queues no mail', async () => {
    const owner = await organizationWithMember(t.app, t.db.db);
    const someone = await signedInClient(t.app, t.db.db, ['explorer']);
    const unknown = await someone.client.get('/api/organization-invites/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain('no longer open');
    expect((await someone.client.post('/api/organization-invites/not-a-uuid/accept')).statusCode).toBe(400);

    // A non-member's invitation is refused, and nothing is mailed (the mail shares the invitation's transaction).
    const email = uniqueEmail('nobody');
    const refused = await someone.client.post(`/api/organizations/${owner.organizationId}/invites`, { email });
    expect(refused.statusCode).toBe(403);
    // Inviting an existing member is refused the same way.
    const member = await owner.client.post(`/api/organizations/${owner.organizationId}/invites`, {
      email: owner.user.email,
    });
    expect(member.statusCode).toBe(409);
    expect(await mailTo(email)).toEqual([]);
    expect(await mailTo(owner.user.email)).toEqual([]);
  });
});
