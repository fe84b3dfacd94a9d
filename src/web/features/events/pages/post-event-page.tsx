import { useId, useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { EVENT_KIND_IDS, EVENT_KIND_LABELS, EventBodySchema } from '#contracts/events.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useCreateEvent } from '../api/events-api.js';

const LABELS = {
  kind: 'Kind of event',
  title: 'Title',
  description: 'Description',
  start: 'Starts (on the event’s local clock)',
  timeZone: 'Time zone',
  durationMinutes: 'Length in minutes',
  recurrenceRule: 'Repeats (RRULE, optional)',
  isOnline: 'Online',
  place: 'Place',
  near: 'ZIP code or City, ST (for search by distance)',
  onlineUrl: 'Online link',
  capacity: 'Seats (empty: unlimited)',
  ceHours: 'Continuing-education hours (optional)',
};

const optionalText = (text: string) => (text.trim() === '' ? null : text.trim());
const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** Numbers and optional fields are typed as text and become the contract's values before it checks them. */
const EventFormSchema = z
  .object({
    kind: z.string(),
    title: z.string(),
    description: z.string(),
    start: z.string(),
    timeZone: z.string(),
    durationMinutes: z.string(),
    recurrenceRule: z.string(),
    isOnline: z.boolean(),
    place: z.string(),
    near: z.string(),
    onlineUrl: z.string(),
    capacity: z.string(),
    ceHours: z.string(),
  })
  .transform(
    (v) =>
      ({
        ...v,
        durationMinutes: Number(v.durationMinutes),
        recurrenceRule: optionalText(v.recurrenceRule),
        place: v.isOnline ? null : optionalText(v.place),
        near: v.isOnline ? null : optionalText(v.near),
        onlineUrl: v.isOnline ? optionalText(v.onlineUrl) : null,
        capacity: optionalNumber(v.capacity),
        ceHours: optionalNumber(v.ceHours),
      }) as z.input<typeof EventBodySchema>,
  )
  .pipe(EventBodySchema);

const browserZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
};

function PostEventForm() {
  const formId = `post-event-${useId().replaceAll(':', '')}`;
  const create = useCreateEvent();
  const [createdId, setCreatedId] = useState('');
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: EventFormSchema,
    defaultValues: {
      kind: 'community',
      title: '',
      description: '',
      start: '',
      timeZone: browserZone(),
      durationMinutes: '90',
      recurrenceRule: '',
      isOnline: false,
      place: '',
      near: '',
      onlineUrl: '',
      capacity: '',
      ceHours: '',
    },
    labels: LABELS,
  });
  const isOnline = form.watch('isOnline');
  const handleSubmit = onSubmit((body) => {
    if (create.isPending) return;
    create.mutate(body, { onSuccess: (e) => setCreatedId(e.id), onError: showSubmitError });
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-label="Post an event">
      <ErrorSummary formId={formId} {...summary} />
      <Field label={LABELS.kind} isRequired error={errorOf('kind')}>
        {(p) => (
          <select {...p} {...register('kind')}>
            {EVENT_KIND_IDS.map((k) => (
              <option key={k} value={k}>
                {EVENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={LABELS.title} isRequired error={errorOf('title')}>
        {(p) => <input type="text" maxLength={160} {...p} {...register('title')} />}
      </Field>
      <Field label={LABELS.description} isRequired error={errorOf('description')} hint="Markdown works.">
        {(p) => <textarea rows={6} maxLength={10000} {...p} {...register('description')} />}
      </Field>
      <Field label={LABELS.start} isRequired error={errorOf('start')}>
        {(p) => <input type="datetime-local" {...p} {...register('start')} />}
      </Field>
      <Field label={LABELS.timeZone} isRequired error={errorOf('timeZone')} hint="An IANA zone, e.g. America/Chicago.">
        {(p) => <input type="text" {...p} {...register('timeZone')} />}
      </Field>
      <Field label={LABELS.durationMinutes} isRequired error={errorOf('durationMinutes')}>
        {(p) => <input type="text" inputMode="numeric" {...p} {...register('durationMinutes')} />}
      </Field>
      <Field
        label={LABELS.recurrenceRule}
        error={errorOf('recurrenceRule')}
        hint="For example FREQ=WEEKLY;COUNT=6 or FREQ=MONTHLY;BYDAY=1SA;COUNT=6."
      >
        {(p) => <input type="text" {...p} {...register('recurrenceRule')} />}
      </Field>
      <div className="field">
        <label>
          <input type="checkbox" {...register('isOnline')} /> {LABELS.isOnline}
        </label>
      </div>
      {isOnline ? (
        <Field
          label={LABELS.onlineUrl}
          isRequired
          error={errorOf('onlineUrl')}
          hint="Shown only to people with a seat."
        >
          {(p) => <input type="url" {...p} {...register('onlineUrl')} />}
        </Field>
      ) : (
        <>
          <Field label={LABELS.place} isRequired error={errorOf('place')}>
            {(p) => <input type="text" {...p} {...register('place')} />}
          </Field>
          <Field label={LABELS.near} error={errorOf('near')} hint="US places only; leave empty to skip.">
            {(p) => <input type="text" {...p} {...register('near')} />}
          </Field>
        </>
      )}
      <Field label={LABELS.capacity} error={errorOf('capacity')}>
        {(p) => <input type="text" inputMode="numeric" {...p} {...register('capacity')} />}
      </Field>
      <Field label={LABELS.ceHours} error={errorOf('ceHours')}>
        {(p) => <input type="text" inputMode="decimal" {...p} {...register('ceHours')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending}>
          Post the event
        </button>
      </div>
      <p role="status" className="inline-status">
        {createdId ? (
          <>
            Posted. An admin reviews new events before they are public. <Link to={`/events/${createdId}`}>Open it</Link>
          </>
        ) : null}
      </p>
    </form>
  );
}

export function PostEventPage() {
  useDocumentTitle('Post an event');
  return (
    <div className="events">
      <h1 tabIndex={-1}>Post an event</h1>
      <RequireUser>{() => <PostEventForm />}</RequireUser>
    </div>
  );
}
