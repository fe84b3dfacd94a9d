import type { z } from 'zod';
import { COMMENT_MAX_LINKS } from '#contracts/guides.js';
import type {
  NewReplyBodySchema,
  NewThreadBodySchema,
  PeerModerationBodySchema,
  PeerPost,
  PeerSpace,
} from '#contracts/peer-spaces.js';
import { decideCommentStatus } from '#domain/guides/comment-rules.js';
import { countLinks } from '#domain/markdown/plain-text.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { SessionUser } from '#server/plugins/session.js';
import * as repo from './peer-spaces.repository.js';

const isModerator = (user: SessionUser) => user.roles.includes('admin');
const noSpace = () => new AppError('NOT_FOUND', 'No such space.');
const noPost = () => new AppError('NOT_FOUND', 'No such post, or it is not yours.');

async function spaceView(db: DbOrTx, row: repo.SpaceRow, userId: string): Promise<PeerSpace> {
  const [counts, mine] = await Promise.all([repo.memberCounts(db), repo.spacesOf(db, userId)]);
  return {
    slug: row.slug,
    name: row.name,
    description: row.description,
    kind: row.kind as PeerSpace['kind'],
    isMembersOnly: row.isMembersOnly,
    memberCount: counts.get(row.id) ?? 0,
    isMember: mine.has(row.id),
  };
}

function postView(row: repo.PostRow, userId: string): PeerPost {
  return {
    id: row.id,
    threadId: row.threadId,
    authorName: row.authorName,
    isMine: row.authorId === userId,
    title: row.title,
    body: row.body,
    status: row.status as PeerPost['status'],
    isLocked: row.isLocked,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listSpaces(db: Db, userId: string) {
  const [rows, counts, mine] = await Promise.all([
    repo.listSpaces(db),
    repo.memberCounts(db),
    repo.spacesOf(db, userId),
  ]);
  return {
    spaces: rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      description: row.description,
      kind: row.kind as PeerSpace['kind'],
      isMembersOnly: row.isMembersOnly,
      memberCount: counts.get(row.id) ?? 0,
      isMember: mine.has(row.id),
    })),
  };
}

/** A members-only space is read by its members (and moderators) only. */
async function readableSpace(db: DbOrTx, space: repo.SpaceRow, user: SessionUser) {
  if (!space.isMembersOnly || isModerator(user)) return;
  if (!(await repo.spacesOf(db, user.id)).has(space.id)) {
    throw new AppError('FORBIDDEN', `“${space.name}” is for members only: join it to read and post.`);
  }
}

async function memberOf(db: DbOrTx, space: repo.SpaceRow, user: SessionUser) {
  if (!(await repo.spacesOf(db, user.id)).has(space.id)) {
    throw new AppError('FORBIDDEN', `Join “${space.name}” to post in it.`);
  }
}

export async function getSpace(db: Db, user: SessionUser, slug: string) {
  const space = await repo.findSpaceBySlug(db, slug);
  if (!space) throw noSpace();
  await readableSpace(db, space, user);
  const threads = await repo.listThreads(db, space.id, user.id);
  return {
    space: await spaceView(db, space, user.id),
    threads: threads.map((t) => ({ ...postView(t, user.id), replyCount: t.replyCount })),
  };
}

export async function joinSpace(db: Db, user: SessionUser, slug: string, now: Date) {
  const space = await repo.findSpaceBySlug(db, slug);
  if (!space) throw noSpace();
  await repo.join(db, space.id, user.id, now);
  return spaceView(db, space, user.id);
}

export async function leaveSpace(db: Db, user: SessionUser, slug: string) {
  const space = await repo.findSpaceBySlug(db, slug);
  if (!space) throw noSpace();
  await repo.leave(db, space.id, user.id);
  return spaceView(db, space, user.id);
}

/** The post if this person may see it: approved, their own, or any post for a moderator; and its space readable. */
async function visiblePost(db: DbOrTx, user: SessionUser, id: string) {
  const post = await repo.findPost(db, id);
  if (!post) throw noPost();
  const canSee = post.status === 'approved' || post.authorId === user.id || isModerator(user);
  if (!canSee || (post.status !== 'approved' && post.status !== 'pending' && !isModerator(user))) throw noPost();
  const space = await repo.findSpaceById(db, post.spaceId);
  if (!space) throw noPost();
  await readableSpace(db, space, user);
  return { post, space };
}

export async function getThread(db: Db, user: SessionUser, id: string) {
  const { post, space } = await visiblePost(db, user, id);
  if (post.threadId) throw noPost();
  const replies = await repo.listReplies(db, post.id, user.id);
  return {
    space: await spaceView(db, space, user.id),
    thread: postView(post, user.id),
    replies: replies.map((r) => postView(r, user.id)),
  };
}

function checkLinks(body: string) {
  const links = countLinks(body);
  if (links > COMMENT_MAX_LINKS) {
    throw new AppError('BAD_REQUEST', `A post may hold at most ${COMMENT_MAX_LINKS} links (it has ${links}).`, [
      { path: 'body.body', message: `may hold at most ${COMMENT_MAX_LINKS} links (it has ${links})` },
    ]);
  }
}

async function statusFor(db: DbOrTx, user: SessionUser) {
  const standing = await repo.authorStanding(db, user.id);
  return decideCommentStatus({ isModerator: isModerator(user), ...standing });
}

export async function createThread(
  db: Db,
  user: SessionUser,
  slug: string,
  body: z.infer<typeof NewThreadBodySchema>,
  now: Date,
) {
  const space = await repo.findSpaceBySlug(db, slug);
  if (!space) throw noSpace();
  await memberOf(db, space, user);
  checkLinks(body.body);
  const id = await repo.insertPost(db, {
    spaceId: space.id,
    authorId: user.id,
    title: body.title,
    body: body.body,
    status: await statusFor(db, user),
    createdAt: now,
  });
  return getThread(db, user, id);
}

export async function reply(
  db: Db,
  user: SessionUser,
  threadId: string,
  body: z.infer<typeof NewReplyBodySchema>,
  now: Date,
) {
  const { post, space } = await visiblePost(db, user, threadId);
  if (post.threadId) throw noPost();
  await memberOf(db, space, user);
  if (post.isLocked) throw new AppError('CONFLICT', 'This thread is locked: a moderator closed it to new replies.');
  if (post.status !== 'approved') throw new AppError('CONFLICT', 'Replies open once a moderator approves the thread.');
  checkLinks(body.body);
  await repo.insertPost(db, {
    spaceId: space.id,
    threadId: post.id,
    authorId: user.id,
    title: null,
    body: body.body,
    status: await statusFor(db, user),
    createdAt: now,
  });
  return getThread(db, user, threadId);
}

/** Authors remove their own posts; the row stays (status removed) so replies and reports keep their context. */
export async function removeOwnPost(db: Db, user: SessionUser, id: string, now: Date) {
  const post = await repo.findPost(db, id);
  if (!post || post.authorId !== user.id || post.status === 'removed' || post.status === 'spam') throw noPost();
  await repo.setStatus(db, id, 'removed', null, now);
}

export async function report(db: Db, user: SessionUser, id: string, reason: string, now: Date) {
  const { post, space } = await visiblePost(db, user, id);
  await memberOf(db, space, user);
  if (post.authorId === user.id)
    throw new AppError('BAD_REQUEST', 'You cannot report your own post; remove it instead.');
  await repo.insertReport(db, { postId: id, reporterId: user.id, reason, createdAt: now });
}

export async function moderationQueue(db: Db, moderator: SessionUser) {
  const { posts, reported } = await repo.moderationQueue(db);
  return {
    items: posts.map((p) => ({
      ...postView(p, moderator.id),
      spaceSlug: p.spaceSlug,
      spaceName: p.spaceName,
      reports: reported
        .filter((r) => r.postId === p.id)
        .map((r) => ({ reason: r.reason, createdAt: r.createdAt.toISOString() })),
    })),
  };
}

export async function moderate(
  db: Db,
  moderator: SessionUser,
  id: string,
  body: z.infer<typeof PeerModerationBodySchema>,
  now: Date,
) {
  const post = await repo.findPost(db, id);
  if (!post) throw new AppError('NOT_FOUND', 'No such post.');
  await db.transaction(async (tx) => {
    switch (body.action) {
      case 'approve':
        await repo.setStatus(tx, id, 'approved', moderator.id, now);
        break;
      case 'remove':
      case 'spam':
        await repo.setStatus(tx, id, body.action === 'spam' ? 'spam' : 'removed', moderator.id, now);
        break;
      case 'lock':
      case 'unlock':
        if (post.threadId) throw new AppError('BAD_REQUEST', 'Only a thread can be locked, not a reply.');
        await repo.setLocked(tx, id, body.action === 'lock', moderator.id, now);
        break;
      case 'move': {
        if (post.threadId) throw new AppError('BAD_REQUEST', 'Only a whole thread can be moved, not a reply.');
        const to = await repo.findSpaceBySlug(tx, body.toSpace ?? '');
        if (!to) throw new AppError('NOT_FOUND', 'No such space to move the thread to.');
        await repo.moveThread(tx, id, to.id);
        break;
      }
    }
    await repo.resolveReports(tx, id, now);
  });
  return moderationQueue(db, moderator);
}

export async function personalData(db: DbOrTx, userId: string) {
  return { spaces: [...(await repo.spacesOf(db, userId))], posts: await repo.postsBy(db, userId) };
}
