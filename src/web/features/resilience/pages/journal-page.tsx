import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { CreateJournalEntryBodySchema, JOURNAL_TAGS, type JournalEntry, type JournalTag } from '#contracts/checkin.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCreateJournalEntry } from '../api/create-journal-entry.js';
import { useDeleteJournalEntry } from '../api/delete-journal-entry.js';
import { useJournal } from '../api/list-journal.js';
import { PrivacyNote, ResilienceNav } from '../components/resilience-nav.js';
import { TAG_LABELS } from '../labels.js';
import '../resilience.css';
import { RadioGroup } from '#web/components/choice-group.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
import { formatDate, localToday } from '#web/lib/format-date.js';

const FORM_ID = 'journal-form';
const LABELS: Record<string, string> = { date: 'Date', tag: 'Kind of entry', text: 'Your reflection' };
const TAG_HINTS: Record<JournalTag, string> = {
  win: 'something that went well, however small',
  challenge: 'something hard you faced',
  lesson: 'something you learned or will do differently',
};

function EntryForm() {
  const textId = useId();
  const [date, setDate] = useState(localToday());
  const [tag, setTag] = useState<JournalTag | ''>('');
  const [text, setText] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const createEntry = useCreateJournalEntry();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createEntry.isPending) return;
    setStatus('');
    const values = { date, tag: tag || undefined, text };
    const errors = validateWithSchema(CreateJournalEntryBodySchema, values, LABELS);
    if (!tag) errors.tag = 'Choose win, challenge or lesson';
    if (!text.trim()) errors.text = 'Write a few words';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0 || !tag) return;
    createEntry.mutate(
      { date, tag, text },
      {
        onSuccess: (entry) => {
          setStatus(`Saved your ${TAG_LABELS[entry.tag].toLowerCase()} for ${formatDate(entry.date)}.`);
          setText('');
          setTag('');
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
    <>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={FORM_ID} className="form panel" onSubmit={handleSubmit} noValidate>
        <h2>Write an entry</h2>
        <TextField name="date" type="date" label="Date" value={date} onChange={setDate} error={fieldErrors.date} />
        <RadioGroup
          layout="row"
          name="tag"
          legend="Kind of entry"
          options={JOURNAL_TAGS.map((t) => ({ value: t, label: `${TAG_LABELS[t]}: ${TAG_HINTS[t]}` }))}
          value={tag}
          onChange={(value) => setTag(JOURNAL_TAGS.find((t) => t === value) ?? '')}
          error={fieldErrors.tag}
        />
        <div className="field">
          <label htmlFor={textId}>Your reflection</label>
          {fieldErrors.text ? (
            <p id={`${textId}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {fieldErrors.text}
            </p>
          ) : null}
          <textarea
            id={textId}
            name="text"
            rows={5}
            value={text}
            maxLength={4000}
            aria-invalid={fieldErrors.text ? true : undefined}
            aria-describedby={fieldErrors.text ? `${textId}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <PendingButton label="Save entry" pendingLabel="Saving…" isPending={createEntry.isPending} />
          <p role="status" className="inline-status">
            {status}
          </p>
        </div>
      </form>
    </>
  );
}

/** One entry with a two-step delete, so a slip of the finger loses nothing. */
export function EntryItem({ entry }: { entry: JournalEntry }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleteEntry = useDeleteJournalEntry();
  return (
    <li className="journal-entry">
      <p className="journal-meta">
        <span className={`tag tag-${entry.tag === 'win' ? 'curated' : 'muted'}`}>{TAG_LABELS[entry.tag]}</span>{' '}
        <time dateTime={entry.date}>{formatDate(entry.date)}</time>
      </p>
      <p className="journal-text">{entry.text}</p>
      <ActionError error={error} />
      {isConfirming ? (
        <p className="journal-actions">
          <button
            type="button"
            className="button button-danger button-small"
            onClick={() => deleteEntry.mutate(entry.id, { onError: (e) => setError(describeError(e)) })}
          >
            Yes, delete this entry
          </button>{' '}
          <button type="button" className="button button-secondary button-small" onClick={() => setIsConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <p className="journal-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => setIsConfirming(true)}>
            Delete<span className="visually-hidden"> entry of {formatDate(entry.date)}</span>
          </button>
        </p>
      )}
    </li>
  );
}

function EntryList() {
  const [filter, setFilter] = useState<JournalTag | 'all'>('all');
  const journal = useJournal(filter === 'all' ? null : filter);
  return (
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">Your entries</h2>
      <fieldset className="segmented">
        <legend>Show</legend>
        {(['all', ...JOURNAL_TAGS] as const).map((value) => (
          <div className="segment" key={value}>
            <input
              id={`filter-${value}`}
              type="radio"
              name="filter"
              checked={filter === value}
              onChange={() => setFilter(value)}
            />
            <label htmlFor={`filter-${value}`}>{value === 'all' ? 'All' : `${TAG_LABELS[value]}s`}</label>
          </div>
        ))}
      </fieldset>
      {journal.isPending ? <LoadingMessage label="Loading your journal…" /> : null}
      {journal.isError ? <ErrorMessage error={journal.error} onRetry={() => journal.refetch()} /> : null}
      {journal.data && journal.data.items.length === 0 ? <p>No entries here yet.</p> : null}
      {journal.data && journal.data.items.length > 0 ? (
        <ul className="journal-list">
          {journal.data.items.map((entry) => (
            <EntryItem key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function JournalPage() {
  useDocumentTitle('Reflection journal');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Reflection journal</h1>
      <ResilienceNav />
      <PrivacyNote />
      <p>
        Note wins, challenges and lessons as they happen. <Link to="/resilience/wins">Your wins</Link> collects the good
        ones to look back on.
      </p>
      <RequireUser>
        {() => (
          <>
            <EntryForm />
            <EntryList />
          </>
        )}
      </RequireUser>
    </div>
  );
}
