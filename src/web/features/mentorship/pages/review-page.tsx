import { useState } from 'react';
import { Link } from 'react-router';
import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useDecideReview, useReviewQueue, useSetReviewRequired } from '../api/mentorship-api.js';
import '../mentorship.css';

function ReviewQueueView() {
  const queue = useReviewQueue();
  const setRequired = useSetReviewRequired();
  const decide = useDecideReview();
  const [status, setStatus] = useState('');
  if (queue.isPending) return <LoadingMessage label="Matching the pool…" />;
  if (queue.isError) return <ErrorMessage error={queue.error} onRetry={() => queue.refetch()} />;
  const q = queue.data;
  const failed = setRequired.error ?? decide.error;
  return (
    <>
      <p>
        Review is <strong>{q.reviewRequired ? 'on' : 'off'}</strong>:{' '}
        {q.reviewRequired
          ? 'mentees see a suggestion only after you approve it.'
          : 'mentees see suggestions as soon as the matcher makes them.'}
      </p>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={setRequired.isPending}
        onClick={() =>
          !setRequired.isPending &&
          setRequired.mutate(!q.reviewRequired, {
            onSuccess: (r) => setStatus(r.reviewRequired ? 'Review turned on.' : 'Review turned off.'),
          })
        }
      >
        {q.reviewRequired ? 'Turn review off' : 'Turn review on'}
      </button>
      <p role="status" className="inline-status">
        {status}
      </p>
      <ActionError error={failed} />
      <h2>Current suggestions</h2>
      {q.items.length === 0 ? <p>No suggestions: no mentee has a profile, or no mentor has a free place.</p> : null}
      <ul className="plain-list">
        {q.items.map((i) => (
          <li key={`${i.menteeId}-${i.mentorId}`} className="panel">
            <h3>
              {i.menteeName} with {i.mentorName}
            </h3>
            <p>{i.decision === 'approved' ? 'Approved' : 'Not reviewed yet'}</p>
            <ul>
              {i.strongest.map((f) => (
                <li key={f.factor}>{f.reason}</li>
              ))}
            </ul>
            <p>Weakest: {i.weakest.reason}</p>
            <div className="form-actions">
              {i.decision !== 'approved' ? (
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    decide.mutate(
                      { menteeId: i.menteeId, mentorId: i.mentorId, decision: 'approved' },
                      { onSuccess: () => setStatus(`Approved ${i.mentorName} for ${i.menteeName}.`) },
                    )
                  }
                >
                  Approve {i.mentorName} for {i.menteeName}
                </button>
              ) : null}
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  decide.mutate(
                    { menteeId: i.menteeId, mentorId: i.mentorId, decision: 'withheld' },
                    {
                      onSuccess: () =>
                        setStatus(`Withheld ${i.mentorName} for ${i.menteeName}; the next mentor is offered instead.`),
                    },
                  )
                }
              >
                Withhold {i.mentorName} for {i.menteeName}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {q.withheld.length > 0 ? (
        <>
          <h2>Withheld pairs</h2>
          <ul>
            {q.withheld.map((w) => (
              <li key={`${w.menteeId}-${w.mentorId}`}>
                {w.mentorName} for {w.menteeName}{' '}
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() =>
                    decide.mutate(
                      { menteeId: w.menteeId, mentorId: w.mentorId, decision: 'approved' },
                      { onSuccess: () => setStatus(`Approved ${w.mentorName} for ${w.menteeName}.`) },
                    )
                  }
                >
                  Approve {w.mentorName} for {w.menteeName} instead
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function MentorshipReviewPage() {
  useDocumentTitle('Review mentor suggestions');
  return (
    <div className="mentorship">
      <h1 tabIndex={-1}>Review mentor suggestions</h1>
      <RequireUser>
        {(user) =>
          user.roles.includes('admin') ? (
            <ReviewQueueView />
          ) : (
            <p className="notice">Only admins review mentor suggestions.</p>
          )
        }
      </RequireUser>
      <p>
        <Link to="/mentorship">Back to mentorship</Link>
      </p>
    </div>
  );
}
