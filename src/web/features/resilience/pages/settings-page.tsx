import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { CADENCES, type Cadence } from '#contracts/checkin.js';
import { RadioGroup } from '#web/components/choice-group.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useDeleteAllResilienceData } from '../api/delete-all.js';
import { useSettings } from '../api/get-settings.js';
import { useInstruments } from '../api/list-instruments.js';
import { useUpdateSettings } from '../api/update-settings.js';
import { PrivacyNote, ResilienceNav } from '../components/resilience-nav.js';
import '../resilience.css';

const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Every week',
  fortnightly: 'Every two weeks',
  monthly: 'Every month',
};
const CONFIRM_PHRASE = 'delete all';

function CheckinSettings({ isAdmin }: { isAdmin: boolean }) {
  const selectId = useId();
  const settings = useSettings();
  const instruments = useInstruments();
  const update = useUpdateSettings();
  const [cadence, setCadence] = useState<Cadence>('weekly');
  const [instrumentId, setInstrumentId] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!settings.data) return;
    setCadence(settings.data.cadence);
    setInstrumentId(settings.data.instrumentId);
  }, [settings.data]);

  if (settings.isPending || instruments.isPending) return <LoadingMessage label="Loading your settings…" />;
  if (settings.isError) return <ErrorMessage error={settings.error} onRetry={() => settings.refetch()} />;
  if (instruments.isError) return <ErrorMessage error={instruments.error} onRetry={() => instruments.refetch()} />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setStatus('');
    setError(null);
    update.mutate(
      { cadence, instrumentId },
      { onSuccess: () => setStatus('Saved.'), onError: (e) => setError(describeError(e)) },
    );
  }

  return (
    <form className="form panel" onSubmit={handleSubmit} noValidate aria-labelledby="checkin-settings-title">
      <h2 id="checkin-settings-title">Check-ins</h2>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
      <RadioGroup
        layout="row"
        name="cadence"
        legend="How often would you like to check in?"
        hint="The overview reminds you when a check-in is due."
        options={CADENCES.map((c) => ({ value: c, label: CADENCE_LABELS[c] }))}
        value={cadence}
        onChange={(value) => setCadence(CADENCES.find((c) => c === value) ?? 'weekly')}
      />
      <div className="field">
        <label htmlFor={selectId}>Check-in to use</label>
        <p id={`${selectId}-hint`} className="field-hint">
          Your organization may have loaded a licensed, validated scale; the Vocare check-in is a self-reflection aid.
        </p>
        <select
          id={selectId}
          name="instrumentId"
          value={instrumentId}
          aria-describedby={`${selectId}-hint`}
          onChange={(event) => setInstrumentId(event.target.value)}
        >
          {instruments.data.items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title}
            </option>
          ))}
        </select>
      </div>
      {isAdmin ? (
        <p>
          <Link to="/resilience/instruments">Load another instrument</Link> (admin).
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={update.isPending}>
          Save settings
        </button>
        <p role="status" className="inline-status">
          {status}
        </p>
      </div>
    </form>
  );
}

function ExportData() {
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Download your data</h2>
      <p>
        Everything you have entered here, to keep or to take elsewhere. Nothing leaves your account unless you do this.
      </p>
      <ul className="link-list">
        <li>
          <a href="/api/resilience/export" download>
            All of it as JSON
          </a>
        </li>
        <li>
          <a href="/api/resilience/export.csv?dataset=checkins" download>
            Check-ins as CSV
          </a>
        </li>
        <li>
          <a href="/api/resilience/export.csv?dataset=selfcare" download>
            Self-care log as CSV
          </a>
        </li>
        <li>
          <a href="/api/resilience/export.csv?dataset=journal" download>
            Journal as CSV
          </a>
        </li>
      </ul>
    </section>
  );
}

function DeleteData() {
  const inputId = useId();
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const deleteAll = useDeleteAllResilienceData();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (deleteAll.isPending) return;
    setStatus('');
    if (phrase.trim().toLowerCase() !== CONFIRM_PHRASE) {
      setError(`Type "${CONFIRM_PHRASE}" to confirm`);
      return;
    }
    setError(null);
    deleteAll.mutate(undefined, {
      onSuccess: (counts) => {
        setPhrase('');
        setStatus(
          `Deleted ${counts.checkins} check-ins, ${counts.selfCareDays} logged days, ${counts.journalEntries} journal entries and ${counts.shares} shared summaries.`,
        );
      },
      onError: (e) => setError(describeError(e)),
    });
  }

  return (
    <form className="form panel" onSubmit={handleSubmit} noValidate aria-labelledby="delete-title">
      <h2 id="delete-title">Delete all of it</h2>
      <p>
        Deletes every check-in, logged day, journal entry and shared summary, and resets these settings. Shared links
        stop working at once. This cannot be undone; download your data first if you may want it.
      </p>
      <div className="field">
        <label htmlFor={inputId}>Type “{CONFIRM_PHRASE}” to confirm</label>
        {error ? (
          <p id={`${inputId}-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <input
          id={inputId}
          type="text"
          name="confirm"
          autoComplete="off"
          value={phrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => setPhrase(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-danger" aria-disabled={deleteAll.isPending}>
          Delete all my resilience data
        </button>
        <p role="status" className="inline-status">
          {status}
        </p>
      </div>
    </form>
  );
}

export function SettingsPage() {
  useDocumentTitle('Resilience settings and your data');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Settings and your data</h1>
      <ResilienceNav />
      <PrivacyNote />
      <RequireUser>
        {(user) => (
          <>
            <CheckinSettings isAdmin={user.roles.includes('admin')} />
            <ExportData />
            <DeleteData />
          </>
        )}
      </RequireUser>
    </div>
  );
}
