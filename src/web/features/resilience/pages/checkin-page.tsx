import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CreatedCheckin, Instrument } from '#contracts/checkin.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ApiError, describeError } from '#web/lib/api-client.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCreateCheckin } from '../api/create-checkin.js';
import { useInstrument } from '../api/get-instrument.js';
import { useSettings } from '../api/get-settings.js';
import { PrivacyNote, ResilienceNav } from '../components/resilience-nav.js';
import '../resilience.css';
import { RadioGroup } from '#web/components/choice-group.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
import { formatDate, localToday } from '#web/lib/format-date.js';

const FORM_ID = 'checkin-form';

function fieldName(itemId: string): string {
  return `answer-${itemId}`;
}

function change(now: number, before: number): string {
  const d = Math.round((now - before) * 10) / 10;
  return d === 0 ? 'no change' : d > 0 ? `up ${d}` : `down ${-d}`;
}

function Comparison({ checkin }: { checkin: CreatedCheckin }) {
  const { previous } = checkin;
  return (
    <>
      {checkin.earlierSameDay > 0 ? (
        <p>
          You already checked in on {formatDate(checkin.date)}. When there are several check-ins on one day, the latest
          counts: this one now stands for the day in your overview, trends and warnings.
        </p>
      ) : null}
      {previous ? (
        <>
          <h3>Compared with your check-in of {formatDate(previous.date)}</h3>
          <ul>
            {checkin.scores.map((s) => {
              const before = previous.scores.find((p) => p.id === s.id);
              if (!before) return null;
              return (
                <li key={s.id}>
                  {s.label}: {before.score} ({before.band}) then, {s.score} ({s.band}) now:{' '}
                  {change(s.score, before.score)}
                  {before.band === s.band ? ', same band.' : '.'}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>This is your first check-in with this instrument, so there is nothing to compare with yet.</p>
      )}
    </>
  );
}

function Result({ checkin }: { checkin: CreatedCheckin }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="panel result-panel" aria-labelledby="result-title">
      <h2 id="result-title" ref={ref} tabIndex={-1}>
        Your check-in is saved
      </h2>
      <p>
        {checkin.instrumentTitle}, {formatDate(checkin.date)}.
      </p>
      <dl className="score-list">
        {checkin.scores.map((s) => (
          <div key={s.id}>
            <dt>{s.label}</dt>
            <dd>
              <span className="score-value">{s.score}</span> <span className="tag tag-muted">{s.band}</span>
            </dd>
          </div>
        ))}
      </dl>
      <Comparison checkin={checkin} />
      <p>
        <Link to="/resilience">See your overview and trends</Link>
      </p>
    </section>
  );
}

function CheckinForm({ instrument }: { instrument: Instrument }) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [date, setDate] = useState(localToday());
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<CreatedCheckin | null>(null);
  const createCheckin = useCreateCheckin();
  const { min, max, labels } = instrument.response;
  const options = Array.from({ length: max - min + 1 }, (_, i) => {
    const value = String(min + i);
    return { value, label: labels[value] ? `${labels[value]} (${value})` : value };
  });
  const fieldLabels: Record<string, string> = { date: 'Date' };
  instrument.items.forEach((item, i) => {
    fieldLabels[fieldName(item.id)] = `Statement ${i + 1}`;
  });

  if (saved) return <Result checkin={saved} />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createCheckin.isPending) return;
    const errors: Record<string, string> = {};
    for (const item of instrument.items) {
      if (!answers[item.id]) errors[fieldName(item.id)] = 'Choose an answer';
    }
    if (!date) errors.date = 'Enter the date of this check-in';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    createCheckin.mutate(
      {
        instrumentId: instrument.id,
        date,
        answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Number(v)])),
      },
      {
        onSuccess: setSaved,
        onError: (error) => {
          const byField: Record<string, string> = {};
          if (error instanceof ApiError) {
            for (const detail of error.details) {
              const match = /^body\.answers\.(.+)$/.exec(detail.path);
              if (match?.[1]) byField[fieldName(match[1])] = detail.message;
              else if (detail.path === 'body.date') byField.date = `Date ${detail.message}`;
            }
          }
          setFieldErrors(byField);
          setFormError(Object.keys(byField).length > 0 ? null : describeError(error));
        },
      },
    );
  }

  return (
    <>
      {instrument.description ? <p>{instrument.description}</p> : null}
      {instrument.disclaimer ? <p className="notice">{instrument.disclaimer}</p> : null}
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={fieldLabels} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          name="date"
          type="date"
          label="Date of this check-in"
          value={date}
          onChange={setDate}
          error={fieldErrors.date}
        />
        <p className="field-hint">Thinking about the last two weeks, how often was each statement true for you?</p>
        <ol className="checkin-items">
          {instrument.items.map((item, i) => (
            <li key={item.id}>
              <RadioGroup
                layout="row"
                name={fieldName(item.id)}
                legend={`${i + 1}. ${item.text}`}
                options={options}
                value={answers[item.id] ?? ''}
                onChange={(value) => setAnswers((current) => ({ ...current, [item.id]: value }))}
                error={fieldErrors[fieldName(item.id)]}
              />
            </li>
          ))}
        </ol>
        <div className="form-actions">
          <PendingButton label="Save check-in" pendingLabel="Saving…" isPending={createCheckin.isPending} />
        </div>
      </form>
      <p className="section-source">
        {instrument.citation} {instrument.license}
      </p>
    </>
  );
}

function CheckinLoader() {
  const settings = useSettings();
  const instrument = useInstrument(settings.data?.instrumentId);
  if (settings.isError) return <ErrorMessage error={settings.error} onRetry={() => settings.refetch()} />;
  if (instrument.isError) return <ErrorMessage error={instrument.error} onRetry={() => instrument.refetch()} />;
  if (!instrument.data) return <LoadingMessage label="Loading the check-in…" />;
  return <CheckinForm instrument={instrument.data.instrument} />;
}

export function CheckinPage() {
  useDocumentTitle('Check-in');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Check-in</h1>
      <ResilienceNav />
      <PrivacyNote />
      <RequireUser>{() => <CheckinLoader />}</RequireUser>
    </div>
  );
}
