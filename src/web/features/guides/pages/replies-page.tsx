import { Link } from 'react-router';
import type { ReplyNotification } from '#contracts/guides.js';

import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useMarkRepliesRead, useReplies } from '../api/list-replies.js';

import '../guides.css';
import { formatDateTime } from '#web/lib/format-date.js';

function RepliesList() {
  const replies = useReplies();
  const markRead = useMarkRepliesRead();
  if (replies.isPending) return <LoadingMessage label="Loading replies…" />;
  if (replies.isError) return <ErrorMessage error={replies.error} onRetry={() => replies.refetch()} />;
  const { items, unread } = replies.data;
  if (items.length === 0) {
    return (
      <p className="empty-state">
        No replies yet. When you comment while signed in and tick “Tell me when someone replies”, replies appear here.
      </p>
    );
  }
  return (
    <>
      <p role="status">{unread > 0 ? `${unread} new ${unread === 1 ? 'reply' : 'replies'}.` : 'No new replies.'}</p>
      {unread > 0 ? (
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-disabled={markRead.isPending}
            onClick={() => {
              if (!markRead.isPending) markRead.mutate();
            }}
          >
            Mark all as read
          </button>
        </p>
      ) : null}
      <ol className="reply-list">
        {items.map((item) => (
          <li key={item.id} className={item.isRead ? 'reply-notice' : 'reply-notice reply-notice-unread'}>
            <p>
              {item.isRead ? null : <span className="tag tag-curated">New</span>}{' '}
              <strong>{item.replyAuthorName}</strong> replied on{' '}
              <Link to={`/guides/${item.guide.slug}#comment-${item.replyId}`}>{item.guide.title}</Link>
              <span className="link-meta"> · {formatDateTime(item.createdAt)}</span>
            </p>
            <blockquote>{item.replyExcerpt}</blockquote>
            <p className="link-meta">{DELIVERY_WORDS[item.emailDelivery]}</p>
          </li>
        ))}
      </ol>
      <p className="section-note">
        You can turn these emails off under <Link to="/account">Email notices</Link> on your account page.
      </p>
    </>
  );
}

/** What became of the email for each notice (the outbox's status, in plain words). */
const DELIVERY_WORDS: Record<ReplyNotification['emailDelivery'], string> = {
  emailed: 'Emailed to you.',
  queued: 'Email queued: it goes out shortly.',
  failed: 'The email could not be delivered.',
  'not-emailed': 'Not emailed.',
};

export function RepliesPage() {
  useDocumentTitle('Replies to your comments');
  return (
    <div className="replies">
      <p className="breadcrumb">
        <Link to="/guides">All guides</Link>
      </p>
      <h1 tabIndex={-1}>Replies to your comments</h1>
      <RequireUser>{() => <RepliesList />}</RequireUser>
    </div>
  );
}
