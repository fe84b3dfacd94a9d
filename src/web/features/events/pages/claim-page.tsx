import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useClaim } from '../api/events-api.js';

function ClaimView({ token }: { token: string }) {
  const claim = useClaim();
  const [eventId, setEventId] = useState('');
  if (eventId) {
    return (
      <p role="status">
        The seat is yours. <Link to={`/events/${eventId}`}>Open the event</Link>
      </p>
    );
  }
  return (
    <>
      <p>A seat was offered to you from the waiting list. Claim it before the offer lapses.</p>
      <button
        type="button"
        className="button"
        aria-disabled={claim.isPending || !token}
        onClick={() => {
          if (!claim.isPending && token) claim.mutate(token, { onSuccess: (e) => setEventId(e.id) });
        }}
      >
        Claim my seat
      </button>
      {!token ? <p role="alert">This link has no claim code; open the link from the email again.</p> : null}
      {claim.isError ? (
        <p role="alert" className="field-error">
          {describeError(claim.error)}
        </p>
      ) : null}
    </>
  );
}

export function ClaimPage() {
  useDocumentTitle('Claim a seat');
  const [params] = useSearchParams();
  return (
    <div className="events">
      <h1 tabIndex={-1}>Claim a seat</h1>
      <RequireUser>{() => <ClaimView token={params.get('token') ?? ''} />}</RequireUser>
    </div>
  );
}
