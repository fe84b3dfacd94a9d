import { useState } from 'react';
import { Link } from 'react-router';
import { PEER_SPACE_KIND_IDS, PEER_SPACE_KIND_LABELS } from '#contracts/peer-spaces.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useMembership, useSpaces } from '../api/peer-spaces-api.js';

function SpaceList({ isAdmin }: { isAdmin: boolean }) {
  const spaces = useSpaces();
  const membership = useMembership();
  const [status, setStatus] = useState('');
  if (spaces.isPending) return <LoadingMessage label="Loading spaces…" />;
  if (spaces.isError) return <ErrorMessage error={spaces.error} onRetry={() => spaces.refetch()} />;
  return (
    <>
      {isAdmin ? (
        <p>
          <Link to="/spaces/moderation">Moderate posts</Link>
        </p>
      ) : null}
      <p role="status" className="inline-status">
        {status}
      </p>
      {membership.isError ? (
        <p role="alert" className="field-error">
          {describeError(membership.error)}
        </p>
      ) : null}
      {PEER_SPACE_KIND_IDS.map((kind) => (
        <section key={kind} aria-labelledby={`spaces-${kind}`}>
          <h2 id={`spaces-${kind}`}>{PEER_SPACE_KIND_LABELS[kind]}</h2>
          <ul className="plain-list">
            {spaces.data.spaces
              .filter((s) => s.kind === kind)
              .map((s) => (
                <li key={s.slug} className="panel">
                  <h3>
                    <Link to={`/spaces/${s.slug}`}>{s.name}</Link>
                  </h3>
                  <p>{s.description}</p>
                  <p className="field-hint">
                    {s.memberCount} {s.memberCount === 1 ? 'member' : 'members'}
                    {s.isMembersOnly ? ' · members only' : ''}
                    {s.isMember ? ' · you are a member' : ''}
                  </p>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-disabled={membership.isPending}
                    onClick={() =>
                      !membership.isPending &&
                      membership.mutate(
                        { slug: s.slug, join: !s.isMember },
                        { onSuccess: (r) => setStatus(r.isMember ? `You joined ${r.name}.` : `You left ${r.name}.`) },
                      )
                    }
                  >
                    {s.isMember ? `Leave ${s.name}` : `Join ${s.name}`}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function SpacesPage() {
  useDocumentTitle('Peer spaces');
  return (
    <div className="peer-spaces">
      <h1 tabIndex={-1}>Peer spaces</h1>
      <p className="lead">
        Talk with people on the same path: by career, by cause and by stage. Posts follow the same rules as guide
        comments; a first post waits for a moderator.
      </p>
      <RequireUser>{(user) => <SpaceList isAdmin={user.roles.includes('admin')} />}</RequireUser>
    </div>
  );
}
