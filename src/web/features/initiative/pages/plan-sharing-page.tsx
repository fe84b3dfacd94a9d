import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { usePlanSharing, useSharingAction } from '../api/plans.js';

/*
 * Who else sees a plan: co-owners (edit) and viewers (read), invited by email, and one read-only share link.
 * The server keeps only a hash of the link, so its address is shown once, right after it is made.
 */

function Sharing({ id }: { id: string }) {
  useDocumentTitle('Sharing a plan');
  const sharing = usePlanSharing(id);
  const action = useSharingAction(id);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'co-owner' | 'viewer'>('viewer');
  const [message, setMessage] = useState('');
  if (sharing.isPending) return <LoadingMessage label="Loading who can see the plan…" />;
  if (sharing.isError) return <ErrorMessage error={sharing.error} onRetry={() => sharing.refetch()} />;
  const invite = (event: FormEvent) => {
    event.preventDefault();
    action.mutate(
      { kind: 'invite', body: { email, role } },
      {
        onSuccess: () => {
          setMessage(`Invited ${email} as ${role}.`);
          setEmail('');
        },
      },
    );
  };
  const link = sharing.data.shareLink;
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <>
      <h1>Sharing the plan</h1>
      <p>
        <Link to={`/initiatives/${id}`}>Back to the plan</Link>
      </p>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Co-owners and viewers</h2>
        {sharing.data.members.length === 0 ? (
          <p>Nobody else yet.</p>
        ) : (
          <ul>
            {sharing.data.members.map((member) => (
              <li key={member.id}>
                {member.name ?? member.email} ({member.role}, {member.status}){' '}
                <button
                  type="button"
                  onClick={() =>
                    action.mutate(
                      { kind: 'remove', memberId: member.id },
                      { onSuccess: () => setMessage(`Removed ${member.email}.`) },
                    )
                  }
                >
                  Remove {member.email}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={invite}>
          <label htmlFor="invite-email">Email</label>
          <input id="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as 'co-owner' | 'viewer')}>
            <option value="viewer">Viewer (reads the plan)</option>
            <option value="co-owner">Co-owner (edits the plan)</option>
          </select>
          <button type="submit" disabled={action.isPending}>
            Send the invitation
          </button>
        </form>
      </section>
      <section aria-labelledby="link-heading">
        <h2 id="link-heading">Read-only share link</h2>
        {link ? (
          <>
            <p>A share link exists since {formatDateTime(link.createdAt)}. Anyone with it can read the plan.</p>
            {link.path ? (
              <p>
                Copy it now, it is shown only once: <code>{`${origin}${link.path}`}</code>
              </p>
            ) : null}
            <button
              type="button"
              onClick={() =>
                action.mutate({ kind: 'revoke-link' }, { onSuccess: () => setMessage('Share link revoked.') })
              }
            >
              Revoke the share link
            </button>
          </>
        ) : (
          <p>No share link.</p>
        )}
        <button
          type="button"
          onClick={() =>
            action.mutate({ kind: 'create-link' }, { onSuccess: () => setMessage('New share link made.') })
          }
        >
          {link ? 'Replace the share link' : 'Make a share link'}
        </button>
      </section>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {action.isError ? <p role="alert">{describeError(action.error)}</p> : null}
    </>
  );
}

export function PlanSharingPage() {
  const { id = '' } = useParams();
  return <RequireUser>{() => <Sharing id={id} />}</RequireUser>;
}
