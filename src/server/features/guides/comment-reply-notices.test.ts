import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '#server/db/schema/mail.js';
import { claimDueMail, recordOutcome } from '#server/mail/outbox.repository.js';
import { anonymousClient, commentBody, createTestGuide, postComment } from '#tests/factories/guides.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';

/** Reply notices go through the outbox (ADR 0024), and the notification says what became of the email. */

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp({ VOCARE_COMMENT_RATE_LIMIT: 1000 }, { now: () => new Date('2026-04-14T10:00:00Z') });
  admin = (await signedInClient(t.app, t.db.db, ['admin'])).client;
});
afterAll(async () => t.close());

const mailTo = (address: string) => t.db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address));

/** A signed-in commenter whose comment (asking to be told of replies) is published. */
async function publishedQuestion(options: { notifyOnReply?: boolean } = {}) {
  const guide = await createTestGuide(t.db.db);
  const reader = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'Sam Reader' });
  const posted = await postComment(
    reader.client,
    guide.slug,
    await commentBody(t, {
      name: 'Sam Reader',
      email: reader.user.email,
      notifyOnReply: options.notifyOnReply ?? true,
      comment: 'Does step 1 need a licence?',
    }),
  );
  const parent = posted.json().comment as { id: string };
  expect((await admin.post(`/api/admin/comments/${parent.id}/moderation`, { action: 'approve' })).statusCode).toBe(200);
  return { guide, reader, parent };
}

async function repliesOf(client: TestClient) {
  const response = await client.get('/api/me/replies');
  expect(response.statusCode).toBe(200);
  return response.json() as { items: { replyId: string; emailDelivery: string }[] };
}

describe('comment-reply notices', () => {
  it('mails the author once a held reply is approved, with an unsubscribe link, and reports the delivery', async () => {
    const { guide, reader, parent } = await publishedQuestion();
    const replier = anonymousClient(t.app);
    const reply = (
      await postComment(
        replier,
        guide.slug,
        await commentBody(t, { name: 'Kim Helper', parentId: parent.id, comment: 'Not for **step 1**.' }),
      )
    ).json().comment as { id: string; status: string };
    expect(reply.status).toBe('pending');
    // Held for moderation: nobody is told yet, not even by mail.
    expect(await mailTo(reader.user.email)).toEqual([]);
    expect((await repliesOf(reader.client)).items).toEqual([]);

    await admin.post(`/api/admin/comments/${reply.id}/moderation`, { action: 'approve' });
    const mails = await mailTo(reader.user.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    if (!mail) throw new Error('no mail');
    expect(mail).toMatchObject({ kind: 'comment-reply', userId: reader.user.id, status: 'queued' });
    expect(mail.subject).toContain('Kim Helper replied to your comment');
    expect(mail.textBody).toContain('Not for step 1.');
    expect(mail.textBody).toContain(`/guides/${guide.slug}#comment-${reply.id}`);
    expect(mail.headers['List-Unsubscribe']).toContain('/api/mail/unsubscribe?token=');
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    // The commenter's address is never in the reply notice's text (only in To).
    expect(mail.textBody).not.toContain(reader.user.email);

    expect((await repliesOf(reader.client)).items).toMatchObject([{ replyId: reply.id, emailDelivery: 'queued' }]);
    // The worker's outcomes (its own tests deliver over SMTP), as the notification view reads them.
    const setStatus = (status: string) => t.db.db.update(mailOutbox).set({ status }).where(eq(mailOutbox.id, mail.id));
    await setStatus('sent');
    expect((await repliesOf(reader.client)).items[0]?.emailDelivery).toBe('emailed');
    await setStatus('given-up');
    expect((await repliesOf(reader.client)).items[0]?.emailDelivery).toBe('failed');
  });

  it('keeps the notice but sends no mail when the person turned replies off', async () => {
    const { guide, reader, parent } = await publishedQuestion();
    const off = await reader.client.put('/api/account/mail-preferences', { preferences: { 'comment-reply': false } });
    expect(off.statusCode).toBe(200);
    const reply = (await postComment(admin, guide.slug, await commentBody(t, { parentId: parent.id }))).json()
      .comment as { id: string; status: string };
    expect(reply.status).toBe('approved');
    expect(await mailTo(reader.user.email)).toEqual([]);
    expect((await repliesOf(reader.client)).items).toMatchObject([{ replyId: reply.id, emailDelivery: 'not-emailed' }]);
  });

  it('never tells the author about their own reply, even under another address', async () => {
    const { guide, reader, parent } = await publishedQuestion();
    const own = await postComment(
      reader.client,
      guide.slug,
      await commentBody(t, { email: `other-${reader.user.email}`, parentId: parent.id }),
    );
    expect(own.statusCode).toBe(201);
    await admin.post(`/api/admin/comments/${own.json().comment.id}/moderation`, { action: 'approve' });
    expect(await mailTo(reader.user.email)).toEqual([]);
    expect((await repliesOf(reader.client)).items).toEqual([]);
  });

  it('mails nobody when the author did not ask to be told', async () => {
    const { guide, reader, parent } = await publishedQuestion({ notifyOnReply: false });
    await postComment(admin, guide.slug, await commentBody(t, { parentId: parent.id }));
    expect(await mailTo(reader.user.email)).toEqual([]);
  });

  it('withdraws the mail of a reply taken down before it went out; a sent one stays sent', async () => {
    // Three replies whose mail the worker left queued, failed (a retry due) and sent; a moderator takes all three down.
    const scenes = [];
    for (const status of ['queued', 'failed', 'sent'] as const) {
      const { guide, reader, parent } = await publishedQuestion();
      const reply = (await postComment(admin, guide.slug, await commentBody(t, { parentId: parent.id }))).json()
        .comment as { id: string };
      const [mail] = await mailTo(reader.user.email);
      if (!mail) throw new Error('no mail');
      await t.db.db.update(mailOutbox).set({ status }).where(eq(mailOutbox.id, mail.id));
      scenes.push({ status, reader, reply, mailId: mail.id });
    }
    for (const { reply } of scenes) {
      const taken = await admin.post(`/api/admin/comments/${reply.id}/moderation`, { action: 'reject' });
      expect(taken.statusCode, taken.body).toBe(200);
    }
    const statusOf = async (id: string) =>
      (await t.db.db.select({ status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.id, id)))[0]?.status;
    expect(await Promise.all(scenes.map((s) => statusOf(s.mailId)))).toEqual(['withdrawn', 'withdrawn', 'sent']);
    for (const { reader } of scenes) expect((await repliesOf(reader.client)).items).toEqual([]);

    // The worker's claim (however late it looks) never picks a withdrawn message up.
    const claimed = await claimDueMail(t.db.db, {
      owner: 'withdraw-test',
      now: new Date('2100-01-01T00:00:00Z'),
      leaseUntil: new Date('2100-01-01T00:05:00Z'),
      limit: 10_000,
    });
    const claimedIds = new Set(claimed.map((c) => c.id));
    for (const { mailId } of scenes) expect(claimedIds.has(mailId)).toBe(false);

    // Approved again, the reply is news again: a new message, the withdrawn one stays withdrawn.
    const [first] = scenes;
    if (!first) throw new Error('no scene');
    await admin.post(`/api/admin/comments/${first.reply.id}/moderation`, { action: 'approve' });
    const statuses = (await mailTo(first.reader.user.email)).map((m) => m.status).sort();
    expect(statuses).toEqual(['queued', 'withdrawn']);
  });

  it('does not retry the mail of a reply taken down while a worker was sending it, if that attempt failed', async () => {
    const { guide, reader, parent } = await publishedQuestion();
    const reply = (await postComment(admin, guide.slug, await commentBody(t, { parentId: parent.id }))).json()
      .comment as { id: string };
    const [mail] = await mailTo(reader.user.email);
    if (!mail) throw new Error('no mail');
    // A worker leases the message (as the mail worker does) and starts handing it to SMTP...
    const owner = 'sending-when-taken-down';
    const claimed = await claimDueMail(t.db.db, {
      owner,
      now: new Date('2026-04-14T10:00:00Z'),
      leaseUntil: new Date('2026-04-14T10:02:00Z'),
      limit: 10_000,
    });
    expect(claimed.map((c) => c.id)).toContain(mail.id);
    // ...while a moderator takes the reply down: the row cannot be stopped yet, it is marked.
    const taken = await admin.post(`/api/admin/comments/${reply.id}/moderation`, { action: 'reject' });
    expect(taken.statusCode, taken.body).toBe(200);
    const rowOf = async () => (await t.db.db.select().from(mailOutbox).where(eq(mailOutbox.id, mail.id)))[0];
    expect(await rowOf()).toMatchObject({ status: 'sending', withdrawnAt: new Date('2026-04-14T10:00:00Z') });
    // The attempt fails: the row ends withdrawn, and no later claim leases it for a retry.
    const stored = await recordOutcome(t.db.db, mail.id, owner, {
      status: 'failed',
      error: '451 Try again later',
      retryAt: new Date('2026-04-14T10:01:00Z'),
    });
    expect(stored).toBe('withdrawn');
    const later = await claimDueMail(t.db.db, {
      owner: 'a-later-worker',
      now: new Date('2100-01-01T00:00:00Z'),
      leaseUntil: new Date('2100-01-01T00:05:00Z'),
      limit: 10_000,
    });
    expect(later.map((c) => c.id)).not.toContain(mail.id);
    expect(await rowOf()).toMatchObject({ status: 'withdrawn', attempts: 1 });
    expect((await repliesOf(reader.client)).items).toEqual([]);
  });
});
