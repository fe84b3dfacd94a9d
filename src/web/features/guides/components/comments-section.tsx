import { useEffect, useRef, useState } from 'react';
import type { CommentThread, PostCommentResponse } from '#contracts/guides.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useComments } from '../api/list-comments.js';
import { CommentForm } from './comment-form.js';
import { CommentItem } from './comment-item.js';

type Posted = PostCommentResponse['comment'];

/** The comments this page has posted that wait for moderation: shown to their author (this page) only. */
function usePendingOwn() {
  const [pending, setPending] = useState<Posted[]>([]);
  const lastRef = useRef<string | null>(null);
  useEffect(() => {
    const last = pending.at(-1);
    if (last && last.id !== lastRef.current) {
      lastRef.current = last.id;
      document.getElementById(`comment-${last.id}`)?.focus();
    }
  }, [pending]);
  return {
    pending,
    add: (posted: Posted) => {
      if (posted.status === 'pending') setPending((list) => [...list, posted]);
    },
  };
}

function Thread({ slug, thread }: { slug: string; thread: CommentThread }) {
  const [isReplying, setIsReplying] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const own = usePendingOwn();
  const replyFormId = `reply-to-${thread.id}`;
  const replies = thread.replies.filter((r) => !own.pending.some((p) => p.id === r.id));
  return (
    <li className="comment-thread">
      <CommentItem comment={thread} />
      {replies.length + own.pending.length > 0 ? (
        <ol className="comment-replies" aria-label={`Replies to ${thread.authorName}`}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} />
            </li>
          ))}
          {own.pending.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} isPending />
            </li>
          ))}
        </ol>
      ) : null}
      <div role="status" className={sent ? 'notice notice-success' : 'flash-empty'}>
        {sent ?? ''}
      </div>
      <button
        type="button"
        ref={toggleRef}
        className="button button-secondary button-small"
        aria-expanded={isReplying}
        aria-controls={isReplying ? replyFormId : undefined}
        onClick={() => {
          setSent(null);
          setIsReplying((open) => !open);
        }}
      >
        {isReplying ? 'Cancel reply' : `Reply to ${thread.authorName}`}
      </button>
      {isReplying ? (
        <div id={replyFormId} className="comment-reply-form">
          <CommentForm
            slug={slug}
            parentId={thread.id}
            replyingTo={thread.authorName}
            onPosted={(posted) => {
              // The reply is sent: the form closes, and a held reply shows (to its author) where it will appear.
              setIsReplying(false);
              setSent(
                posted.status === 'pending'
                  ? 'Thank you. Your reply is held for moderation; only you see it until a moderator approves it.'
                  : 'Thank you. Your reply is published.',
              );
              own.add(posted);
              if (posted.status !== 'pending') toggleRef.current?.focus();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}

/** Published conversations under a guide, with the form to join them. */
export function CommentsSection({ slug }: { slug: string }) {
  const comments = useComments(slug);
  const own = usePendingOwn();
  const first = comments.data?.pages[0];
  const threads = comments.data?.pages.flatMap((page) => page.items) ?? [];
  const total = first?.total ?? 0;
  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{first ? `Comments (${total})` : 'Comments'}</h2>
      {comments.isPending ? <LoadingMessage label="Loading comments…" /> : null}
      {comments.isError ? <ErrorMessage error={comments.error} onRetry={() => comments.refetch()} /> : null}
      {first && total === 0 ? <p>No comments yet. Start the conversation below.</p> : null}
      {threads.length > 0 ? (
        <ol className="comment-list">
          {threads.map((thread) => (
            <Thread key={thread.id} slug={slug} thread={thread} />
          ))}
        </ol>
      ) : null}
      {own.pending.length > 0 ? (
        <ol className="comment-list" aria-label="Your comments waiting for moderation">
          {own.pending.map((c) => (
            <li key={c.id} className="comment-thread">
              <CommentItem comment={c} isPending />
            </li>
          ))}
        </ol>
      ) : null}
      {comments.hasNextPage ? (
        <p>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={comments.isFetchingNextPage}
            onClick={() => {
              if (!comments.isFetchingNextPage) void comments.fetchNextPage();
            }}
          >
            {comments.isFetchingNextPage ? 'Loading more comments…' : 'Show more comments'}
          </button>
        </p>
      ) : null}
      <CommentForm slug={slug} onPosted={own.add} />
    </section>
  );
}
