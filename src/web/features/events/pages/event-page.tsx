import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { EventDetail, Occurrence } from '#contracts/events.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { useSessionUser } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import {
  useAttendees,
  useCancelRegistration,
  useChangeOccurrence,
  useEvent,
  useMarkAttendance,
  useRegister,
  useRestoreOccurrence,
} from '../api/events-api.js';
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

/** A date of the series as its organizer typed it: the wall clock of the event's zone. */
const wallClock = (local: string, zone: string) => `${local.replace('T', ' ')} (${zone})`;

function occurrenceLabel(o: Occurrence, event: EventDetail) {
  const when = wallClock(o.start, event.timeZone);
  if (o.cancelled) return `${wallClock(o.occurrence, event.timeZone)}: cancelled`;
  const moved = o.start !== o.occurrence ? `, moved from ${o.occurrence.replace('T', ' ')}` : '';
  return `${when}${o.title ? ` · ${o.title}` : ''}${moved}`;
}

/** The next dates of a series, moved or retitled ones marked; cancelled ones listed apart. */
function Dates({ event }: { event: EventDetail }) {
  if (!event.recurrenceRule) return null;
  const cancelled = event.changedOccurrences.filter((o) => o.cancelled && o.endsAt > new Date().toISOString());
  return (
    <section aria-labelledby="dates-title">
      <h2 id="dates-title">Next dates</h2>
      {event.upcoming.length === 0 ? <p>No dates are left in this series.</p> : null}
      <ul className="plain-list">
        {event.upcoming.map((o) => (
          <li key={o.occurrence}>
            {formatDateTime(o.startsAt)}
            {o.title ? ` · ${o.title}` : ''}
            {o.changed ? ' (changed date)' : ''}
          </li>
        ))}
      </ul>
      {cancelled.length > 0 ? (
        <p>Cancelled: {cancelled.map((o) => wallClock(o.occurrence, event.timeZone)).join(', ')}</p>
      ) : null}
    </section>
  );
}

/** The organizer moves, retitles or cancels one date, and can undo each change. */
function ChangeDate({ event }: { event: EventDetail }) {
  const id = useId().replaceAll(':', '');
  const change = useChangeOccurrence(event.id);
  const restore = useRestoreOccurrence(event.id);
  const [occurrence, setOccurrence] = useState('');
  const [start, setStart] = useState('');
  const [title, setTitle] = useState('');
  const [cancelled, setCancelled] = useState(false);
  const [status, setStatus] = useState('');
  if (!event.isOrganizer || !event.recurrenceRule) return null;
  const error = change.error ?? restore.error;
  const chosen = event.upcoming.some((o) => o.occurrence === occurrence)
    ? occurrence
    : (event.upcoming[0]?.occurrence ?? '');
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Change one date</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen) return;
          change.mutate(
            {
              occurrence: chosen,
              body: {
                cancelled,
                title: title.trim() === '' ? null : title.trim(),
                ...(start ? { start } : {}),
              },
            },
            {
              onSuccess: () => {
                setStatus(cancelled ? 'The date is cancelled.' : 'The date is changed.');
                setStart('');
                setTitle('');
                setCancelled(false);
              },
            },
          );
        }}
      >
        <p className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <select id={`${id}-date`} value={chosen} onChange={(e) => setOccurrence(e.target.value)}>
            {event.upcoming.map((o) => (
              <option key={o.occurrence} value={o.occurrence}>
                {occurrenceLabel(o, event)}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor={`${id}-start`}>New start, on the clock of {event.timeZone} (empty: unchanged)</label>
          <input
            id={`${id}-start`}
            type="datetime-local"
            value={start}
            disabled={cancelled}
            onChange={(e) => setStart(e.target.value)}
          />
        </p>
        <p className="field">
          <label htmlFor={`${id}-title-input`}>Title for this date (empty: the series title)</label>
          <input
            id={`${id}-title-input`}
            type="text"
            value={title}
            maxLength={160}
            onChange={(e) => setTitle(e.target.value)}
          />
        </p>
        <p className="field">
          <label>
            <input type="checkbox" checked={cancelled} onChange={(e) => setCancelled(e.target.checked)} /> Cancel this
            date
          </label>
        </p>
        <button type="submit" className="button" disabled={!chosen}>
          Save this date
        </button>
      </form>
      {event.changedOccurrences.length > 0 ? (
        <>
          <h3>Changed dates</h3>
          <ul className="plain-list">
            {event.changedOccurrences.map((o) => (
              <li key={o.occurrence}>
                {occurrenceLabel(o, event)}{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={`Undo the change to ${o.occurrence.replace('T', ' ')}`}
                  onClick={() =>
                    restore.mutate(o.occurrence, {
                      onSuccess: () => setStatus('The date is back as the series has it.'),
                    })
                  }
                >
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
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
  const id = useId().replaceAll(':', '');
  const attendees = useAttendees(event.id, event.isOrganizer);
  const mark = useMarkAttendance(event.id);
  const [picked, setPicked] = useState('');
  if (!event.isOrganizer) return null;
  const dates = attendees.data?.occurrences ?? [];
  // A series is confirmed date by date: the latest date that has started unless another is picked.
  const occurrence = event.recurrenceRule ? picked || dates.at(-1)?.occurrence || '' : '';
  return (
    <section aria-labelledby="attendees-title">
      <h2 id="attendees-title">Attendees</h2>
      {attendees.isPending ? <LoadingMessage label="Loading attendees…" /> : null}
      {attendees.isError ? <ErrorMessage error={attendees.error} /> : null}
      {attendees.data?.attendees.length === 0 ? <p>Nobody has registered yet.</p> : null}
      {event.recurrenceRule && attendees.data ? (
        dates.length === 0 ? (
          <p>No date of this series has started yet; confirm attendance once one has.</p>
        ) : (
          <p className="field">
            <label htmlFor={`${id}-date`}>Confirm attendance for the date</label>
            <select id={`${id}-date`} value={occurrence} onChange={(e) => setPicked(e.target.value)}>
              {dates.map((o) => (
                <option key={o.occurrence} value={o.occurrence}>
                  {occurrenceLabel(o, event)}
                </option>
              ))}
            </select>
          </p>
        )
      ) : null}
      <ul className="plain-list">
        {attendees.data?.attendees.map((a) => (
          <li key={a.registrationId}>
            {a.state === 'confirmed' && (!event.recurrenceRule || occurrence) ? (
              <label>
                <input
                  type="checkbox"
                  checked={event.recurrenceRule ? a.attendedOccurrences.includes(occurrence) : a.attended}
                  onChange={(e) =>
                    mark.mutate({
                      registrationId: a.registrationId,
                      attended: e.target.checked,
                      ...(event.recurrenceRule ? { occurrence } : {}),
                    })
                  }
                />{' '}
                {a.name} attended
              </label>
            ) : (
              `${a.name} (${a.state})`
            )}
          </li>
        ))}
      </ul>
      {mark.error ? (
        <p role="alert" className="field-error">
          {describeError(mark.error)}
        </p>
      ) : null}
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
          <Dates event={event.data} />
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
          <ChangeDate event={event.data} />
          <Attendees event={event.data} />
        </>
      ) : null}
      <p>
        <Link to="/events">All events</Link>
      </p>
    </div>
  );
}
