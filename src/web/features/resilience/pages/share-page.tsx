import { type FormEvent, useId, useState } from 'react';
import { type CreatedShare, CreateShareBodySchema, type Instrument, type Share } from '#contracts/checkin.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCreateShare } from '../api/create-share.js';
import { useInstrument } from '../api/get-instrument.js';
import { useSettings } from '../api/get-settings.js';
import { useShares } from '../api/list-shares.js';
import { useRevokeShare } from '../api/revoke-share.js';
import { PrivacyNote, ResilienceNav } from '../components/resilience-nav.js';
import '../resilience.css';
import { addDays } from '#domain/calendar-date.js';
import { TextField } from '#web/components/text-field.js';
import { formatDate, localToday } from '#web/lib/format-date.js';

const FORM_ID = 'share-form';
const LABELS: Record<string, string> = {
  subscales: 'Scores to share',
  from: 'From',
  to: 'To',
  includeSelfCare: 'Self-care summary',
  note: 'Note',
};

function CreatedLink({ created }: { created: CreatedShare }) {
  const inputId = useId();
  const [copied, setCopied] = useState('');
  const url = `${window.location.origin}${created.path}`;
  return (
    <section className="notice notice-success" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Your summary is ready to share</h2>
      <p>
        Copy the link now: for your privacy it is shown only this once. Anyone with it can read the summary until you
        stop sharing.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Link to your summary</label>
        <input id={inputId} type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          navigator.clipboard
            ?.writeText(url)
            .then(() => setCopied('Link copied.'))
            .catch(() => setCopied('Copying did not work; select the link and copy it yourself.'))
        }
      >
        Copy link
      </button>
      <p role="status" className="inline-status">
        {copied}
      </p>
    </section>
  );
}

function ShareForm({ instrument }: { instrument: Instrument }) {
  const today = localToday();
  const [subscales, setSubscales] = useState<string[]>(instrument.subscales.map((s) => s.id));
  const [from, setFrom] = useState(addDays(today, -83));
  const [to, setTo] = useState(today);
  const [includeSelfCare, setIncludeSelfCare] = useState(false);
  const [note, setNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const createShare = useCreateShare();
  const noteId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createShare.isPending) return;
    const body = { subscales, from, to, includeSelfCare, note: note.trim() || undefined };
    const errors = validateWithSchema(CreateShareBodySchema, body, LABELS);
    if (subscales.length === 0) errors.subscales = 'Choose at least one score to share';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    createShare.mutate(body, {
      onSuccess: setCreated,
      onError: (error) => {
        const split = splitSubmitError(error, LABELS);
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  }

  return (
    <>
      {created ? <CreatedLink created={created} /> : null}
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={FORM_ID} className="form panel" onSubmit={handleSubmit} noValidate>
        <h2>Make a summary to share</h2>
        <p>
          For a supervisor, a counselor or anyone you choose. It is a snapshot: later check-ins are not added, and your
          journal and answers are never part of it. It shows your name.
        </p>
        <fieldset className="choice-group" aria-describedby={fieldErrors.subscales ? 'subscales-error' : undefined}>
          <legend>Scores to share</legend>
          {fieldErrors.subscales ? (
            <p id="subscales-error" className="field-error">
              <span aria-hidden="true">⚠ </span>
              {fieldErrors.subscales}
            </p>
          ) : null}
          {instrument.subscales.map((s) => (
            <div className="choice" key={s.id}>
              <input
                id={`share-${s.id}`}
                type="checkbox"
                name="subscales"
                checked={subscales.includes(s.id)}
                onChange={(event) =>
                  setSubscales((current) =>
                    event.target.checked ? [...current, s.id] : current.filter((id) => id !== s.id),
                  )
                }
              />
              <label htmlFor={`share-${s.id}`}>{s.label}</label>
            </div>
          ))}
        </fieldset>
        <div className="field-grid">
          <TextField name="from" type="date" label="From" value={from} onChange={setFrom} error={fieldErrors.from} />
          <TextField name="to" type="date" label="To" value={to} onChange={setTo} error={fieldErrors.to} />
        </div>
        <div className="choice">
          <input
            id="share-self-care"
            type="checkbox"
            name="includeSelfCare"
            checked={includeSelfCare}
            aria-describedby="share-self-care-hint"
            onChange={(event) => setIncludeSelfCare(event.target.checked)}
          />
          <label htmlFor="share-self-care">Include a weekly self-care summary</label>
          <p id="share-self-care-hint" className="choice-description">
            Average sleep, activity, support contacts and crossed boundaries per week; not the daily entries.
          </p>
        </div>
        <div className="field">
          <label htmlFor={noteId}>Note (optional)</label>
          <textarea
            id={noteId}
            name="note"
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={createShare.isPending}>
            Create the link
          </button>
        </div>
      </form>
    </>
  );
}

function ShareRow({ share, labels }: { share: Share; labels: Map<string, string> }) {
  const revoke = useRevokeShare();
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="journal-entry">
      <p>
        {share.subscales.map((id) => labels.get(id) ?? id).join(', ')}, {formatDate(share.from)} to{' '}
        {formatDate(share.to)}
        {share.includeSelfCare ? ', with a self-care summary' : ''}. Created {formatDate(share.createdAt.slice(0, 10))}.
      </p>
      {share.note ? <p className="section-note">Note: {share.note}</p> : null}
      <ActionError error={error} />
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => revoke.mutate(share.id, { onError: (e) => setError(describeError(e)) })}
      >
        Stop sharing
        <span className="visually-hidden"> the summary created {formatDate(share.createdAt.slice(0, 10))}</span>
      </button>
    </li>
  );
}

function ShareView() {
  const settings = useSettings();
  const instrument = useInstrument(settings.data?.instrumentId);
  const shares = useShares();
  if (settings.isError) return <ErrorMessage error={settings.error} onRetry={() => settings.refetch()} />;
  if (instrument.isError) return <ErrorMessage error={instrument.error} onRetry={() => instrument.refetch()} />;
  if (!instrument.data) return <LoadingMessage label="Loading…" />;
  const labels = new Map(instrument.data.instrument.subscales.map((s) => [s.id, s.label]));
  return (
    <>
      <ShareForm instrument={instrument.data.instrument} />
      <section aria-labelledby="active-shares-title">
        <h2 id="active-shares-title">Summaries you are sharing</h2>
        {shares.isPending ? <LoadingMessage label="Loading…" /> : null}
        {shares.isError ? <ErrorMessage error={shares.error} onRetry={() => shares.refetch()} /> : null}
        {shares.data && shares.data.items.length === 0 ? <p>You are not sharing anything.</p> : null}
        {shares.data && shares.data.items.length > 0 ? (
          <ul className="journal-list">
            {shares.data.items.map((share) => (
              <ShareRow key={share.id} share={share} labels={labels} />
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

export function SharePage() {
  useDocumentTitle('Share a summary');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Share a summary</h1>
      <ResilienceNav />
      <PrivacyNote />
      <RequireUser>{() => <ShareView />}</RequireUser>
    </div>
  );
}
