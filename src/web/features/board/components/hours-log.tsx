import { type FormEvent, useId, useState } from 'react';

import { type Application, LogHoursBodySchema } from '#contracts/board.js';

import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { PendingButton } from '#web/components/pending-button.js';
import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';
import { formatDate, localToday } from '#web/lib/format-date.js';
import { useApplicationHours } from '../api/list-application-hours.js';
import { useLogHours } from '../api/log-hours.js';
import { formatHours } from './board-labels.js';

const LABELS: Record<string, string> = { date: 'Date', hours: 'Hours', description: 'What you did' };
const STATUS_TEXT = { pending: 'Waiting for the organization', confirmed: 'Confirmed', rejected: 'Not confirmed' };

/** An accepted volunteer's hours on one opportunity: the entries so far and a form to add a day. */
export function HoursLog({ application }: { application: Application }) {
  const formId = useId();
  const hours = useApplicationHours(application.id);
  const log = useLogHours(application.id);
  const [date, setDate] = useState(() => localToday());
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (log.isPending) return;
    const values = { date, hours: amount.trim() === '' ? Number.NaN : Number(amount), description };
    const errors = validateWithSchema(LogHoursBodySchema, values, LABELS);
    if (amount.trim() === '') errors.hours = 'Enter the hours';
    setFieldErrors(errors);
    setFormError(null);
    setMessage(null);
    if (Object.keys(errors).length > 0) return;
    log.mutate(
      { date, hours: Number(amount), description },
      {
        onSuccess: (entry) => {
          setAmount('');
          setDescription('');
          setMessage(
            `Logged ${formatHours(entry.hours)} on ${formatDate(entry.date)}; the organization will confirm it.`,
          );
        },
        onError: (error) => {
          const split = splitSubmitError(error, LABELS);
          setFieldErrors(split.fieldErrors);
          setFormError(split.formError);
        },
      },
    );
  }

  return (
    <div className="hours-log">
      <h4>Hours</h4>
      {hours.data && hours.data.length > 0 ? (
        <div className="table-scroll">
          <table className="compare-table">
            <caption className="visually-hidden">Hours logged for {application.opportunity.title}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Hours</th>
                <th scope="col">What you did</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {hours.data.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDate(entry.date)}</td>
                  <td>{formatHours(entry.hours)}</td>
                  <td>{entry.description || '—'}</td>
                  <td>
                    {STATUS_TEXT[entry.status]}
                    {entry.reviewNote ? `: ${entry.reviewNote}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No hours logged yet.</p>
      )}
      <ErrorSummary formId={formId} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form
        id={formId}
        className="inline-form hours-form"
        onSubmit={handleSubmit}
        noValidate
        aria-label={`Log hours for ${application.opportunity.title}`}
      >
        <Field label="Date" error={fieldErrors.date}>
          {(p) => (
            <input
              {...p}
              name="date"
              type="date"
              value={date}
              required
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
        <Field label="Hours" error={fieldErrors.hours}>
          {(p) => (
            <input
              {...p}
              name="hours"
              type="number"
              inputMode="decimal"
              min="0.25"
              max="24"
              step="0.25"
              value={amount}
              required
              onChange={(event) => setAmount(event.target.value)}
            />
          )}
        </Field>
        <Field label="What you did" error={fieldErrors.description} className="field hours-description">
          {(p) => (
            <input
              {...p}
              name="description"
              type="text"
              maxLength={500}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <PendingButton label="Log hours" pendingLabel="Logging…" isPending={log.isPending} />
        </div>
      </form>
      <p role="status" className="inline-status">
        {message ?? ''}
      </p>
    </div>
  );
}
