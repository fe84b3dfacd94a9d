import { type FormEvent, useId, useState } from 'react';
import type { Application } from '#contracts/board.js';
import { PendingButton } from '#web/components/pending-button.js';
import { ActionError } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDate } from '#web/lib/format-date.js';
import { useApplicationMessages, usePostApplicationMessage } from '../api/application-messages.js';

/**
 * The conversation on one application between the organization and the applicant: both sides read and write
 * it, nobody else can. Folded until opened, so a list of applications does not load every thread.
 */
export function ApplicationThread({
  application,
  side,
}: {
  application: Application;
  side: 'organization' | 'applicant';
}) {
  const ids = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const thread = useApplicationMessages(application.id, isOpen);
  const post = usePostApplicationMessage(application.id);
  const other = side === 'organization' ? application.applicant.displayName : application.opportunity.organization.name;
  const isClosed = application.status === 'withdrawn';

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (post.isPending) return;
    if (body.trim() === '') {
      setError('Write a message first.');
      return;
    }
    setError(null);
    post.mutate({ body }, { onSuccess: () => setBody(''), onError: (e) => setError(describeError(e)) });
  }

  return (
    <details className="application-thread" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>
        Messages with {other}
        <span className="visually-hidden"> about {application.opportunity.title}</span>
      </summary>
      {thread.isPending && isOpen ? <p className="section-note">Loading messages…</p> : null}
      <ActionError error={thread.error} />
      {thread.data ? (
        thread.data.items.length === 0 ? (
          <p className="section-note">No messages yet.</p>
        ) : (
          <ol className="message-list" aria-label={`Messages with ${other}`}>
            {thread.data.items.map((m) => (
              <li key={m.id} className={m.isMine ? 'message message-mine' : 'message'}>
                <p className="section-note">
                  {m.isMine ? 'You' : (m.authorName ?? 'A deleted account')}
                  {m.from === 'organization' && !m.isMine ? ` (${application.opportunity.organization.name})` : ''} ·{' '}
                  {formatDate(m.createdAt)}
                </p>
                <p className="message-body">{m.body}</p>
              </li>
            ))}
          </ol>
        )
      ) : null}
      {isClosed ? (
        <p className="section-note">The application was withdrawn, so this conversation is closed.</p>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <div className="field">
            <label htmlFor={`${ids}-body`}>Message to {other}</label>
            {error ? (
              <p id={`${ids}-error`} className="field-error" role="alert">
                <span aria-hidden="true">⚠ </span>
                {error}
              </p>
            ) : null}
            <textarea
              id={`${ids}-body`}
              rows={3}
              maxLength={2000}
              value={body}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${ids}-error` : undefined}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          <div className="form-actions">
            <PendingButton
              label="Send message"
              pendingLabel="Sending…"
              isPending={post.isPending}
              className="button button-small"
            />
          </div>
        </form>
      )}
    </details>
  );
}
