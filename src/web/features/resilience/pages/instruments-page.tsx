import { type FormEvent, useId, useState } from 'react';
import type { ErrorDetail } from '#contracts/errors.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ApiError, describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useInstruments } from '../api/list-instruments.js';
import { useLoadInstrument } from '../api/load-instrument.js';
import { ResilienceNav } from '../components/resilience-nav.js';
import '../resilience.css';

/** Loading a licensed, validated scale an organization holds rights to: paste its file, no code change. */
function LoadForm() {
  const textId = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<ErrorDetail[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const load = useLoadInstrument();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (load.isPending) return;
    setStatus('');
    setProblems([]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setMessage(`That is not valid JSON: ${(error as Error).message}`);
      return;
    }
    setMessage(null);
    load.mutate(parsed, {
      onSuccess: (detail) => setStatus(`Loaded “${detail.instrument.title}” (${detail.instrument.id}).`),
      onError: (error) => {
        setMessage(describeError(error));
        if (error instanceof ApiError) setProblems(error.details);
      },
    });
  }

  return (
    <form className="form panel" onSubmit={handleSubmit} noValidate aria-labelledby="load-title">
      <h2 id="load-title">Load an instrument</h2>
      <p>
        Paste an instrument file in the format of <code>data/instruments/*.json</code>: items, subscales (sum or mean,
        optional recode), reverse-scored items and bands. Loading an id again replaces it; past check-ins keep their
        scores. Only load scales you hold the rights to, and fill in their citation and license.
      </p>
      {message ? (
        <div role="alert" className="notice notice-error">
          <p>{message}</p>
          {problems.length > 0 ? (
            <ul>
              {problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <code>{p.path.replace(/^body\./, '')}</code>: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={textId}>Instrument file (JSON)</label>
        <textarea
          id={textId}
          name="instrument"
          rows={14}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={load.isPending}>
          Validate and load
        </button>
        <p role="status" className="inline-status">
          {status}
        </p>
      </div>
    </form>
  );
}

function InstrumentList() {
  const instruments = useInstruments();
  if (instruments.isPending) return <LoadingMessage label="Loading instruments…" />;
  if (instruments.isError) return <ErrorMessage error={instruments.error} onRetry={() => instruments.refetch()} />;
  return (
    <section aria-labelledby="available-title">
      <h2 id="available-title">Available instruments</h2>
      <ul className="journal-list">
        {instruments.data.items.map((i) => (
          <li key={i.id} className="journal-entry">
            <p>
              <strong>{i.title}</strong> ({i.id}), {i.itemCount} items: {i.subscales.map((s) => s.label).join(', ')}.{' '}
              {i.isShipped ? 'Ships with Vocare.' : 'Loaded by an admin.'}
            </p>
            <p className="section-note">
              {i.citation} {i.license}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function InstrumentsPage() {
  useDocumentTitle('Check-in instruments');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Check-in instruments</h1>
      <ResilienceNav />
      <RequireUser>
        {(user) =>
          user.roles.includes('admin') ? (
            <>
              <LoadForm />
              <InstrumentList />
            </>
          ) : (
            <p>Loading instruments needs the admin role. You can choose among the available ones in settings.</p>
          )
        }
      </RequireUser>
    </div>
  );
}
