import { useState } from 'react';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useModerate, useModerationQueue } from '../api/peer-spaces-api.js';

function Queue() {
  const queue = useModerationQueue();
  const moderate = useModerate();
  const [status, setStatus] = useState('');
  if (queue.isPending) return <LoadingMessage label="Loading the queue…" />;
  if (queue.isError) return <ErrorMessage error={queue.error} onRetry={() => queue.refetch()} />;
  const act = (id: string, action: string, label: string) =>
    moderate.mutate({ id, action }, { onSuccess: () => setStatus(label) });
  return (
    <>
      <p role="status" className="inline-status">
        {status}
      </p>
      {moderate.isError ? (
        <p role="alert" className="field-error">
          {describeError(moderate.error)}
        </p>
      ) : null}
      {queue.data.items.length === 0 ? <p>Nothing waits for a moderator.</p> : null}
      <ul className="plain-list">
        {queue.data.items.map((p) => (
          <li key={p.id} className="panel">
            <h2>{p.title ?? `Reply in ${p.spaceName}`}</h2>
            <p className="field-hint">
              {p.authorName} in {p.spaceName}, {formatDateTime(p.createdAt)} · {p.status}
            </p>
            <Markdown source={p.body} author="user" headingLevel={null} isCompact />
            {p.reports.length > 0 ? (
              <>
                <h3>Reports</h3>
                <ul>
                  {p.reports.map((r) => (
                    <li key={r.createdAt + r.reason}>{r.reason}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <div className="form-actions">
              <button type="button" className="button" onClick={() => act(p.id, 'approve', 'Approved.')}>
                Approve
              </button>
              <button type="button" className="button button-secondary" onClick={() => act(p.id, 'remove', 'Removed.')}>
                Remove
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => act(p.id, 'spam', 'Marked as spam.')}
              >
                Spam
              </button>
              {p.threadId === null ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => act(p.id, p.isLocked ? 'unlock' : 'lock', p.isLocked ? 'Unlocked.' : 'Locked.')}
                >
                  {p.isLocked ? 'Unlock' : 'Lock'}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ModerationPage() {
  useDocumentTitle('Moderate peer spaces');
  return (
    <div className="peer-spaces">
      <h1 tabIndex={-1}>Moderate peer spaces</h1>
      <RequireUser>
        {(user) =>
          user.roles.includes('admin') ? <Queue /> : <p className="notice">Only moderators see this page.</p>
        }
      </RequireUser>
    </div>
  );
}
