import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeerThread } from '#contracts/peer-spaces.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const person = (name: string, roles: ('trainee' | 'admin' | 'explorer')[] = ['trainee']) =>
  signedInClient(t.app, t.db.db, roles, { displayName: name });

describe('peer spaces', () => {
  it('lists the spaces by career, cause and stage', async () => {
    const ana = await person('Ana Peer');
    const { spaces } = (await ana.client.get('/api/peer-spaces')).json();
    expect(spaces.map((s: { slug: string }) => s.slug)).toContain('counselor-associates-texas');
    expect(new Set(spaces.map((s: { kind: string }) => s.kind))).toEqual(new Set(['career', 'cause', 'stage']));
  });

  it('members-only spaces are read by members only; joining and leaving change that', async () => {
    const ana = await person('Ana Member');
    const url = '/api/peer-spaces/burnout-and-boundaries';
    const refused = await ana.client.get(url);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/members only/);
    expect((await ana.client.post(`${url}/join`, {})).json()).toMatchObject({ isMember: true, memberCount: 1 });
    expect((await ana.client.get(url)).statusCode).toBe(200);
    await ana.client.post(`${url}/leave`, {});
    expect((await ana.client.get(url)).statusCode).toBe(403);
    expect((await ana.client.get('/api/peer-spaces/no-such-space')).statusCode).toBe(404);
  });

  it('moderates like guide comments, and nobody touches another person’s post', async () => {
    const admin = await person('Mod Admin', ['admin']);
    const ana = await person('Ana Poster');
    const ben = await person('Ben Reader');
    const space = '/api/peer-spaces/starting-a-community-project';
    // Posting needs membership.
    const outsider = await ana.client.post(`${space}/threads`, { title: 'Hello all', body: 'First post' });
    expect(outsider.statusCode).toBe(403);
    await ana.client.post(`${space}/join`, {});
    await ben.client.post(`${space}/join`, {});
    const tooManyLinks = await ana.client.post(`${space}/threads`, {
      title: 'Links',
      body: 'https://a.example https://b.example https://c.example',
    });
    expect(tooManyLinks.statusCode).toBe(400);
    const created = await ana.client.post(`${space}/threads`, {
      title: 'Starting a pantry',
      body: 'Where do I **start**?',
    });
    expect(created.statusCode, created.body).toBe(201);
    const thread = (created.json() as PeerThread).thread;
    expect(thread.status).toBe('pending');
    // A first post waits for a moderator: Ben does not see it.
    expect((await ben.client.get(`/api/peer-spaces/threads/${thread.id}`)).statusCode).toBe(404);
    expect((await ben.client.get(space)).json().threads).toEqual([]);
    // Not a moderator: refused.
    expect(
      (await ben.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, { action: 'approve' })).statusCode,
    ).toBe(403);
    expect((await ben.client.get('/api/admin/peer-spaces/moderation')).statusCode).toBe(403);
    const queue = (await admin.client.get('/api/admin/peer-spaces/moderation')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(thread.id);
    await admin.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, { action: 'approve' });
    expect((await ben.client.get(`/api/peer-spaces/threads/${thread.id}`)).statusCode).toBe(200);

    // Ben cannot remove Ana's post; Ana can.
    expect((await ben.client.delete(`/api/peer-spaces/posts/${thread.id}`)).statusCode).toBe(404);
    // Ben reports it; the moderator sees the report; Ana cannot report her own.
    const reported = await ben.client.post(`/api/peer-spaces/posts/${thread.id}/report`, { reason: 'Off topic spam' });
    expect(reported.statusCode, reported.body).toBe(204);
    expect((await ana.client.post(`/api/peer-spaces/posts/${thread.id}/report`, { reason: 'my own' })).statusCode).toBe(
      400,
    );
    const withReport = (await admin.client.get('/api/admin/peer-spaces/moderation')).json();
    expect(withReport.items.find((i: { id: string }) => i.id === thread.id)?.reports).toEqual([
      expect.objectContaining({ reason: 'Off topic spam' }),
    ]);

    // Ana's next posts go straight out (one approved before); Ben's first reply waits.
    const replied = await ben.client.post(`/api/peer-spaces/threads/${thread.id}/replies`, {
      body: 'Try the food bank.',
    });
    expect(replied.statusCode).toBe(201);
    expect((replied.json() as PeerThread).replies[0]?.status).toBe('pending');

    // Locked: no more replies.
    await admin.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, { action: 'lock' });
    const locked = await ana.client.post(`/api/peer-spaces/threads/${thread.id}/replies`, { body: 'One more' });
    expect(locked.statusCode).toBe(409);

    // Moved to another space, replies with it.
    const moved = await admin.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, {
      action: 'move',
      toSpace: 'social-work-students',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await ana.client.get(`/api/peer-spaces/threads/${thread.id}`)).json().space.slug).toBe(
      'social-work-students',
    );
    const badMove = await admin.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, { action: 'move' });
    expect(badMove.statusCode).toBe(400);

    expect((await ana.client.delete(`/api/peer-spaces/posts/${thread.id}`)).statusCode).toBe(204);
    expect((await ben.client.get(`/api/peer-spaces/threads/${thread.id}`)).statusCode).toBe(404);
  });

  it('a members-only thread stays unreadable to non-members even by its id', async () => {
    const admin = await person('Mod Two', ['admin']);
    const member = await person('Member Mo');
    const outsider = await person('Outsider Oz');
    await member.client.post('/api/peer-spaces/counselor-associates-texas/join', {});
    const created = (
      await member.client.post('/api/peer-spaces/counselor-associates-texas/threads', {
        title: 'Site hours',
        body: 'Private',
      })
    ).json() as PeerThread;
    await admin.client.post(`/api/admin/peer-spaces/posts/${created.thread.id}/moderation`, { action: 'approve' });
    expect((await outsider.client.get(`/api/peer-spaces/threads/${created.thread.id}`)).statusCode).toBe(403);
    expect(
      (await outsider.client.post(`/api/peer-spaces/posts/${created.thread.id}/report`, { reason: 'curious' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await outsider.client.post(`/api/peer-spaces/threads/${created.thread.id}/replies`, { body: 'hi' })).statusCode,
    ).toBe(403);
  });

  it('signed out reads no members-only space or thread, and a member who leaves loses the thread too', async () => {
    const admin = await person('Mod Three', ['admin']);
    const member = await person('Member Mia');
    await member.client.post('/api/peer-spaces/burnout-and-boundaries/join', {});
    const created = (
      await member.client.post('/api/peer-spaces/burnout-and-boundaries/threads', {
        title: 'Too tired to care',
        body: 'Something only members read.',
      })
    ).json() as PeerThread;
    await admin.client.post(`/api/admin/peer-spaces/posts/${created.thread.id}/moderation`, { action: 'approve' });
    expect((await member.client.get(`/api/peer-spaces/threads/${created.thread.id}`)).statusCode).toBe(200);
    const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
    expect((await anonymous('/api/peer-spaces/burnout-and-boundaries')).statusCode).toBe(401);
    const signedOut = await anonymous(`/api/peer-spaces/threads/${created.thread.id}`);
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.body).not.toContain('only members read');
    await member.client.post('/api/peer-spaces/burnout-and-boundaries/leave', {});
    const afterLeaving = await member.client.get(`/api/peer-spaces/threads/${created.thread.id}`);
    expect(afterLeaving.statusCode).toBe(403);
    expect(afterLeaving.body).not.toContain('only members read');
  });

  it('a moderator removes someone else’s reply, which resolves its report, and unlocks a thread', async () => {
    const admin = await person('Mod Three', ['admin']);
    const ana = await person('Ana Opener');
    const ben = await person('Ben Replier');
    const space = '/api/peer-spaces/starting-a-community-project';
    await ana.client.post(`${space}/join`, {});
    await ben.client.post(`${space}/join`, {});
    const thread = (
      (await ana.client.post(`${space}/threads`, { title: 'Grant ideas', body: 'Any?' })).json() as PeerThread
    ).thread;
    await admin.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, { action: 'approve' });
    const reply = (
      (
        await ben.client.post(`/api/peer-spaces/threads/${thread.id}/replies`, { body: 'Buy my course' })
      ).json() as PeerThread
    ).replies[0];
    await admin.client.post(`/api/admin/peer-spaces/posts/${reply?.id}/moderation`, { action: 'approve' });
    expect((await ana.client.get(`/api/peer-spaces/threads/${thread.id}`)).json().replies).toHaveLength(1);
    await ana.client.post(`/api/peer-spaces/posts/${reply?.id}/report`, { reason: 'Selling things' });
    const queued = (await admin.client.get('/api/admin/peer-spaces/moderation')).json();
    expect(queued.items.map((i: { id: string }) => i.id)).toContain(reply?.id);

    const removed = await admin.client.post(`/api/admin/peer-spaces/posts/${reply?.id}/moderation`, {
      action: 'remove',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await ana.client.get(`/api/peer-spaces/threads/${thread.id}`)).json().replies).toEqual([]);
    const after = (await admin.client.get('/api/admin/peer-spaces/moderation')).json();
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(reply?.id);

    await admin.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, { action: 'lock' });
    expect((await ana.client.post(`/api/peer-spaces/threads/${thread.id}/replies`, { body: 'Later' })).statusCode).toBe(
      409,
    );
    await admin.client.post(`/api/admin/peer-spaces/posts/${thread.id}/moderation`, { action: 'unlock' });
    expect((await ana.client.post(`/api/peer-spaces/threads/${thread.id}/replies`, { body: 'Later' })).statusCode).toBe(
      201,
    );
  });
});
