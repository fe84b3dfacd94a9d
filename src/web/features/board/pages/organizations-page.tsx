import { Link } from 'react-router';
import { CAUSE_LABELS } from '#contracts/vocabulary.js';
import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAcceptInvite } from '../api/accept-invite.js';
import { useMyInvites } from '../api/list-my-invites.js';
import { useMyOrganizations } from '../api/list-my-organizations.js';
import { describeResponseTime } from '../components/board-labels.js';
import { BoardSubnav } from '../components/board-subnav.js';
import '../board.css';

function Invites() {
  const invites = useMyInvites();
  const accept = useAcceptInvite();
  if (!invites.data || invites.data.invites.length === 0) return null;
  return (
    <section aria-labelledby="invites-title" className="panel">
      <h2 id="invites-title">Invitations</h2>
      <ul className="plain-list">
        {invites.data.invites.map((invite) => (
          <li key={invite.id}>
            You are invited to help manage <strong>{invite.organization.name}</strong>.{' '}
            <button
              type="button"
              className="button button-small"
              aria-disabled={accept.isPending}
              onClick={() => {
                if (!accept.isPending) accept.mutate(invite.id);
              }}
            >
              Join {invite.organization.name}
            </button>
          </li>
        ))}
      </ul>
      <ActionError error={accept.error} />
    </section>
  );
}

function MyOrganizations({ canCreate }: { canCreate: boolean }) {
  const organizations = useMyOrganizations();
  if (organizations.isPending) return <LoadingMessage label="Loading your organizations…" />;
  if (organizations.isError)
    return <ErrorMessage error={organizations.error} onRetry={() => organizations.refetch()} />;
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">Organizations you manage</h2>
      {organizations.data.organizations.length === 0 ? (
        <p>You are not a member of any organization yet.</p>
      ) : (
        <ul className="opportunity-list">
          {organizations.data.organizations.map((organization) => (
            <li key={organization.id}>
              <article className="opportunity-card" aria-labelledby={`org-${organization.id}`}>
                <h3 id={`org-${organization.id}`} className="opportunity-card-title">
                  <Link to={`/organizations/${organization.id}/dashboard`}>{organization.name}</Link>
                </h3>
                <p>{organization.mission}</p>
                <p className="section-note">
                  {organization.causes.map((c) => CAUSE_LABELS[c]).join(', ')} ·{' '}
                  {describeResponseTime(organization.responseTime)}
                </p>
                {organization.waitingReminders > 0 ? (
                  <p className="notice notice-error">
                    {organization.waitingReminders}{' '}
                    {organization.waitingReminders === 1 ? 'application has' : 'applications have'} waited more than a
                    week for a reply.
                  </p>
                ) : null}
                <p>
                  <Link
                    to={`/organizations/${organization.id}/dashboard`}
                    className="button button-secondary button-small"
                  >
                    Open the dashboard<span className="visually-hidden"> of {organization.name}</span>
                  </Link>
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {canCreate ? (
        <p>
          <Link to="/organizations/new" className="button">
            Create an organization profile
          </Link>
        </p>
      ) : (
        <p>
          To create an organization profile, add the Organization role on <Link to="/account">your account</Link>.
        </p>
      )}
    </section>
  );
}

export function OrganizationsPage() {
  useDocumentTitle('Organizations I manage');
  return (
    <div className="board">
      <h1 tabIndex={-1}>Organizations I manage</h1>
      <BoardSubnav />
      <RequireUser>
        {(user) => (
          <>
            <Invites />
            <MyOrganizations canCreate={user.roles.includes('organization')} />
          </>
        )}
      </RequireUser>
    </div>
  );
}
