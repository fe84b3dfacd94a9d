import { Link, useSearchParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDate } from '#web/lib/format-date.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSignOff, useSignOffPreview } from '../api/supervisions.js';
import { formatHours } from '../hours-format.js';
import '../hours.css';

function SignOffReview({ token }: { token: string }) {
  const preview = useSignOffPreview(token);
  const signOff = useSignOff();
  if (preview.isPending) return <LoadingMessage label="Opening the sign-off link…" />;
  if (preview.isError) return <ErrorMessage error={preview.error} />;
  const { entries, traineeName, supervisorName, expiresAt } = preview.data;
  const changed = entries.filter((e) => !e.isUnchanged);
  if (signOff.isSuccess) {
    return (
      <div role="status" className="notice notice-success">
        Signed off: {signOff.data.verified} entries of {traineeName} ({formatHours(signOff.data.hours)}) are verified.
      </div>
    );
  }
  return (
    <>
      <p>
        {supervisorName}, these entries of {traineeName} wait for your sign-off. The link works once, until{' '}
        {formatDate(expiresAt.slice(0, 10))}.
      </p>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            {e.label}
            {e.isUnchanged ? '' : ' — changed since the message was sent'}
          </li>
        ))}
      </ul>
      {changed.length > 0 ? (
        <p role="alert" className="notice notice-error">
          {changed.length === 1 ? 'One entry' : `${changed.length} entries`} changed since the message was sent, so this
          link cannot sign them off. <Link to="/hours/inbox">Sign in to review them</Link>.
        </p>
      ) : (
        <button
          type="button"
          className="button"
          aria-disabled={signOff.isPending}
          onClick={() => !signOff.isPending && signOff.mutate(token)}
        >
          {signOff.isPending ? 'Verifying…' : `Verify these ${entries.length} entries`}
        </button>
      )}
      {signOff.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(signOff.error)}
        </p>
      ) : null}
      <p>
        Something to correct? <Link to="/hours/inbox">Return an entry with a comment</Link> (you sign in first).
      </p>
    </>
  );
}

/** Opened from a supervisor's weekly message: verifies the listed entries without signing in (ADR 0024). */
export function SignOffPage() {
  useDocumentTitle('Sign off hours');
  const [params] = useSearchParams();
  return (
    <div className="hours narrow">
      <h1 tabIndex={-1}>Sign off hours</h1>
      <SignOffReview token={params.get('token') ?? ''} />
    </div>
  );
}
