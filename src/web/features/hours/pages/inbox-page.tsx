import { useQueryClient } from '@tanstack/react-query';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import type { User } from '#contracts/auth.js';
import {
  HOUR_CATEGORY_LABELS,
  type HourEntry,
  type Supervision,
  SupervisorLicenseSchema,
  type WaitingWeek,
} from '#contracts/hours.js';

import { US_JURISDICTIONS } from '#contracts/jurisdictions.js';
import { HOUR_CATEGORY_IDS } from '#contracts/vocabulary.js';

import { ErrorSummary } from '#web/components/error-summary.js';

import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { describeError } from '#web/lib/api-client.js';

import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';
import { RequireUser } from '#web/lib/require-user.js';

import { sessionQueryKey } from '#web/lib/session.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

import {
  useAcceptInvitation,
  useAcceptInvitationByLink,
  useDeclineInvitation,
  useInbox,
  useInvitations,
  useReturnEntry,
  useSuperviseeWeek,
  useVerifyEntry,
  useVerifyWeek,
} from '../api/supervisions.js';

import { HoursNav } from '../components/hours-nav.js';

import { formatAmount, formatHours, STATUS_LABELS } from '../hours-format.js';
import '../hours.css';
import { Field } from '#web/components/field.js';
import { ScrollTable } from '#web/components/scroll-table.js';
import { formatDate, formatWeek } from '#web/lib/format-date.js';

const LICENSE_LABELS = {
  licenseType: 'License type',
  licenseNumber: 'License number',
  licenseJurisdiction: 'Licensing state',
  licenseExpires: 'License expiry date',
  licenseValidFrom: 'License valid from',
  holdsSupervisorCredential: 'State supervisor credential',
  supervisorCredentialFrom: 'Credential held from',
};

/** Accepts an invitation from the inbox, or (with `linkToken`) from the emailed link, which also proves the address. */
export function AcceptForm({ invitation, linkToken }: { invitation: Supervision; linkToken?: string }) {
  const formId = `accept-${invitation.id}`;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState({
    licenseType: '',
    licenseNumber: '',
    licenseJurisdiction: '',
    licenseExpires: '',
    licenseValidFrom: '',
    supervisorCredentialFrom: '',
  });
  /** '' = not said; the state's credential (e.g. Texas LPC-S) decides whether hours count where a state asks for it. */
  const [credential, setCredential] = useState<'' | 'yes' | 'no'>('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const acceptById = useAcceptInvitation();
  const acceptByLink = useAcceptInvitationByLink();
  const accept = linkToken ? acceptByLink : acceptById;
  const decline = useDeclineInvitation();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    const holds = credential === '' ? null : credential === 'yes';
    const body = {
      ...values,
      licenseJurisdiction: values.licenseJurisdiction.trim().toUpperCase(),
      licenseValidFrom: values.licenseValidFrom === '' ? null : values.licenseValidFrom,
      holdsSupervisorCredential: holds,
      supervisorCredentialFrom:
        holds && values.supervisorCredentialFrom !== '' ? values.supervisorCredentialFrom : null,
    };
    const errors = validateWithSchema(SupervisorLicenseSchema, body, LICENSE_LABELS);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    const license = SupervisorLicenseSchema.parse(body);
    const onAccepted = {
      // Accepting grants the supervisor role: the session must learn it.
      onSuccess: () => {
        // From the emailed link, a new supervisor lands where their work is: the inbox (at once, before the
        // answered invitation re-renders this form away).
        if (linkToken) {
          navigate('/hours/inbox', {
            state: { flash: `You now supervise ${invitation.trainee.displayName}. Their weeks wait for you here.` },
          });
        }
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      },
      onError: (err: Error) => {
        const split = splitSubmitError(err, LICENSE_LABELS);
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    };
    if (linkToken) acceptByLink.mutate({ token: linkToken, license }, onAccepted);
    else acceptById.mutate({ id: invitation.id, license }, onAccepted);
  }

  const input = (
    name: Exclude<keyof typeof LICENSE_LABELS, 'holdsSupervisorCredential'>,
    type: string,
    hint?: string,
    isRequired = true,
  ) => {
    const onChange = (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
    return (
      <Field label={LICENSE_LABELS[name]} hint={hint} error={fieldErrors[name]} isRequired={isRequired}>
        {(p) =>
          type === 'state' ? (
            // Chosen by name; the code (US-TX) is what is stored.
            <select {...p} name={name} required value={values[name]} onChange={onChange}>
              <option value="">Choose a state</option>
              {US_JURISDICTIONS.map(([code, stateName]) => (
                <option key={code} value={code}>
                  {stateName}
                </option>
              ))}
            </select>
          ) : (
            <input {...p} name={name} type={type} value={values[name]} onChange={onChange} />
          )
        }
      </Field>
    );
  };

  return (
    <li className="panel">
      <h3>{invitation.trainee.displayName} invites you to supervise</h3>
      <p>
        Supervision agreement from {formatDate(invitation.startDate)}
        {invitation.endDate ? ` to ${formatDate(invitation.endDate)}` : ''}. You will see only the entries that name
        you. Supervising in Vocare is free.
      </p>
      <form
        id={formId}
        className="form"
        onSubmit={handleSubmit}
        noValidate
        aria-label={`Accept ${invitation.trainee.displayName}’s invitation`}
      >
        <ErrorSummary message={formError} fieldErrors={fieldErrors} fieldLabels={LICENSE_LABELS} formId={formId} />
        {input('licenseType', 'text', 'For example LPC-S, LCSW or Licensed Psychologist.')}
        {input('licenseNumber', 'text')}
        {input('licenseJurisdiction', 'state', 'The state (or DC) whose board issued the license.')}
        {input('licenseExpires', 'date', 'Hours after this date will not count until you record a renewal.')}
        {input('licenseValidFrom', 'date', 'Optional. Hours before this date will not count.', false)}
        <fieldset className="field">
          <legend>{LICENSE_LABELS.holdsSupervisorCredential}</legend>
          <p className="field-hint">
            Some states count hours only under a supervisor who holds the state’s supervisor credential or approval (for
            example Texas LPC-S). Do you hold it?
          </p>
          {fieldErrors.holdsSupervisorCredential ? (
            <p className="field-error">
              <span aria-hidden="true">⚠ </span>
              {fieldErrors.holdsSupervisorCredential}
            </p>
          ) : null}
          {(
            [
              ['yes', 'Yes, I hold it'],
              ['no', 'No'],
              ['', 'Not said (hours are not checked against it)'],
            ] as const
          ).map(([value, text]) => (
            <div className="choice" key={value || 'unsaid'}>
              <input
                id={`${formId}-credential-${value || 'unsaid'}`}
                type="radio"
                name={`${formId}-credential`}
                checked={credential === value}
                onChange={() => setCredential(value)}
              />
              <label htmlFor={`${formId}-credential-${value || 'unsaid'}`}>{text}</label>
            </div>
          ))}
        </fieldset>
        {credential === 'yes'
          ? input(
              'supervisorCredentialFrom',
              'date',
              'Optional. Hours before this date will not count where the state requires the credential.',
              false,
            )
          : null}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={accept.isPending}>
            Accept and record my license
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={decline.isPending}
            onClick={() => decline.mutate(invitation.id, { onError: (err) => setFormError(describeError(err)) })}
          >
            Decline
          </button>
        </div>
      </form>
    </li>
  );
}

function EntryActions({ entry }: { entry: HourEntry }) {
  const commentId = useId();
  const verify = useVerifyEntry();
  const giveBack = useReturnEntry();
  const [comment, setComment] = useState('');
  const [isReturning, setIsReturning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (entry.status !== 'unverified') return <span>{STATUS_LABELS[entry.status]}</span>;
  const label = `the entry of ${formatDate(entry.date)} (${formatHours(entry.hours)} h)`;
  return (
    <div className="hours-actions">
      <button
        type="button"
        className="button button-small"
        aria-disabled={verify.isPending}
        onClick={() => verify.mutate(entry.id, { onError: (err) => setError(describeError(err)) })}
      >
        Verify<span className="visually-hidden"> {label}</span>
      </button>
      {isReturning ? (
        <form
          className="hours-return-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim() === '') {
              setError('Say what needs correcting');
              return;
            }
            giveBack.mutate({ id: entry.id, comment }, { onError: (err) => setError(describeError(err)) });
          }}
        >
          <label htmlFor={commentId}>What needs correcting?</label>
          <textarea
            id={commentId}
            rows={2}
            value={comment}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${commentId}-error` : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
          <button type="submit" className="button button-secondary button-small" aria-disabled={giveBack.isPending}>
            Return<span className="visually-hidden"> {label}</span>
          </button>
        </form>
      ) : (
        <button type="button" className="button button-secondary button-small" onClick={() => setIsReturning(true)}>
          Return with a comment<span className="visually-hidden"> ({label})</span>
        </button>
      )}
      {error ? (
        <p id={`${commentId}-error`} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function WeekEntries({ week }: { week: WaitingWeek }) {
  const entries = useSuperviseeWeek(week.supervisionId, week.weekStart, true);
  if (entries.isPending) return <LoadingMessage label="Loading the week’s entries…" />;
  if (entries.isError) return <ErrorMessage error={entries.error} onRetry={() => entries.refetch()} />;
  return (
    <ScrollTable label={`Entries of ${week.trainee.displayName}, week of ${formatDate(week.weekStart)}`}>
      <table className="hours-table">
        <caption className="visually-hidden">
          {week.trainee.displayName}, week of {formatDate(week.weekStart)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Hours</th>
            <th scope="col">Category</th>
            <th scope="col">Site</th>
            <th scope="col">Note</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {entries.data.items.map((e) => (
            <tr key={e.id}>
              <th scope="row">{formatDate(e.date)}</th>
              <td>{formatHours(e.hours)}</td>
              <td>{HOUR_CATEGORY_LABELS[e.category]}</td>
              <td>{e.site}</td>
              <td>{e.note ?? ''}</td>
              <td>
                <EntryActions entry={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function WaitingWeekCard({ week, onVerified }: { week: WaitingWeek; onVerified: (message: string) => void }) {
  const verifyWeek = useVerifyWeek();
  const [isOpen, setIsOpen] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmId = useId();
  const verifyRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const title = `${week.trainee.displayName}: ${formatWeek(week.weekStart)}`;
  const count = `${week.entries} ${week.entries === 1 ? 'entry' : 'entries'} (${formatAmount(week.hours, 'hours')})`;
  // Keyboard focus follows the question: onto "Yes" when it opens, back to the button that asked when cancelled.
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
    else if (wasConfirming.current) verifyRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);
  function cancel() {
    setIsConfirming(false);
    setError(null);
  }
  return (
    <li className="panel">
      <h3>{title}</h3>
      <p>
        {week.entries} {week.entries === 1 ? 'entry' : 'entries'}, {formatAmount(week.hours, 'hours')}:{' '}
        {HOUR_CATEGORY_IDS.filter((c) => week.byCategory[c] > 0)
          .map((c) => `${HOUR_CATEGORY_LABELS[c].toLowerCase()} ${formatHours(week.byCategory[c])}`)
          .join(', ')}
        .
      </p>
      <div className="form-actions">
        {isConfirming ? null : (
          <button type="button" ref={verifyRef} className="button" onClick={() => setIsConfirming(true)}>
            Verify the whole week<span className="visually-hidden"> ({title})</span>
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={isOpen}
          onClick={() => setIsOpen((o) => !o)}
        >
          {isOpen ? 'Hide entries' : 'Review entries one by one'}
          <span className="visually-hidden"> ({title})</span>
        </button>
      </div>
      {isConfirming ? (
        <div className="notice hours-confirm">
          <p id={`${confirmId}-text`}>
            Verify all {count} of {title}? You sign off each entry as supervised by you; the trainee cannot change a
            verified entry.
          </p>
          <div className="form-actions">
            <button
              type="button"
              ref={confirmRef}
              className="button"
              aria-disabled={verifyWeek.isPending}
              onClick={() => {
                if (verifyWeek.isPending) return;
                verifyWeek.mutate(
                  { supervisionId: week.supervisionId, weekStart: week.weekStart },
                  {
                    // The week leaves the list once verified, so the section (not this card) says so.
                    onSuccess: (r) =>
                      onVerified(
                        `Verified ${r.verified} ${r.verified === 1 ? 'entry' : 'entries'} (${formatAmount(r.hours, 'hours')}) of ${title}.`,
                      ),
                    onError: (err) => setError(describeError(err)),
                  },
                );
              }}
            >
              Yes, verify {count}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <ActionError error={error} />
      {isOpen ? <WeekEntries week={week} /> : null}
    </li>
  );
}

function SupervisorSection() {
  const inbox = useInbox(true);
  const [message, setMessage] = useState<string | null>(null);
  const waitingRef = useRef<HTMLHeadingElement>(null);
  // A verified week leaves the list with the button that had focus: the section's heading (above the message) takes it.
  function verified(text: string) {
    setMessage(text);
    waitingRef.current?.focus();
  }
  if (inbox.isPending) return <LoadingMessage label="Loading what waits for you…" />;
  if (inbox.isError) return <ErrorMessage error={inbox.error} onRetry={() => inbox.refetch()} />;
  const { waiting, supervisees } = inbox.data;
  return (
    <>
      <section aria-labelledby="hours-waiting-title" className="hours-section">
        <h2 id="hours-waiting-title" ref={waitingRef} tabIndex={-1}>
          Waiting for your verification
        </h2>
        <div role="status" className={message ? 'notice notice-success' : 'flash-empty'}>
          {message ?? ''}
        </div>
        {waiting.length === 0 ? (
          <p className="empty-state">Nothing waits for you. Entries that name you appear here, a week at a time.</p>
        ) : (
          <ul className="hours-card-list">
            {waiting.map((w) => (
              <WaitingWeekCard key={`${w.supervisionId}-${w.weekStart}`} week={w} onVerified={verified} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hours-supervisees-title" className="hours-section">
        <h2 id="hours-supervisees-title">Your supervisees</h2>
        {supervisees.length === 0 ? (
          <p className="empty-state">No supervisees yet.</p>
        ) : (
          <ScrollTable label="Your supervisees">
            <table className="hours-table">
              <caption className="visually-hidden">Your supervisees</caption>
              <thead>
                <tr>
                  <th scope="col">Supervisee</th>
                  <th scope="col">Agreement</th>
                  <th scope="col">Waiting entries</th>
                  <th scope="col">Hours you verified</th>
                </tr>
              </thead>
              <tbody>
                {supervisees.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.trainee.displayName}</th>
                    <td>
                      from {formatDate(s.startDate)}
                      {s.endDate ? ` to ${formatDate(s.endDate)}` : ''}
                    </td>
                    <td>{s.waitingEntries}</td>
                    <td>{formatHours(s.verifiedHours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </>
  );
}

function InboxView({ user }: { user: User }) {
  const invitations = useInvitations();
  const isSupervisor = user.roles.includes('supervisor');
  return (
    <>
      <section aria-labelledby="hours-invitations-title" className="hours-section">
        <h2 id="hours-invitations-title">Invitations</h2>
        {invitations.isPending ? (
          <LoadingMessage label="Loading invitations…" />
        ) : invitations.isError ? (
          <ErrorMessage error={invitations.error} onRetry={() => invitations.refetch()} />
        ) : invitations.data.items.length === 0 ? (
          <p className="empty-state">No open invitations to supervise sent to {user.email}.</p>
        ) : (
          <ul className="hours-card-list">
            {invitations.data.items.map((i) => (
              <AcceptForm key={i.id} invitation={i} />
            ))}
          </ul>
        )}
      </section>
      {isSupervisor ? <SupervisorSection /> : null}
    </>
  );
}

export function HoursInboxPage() {
  useDocumentTitle('Supervisor inbox');
  return (
    <div className="hours">
      <h1 tabIndex={-1}>Supervisor inbox</h1>
      <HoursNav />
      <p className="lead">What waits for you as a supervisor: invitations, and your supervisees’ entries to verify.</p>
      <RequireUser>{(user) => <InboxView user={user} />}</RequireUser>
    </div>
  );
}
