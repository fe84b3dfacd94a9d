import { Link } from 'react-router';
import { EVENT_KIND_LABELS, type EventSummary } from '#contracts/events.js';
import { countWords } from '#domain/count-words.js';
import { formatDateTime } from '#web/lib/format-date.js';

/** When, where and how full: shared by the list, "your events" and the review queue. */
export function EventFacts({ event }: { event: EventSummary }) {
  const next = event.upcoming[0];
  return (
    <p className="field-hint">
      {EVENT_KIND_LABELS[event.kind]} · {formatDateTime(event.nextOccurrences[0] ?? event.startsAt)}
      {next?.changed ? ` (a changed date${next.title ? `: ${next.title}` : ''})` : ''} ({event.start.replace('T', ' ')}{' '}
      {event.timeZone}){event.recurrenceRule ? ' · repeats' : ''} · {event.isOnline ? 'Online' : event.place}
      {event.distanceMiles !== null ? ` (${countWords(event.distanceMiles, 'mile')} away)` : ''} · by{' '}
      {event.organizerName}
      {event.capacity !== null ? ` · ${event.seatsLeft} of ${countWords(event.capacity, 'seat')} left` : ''}
      {event.ceHours !== null ? ` · ${countWords(event.ceHours, 'CE hour')}` : ''}
    </p>
  );
}

export function EventCard({ event }: { event: EventSummary }) {
  return (
    <li className="panel">
      <h3>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      <EventFacts event={event} />
    </li>
  );
}
