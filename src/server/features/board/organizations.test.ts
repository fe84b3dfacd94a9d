import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizationBody, organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('organizations', () => {
  it('an organization account creates a profile and becomes its first member', async () => {
    const { client, user } = await signedInClient(t.app, t.db.db, ['organization']);
    const response = await client.post('/api/organizations', organizationBody({ name: 'Eastside Food Bank' }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      name: 'Eastside Food Bank',
      causes: ['children-families', 'education'],
      website: 'https://harbor.example.org',
      responseTime: { medianHours: null, sampleSize: 0 },
    });
    const members = await client.get(`/api/organizations/${created.id}/members`);
    expect(members.statusCode).toBe(200);
    expect(members.json().members.map((m: { userId: string }) => m.userId)).toEqual([user.id]);
    const mine = await client.get('/api/me/organizations');
    expect(mine.json().organizations.map((o: { id: string }) => o.id)).toContain(created.id);
  });

  it('needs the organization role and a sign-in', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['explorer']);
    const forbidden = await client.post('/api/organizations', organizationBody());
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toContain('organization role');
    const anonymous = await new TestClient(t.app).post('/api/organizations', organizationBody());
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses bad input with the field named, and saves nothing', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['organization']);
    const cases: [Record<string, unknown>, string][] = [
      [{ causes: ['not-a-cause'] }, 'body.causes.0'],
      [{ causes: [] }, 'body.causes'],
      [{ website: 'javascript:alert(1)' }, 'body.website'],
      [{ mission: 'Two lines\nof mission' }, 'body.mission'],
      [{ name: '' }, 'body.name'],
    ];
    for (const [override, path] of cases) {
      const response = await client.post(
        '/api/organizations',
        organizationBody({ ...override, name: override.name ?? 'Nope Org' }),
      );
      expect(response.statusCode, JSON.stringify(override)).toBe(400);
      expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await client.get('/api/me/organizations')).json().organizations).toEqual([]);
  });

  it('only members edit the organization', async () => {
    const owner = await organizationWithMember(t.app, t.db.db);
    const other = await signedInClient(t.app, t.db.db, ['organization']);
    const url = `/api/organizations/${owner.organizationId}`;
    const refused = await other.client.patch(url, { name: 'Hijacked' });
    expect(refused.statusCode).toBe(403);
    expect((await other.client.get(`${url}/members`)).statusCode).toBe(403);
    const edited = await owner.client.patch(url, { mission: 'We run evening homework clubs for the whole district.' });
    expect(edited.statusCode).toBe(200);
    const profile = (await new TestClient(t.app).get(url)).json();
    expect(profile.name).not.toBe('Hijacked');
    expect(profile.mission).toBe('We run evening homework clubs for the whole district.');
    expect(profile.isMember).toBe(false);
  });

  it('a renamed organization is found by its new name in search', async () => {
    const owner = await organizationWithMember(t.app, t.db.db);
    await publishOpportunity(owner.client, owner.organizationId, { title: 'Pantry shift helper' });
    await owner.client.patch(`/api/organizations/${owner.organizationId}`, { name: 'Quillfeather Collective' });
    const found = (await new TestClient(t.app).get('/api/opportunities?q=quillfeather')).json();
    expect(found.items.map((i: { title: string }) => i.title)).toEqual(['Pantry shift helper']);
  });

  it('invites an account by email; it joins on accepting and can then manage the organization', async () => {
    const owner = await organizationWithMember(t.app, t.db.db);
    const invitee = await signedInClient(t.app, t.db.db, ['organization']);
    const stranger = await signedInClient(t.app, t.db.db, ['organization']);

    const invited = await owner.client.post(`/api/organizations/${owner.organizationId}/invites`, {
      email: invitee.user.email.toUpperCase(),
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json().invites.map((i: { email: string }) => i.email)).toEqual([invitee.user.email]);
    const twice = await owner.client.post(`/api/organizations/${owner.organizationId}/invites`, {
      email: invitee.user.email,
    });
    expect(twice.statusCode).toBe(409);

    const invites = (await invitee.client.get('/api/me/organization-invites')).json().invites;
    expect(invites).toHaveLength(1);
    expect(invites[0].organization.id).toBe(owner.organizationId);

    // The invitation belongs to the invited email: nobody else can use its id.
    const stolen = await stranger.client.post(`/api/organization-invites/${invites[0].id}/accept`);
    expect(stolen.statusCode).toBe(403);
    const strangerInvitesSelf = await stranger.client.post(`/api/organizations/${owner.organizationId}/invites`, {
      email: stranger.user.email,
    });
    expect(strangerInvitesSelf.statusCode).toBe(403);

    const accepted = await invitee.client.post(`/api/organization-invites/${invites[0].id}/accept`);
    expect(accepted.statusCode).toBe(200);
    const members = (await owner.client.get(`/api/organizations/${owner.organizationId}/members`)).json();
    expect(members.members.map((m: { userId: string }) => m.userId)).toContain(invitee.user.id);
    expect(members.invites).toEqual([]);

    const newListing = await invitee.client.post(`/api/organizations/${owner.organizationId}/opportunities`, {
      title: 'Front desk greeter',
      kind: 'volunteer',
      description: 'Welcome families as they arrive and help them sign in.',
      causes: ['children-families'],
      isRemote: true,
      hoursPerWeek: 2,
    });
    expect(newListing.statusCode).toBe(201);
    const again = await invitee.client.post(`/api/organization-invites/${invites[0].id}/accept`);
    expect(again.statusCode).toBe(409);
  });

  it('unknown organization ids are 404; malformed ids are 400', async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/organizations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await anonymous.get('/api/organizations/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('params.id');
  });
});
