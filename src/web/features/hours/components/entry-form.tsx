import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import {
  type EntryWarning,
  HOUR_CATEGORY_LABELS,
  type HourEntry,
  HourEntryBodySchema,
  type Supervision,
} from '#contracts/hours.js';
import { HOUR_CATEGORY_IDS, HourCategorySchema } from '#contracts/vocabulary.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field, FieldGroup } from '#web/components/field.js';
import { topLevelField } from '#web/lib/form-errors.js';
import { formatDate, localToday } from '#web/lib/format-date.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useCreateEntry, useUpdateEntry } from '../api/entries.js';
import { formatAmount, hoursBetween, loggedMessage } from '../hours-format.js';
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

/** What the inputs hold; the duration is either hours or a start and end time. */
const EntryValuesSchema = z.object({
  date: z.string(),
  mode: z.enum(['hours', 'times']),
  hours: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  category: HourCategorySchema,
  site: z.string(),
  supervisionId: z.string(),
  note: z.string(),
});
type Values = z.infer<typeof EntryValuesSchema>;

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

function toBody(v: Values): z.input<typeof HourEntryBodySchema> {
  const body: z.input<typeof HourEntryBodySchema> = {
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

/** The server's schema for an entry, fed by the form's values. */
const EntryFormSchema = EntryValuesSchema.transform(toBody).pipe(HourEntryBodySchema);

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
  /** Every submission, before it is checked: the page clears the banner of the last success. */
  onAttempt: () => void;
  onCancel: () => void;
}

/** Quick entry of a session (date, hours or times, category, site, supervisor, note), and editing one. */
export function EntryForm({ supervisions, editing, defaultSite, onDone, onAttempt, onCancel }: EntryFormProps) {
  const formId = useId().replaceAll(':', '');
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: EntryFormSchema,
    defaultValues: editing ? fromEntry(editing) : blank(defaultSite),
    labels: LABELS,
    fieldOf: topLevelField,
  });
  // One key per submission: a retry of the same submission cannot log the entry twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const create = useCreateEntry();
  const update = useUpdateEntry();
  const isPending = create.isPending || update.isPending;

  // A different entry to edit (or none) starts the form afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: defaultSite only fills an empty site (below)
  useEffect(() => {
    form.reset(editing ? fromEntry(editing) : blank(defaultSite));
  }, [editing]);

  // The last site used arrives with the entry list; it fills the site only while nothing is typed there.
  useEffect(() => {
    if (!editing && defaultSite && form.getValues('site') === '') form.setValue('site', defaultSite);
  }, [editing, defaultSite, form]);

  const [mode, startTime, endTime] = form.watch(['mode', 'startTime', 'endTime']);
  const open = supervisions.filter((s) => s.status === 'active' || s.status === 'invited');
  const timesHours = mode === 'times' ? hoursBetween(startTime, endTime) : null;

  const handleSubmit = onSubmit((parsed) => {
    if (isPending) return;
    if (editing) {
      update.mutate(
        { id: editing.id, body: parsed },
        {
          onSuccess: (saved) => onDone(`Saved the entry of ${formatDate(saved.entry.date)}.`, saved.warnings),
          onError: showSubmitError,
        },
      );
      return;
    }
    create.mutate(
      { body: parsed, idempotencyKey },
      {
        onSuccess: (saved) => {
          setIdempotencyKey(newKey());
          const v = form.getValues();
          form.reset({ ...blank(v.site), date: v.date, category: v.category, supervisionId: v.supervisionId });
          onDone(loggedMessage(saved.entry.hours, saved.entry.date), saved.warnings);
        },
        onError: showSubmitError,
      },
    );
  });

  return (
    <form
      id={formId}
      className="form hours-entry-form"
      onSubmit={(event) => {
        onAttempt();
        return handleSubmit(event);
      }}
      noValidate
      aria-labelledby={`${formId}-title`}
    >
      <h2 id={`${formId}-title`}>{editing ? 'Edit entry' : 'Log hours'}</h2>
      <NoClientDataNote id={`${formId}-privacy`} />
      <ErrorSummary formId={formId} {...summary} />
      <div className="hours-form-grid">
        <Field label="Date" isRequired error={errorOf('date')}>
          {(p) => <input type="date" {...p} {...register('date')} />}
        </Field>
        <FieldGroup legend="Duration" className="field hours-duration">
          <div className="hours-mode">
            <label>
              <input type="radio" value="hours" {...register('mode')} /> Hours
            </label>
            <label>
              <input type="radio" value="times" {...register('mode')} /> Start and end time
            </label>
          </div>
          {mode === 'hours' ? (
            <Field label="Hours" hint="In quarter hours, e.g. 1.25 for an hour and a quarter." error={errorOf('hours')}>
              {(p) => (
                <input
                  type="number"
                  inputMode="decimal"
                  min="0.25"
                  max="24"
                  step="0.25"
                  {...p}
                  {...register('hours')}
                />
              )}
            </Field>
          ) : (
            <div className="hours-times">
              <Field label="Start time" error={errorOf('startTime')}>
                {(p) => <input type="time" step="900" {...p} {...register('startTime')} />}
              </Field>
              <Field label="End time" error={errorOf('endTime')}>
                {(p) => <input type="time" step="900" {...p} {...register('endTime')} />}
              </Field>
              <p className="field-hint" aria-live="polite">
                {timesHours === null
                  ? 'Whole quarter hours apart, e.g. 09:00 to 10:45.'
                  : `${formatAmount(timesHours, 'hours')}.`}
              </p>
            </div>
          )}
        </FieldGroup>
        <Field label="Category" error={errorOf('category')}>
          {(p) => (
            <select {...p} {...register('category')}>
              {HOUR_CATEGORY_IDS.map((c) => (
                <option key={c} value={c}>
                  {HOUR_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Site or setting" isRequired error={errorOf('site')}>
          {(p) => <input type="text" maxLength={120} {...p} {...register('site')} />}
        </Field>
        <Field label="Supervisor" error={errorOf('supervisionId')}>
          {(p) => (
            <select {...p} {...register('supervisionId')}>
              <option value="">None named</option>
              {open.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.supervisor?.displayName ?? s.inviteEmail}
                  {s.status === 'invited' ? ' (invited)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Note (optional)"
          hint="The kind of work, never who it was with."
          error={errorOf('note')}
          className="field hours-note"
        >
          {(p) => (
            <textarea
              rows={2}
              maxLength={500}
              {...p}
              // The privacy note above the form applies to this box in particular.
              aria-describedby={[p['aria-describedby'], `${formId}-privacy`].filter(Boolean).join(' ')}
              {...register('note')}
            />
          )}
        </Field>
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
