import { useState } from 'react';

import { Link } from 'react-router';

import type { User } from '#contracts/auth.js';
import type { CommentStatus, ModerationAction, ModerationItem } from '#contracts/guides.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';

import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useModerationQueue } from '../api/list-moderation-queue.js';
import { useModerateComment } from '../api/moderate-comment.js';
import { CommentAuthor } from '../components/comment-item.js';

import '../guides.css';
import { formatDateTime } from '#web/lib/format-date.js';

const STATUS_TABS: { status: CommentStatus; label: string }[] = [
  { status: 'pending', label: 'Waiting' },
  { status: 'spam', label: 'Spam' },
  { status: 'rejected', label: 'Rejected' },
  { status: 'approved', label: 'Published' },
];

const ACTIONS: { action: ModerationAction; label: string; done: string; className: string }[] = [
  { action: 'approve', label: 'Approve', done: 'approved and published', className: 'button button-small' },
  { action: 'reject', label: 'Reject', done: 'rejected', className: 'button button-secondary button-small' },
  { action: 'spam', label: 'Mark as spam', done: 'marked as spam', className: 'button button-danger button-small' },
];

/** The action that would change nothing for a comment in this state, so it is not offered. */
const ACTION_FOR_STATUS: Record<CommentStatus, ModerationAction | null> = {
  pending: null,
  approved: 'approve',
  rejected: 'reject',
  spam: 'spam',
};

function QueueItem({ item, onModerated }: { item: ModerationItem; onModerated: (message: string) => void }) {
  const moderate = useModerateComment();
  const headingId = `moderation-${item.id}`;
  return (
    <li className="moderation-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="moderation-item-title">
          {item.parentId ? 'Reply' : 'Comment'} on <Link to={`/guides/${item.guide.slug}`}>{item.guide.title}</Link>
        </h3>
        <p className="comment-meta">
          <CommentAuthor comment={{ ...item, isStaff: false }} />
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
        </p>
        <p className="section-note">
          {item.approvedBefore === 0
            ? 'First-time commenter: no earlier comment from this address was published.'
            : `${item.approvedBefore} earlier ${item.approvedBefore === 1 ? 'comment' : 'comments'} from this address published.`}
          {item.isSignedIn ? ' Written while signed in.' : ''}
        </p>
        {item.parentExcerpt ? <p className="section-note">In reply to: “{item.parentExcerpt}”</p> : null}
        <div className="moderation-body">
          <Markdown source={item.comment} author="user" headingLevel={null} isCompact />
        </div>
        <div className="form-actions">
          {ACTIONS.filter((a) => a.action !== ACTION_FOR_STATUS[item.status]).map((a) => (
            <button
              key={a.action}
              type="button"
              className={a.className}
              aria-label={`${a.label}: comment by ${item.authorName}`}
              aria-disabled={moderate.isPending}
              onClick={() => {
                if (moderate.isPending) return;
                moderate.mutate(
                  { id: item.id, action: a.action },
                  {
                    onSuccess: () => onModerated(`Comment by ${item.authorName} ${a.done}.`),
                    onError: (error) => onModerated(describeError(error)),
                  },
                );
              }}
            >
              {a.label}
            </button>
          ))}
        </div>
      </article>
    </li>
  );
}

function Queue({ user }: { user: User }) {
  const [status, setStatus] = useState<CommentStatus>('pending');
  const [message, setMessage] = useState('');
  const queue = useModerationQueue(status);
  if (!user.roles.includes('admin')) {
    return (
      <p className="notice">Moderating comments needs the administrator role, which your account does not hold.</p>
    );
  }
  return (
    <>
      <fieldset className="segmented">
        <legend>Show comments</legend>
        {STATUS_TABS.map((tab) => (
          <div key={tab.status} className="segment">
            <input
              id={`moderation-status-${tab.status}`}
              type="radio"
              name="moderation-status"
              checked={status === tab.status}
              onChange={() => {
                setStatus(tab.status);
                setMessage('');
              }}
            />
            <label htmlFor={`moderation-status-${tab.status}`}>{tab.label}</label>
          </div>
        ))}
      </fieldset>
      <p role="status" className={message ? 'notice notice-success' : 'flash-empty'}>
        {message}
      </p>
      {queue.isPending ? <LoadingMessage label="Loading comments…" /> : null}
      {queue.isError ? <ErrorMessage error={queue.error} onRetry={() => queue.refetch()} /> : null}
      {queue.data ? (
        <>
          <h2>
            {queue.data.total} {STATUS_TABS.find((t) => t.status === status)?.label.toLowerCase()}{' '}
            {queue.data.total === 1 ? 'comment' : 'comments'}
          </h2>
          {queue.data.items.length === 0 ? (
            <p className="empty-state">Nothing here.</p>
          ) : (
            <ol className="moderation-list">
              {queue.data.items.map((item) => (
                <QueueItem key={item.id} item={item} onModerated={setMessage} />
              ))}
            </ol>
          )}
        </>
      ) : null}
    </>
  );
}

export function ModerationPage() {
  useDocumentTitle('Moderate comments');
  return (
    <div className="moderation">
      <p className="breadcrumb">
        <Link to="/guides">All guides</Link>
      </p>
      <h1 tabIndex={-1}>Moderate comments</h1>
      <p className="lead">
        First comments from an address wait here. Once one is approved, that address posts directly; marking any of its
        comments as spam sends its later comments back here.
      </p>
      <RequireUser>{(user) => <Queue user={user} />}</RequireUser>
    </div>
  );
}
