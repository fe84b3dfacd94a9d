import type {
  CommentStatus,
  CommentThreadList,
  GuideStatus,
  ModerationAction,
  ModerationQueue,
  PostCommentBody,
  PostCommentResponse,
  ReplyNotificationList,
} from '#contracts/guides.js';
import { checkSubmission, decideCommentStatus } from '#domain/guides/comment-rules.js';
import { excerpt } from '#domain/markdown/plain-text.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { type NoticeContext, queueNotice } from '#server/mail/notices.js';
import { withdrawUnsentMail } from '#server/mail/outbox.repository.js';
import { commentReplyMail } from '#server/mail/templates/guide-mail.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import { canActAsVerified, type SessionUser } from '#server/plugins/session.js';
import { findUserById } from '#server/users/users.repository.js';
import * as repo from './guides.repository.js';
import { findReadableGuide, isModerator } from './guides.service.js';

const MODERATION_PAGE_SIZE = 50;
/** A comment form stays usable for a day; after that the page must be reloaded. */
export const FORM_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export async function listThreads(
  db: Db,
  slug: string,
  user: SessionUser | null,
  options: { page: number; pageSize: number },
): Promise<CommentThreadList> {
  const statuses: GuideStatus[] = isModerator(user) ? ['published', 'draft'] : ['published'];
  const found = await repo.listApprovedThreads(
    db,
    { slug, statuses },
    { limit: options.pageSize, offset: (options.page - 1) * options.pageSize },
  );
  if (found) return { ...found, page: options.page, pageSize: options.pageSize };
  // Nothing on this page: either the guide is not readable (404) or it has no more comments.
  const guide = await findReadableGuide(db, slug, user);
  const counts = await repo.countApprovedComments(db, guide.id);
  return { items: [], ...counts, page: options.page, pageSize: options.pageSize };
}

/**
 * Tells the author of `parentId` about a published reply, if they asked to be told and it is not their own (same
 * address or same account). Called only once the reply is approved, so a held reply tells nobody until then.
 * Account holders are mailed through the outbox (topic comment-reply); a comment written without an account keeps
 * only the stored notice: its address was never proven and there is no account to hold a preference (ADR 0024).
 */
async function notifyOfReply(
  tx: DbOrTx,
  ctx: NoticeContext,
  parent: repo.CommentRecord,
  reply: Pick<repo.CommentRecord, 'id' | 'guideId' | 'userId' | 'authorName' | 'authorEmail' | 'body'>,
): Promise<void> {
  if (!parent.notifyOnReply || parent.status !== 'approved') return;
  if (parent.authorEmail === reply.authorEmail) return;
  if (parent.userId !== null && parent.userId === reply.userId) return;
  const recipient = parent.userId ? await findUserById(tx, parent.userId) : null;
  const guide = await repo.findGuideLink(tx, reply.guideId);
  let outboxId: string | null = null;
  if (recipient && guide) {
    outboxId = await queueNotice(tx, ctx, {
      topic: 'comment-reply',
      kind: 'comment-reply',
      to: recipient.email,
      userId: recipient.id,
      source: commentReplyMail({
        displayName: recipient.displayName,
        replyAuthorName: reply.authorName,
        guideTitle: guide.title,
        replyExcerpt: excerpt(reply.body, 200),
        url: linkTo(ctx.env, `/guides/${guide.slug}#comment-${reply.id}`),
      }),
    });
  }
  await repo.insertReplyNotification(tx, {
    commentId: parent.id,
    replyId: reply.id,
    recipientEmail: parent.authorEmail,
    recipientUserId: parent.userId,
    outboxId,
  });
}

function badRequest(problems: { path: string; message: string }[]): AppError {
  const first = problems[0];
  const message = first ? `Invalid ${first.path}: ${first.message}` : 'Invalid request';
  return new AppError('BAD_REQUEST', message, problems);
}

/**
 * Takes a comment through the spam defences and moderation: honeypot, time-to-submit and link
 * count first, then the thread rules (replies one level deep), then published directly or held.
 */
export async function postComment(
  db: Db,
  ctx: NoticeContext,
  input: {
    slug: string;
    body: PostCommentBody;
    user: SessionUser | null;
    formAgeMs: number | null;
    minAgeMs: number;
  },
): Promise<PostCommentResponse['comment']> {
  const { body, user } = input;
  const problems = checkSubmission({
    honeypot: body.topic,
    comment: body.comment,
    formAgeMs: input.formAgeMs,
    minAgeMs: input.minAgeMs,
    maxAgeMs: FORM_MAX_AGE_MS,
  });
  if (problems.length > 0) throw badRequest(problems);

  const guide = await findReadableGuide(db, input.slug, user);
  if (guide.status !== 'published') {
    throw new AppError('BAD_REQUEST', 'Comments open when the guide is published.');
  }
  const email = body.email.toLowerCase();
  const parentId = body.parentId ?? null;

  return db.transaction(async (tx) => {
    let parent: repo.CommentRecord | null = null;
    if (parentId) {
      parent = await repo.findComment(tx, parentId);
      if (!parent || parent.guideId !== guide.id || parent.status !== 'approved') {
        throw badRequest([{ path: 'body.parentId', message: 'is not a published comment on this guide' }]);
      }
      if (parent.parentId !== null) {
        throw badRequest([
          {
            path: 'body.parentId',
            message: 'is itself a reply: replies go one level deep, so answer the first comment',
          },
        ]);
      }
    }
    const standing = await repo.findCommenterStanding(tx, email);
    const staff = isModerator(user);
    const status = decideCommentStatus({
      isModerator: staff,
      // A signed-in account with an unconfirmed address is always held for moderation (ADR 0018).
      approvedBefore: user && !canActAsVerified(user) ? 0 : standing.approved,
      spamBefore: standing.spam,
    });
    const comment = await repo.insertComment(tx, {
      guideId: guide.id,
      parentId,
      userId: user?.id ?? null,
      authorName: body.name,
      authorEmail: email,
      authorWebsite: body.website,
      body: body.comment,
      status,
      isStaff: staff,
      notifyOnReply: body.notifyOnReply,
    });
    if (status === 'approved' && parent) {
      await notifyOfReply(tx, ctx, parent, {
        id: comment.id,
        guideId: guide.id,
        userId: user?.id ?? null,
        authorName: body.name,
        authorEmail: email,
        body: body.comment,
      });
    }
    return { ...comment, status };
  });
}

const STATUS_BY_ACTION: Record<ModerationAction, CommentStatus> = {
  approve: 'approved',
  reject: 'rejected',
  spam: 'spam',
};

export async function moderateComment(
  db: Db,
  ctx: NoticeContext,
  id: string,
  action: ModerationAction,
  moderator: SessionUser,
): Promise<{ id: string; status: CommentStatus }> {
  const status = STATUS_BY_ACTION[action];
  await db.transaction(async (tx) => {
    const comment = await repo.findComment(tx, id);
    if (!comment) throw new AppError('NOT_FOUND', 'There is no comment with that id.');
    await repo.setCommentStatus(tx, id, status, moderator.id, ctx.now);
    if (status === 'approved') {
      const parent = comment.parentId ? await repo.findComment(tx, comment.parentId) : null;
      if (parent) await notifyOfReply(tx, ctx, parent, comment);
    } else {
      // A reply taken down is no longer news for anyone: its notices go, and so does its mail if not yet sent.
      await withdrawUnsentMail(tx, await repo.deleteReplyNotifications(tx, id), ctx.now);
    }
  });
  return { id, status };
}

export async function listModerationQueue(
  db: Db,
  options: { status: CommentStatus; page: number },
): Promise<ModerationQueue> {
  const { items, total } = await repo.listModerationQueue(db, {
    status: options.status,
    limit: MODERATION_PAGE_SIZE,
    offset: (options.page - 1) * MODERATION_PAGE_SIZE,
  });
  return {
    total,
    page: options.page,
    pageSize: MODERATION_PAGE_SIZE,
    items: items.map(({ parentBody, createdAt, ...item }) => ({
      ...item,
      parentExcerpt: parentBody === null ? null : excerpt(parentBody, 160),
      createdAt: createdAt.toISOString(),
    })),
  };
}

export async function listReplyNotifications(db: Db, user: SessionUser): Promise<ReplyNotificationList> {
  const recipient = { userId: user.id };
  const [rows, unread] = await Promise.all([
    repo.listReplyNotifications(db, recipient, 100),
    repo.countUnreadReplyNotifications(db, recipient),
  ]);
  return {
    unread,
    items: rows.map(({ replyBody, createdAt, ...row }) => ({
      ...row,
      replyExcerpt: excerpt(replyBody, 200),
      createdAt: createdAt.toISOString(),
    })),
  };
}

export async function markRepliesRead(db: Db, user: SessionUser): Promise<void> {
  await repo.markReplyNotificationsRead(db, { userId: user.id });
}

/**
 * Comments written while signed in, and the reply notices kept for the account; both go with the
 * account when it is deleted (ON DELETE CASCADE).
 */
export const guidesPersonalData: PersonalDataSection = {
  name: 'guides',
  async collect(db: DbOrTx, userId: string) {
    const comments = await repo.listCommentsByUser(db, userId);
    const notices = await repo.listReplyNotifications(db, { userId }, 10_000);
    return {
      comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
      replyNotifications: notices.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    };
  },
};
