import { type FormEvent, useId, useState } from 'react';

import { InviteSupervisorBodySchema, type Supervision } from '#contracts/hours.js';

import { ErrorSummary } from '#web/components/error-summary.js';

import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { describeError } from '#web/lib/api-client.js';

import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';

import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useInviteSupervisor, useRemoveSupervisor, useSupervisions } from '../api/supervisions.js';

import { HoursNav } from '../components/hours-nav.js';

import { RequireTrainee } from '../components/require-trainee.js';

import { SUPERVISION_STATUS_LABELS } from '../hours-format.js';
import '../hours.css';
import { Field } from '#web/components/field.js';
import { formatDate, localToday } from '#web/lib/format-date.js';

const LABELS = {
  email: 'Supervisor’s email address',
  startDate: 'Agreement start date',
  endDate: 'Agreement end date',
};

function InviteForm() {
  const formId = useId().replaceAll(':', '');
  const [values, setValues] = useState({ email: '', startDate: localToday(), endDate: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const invite = useInviteSupervisor();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invite.isPending) return;
    setDone(null);
    const body = { email: values.email, startDate: values.startDate, endDate: values.endDate || null };
    const errors = validateWithSchema(InviteSupervisorBodySchema, body, LABELS);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    invite.mutate(InviteSupervisorBodySchema.parse(body), {
      onSuccess: (s) => {
        setDone(`Invited ${s.inviteEmail}. They see the invitation in their supervisor inbox when they sign in.`);
        setValues({ email: '', startDate: localToday(), endDate: '' });
      },
      onError: (err) => {
        const split = splitSubmitError(err, LABELS);
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  }

  const input = (name: keyof typeof LABELS, type: string, isRequired: boolean, hint?: string) => (
    <Field label={LABELS[name]} hint={hint} error={fieldErrors[name]} isRequired={isRequired}>
      {(p) => (
        <input
          {...p}
          name={name}
          type={type}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Invite a supervisor</h2>
      <ErrorSummary message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} formId={formId} />
      {input(
        'email',
        'email',
        true,
        'They accept with an account under this address and record their license. Supervising is free.',
      )}
      {input('startDate', 'date', true, 'Hours before this date will not count toward your license.')}
      {input('endDate', 'date', false, 'Leave empty while the agreement continues.')}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={invite.isPending}>
          Send invitation
        </button>
      </div>
      <p role="status" className="inline-status">
        {done ?? ''}
      </p>
    </form>
  );
}

function SupervisionItem({ s }: { s: Supervision }) {
  const remove = useRemoveSupervisor();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = s.supervisor?.displayName ?? s.inviteEmail;
  const isOpen = s.status === 'invited' || s.status === 'active';
  return (
    <li className="panel hours-supervision">
      <h3>{name}</h3>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{SUPERVISION_STATUS_LABELS[s.status]}</dd>
        </div>
        <div>
          <dt>Agreement</dt>
          <dd>
            from {formatDate(s.startDate)}
            {s.endDate ? ` to ${formatDate(s.endDate)}` : ''}
          </dd>
        </div>
        <div>
          <dt>License</dt>
          <dd>
            {s.license
              ? `${s.license.licenseType} ${s.license.licenseNumber}, ${s.license.licenseJurisdiction}, expires ${formatDate(s.license.licenseExpires)}` +
                (s.license.holdsSupervisorCredential === true
                  ? `; holds the state's supervisor credential${s.license.supervisorCredentialFrom ? ` from ${formatDate(s.license.supervisorCredentialFrom)}` : ''}`
                  : s.license.holdsSupervisorCredential === false
                    ? "; does not hold the state's supervisor credential"
                    : '')
              : 'recorded when they accept'}
          </dd>
        </div>
      </dl>
      {isOpen ? (
        isConfirming ? (
          <p>
            {name} will no longer see any of your log.{' '}
            <button
              type="button"
              className="button button-danger button-small"
              aria-disabled={remove.isPending}
              onClick={() => remove.mutate(s.id, { onError: (err) => setError(describeError(err)) })}
            >
              {s.status === 'invited' ? 'Withdraw the invitation' : `Remove ${name}`}
            </button>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setIsConfirming(false)}
            >
              Cancel
            </button>
          </p>
        ) : (
          <button type="button" className="button button-secondary button-small" onClick={() => setIsConfirming(true)}>
            {s.status === 'invited' ? 'Withdraw invitation' : 'Remove supervisor'}
            <span className="visually-hidden"> {name}</span>
          </button>
        )
      ) : null}
      <ActionError error={error} />
    </li>
  );
}

function SupervisorsView() {
  const supervisions = useSupervisions();
  return (
    <>
      <InviteForm />
      <section aria-labelledby="hours-supervisors-title" className="hours-section">
        <h2 id="hours-supervisors-title">Your supervisors</h2>
        {supervisions.isPending ? (
          <LoadingMessage label="Loading your supervisors…" />
        ) : supervisions.isError ? (
          <ErrorMessage error={supervisions.error} onRetry={() => supervisions.refetch()} />
        ) : supervisions.data.items.length === 0 ? (
          <p className="empty-state">No supervisor yet. Invite one above.</p>
        ) : (
          <ul className="hours-supervision-list">
            {supervisions.data.items.map((s) => (
              <SupervisionItem key={s.id} s={s} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function HoursSupervisorsPage() {
  useDocumentTitle('Your supervisors');
  return (
    <div className="hours">
      <h1 tabIndex={-1}>Your supervisors</h1>
      <HoursNav />
      <p className="lead">
        A supervisor sees only the entries that name them, verifies them, or returns them to you with a comment.
      </p>
      <RequireTrainee>{() => <SupervisorsView />}</RequireTrainee>
    </div>
  );
}
