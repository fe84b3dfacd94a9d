import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { EventDetail } from '#contracts/events.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { useSessionUser } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAttendees, useCancelRegistration, useEvent, useMarkAttendance, useRegister } from '../api/events-api.js';
import { EventFacts } from './event-summary.js';

const STATE_TEXT = {
  confirmed: 'You have a seat.',
  waitlisted: 'You are on the waiting list.',
  offered: 'A seat is offered to you: claim it through the link we emailed you.',
  cancelled: 'You cancelled your registration.',
  lapsed: 'The seat offered to you lapsed.',
} as const;

function Registration({ event }: { event: EventDetail }) {
  const { user } = useSessionUser();
  const register = useRegister();
  const cancel = useCancelRegistration();
  const [status, setStatus] = useState('');
  const mine = event.myRegistration;
  const active = mine && ['confirmed', 'waitlisted', 'offered'].includes(mine.state);
  if (!user) {
    return (
      <p>
        <Link to="/signin">Sign in</Link> to register.
      </p>
    );
  }
  const error = register.error ?? cancel.error;
  return (
    <section aria-labelledby="registration-title">
      <h2 id="registration-title">Registration</h2>
      {mine ? (
        <p>
          {STATE_TEXT[mine.state]}
          {mine.state === 'waitlisted' && mine.waitlistPosition ? ` You are number ${mine.waitlistPosition}.` : ''}
          {mine.offerExpiresAt ? ` The offer holds until ${formatDateTime(mine.offerExpiresAt)}.` : ''}
        </p>
      ) : null}
      {active && mine ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            cancel.mutate(mine.id, { onSuccess: () => setStatus('Cancelled. Your seat goes to the next person.') })
          }
        >
          Cancel my registration
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() =>
            register.mutate(event.id, {
              onSuccess: (r) =>
                setStatus(
                  r.myRegistration?.state === 'confirmed'
                    ? 'Registered: you have a seat.'
                    : 'The event is full: you are on the waiting list.',
                ),
            })
          }
        >
          {event.seatsLeft === 0 ? 'Join the waiting list' : 'Register'}
        </button>
      )}
      <p role="status" className="inline-status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {describeError(error)}
        </p>
      ) : null}
    </section>
  );
}

function Attendees({ event }: { event: EventDetail }) {
  const attendees = useAttendees(event.id, event.isOrganizer);
  const mark = useMarkAttendance(event.id);
  if (!event.isOrganizer) return null;
  return (
    <section aria-labelledby="attendees-title">
      <h2 id="attendees-title">Attendees</h2>
      {attendees.isPending ? <LoadingMessage label="Loading attendees…" /> : null}
      {attendees.isError ? <ErrorMessage error={attendees.error} /> : null}
      {attendees.data?.attendees.length === 0 ? <p>Nobody has registered yet.</p> : null}
      <ul className="plain-list">
        {attendees.data?.attendees.map((a) => (
          <li key={a.registrationId}>
            {a.state === 'confirmed' ? (
              <label>
                <input
                  type="checkbox"
                  checked={a.attended}
                  onChange={(e) => mark.mutate({ registrationId: a.registrationId, attended: e.target.checked })}
                />{' '}
                {a.name} attended
              </label>
            ) : (
              `${a.name} (${a.state})`
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  useDocumentTitle(event.data?.title ?? 'Event');
  return (
    <div className="events">
      {event.isPending ? <LoadingMessage label="Loading the event…" /> : null}
      {event.isError ? (
        <>
          <h1 tabIndex={-1}>Event</h1>
          <ErrorMessage error={event.error} />
        </>
      ) : null}
      {event.data ? (
        <>
          <h1 tabIndex={-1}>{event.data.title}</h1>
          <EventFacts event={event.data} />
          {event.data.status !== 'approved' ? (
            <p>This event is {event.data.status}: only you and the admins see it.</p>
          ) : null}
          {event.data.nextOccurrences.length > 1 ? (
            <p>Next dates: {event.data.nextOccurrences.map((d) => formatDateTime(d)).join(', ')}</p>
          ) : null}
          {event.data.onlineUrl ? (
            <p>
              Online link: <a href={event.data.onlineUrl}>{event.data.onlineUrl}</a>
            </p>
          ) : null}
          <Markdown source={event.data.description} author="user" headingLevel={2} />
          <p>
            <a href={`/api/events/${event.data.id}/calendar.ics`} download>
              Add to calendar (.ics)
            </a>
          </p>
          <Registration event={event.data} />
          <Attendees event={event.data} />
        </>
      ) : null}
      <p>
        <Link to="/events">All events</Link>
      </p>
    </div>
  );
}
