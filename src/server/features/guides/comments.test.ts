import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MAX_LENGTH, COMMENT_MAX_LINKS } from '#contracts/guides.js';
import {
  anonymousClient,
  commentBody,
  createTestGuide,
  postComment,
  uniqueCommenterEmail,
} from '#tests/factories/guides.js';
import { signedInClient, TEST_PASSWORD } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';
import { loadFormSecret, signFormToken } from './comment-form-token.js';

let t: TestApp;
let admin: TestClient;
/** The app's clock: form tokens are issued and aged by it, so the form tests move it instead of waiting. */
let clock = new Date('2026-04-14T10:00:00Z');
beforeAll(async () => {
  // The per-address limit has a test of its own below; here one admin client posts a lot.
  t = await createTestApp({ VOCARE_COMMENT_RATE_LIMIT: 1000 }, { now: () => clock });
  admin = (await signedInClient(t.app, t.db.db, ['admin'])).client;
});
afterAll(async () => t.close());

async function publicThreads(slug: string) {
  const response = await anonymousClient(t.app).get(`/api/guides/${slug}/comments`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: { id: string; comment: string; replies: { id: string; comment: string }[] }[];
    total: number;
    threads: number;
  };
}

async function queue(status = 'pending') {
  const response = await admin.get(`/api/admin/comments?status=${status}`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    items: { id: string; comment: string; approvedBefore: number; guide: { slug: string } }[];
  };
}

async function moderate(id: string, action: 'approve' | 'reject' | 'spam') {
  const response = await admin.post(`/api/admin/comments/${id}/moderation`, { action });
  expect(response.statusCode).toBe(200);
  return response.json() as { id: string; status: string };
}

describe('moderation', () => {
  it('holds a first comment, publishes it on approval, then lets that address post directly', async () => {
    const guide = await createTestGuide(t.db.db);
    const visitor = anonymousClient(t.app);
    const email = uniqueCommenterEmail();

    const first = await postComment(visitor, guide.slug, await commentBody(t, { email, comment: 'First words' }));
    expect(first.statusCode).toBe(201);
    const held = first.json().comment;
    expect(held).toMatchObject({ status: 'pending', authorName: 'Robin Reader', comment: 'First words' });
    expect((await publicThreads(guide.slug)).items).toEqual([]);

    const waiting = (await queue()).items.find((i) => i.id === held.id);
    expect(waiting).toMatchObject({ guide: { slug: guide.slug }, approvedBefore: 0 });

    expect(await moderate(held.id, 'approve')).toEqual({ id: held.id, status: 'approved' });
    const published = await publicThreads(guide.slug);
    expect(published.items.map((c) => c.comment)).toEqual(['First words']);
    expect((await queue()).items.find((i) => i.id === held.id)).toBeUndefined();

    // The same address (in any case) is now known: its next comment is published at once.
    const second = await postComment(
      visitor,
      guide.slug,
      await commentBody(t, { email: email.toUpperCase(), comment: 'Second words' }),
    );
    expect(second.json().comment.status).toBe('approved');
    expect((await publicThreads(guide.slug)).total).toBe(2);
  });

  it('keeps rejected comments and spam out of the page, and holds an address with spam on record', async () => {
    const guide = await createTestGuide(t.db.db);
    const visitor = anonymousClient(t.app);
    const email = uniqueCommenterEmail('mixed');
    const a = (await postComment(visitor, guide.slug, await commentBody(t, { email, comment: 'Good one' }))).json()
      .comment;
    await moderate(a.id, 'approve');
    const b = (await postComment(visitor, guide.slug, await commentBody(t, { email, comment: 'Buy now' }))).json()
      .comment;
    expect(b.status).toBe('approved');
    await moderate(b.id, 'spam');
    expect((await queue('spam')).items.map((i) => i.id)).toContain(b.id);

    const c = (await postComment(visitor, guide.slug, await commentBody(t, { email, comment: 'Again' }))).json()
      .comment;
    expect(c.status).toBe('pending');
    await moderate(c.id, 'reject');
    expect((await queue('rejected')).items.map((i) => i.id)).toContain(c.id);
    const shown = await publicThreads(guide.slug);
    expect(shown.items.map((i) => i.comment)).toEqual(['Good one']);
    // The counters follow every status change.
    expect(shown).toMatchObject({ total: 1, threads: 1 });
  });

  it("publishes moderators' own comments directly and marks them as staff", async () => {
    const guide = await createTestGuide(t.db.db);
    const response = await postComment(admin, guide.slug, await commentBody(t, { name: 'Alex Admin' }));
    expect(response.json().comment).toMatchObject({ status: 'approved', isStaff: true });
  });

  it('lets only admins see the queue and moderate', async () => {
    const { client: explorer } = await signedInClient(t.app, t.db.db, ['explorer']);
    const guide = await createTestGuide(t.db.db);
    const held = (await postComment(anonymousClient(t.app), guide.slug, await commentBody(t))).json().comment;
    expect((await anonymousClient(t.app).get('/api/admin/comments')).statusCode).toBe(401);
    expect((await explorer.get('/api/admin/comments')).statusCode).toBe(403);
    expect((await explorer.post(`/api/admin/comments/${held.id}/moderation`, { action: 'approve' })).statusCode).toBe(
      403,
    );
    const badAction = await admin.post(`/api/admin/comments/${held.id}/moderation`, { action: 'publish' });
    expect(badAction.statusCode).toBe(400);
    expect(badAction.json().error.details[0].path).toBe('body.action');
    const unknown = await admin.post('/api/admin/comments/00000000-0000-4000-8000-000000000000/moderation', {
      action: 'approve',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await admin.get('/api/admin/comments?status=everything')).statusCode).toBe(400);
  });
});

describe('replies and notifications', () => {
  it('threads replies one level deep and tells a signed-in commenter who asked', async () => {
    const guide = await createTestGuide(t.db.db);
    const { client: reader, user } = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'Sam Reader' });
    const parent = (
      await postComment(
        reader,
        guide.slug,
        await commentBody(t, {
          name: 'Sam Reader',
          email: user.email,
          notifyOnReply: true,
          comment: 'Question?',
        }),
      )
    ).json().comment;
    expect(parent.status).toBe('pending');

    // No replies to a comment that is not published yet.
    const early = await postComment(
      admin,
      guide.slug,
      await commentBody(t, { parentId: parent.id, comment: 'Too early' }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].path).toBe('body.parentId');

    await moderate(parent.id, 'approve');
    const replier = anonymousClient(t.app);
    const reply = (
      await postComment(
        replier,
        guide.slug,
        await commentBody(t, { name: 'Kim Helper', parentId: parent.id, comment: 'An **answer**' }),
      )
    ).json().comment;
    expect(reply).toMatchObject({ status: 'pending', parentId: parent.id });
    expect((await reader.get('/api/me/replies')).json()).toEqual({ items: [], unread: 0 });

    await moderate(reply.id, 'approve');
    const threads = await publicThreads(guide.slug);
    expect(threads.items).toHaveLength(1);
    expect(threads.items[0]?.replies.map((r) => r.comment)).toEqual(['An **answer**']);
    expect(threads).toMatchObject({ total: 2, threads: 1 });

    const notices = (await reader.get('/api/me/replies')).json();
    expect(notices.unread).toBe(1);
    expect(notices.items[0]).toMatchObject({
      guide: { slug: guide.slug },
      commentId: parent.id,
      replyId: reply.id,
      replyAuthorName: 'Kim Helper',
      replyExcerpt: 'An answer',
      isRead: false,
      emailDelivery: 'queued',
    });
    expect((await reader.post('/api/me/replies/read')).statusCode).toBe(204);
    expect((await reader.get('/api/me/replies')).json().unread).toBe(0);
    expect((await anonymousClient(t.app).get('/api/me/replies')).statusCode).toBe(401);

    // Replies to replies are refused: the thread stays one level deep.
    const deep = await postComment(admin, guide.slug, await commentBody(t, { parentId: reply.id, comment: 'Nested' }));
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.details[0]).toMatchObject({ path: 'body.parentId' });
    expect(deep.json().error.details[0].message).toContain('one level deep');

    // Taking the reply down withdraws the notification.
    await moderate(reply.id, 'reject');
    expect((await reader.get('/api/me/replies')).json().items).toEqual([]);
  });

  it('does not notify when the commenter did not ask, or replies to themselves', async () => {
    const guide = await createTestGuide(t.db.db);
    const { client: reader, user } = await signedInClient(t.app, t.db.db);
    const silent = (await postComment(admin, guide.slug, await commentBody(t, { notifyOnReply: false }))).json()
      .comment;
    const own = (
      await postComment(reader, guide.slug, await commentBody(t, { email: user.email, notifyOnReply: true }))
    ).json().comment;
    await moderate(own.id, 'approve');
    await postComment(admin, guide.slug, await commentBody(t, { parentId: silent.id }));
    await postComment(reader, guide.slug, await commentBody(t, { email: user.email, parentId: own.id }));
    expect((await reader.get('/api/me/replies')).json().items).toEqual([]);
  });

  it('refuses a parent from another guide', async () => {
    const one = await createTestGuide(t.db.db);
    const other = await createTestGuide(t.db.db);
    const parent = (await postComment(admin, one.slug, await commentBody(t))).json().comment;
    const response = await postComment(admin, other.slug, await commentBody(t, { parentId: parent.id }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.parentId');
  });
});

describe('spam defences', () => {
  it('refuses a filled-in honeypot', async () => {
    const guide = await createTestGuide(t.db.db);
    const response = await postComment(
      anonymousClient(t.app),
      guide.slug,
      await commentBody(t, { topic: 'Cheap pills' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ path: 'body.topic', message: 'must be left empty' }]);
    expect((await queue()).items.filter((i) => i.guide.slug === guide.slug)).toEqual([]);
  });

  it('ages the form on the app clock: too soon is refused, later accepted, a day later expired', async () => {
    const guide = await createTestGuide(t.db.db);
    const visitor = anonymousClient(t.app);
    const issued = await visitor.get(`/api/guides/${guide.slug}/comment-form`);
    expect(issued.statusCode).toBe(200);
    expect(issued.json().minSeconds).toBe(t.env.VOCARE_COMMENT_MIN_SECONDS);
    const formToken = issued.json().formToken as string;
    const fast = await postComment(visitor, guide.slug, await commentBody(t, { formToken }));
    expect(fast.statusCode).toBe(400);
    expect(fast.json().error.details[0]).toMatchObject({ path: 'body.formToken' });
    expect(fast.json().error.details[0].message).toContain('too quickly');

    // The same token once the minimum time has passed on the app's clock (no waiting on the wall clock).
    const issuedAt = clock;
    clock = new Date(issuedAt.getTime() + t.env.VOCARE_COMMENT_MIN_SECONDS * 1000);
    try {
      const patient = await postComment(visitor, guide.slug, await commentBody(t, { formToken }));
      expect(patient.statusCode, patient.body).toBe(201);
      clock = new Date(issuedAt.getTime() + 25 * 60 * 60 * 1000);
      const late = await postComment(visitor, guide.slug, await commentBody(t, { formToken }));
      expect(late.statusCode).toBe(400);
      expect(late.json().error.details[0].message).toContain('expired');
    } finally {
      clock = issuedAt;
    }
  });

  it('refuses forged, expired and missing form tokens', async () => {
    const guide = await createTestGuide(t.db.db);
    const visitor = anonymousClient(t.app);
    const secret = await loadFormSecret(t.db.db);
    const now = t.now().getTime();
    const genuine = signFormToken(secret, now - 60_000);
    const forged = `${genuine.split('.')[0]}.${'A'.repeat(43)}`;
    const otherKey = signFormToken(Buffer.alloc(32, 7), now - 60_000);
    const expired = signFormToken(secret, now - 25 * 60 * 60 * 1000);
    const future = signFormToken(secret, now + 60 * 60 * 1000);
    for (const [token, words] of [
      [forged, 'not valid'],
      [otherKey, 'not valid'],
      ['garbage', 'not valid'],
      [expired, 'expired'],
      [future, 'expired'],
    ] as const) {
      const response = await postComment(visitor, guide.slug, await commentBody(t, { formToken: token }));
      expect(response.statusCode, token).toBe(400);
      expect(response.json().error.details[0].path).toBe('body.formToken');
      expect(response.json().error.details[0].message).toContain(words);
    }
    const missing = await postComment(visitor, guide.slug, { ...(await commentBody(t)), formToken: '' });
    expect(missing.json().error.details[0].path).toBe('body.formToken');
  });

  it('limits links and length', async () => {
    const guide = await createTestGuide(t.db.db);
    const visitor = anonymousClient(t.app);
    const links = (n: number) => Array.from({ length: n }, (_, i) => `see https://site${i}.example`).join(' ');
    const allowed = await postComment(visitor, guide.slug, await commentBody(t, { comment: links(COMMENT_MAX_LINKS) }));
    expect(allowed.statusCode).toBe(201);
    const tooMany = await postComment(
      visitor,
      guide.slug,
      await commentBody(t, { comment: links(COMMENT_MAX_LINKS + 1) }),
    );
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details[0]).toEqual({
      path: 'body.comment',
      message: `may hold at most ${COMMENT_MAX_LINKS} links (it has ${COMMENT_MAX_LINKS + 1})`,
    });
    const tooLong = await postComment(
      visitor,
      guide.slug,
      await commentBody(t, { comment: 'a'.repeat(COMMENT_MAX_LENGTH + 1) }),
    );
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].path).toBe('body.comment');
    const longest = await postComment(
      visitor,
      guide.slug,
      await commentBody(t, { comment: 'a'.repeat(COMMENT_MAX_LENGTH) }),
    );
    expect(longest.statusCode).toBe(201);
  });

  it('limits comments per address, shared through the database', async () => {
    const limited = await createTestApp({ VOCARE_COMMENT_RATE_LIMIT: 2 }, { now: () => clock });
    try {
      const guide = await createTestGuide(limited.db.db);
      const visitor = anonymousClient(limited.app);
      for (let i = 0; i < 2; i++) {
        expect((await postComment(visitor, guide.slug, await commentBody(limited))).statusCode).toBe(201);
      }
      const third = await postComment(visitor, guide.slug, await commentBody(limited));
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('RATE_LIMITED');
      // Another address is not affected.
      const neighbour = await postComment(anonymousClient(limited.app), guide.slug, await commentBody(limited));
      expect(neighbour.statusCode).toBe(201);
    } finally {
      await limited.close();
    }
  });
});

describe('the form', () => {
  it('names each missing or bad field', async () => {
    const guide = await createTestGuide(t.db.db);
    const visitor = anonymousClient(t.app);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'body.name'],
      [{ email: '' }, 'body.email'],
      [{ email: 'not-an-email' }, 'body.email'],
      [{ website: 'javascript:alert(1)' }, 'body.website'],
      [{ website: 'ftp://example.org' }, 'body.website'],
      [{ comment: '   ' }, 'body.comment'],
      [{ name: 'n'.repeat(81) }, 'body.name'],
      [{ parentId: 'not-a-uuid' }, 'body.parentId'],
    ];
    for (const [override, path] of cases) {
      const response = await postComment(visitor, guide.slug, { ...(await commentBody(t)), ...override });
      expect(response.statusCode, path).toBe(400);
      expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const { website: _website, notifyOnReply: _notify, topic: _topic, ...minimal } = await commentBody(t);
    const bare = await postComment(visitor, guide.slug, minimal);
    expect(bare.statusCode).toBe(201);
    expect(bare.json().comment.website).toBeNull();
    const withoutName = await commentBody(t);
    const { name: _name, ...rest } = withoutName;
    const response = await postComment(visitor, guide.slug, rest as typeof withoutName);
    expect(response.json().error.details[0].path).toBe('body.name');
  });

  it('keeps a website and stores hostile text as plain data', async () => {
    const guide = await createTestGuide(t.db.db);
    const payload = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';
    const posted = await postComment(
      admin,
      guide.slug,
      await commentBody(t, { name: payload, website: 'https://example.org/me', comment: payload }),
    );
    expect(posted.statusCode).toBe(201);
    const [thread] = (await publicThreads(guide.slug)).items as unknown as {
      authorName: string;
      website: string;
      comment: string;
    }[];
    expect(thread).toMatchObject({ authorName: payload, website: 'https://example.org/me', comment: payload });
  });

  it('404s for a guide that does not exist or is a draft', async () => {
    const draft = await createTestGuide(t.db.db, { status: 'draft' });
    const visitor = anonymousClient(t.app);
    for (const slug of ['no-such-guide', draft.slug]) {
      expect((await visitor.get(`/api/guides/${slug}/comments`)).statusCode).toBe(404);
      expect((await visitor.get(`/api/guides/${slug}/comment-form`)).statusCode).toBe(404);
      expect((await postComment(visitor, slug, await commentBody(t))).statusCode).toBe(404);
    }
  });
});

describe('privacy', () => {
  it('has no email field in any guide or comment response schema (the schemas are the filter)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
    };
    const paths = Object.keys(doc.paths).filter((p) =>
      /^\/api\/(guides|admin\/guides|admin\/comments|me\/replies)/.test(p),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/guides',
        '/api/guides/{slug}',
        '/api/guides/{slug}/comments',
        '/api/guides/{slug}/comment-form',
        '/api/admin/comments',
        '/api/admin/comments/{id}/moderation',
        '/api/me/replies',
      ]),
    );
    for (const path of paths) {
      for (const [method, operation] of Object.entries(doc.paths[path] ?? {})) {
        const responses = JSON.stringify(operation.responses);
        expect(responses, `${method} ${path}`).not.toMatch(/"[a-zA-Z_]*email"\s*:/i);
      }
    }
    // The comment form is the one place an email goes in.
    expect(JSON.stringify(doc.paths['/api/guides/{slug}/comments']?.post?.requestBody)).toContain('"email"');
  });

  it('never puts a commenter’s email in any guide or comment response', async () => {
    const guide = await createTestGuide(t.db.db);
    const { client: reader, user } = await signedInClient(t.app, t.db.db);
    const secretEmails = [uniqueCommenterEmail('hidden-a'), uniqueCommenterEmail('hidden-b'), user.email];
    const bodies: string[] = [];
    const record = <R extends { statusCode: number; body: string }>(response: R): R => {
      expect(response.statusCode).toBeLessThan(300);
      bodies.push(response.body);
      return response;
    };

    const parent = record(
      await postComment(
        reader,
        guide.slug,
        await commentBody(t, { email: user.email, notifyOnReply: true, comment: 'Parent' }),
      ),
    ).json().comment;
    record(await moderate(parent.id, 'approve').then((r) => ({ statusCode: 200, body: JSON.stringify(r) })));
    const held = record(
      await postComment(anonymousClient(t.app), guide.slug, await commentBody(t, { email: secretEmails[0] })),
    ).json().comment;
    record(await admin.get('/api/admin/comments?status=pending'));
    record(await admin.post(`/api/admin/comments/${held.id}/moderation`, { action: 'approve' }));
    const reply = record(
      await postComment(
        anonymousClient(t.app),
        guide.slug,
        await commentBody(t, { email: secretEmails[1], parentId: parent.id }),
      ),
    ).json().comment;
    record(await admin.get('/api/admin/comments?status=pending'));
    record(await admin.post(`/api/admin/comments/${reply.id}/moderation`, { action: 'approve' }));
    record(await admin.get('/api/admin/comments?status=approved'));

    for (const client of [anonymousClient(t.app), reader, admin]) {
      record(await client.get(`/api/guides/${guide.slug}/comments`));
      record(await client.get(`/api/guides/${guide.slug}/comments?page=1&pageSize=200`));
      record(await client.get(`/api/guides/${guide.slug}`));
      record(await client.get(`/api/guides/${guide.slug}/comment-form`));
      record(await client.get('/api/guides'));
      record(await client.get('/api/guides?q=helping'));
    }
    record(await admin.get('/api/admin/guides'));
    record(await reader.get('/api/me/replies'));
    expect(JSON.parse(bodies.at(-1) ?? '{}').items).toHaveLength(1);

    const everything = bodies.join('\n').toLowerCase();
    for (const email of secretEmails) expect(everything).not.toContain(email.toLowerCase());
    expect(everything).not.toContain('@commenter.test');
    expect(everything).not.toMatch(/"(author_?)?email"/i);
  });
});

describe('personal data', () => {
  it('exports comments written while signed in, and deletes them with the account', async () => {
    const guide = await createTestGuide(t.db.db);
    const { client: reader, user } = await signedInClient(t.app, t.db.db);
    const posted = (
      await postComment(reader, guide.slug, await commentBody(t, { email: user.email, comment: 'Mine' }))
    ).json().comment;
    await moderate(posted.id, 'approve');
    const exported = (await reader.get('/api/me/export')).json();
    expect(exported.sections.guides.replyNotifications).toEqual([]);
    expect(exported.sections.guides.comments).toEqual([
      expect.objectContaining({
        id: posted.id,
        guide: guide.slug,
        email: user.email,
        comment: 'Mine',
        status: 'approved',
      }),
    ]);
    const deleted = await reader.post('/api/me/delete', { password: TEST_PASSWORD, confirm: 'delete my account' });
    expect(deleted.statusCode).toBe(204);
    // The comment went with the account, and the guide's counters followed.
    expect(await publicThreads(guide.slug)).toMatchObject({ items: [], total: 0, threads: 0 });
  });
});
