import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { HELP_KIND_LABELS } from '#contracts/mentorship.js';
import { Markdown } from '#web/components/markdown.js';
import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAnswerRequest, useRequest, useWithdrawRequest } from '../api/mentorship-api.js';
import { REQUEST_STATUS_LABELS } from '../mentorship-format.js';
import '../mentorship.css';

function RequestView({ requestId, userId }: { requestId: string; userId: string }) {
  const request = useRequest(requestId);
  const answer = useAnswerRequest(requestId);
  const withdraw = useWithdrawRequest(requestId);
  const [status, setStatus] = useState('');
  if (request.isPending) return <LoadingMessage label="Loading the request…" />;
  if (request.isError) return <ErrorMessage error={request.error} onRetry={() => request.refetch()} />;
  const r = request.data;
  const isMentor = r.mentorId === userId;
  const failed = answer.error ?? withdraw.error;
  return (
    <>
      <h1 tabIndex={-1}>{isMentor ? `${r.menteeName} asks you to mentor them` : `Your request to ${r.mentorName}`}</h1>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{REQUEST_STATUS_LABELS[r.status]}</dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>{formatDateTime(r.createdAt)}</dd>
        </div>
        {r.status === 'pending' ? (
          <div>
            <dt>Expires without an answer</dt>
            <dd>{formatDateTime(r.expiresAt)}</dd>
          </div>
        ) : null}
        {r.helpWith.length > 0 ? (
          <div>
            <dt>Help wanted</dt>
            <dd>{r.helpWith.map((h) => HELP_KIND_LABELS[h]).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="request-message" className="panel">
        <h2 id="request-message">Message</h2>
        <Markdown source={r.message} author="user" headingLevel={null} isCompact />
      </section>
      {r.status === 'pending' && isMentor ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            aria-disabled={answer.isPending}
            onClick={() => !answer.isPending && answer.mutate(true, { onSuccess: () => setStatus('Accepted.') })}
          >
            Accept
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={answer.isPending}
            onClick={() =>
              !answer.isPending &&
              answer.mutate(false, { onSuccess: () => setStatus('Declined. They are offered other mentors.') })
            }
          >
            Decline
          </button>
        </div>
      ) : null}
      {r.status === 'pending' && !isMentor ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={withdraw.isPending}
            onClick={() =>
              !withdraw.isPending && withdraw.mutate(undefined, { onSuccess: () => setStatus('Request withdrawn.') })
            }
          >
            Withdraw the request
          </button>
        </div>
      ) : null}
      <ActionError error={failed} />
      <p role="status" className="inline-status">
        {status}
      </p>
      {r.mentorshipId ? (
        <p>
          <Link to={`/mentorship/m/${r.mentorshipId}`}>Open the mentorship</Link>
        </p>
      ) : null}
      <p>
        <Link to="/mentorship">Back to mentorship</Link>
      </p>
    </>
  );
}

export function MentorshipRequestPage() {
  useDocumentTitle('Mentoring request');
  const { id = '' } = useParams();
  return (
    <div className="mentorship">
      <RequireUser>{(user) => <RequestView requestId={id} userId={user.id} />}</RequireUser>
    </div>
  );
}
