import { useState } from 'react';
import type { CommentThread } from '#contracts/guides.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useComments } from '../api/list-comments.js';
import { CommentForm } from './comment-form.js';
import { CommentItem } from './comment-item.js';

function Thread({ slug, thread }: { slug: string; thread: CommentThread }) {
  const [isReplying, setIsReplying] = useState(false);
  const replyFormId = `reply-to-${thread.id}`;
  return (
    <li className="comment-thread">
      <CommentItem comment={thread} />
      {thread.replies.length > 0 ? (
        <ol className="comment-replies" aria-label={`Replies to ${thread.authorName}`}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} />
            </li>
          ))}
        </ol>
      ) : null}
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={isReplying}
        aria-controls={isReplying ? replyFormId : undefined}
        onClick={() => setIsReplying((open) => !open)}
      >
        {isReplying ? 'Cancel reply' : `Reply to ${thread.authorName}`}
      </button>
      {isReplying ? (
        <div id={replyFormId} className="comment-reply-form">
          <CommentForm slug={slug} parentId={thread.id} replyingTo={thread.authorName} />
        </div>
      ) : null}
    </li>
  );
}

/** Published conversations under a guide, with the form to join them. */
export function CommentsSection({ slug }: { slug: string }) {
  const comments = useComments(slug);
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
      <CommentForm slug={slug} />
    </section>
  );
}
