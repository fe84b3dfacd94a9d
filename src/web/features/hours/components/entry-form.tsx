import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  type EntryWarning,
  HOUR_CATEGORY_LABELS,
  type HourEntry,
  HourEntryBodySchema,
  type Supervision,
} from '../../../../contracts/hours.js';
import { HOUR_CATEGORY_IDS, type HourCategory } from '../../../../contracts/vocabulary.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { splitSubmitError, validateWithSchema } from '../../../lib/form-errors.js';
import { localToday } from '../../../lib/format-date.js';
import { useCreateEntry, useUpdateEntry } from '../api/entries.js';
import { formatHours, hoursBetween } from '../hours-format.js';
import { NoClientDataNote } from './hours-nav.js';

const LABELS: Record<string, string> = {
  date: 'Date',
  hours: 'Hours',
  startTime: 'Start time',
  endTime: 'End time',
  category: 'Category',
  site: 'Site or setting',
  supervisionId: 'Supervisor',
  note: 'Note',
};

interface Values {
  date: string;
  mode: 'hours' | 'times';
  hours: string;
  startTime: string;
  endTime: string;
  category: HourCategory;
  site: string;
  supervisionId: string;
  note: string;
}

function blank(site: string): Values {
  return {
    date: localToday(),
    mode: 'hours',
    hours: '',
    startTime: '',
    endTime: '',
    category: 'direct',
    site,
    supervisionId: '',
    note: '',
  };
}

function fromEntry(e: HourEntry): Values {
  return {
    date: e.date,
    mode: e.startTime && e.endTime ? 'times' : 'hours',
    hours: String(e.hours),
    startTime: e.startTime ?? '',
    endTime: e.endTime ?? '',
    category: e.category,
    site: e.site,
    supervisionId: e.supervisionId ?? '',
    note: e.note ?? '',
  };
}

function toBody(v: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {
    date: v.date,
    category: v.category,
    site: v.site,
    supervisionId: v.supervisionId === '' ? null : v.supervisionId,
    note: v.note.trim() === '' ? null : v.note,
  };
  if (v.mode === 'hours') body.hours = v.hours.trim() === '' ? undefined : Number(v.hours);
  else {
    body.startTime = v.startTime || undefined;
    body.endTime = v.endTime || undefined;
  }
  return body;
}

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

interface EntryFormProps {
  supervisions: readonly Supervision[];
  /** The entry being edited, or null for quick entry of a new one. */
  editing: HourEntry | null;
  defaultSite: string;
  onDone: (message: string, warnings: EntryWarning[]) => void;
  onCancel: () => void;
}

/** Quick entry of a session (date, hours or times, category, site, supervisor, note), and editing one. */
export function EntryForm({ supervisions, editing, defaultSite, onDone, onCancel }: EntryFormProps) {
  const formId = useId().replaceAll(':', '');
  const [values, setValues] = useState<Values>(() => (editing ? fromEntry(editing) : blank(defaultSite)));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // One key per submission: a retry of the same submission cannot log the entry twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const create = useCreateEntry();
  const update = useUpdateEntry();
  const isPending = create.isPending || update.isPending;

  // A different entry to edit (or none) starts the form afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: defaultSite only fills an empty site (below)
  useEffect(() => {
    setValues(editing ? fromEntry(editing) : blank(defaultSite));
    setFieldErrors({});
    setFormError(null);
  }, [editing]);

  // The last site used arrives with the entry list; it fills the site only while nothing is typed there.
  useEffect(() => {
    if (!editing && defaultSite) setValues((v) => (v.site === '' ? { ...v, site: defaultSite } : v));
  }, [editing, defaultSite]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const open = supervisions.filter((s) => s.status === 'active' || s.status === 'invited');
  const timesHours = values.mode === 'times' ? hoursBetween(values.startTime, values.endTime) : null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const body = toBody(values);
    const errors = validateWithSchema(HourEntryBodySchema, body, LABELS);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    const parsed = HourEntryBodySchema.parse(body);
    const onError = (err: unknown) => {
      const split = splitSubmitError(err, LABELS);
      setFieldErrors(split.fieldErrors);
      setFormError(split.formError);
    };
    if (editing) {
      update.mutate(
        { id: editing.id, body: parsed },
        { onSuccess: (saved) => onDone(`Saved the entry of ${saved.entry.date}.`, saved.warnings), onError },
      );
    } else {
      create.mutate(
        { body: parsed, idempotencyKey },
        {
          onSuccess: (saved) => {
            setIdempotencyKey(newKey());
            setValues((v) => ({
              ...blank(v.site),
              date: v.date,
              category: v.category,
              supervisionId: v.supervisionId,
            }));
            onDone(`Logged ${formatHours(saved.entry.hours)} hours on ${saved.entry.date}.`, saved.warnings);
          },
          onError,
        },
      );
    }
  }

  const field = (name: keyof typeof LABELS) => {
    const error = fieldErrors[name];
    return {
      id: `${formId}-${name}`,
      name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${formId}-${name}-error` : undefined,
    };
  };
  const errorText = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${formId}-${name}-error`} className="field-error">
        <span aria-hidden="true">⚠ </span>
        {fieldErrors[name]}
      </p>
    ) : null;

  return (
    <form
      id={formId}
      className="form hours-entry-form"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={`${formId}-title`}
    >
      <h2 id={`${formId}-title`}>{editing ? 'Edit entry' : 'Log hours'}</h2>
      <NoClientDataNote id={`${formId}-privacy`} />
      <ErrorSummary message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} formId={formId} />
      <div className="hours-form-grid">
        <div className="field">
          <label htmlFor={`${formId}-date`}>
            Date<span className="required-mark"> (required)</span>
          </label>
          {errorText('date')}
          <input
            type="date"
            required
            value={values.date}
            onChange={(e) => set('date', e.target.value)}
            {...field('date')}
          />
        </div>
        <fieldset className="field hours-duration">
          <legend>Duration</legend>
          <div className="hours-mode">
            <label>
              <input
                type="radio"
                name={`${formId}-mode`}
                checked={values.mode === 'hours'}
                onChange={() => set('mode', 'hours')}
              />{' '}
              Hours
            </label>
            <label>
              <input
                type="radio"
                name={`${formId}-mode`}
                checked={values.mode === 'times'}
                onChange={() => set('mode', 'times')}
              />{' '}
              Start and end time
            </label>
          </div>
          {values.mode === 'hours' ? (
            <div className="field">
              <label htmlFor={`${formId}-hours`}>Hours</label>
              <p className="field-hint" id={`${formId}-hours-hint`}>
                In quarter hours, e.g. 1.25 for an hour and a quarter.
              </p>
              {errorText('hours')}
              <input
                type="number"
                inputMode="decimal"
                min="0.25"
                max="24"
                step="0.25"
                value={values.hours}
                onChange={(e) => set('hours', e.target.value)}
                {...field('hours')}
                aria-describedby={[`${formId}-hours-hint`, fieldErrors.hours ? `${formId}-hours-error` : null]
                  .filter(Boolean)
                  .join(' ')}
              />
            </div>
          ) : (
            <div className="hours-times">
              <div className="field">
                <label htmlFor={`${formId}-startTime`}>Start time</label>
                {errorText('startTime')}
                <input
                  type="time"
                  step="900"
                  value={values.startTime}
                  onChange={(e) => set('startTime', e.target.value)}
                  {...field('startTime')}
                />
              </div>
              <div className="field">
                <label htmlFor={`${formId}-endTime`}>End time</label>
                {errorText('endTime')}
                <input
                  type="time"
                  step="900"
                  value={values.endTime}
                  onChange={(e) => set('endTime', e.target.value)}
                  {...field('endTime')}
                />
              </div>
              <p className="field-hint" aria-live="polite">
                {timesHours === null
                  ? 'Whole quarter hours apart, e.g. 09:00 to 10:45.'
                  : `${formatHours(timesHours)} hours.`}
              </p>
            </div>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${formId}-category`}>Category</label>
          {errorText('category')}
          <select
            value={values.category}
            onChange={(e) => set('category', e.target.value as HourCategory)}
            {...field('category')}
          >
            {HOUR_CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {HOUR_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${formId}-site`}>
            Site or setting<span className="required-mark"> (required)</span>
          </label>
          {errorText('site')}
          <input
            type="text"
            required
            maxLength={120}
            value={values.site}
            onChange={(e) => set('site', e.target.value)}
            {...field('site')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-supervisionId`}>Supervisor</label>
          {errorText('supervisionId')}
          <select
            value={values.supervisionId}
            onChange={(e) => set('supervisionId', e.target.value)}
            {...field('supervisionId')}
          >
            <option value="">None named</option>
            {open.map((s) => (
              <option key={s.id} value={s.id}>
                {s.supervisor?.displayName ?? s.inviteEmail}
                {s.status === 'invited' ? ' (invited)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field hours-note">
          <label htmlFor={`${formId}-note`}>Note (optional)</label>
          <p className="field-hint" id={`${formId}-note-hint`}>
            The kind of work, never who it was with.
          </p>
          {errorText('note')}
          <textarea
            rows={2}
            maxLength={500}
            value={values.note}
            onChange={(e) => set('note', e.target.value)}
            {...field('note')}
            aria-describedby={[
              `${formId}-note-hint`,
              `${formId}-privacy`,
              fieldErrors.note ? `${formId}-note-error` : null,
            ]
              .filter(Boolean)
              .join(' ')}
          />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={isPending}>
          {editing ? 'Save changes' : 'Log hours'}
        </button>
        {editing ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
