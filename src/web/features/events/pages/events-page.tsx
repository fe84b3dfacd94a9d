import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useSessionUser } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useEventSearch } from '../api/events-api.js';
import { EventCard } from './event-summary.js';

function Results({ params }: { params: URLSearchParams }) {
  const search = useEventSearch(params);
  if (search.isPending) return <LoadingMessage label="Searching events…" />;
  if (search.isError) return <ErrorMessage error={search.error} onRetry={() => search.refetch()} />;
  const { events } = search.data;
  return (
    <>
      <p role="status" className="inline-status">
        {events.length === 1 ? '1 event' : `${events.length} events`}
      </p>
      <ul className="plain-list">
        {events.map((e) => (
          <EventCard key={e.id} event={e} />
        ))}
      </ul>
    </>
  );
}

export function EventsPage() {
  useDocumentTitle('Events');
  const { user } = useSessionUser();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState({
    q: params.get('q') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    mode: params.get('mode') ?? 'any',
    near: params.get('near') ?? '',
    radiusMiles: params.get('radiusMiles') ?? '25',
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(draft)) if (value && value !== 'any') next.set(key, value);
    // A radius means nothing without a place.
    if (!draft.near) next.delete('radiusMiles');
    setParams(next);
  };
  const roles = user?.roles ?? [];
  return (
    <div className="events">
      <h1 tabIndex={-1}>Events</h1>
      <p className="lead">Conferences, trainings, community events and online meetups in the helping careers.</p>
      <p>
        {user ? <Link to="/events/mine">Your events and calendar feed</Link> : null}
        {roles.some((r) => r === 'organization' || r === 'mentor' || r === 'admin') ? (
          <>
            {' · '}
            <Link to="/events/new">Post an event</Link>
          </>
        ) : null}
        {roles.includes('admin') ? (
          <>
            {' · '}
            <Link to="/events/review">Events waiting for approval</Link>
          </>
        ) : null}
      </p>
      <search>
        <form className="form" aria-label="Search events" onSubmit={submit}>
          <div className="field">
            <label htmlFor="events-q">Words</label>
            <input
              id="events-q"
              type="search"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="events-from">From</label>
            <input
              id="events-from"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="events-to">To</label>
            <input
              id="events-to"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="events-mode">Where</label>
            <select id="events-mode" value={draft.mode} onChange={(e) => setDraft({ ...draft, mode: e.target.value })}>
              <option value="any">Online or in person</option>
              <option value="online">Online</option>
              <option value="in-person">In person</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="events-near">Near (ZIP code or City, ST)</label>
            <input
              id="events-near"
              type="text"
              autoComplete="postal-code"
              value={draft.near}
              onChange={(e) => setDraft({ ...draft, near: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="events-radius">Within (miles)</label>
            <select
              id="events-radius"
              value={draft.radiusMiles}
              onChange={(e) => setDraft({ ...draft, radiusMiles: e.target.value })}
            >
              {['5', '10', '25', '50', '100', '250'].map((miles) => (
                <option key={miles} value={miles}>
                  {miles} miles
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="button">
              Search
            </button>
          </div>
        </form>
      </search>
      <Results params={params} />
    </div>
  );
}
