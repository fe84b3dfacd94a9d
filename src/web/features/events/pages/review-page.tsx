import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { usePendingEvents, useReviewEvent } from '../api/events-api.js';
import { EventFacts } from './event-summary.js';

function Queue() {
  const pending = usePendingEvents();
  const review = useReviewEvent();
  const [status, setStatus] = useState('');
  if (pending.isPending) return <LoadingMessage label="Loading events waiting for approval…" />;
  if (pending.isError) return <ErrorMessage error={pending.error} onRetry={() => pending.refetch()} />;
  return (
    <>
      <p role="status" className="inline-status">
        {status}
      </p>
      {review.isError ? (
        <p role="alert" className="field-error">
          {describeError(review.error)}
        </p>
      ) : null}
      {pending.data.events.length === 0 ? <p>Nothing is waiting.</p> : null}
      <ul className="plain-list">
        {pending.data.events.map((e) => (
          <li key={e.id} className="panel">
            <h2>
              <Link to={`/events/${e.id}`}>{e.title}</Link>
            </h2>
            <EventFacts event={e} />
            <div className="form-actions">
              <button
                type="button"
                className="button"
                onClick={() =>
                  review.mutate(
                    { id: e.id, decision: 'approve' },
                    { onSuccess: () => setStatus(`Approved “${e.title}”.`) },
                  )
                }
              >
                Approve “{e.title}”
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  review.mutate(
                    { id: e.id, decision: 'reject' },
                    { onSuccess: () => setStatus(`Rejected “${e.title}”.`) },
                  )
                }
              >
                Reject “{e.title}”
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ReviewPage() {
  useDocumentTitle('Events waiting for approval');
  return (
    <div className="events">
      <h1 tabIndex={-1}>Events waiting for approval</h1>
      <RequireUser>{() => <Queue />}</RequireUser>
    </div>
  );
}
