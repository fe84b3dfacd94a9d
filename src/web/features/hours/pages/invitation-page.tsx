import { Link, useSearchParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useInvitationByLink } from '../api/supervisions.js';
import { AcceptForm } from './inbox-page.js';
import '../hours.css';

function InvitationByLink({ token, email }: { token: string; email: string }) {
  const invitation = useInvitationByLink(token);
  if (invitation.isPending) return <LoadingMessage label="Opening the invitation…" />;
  if (invitation.isError) {
    return (
      <>
        <ErrorMessage error={invitation.error} />
        <p>
          You are signed in as {email}. <Link to="/signout">Sign out</Link> to use another account.
        </p>
      </>
    );
  }
  if (invitation.data.status !== 'invited') {
    return (
      <p>
        This invitation is answered. <Link to="/hours/inbox">Go to your supervisor inbox</Link>
      </p>
    );
  }
  return (
    <ul className="hours-card-list">
      <AcceptForm invitation={invitation.data} linkToken={token} />
    </ul>
  );
}

/** Opened from the invitation message: sign in (or create an account) with the invited address, then answer. */
export function HoursInvitationPage() {
  useDocumentTitle('Invitation to supervise');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <div className="hours narrow">
      <h1 tabIndex={-1}>Invitation to supervise</h1>
      <RequireUser>{(user) => <InvitationByLink token={token} email={user.email} />}</RequireUser>
    </div>
  );
}
