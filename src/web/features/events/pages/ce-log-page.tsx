import { useId } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { type CeLog, CeRenewalGoalSchema } from '#contracts/events.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { formatDate, formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useCeLog, useSaveCeGoal } from '../api/events-api.js';

const LABELS = {
  license: 'License',
  cycleStartsOn: 'Renewal cycle starts',
  renewsOn: 'License renews on',
  hoursRequired: 'CE hours your board requires for the cycle',
};

/** The hours are typed as text and become a number before the contract checks them. */
const GoalFormSchema = z
  .object({ license: z.string(), cycleStartsOn: z.string(), renewsOn: z.string(), hoursRequired: z.string() })
  .transform((v) => ({ ...v, hoursRequired: v.hoursRequired.trim() === '' ? Number.NaN : Number(v.hoursRequired) }))
  .pipe(CeRenewalGoalSchema);

function GoalForm({ goal }: { goal: CeLog['goal'] }) {
  const formId = `ce-goal-${useId().replaceAll(':', '')}`;
  const save = useSaveCeGoal();
  const { register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: GoalFormSchema,
    defaultValues: {
      license: goal?.license ?? '',
      cycleStartsOn: goal?.cycleStartsOn ?? '',
      renewsOn: goal?.renewsOn ?? '',
      hoursRequired: goal ? String(goal.hoursRequired) : '',
    },
    labels: LABELS,
  });
  const handleSubmit = onSubmit((body) => {
    if (!save.isPending) save.mutate(body, { onError: showSubmitError });
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby="goal-title">
      <h2 id="goal-title">Your renewal goal</h2>
      <p>
        Copy these from your licensing board: Vocare does not know your board’s figures, and they change. Only you see
        this log.
      </p>
      <ErrorSummary formId={formId} {...summary} />
      <Field label={LABELS.license} isRequired error={errorOf('license')} hint="For example LPC (Texas).">
        {(p) => <input type="text" {...p} {...register('license')} />}
      </Field>
      <Field label={LABELS.cycleStartsOn} isRequired error={errorOf('cycleStartsOn')}>
        {(p) => <input type="date" {...p} {...register('cycleStartsOn')} />}
      </Field>
      <Field label={LABELS.renewsOn} isRequired error={errorOf('renewsOn')}>
        {(p) => <input type="date" {...p} {...register('renewsOn')} />}
      </Field>
      <Field label={LABELS.hoursRequired} isRequired error={errorOf('hoursRequired')}>
        {(p) => <input type="text" inputMode="decimal" {...p} {...register('hoursRequired')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          Save my goal
        </button>
      </div>
      <p role="status" className="inline-status">
        {save.isSuccess ? 'Saved.' : ''}
      </p>
    </form>
  );
}

function CeLogView() {
  const log = useCeLog();
  if (log.isPending) return <LoadingMessage label="Loading your CE log…" />;
  if (log.isError) return <ErrorMessage error={log.error} onRetry={() => log.refetch()} />;
  const { entries, totalHours, goal, hoursInCycle, hoursRemaining } = log.data;
  return (
    <>
      <section aria-labelledby="progress-title">
        <h2 id="progress-title">Progress</h2>
        {goal && hoursInCycle !== null ? (
          <p>
            {hoursInCycle} of {goal.hoursRequired} hours for {goal.license} between {formatDate(goal.cycleStartsOn)} and{' '}
            {formatDate(goal.renewsOn)}; {hoursRemaining} to go.
          </p>
        ) : (
          <p>{totalHours} CE hours from events so far. Set your renewal goal below to see what is left.</p>
        )}
      </section>
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">Events that count</h2>
        {entries.length === 0 ? (
          <p>
            None yet. An event’s CE hours appear here once its organizer confirms you attended.{' '}
            <Link to="/events">Find an event</Link>
          </p>
        ) : (
          <table className="compare-table">
            <caption className="visually-hidden">CE hours by event</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Date</th>
                <th scope="col">Hours</th>
                {goal ? <th scope="col">In this cycle</th> : null}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.eventId}>
                  <td>
                    <Link to={`/events/${e.eventId}`}>{e.title}</Link> ({e.organizerName})
                  </td>
                  <td>{formatDateTime(e.startsAt)}</td>
                  <td>{e.ceHours}</td>
                  {goal ? <td>{e.inCycle ? 'yes' : 'no'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <GoalForm goal={goal} />
    </>
  );
}

export function CeLogPage() {
  useDocumentTitle('Continuing education log');
  return (
    <div className="events">
      <h1 tabIndex={-1}>Continuing education log</h1>
      <RequireUser>{() => <CeLogView />}</RequireUser>
      <p>
        <Link to="/events/mine">Your events</Link>
      </p>
    </div>
  );
}
