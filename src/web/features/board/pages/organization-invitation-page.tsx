import { Link, useSearchParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAcceptInvite } from '../api/accept-invite.js';
import { useInvitation } from '../api/get-invitation.js';
import '../board.css';

function InvitationById({ id, email, emailVerified }: { id: string; email: string; emailVerified: boolean }) {
  const invitation = useInvitation(id);
  const accept = useAcceptInvite();
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
  const { organization } = invitation.data;
  if (invitation.data.status === 'accepted') {
    return (
      <p>
        This invitation was already accepted.{' '}
        <Link to={`/organizations/${organization.id}/dashboard`}>Open {organization.name}</Link>
      </p>
    );
  }
  return (
    <section aria-labelledby="invitation-title" className="panel">
      <h2 id="invitation-title">{organization.name}</h2>
      <p>
        You are invited to help manage <strong>{organization.name}</strong>: edit its profile, publish listings and
        answer the people who apply.
      </p>
      {emailVerified ? null : (
        <p>
          Confirm your address first: follow the link we emailed to {email}, or ask for a new one on your{' '}
          <Link to="/account">account page</Link>.
        </p>
      )}
      <button
        type="button"
        className="button"
        aria-disabled={accept.isPending}
        onClick={() => {
          if (!accept.isPending) accept.mutate(id);
        }}
      >
        Accept and join {organization.name}
      </button>
      {accept.isError ? (
        <p role="alert" className="field-error">
          {describeError(accept.error)}
        </p>
      ) : null}
    </section>
  );
}

/** Opened from the invitation message: sign in with the invited (confirmed) address, then accept. */
export function OrganizationInvitationPage() {
  useDocumentTitle('Invitation to an organization');
  const [params] = useSearchParams();
  const id = params.get('id') ?? '';
  return (
    <div className="board narrow">
      <h1 tabIndex={-1}>Invitation to an organization</h1>
      <RequireUser>
        {(user) => <InvitationById id={id} email={user.email} emailVerified={user.emailVerified} />}
      </RequireUser>
    </div>
  );
}
