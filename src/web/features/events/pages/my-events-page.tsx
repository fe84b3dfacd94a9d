import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useMyEvents, useRotateFeed } from '../api/events-api.js';
import { EventCard } from './event-summary.js';

const STATE_LABELS = {
  confirmed: 'seat',
  waitlisted: 'waiting list',
  offered: 'seat offered: claim it',
  cancelled: 'cancelled',
  lapsed: 'offer lapsed',
} as const;

function Feed({ hasFeed }: { hasFeed: boolean }) {
  const rotate = useRotateFeed();
  const [url, setUrl] = useState('');
  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">Your calendar feed</h2>
      <p>
        A private address your calendar app can subscribe to: it lists the events you hold a seat at and the ones you
        organize, your mentoring conversations and the dated milestones of your initiative plans. Anyone with the
        address can read it, so keep it to yourself; making a new one stops the old one.
      </p>
      {url ? (
        <div className="field">
          <label htmlFor="feed-url">Feed address (shown once)</label>
          <input id="feed-url" type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      ) : null}
      <button
        type="button"
        className="button"
        onClick={() => rotate.mutate(undefined, { onSuccess: (r) => setUrl(r.url) })}
      >
        {hasFeed || url ? 'Replace my feed address' : 'Create my feed address'}
      </button>
      <p role="status" className="inline-status">
        {url ? 'A new feed address is ready; the previous one no longer works.' : ''}
      </p>
      {rotate.isError ? (
        <p role="alert" className="field-error">
          {describeError(rotate.error)}
        </p>
      ) : null}
    </section>
  );
}

function MyEventsView() {
  const mine = useMyEvents();
  if (mine.isPending) return <LoadingMessage label="Loading your events…" />;
  if (mine.isError) return <ErrorMessage error={mine.error} onRetry={() => mine.refetch()} />;
  const { registrations, organized, hasFeed } = mine.data;
  return (
    <>
      <section aria-labelledby="registered-title">
        <h2 id="registered-title">Registered</h2>
        {registrations.length === 0 ? (
          <p>
            None yet. <Link to="/events">Find an event</Link>
          </p>
        ) : null}
        <ul className="plain-list">
          {registrations.map(({ event, registration }) => (
            <li key={registration.id} className="panel">
              <h3>
                <Link to={`/events/${event.id}`}>{event.title}</Link>
              </h3>
              <p className="field-hint">
                {STATE_LABELS[registration.state]}
                {registration.waitlistPosition ? ` (number ${registration.waitlistPosition})` : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {organized.length > 0 ? (
        <section aria-labelledby="organized-title">
          <h2 id="organized-title">Organized by you</h2>
          <ul className="plain-list">
            {organized.map((e) => (
              <EventCard key={e.id} event={e} />
            ))}
          </ul>
        </section>
      ) : null}
      <Feed hasFeed={hasFeed} />
      <section aria-labelledby="ce-title">
        <h2 id="ce-title">Continuing education</h2>
        <p>
          <Link to="/events/ce-log">Your CE log</Link>: the CE hours of events where the organizer confirmed you
          attended, toward your license renewal.
        </p>
      </section>
    </>
  );
}

export function MyEventsPage() {
  useDocumentTitle('Your events');
  return (
    <div className="events">
      <h1 tabIndex={-1}>Your events</h1>
      <RequireUser>{() => <MyEventsView />}</RequireUser>
      <p>
        <Link to="/events">All events</Link>
      </p>
    </div>
  );
}
