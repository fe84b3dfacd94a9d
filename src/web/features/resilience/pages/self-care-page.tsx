import { type FormEvent, useEffect, useRef, useState } from 'react';
import { PutSelfCareBodySchema, type SelfCareDay, type SelfCareFields } from '#contracts/checkin.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSelfCareDays } from '../api/list-self-care.js';
import { usePutSelfCare } from '../api/put-self-care.js';
import { PrivacyNote, ResilienceNav } from '../components/resilience-nav.js';
import {
  BOUNDARY_OPTIONS,
  formatSelfCareValue,
  MEALS_OPTIONS,
  MOOD_OPTIONS,
  SELF_CARE_LABELS,
  SUPPORT_LABELS,
} from '../labels.js';
import '../resilience.css';
import { addDays } from '#domain/calendar-date.js';
import { RadioGroup } from '#web/components/choice-group.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
import { formatDate, localToday } from '#web/lib/format-date.js';

const FORM_ID = 'self-care-form';
const NOT_RECORDED = { value: '', label: 'Not recorded' } as const;

interface FormValues {
  sleepHours: string;
  activityMinutes: string;
  mealsRating: string;
  breaksTaken: string;
  boundaries: string;
  supportContact: string;
  mood: string;
}

const BLANK: FormValues = {
  sleepHours: '',
  activityMinutes: '',
  mealsRating: '',
  breaksTaken: '',
  boundaries: '',
  supportContact: '',
  mood: '',
};

function toFormValues(day: SelfCareDay | undefined): FormValues {
  if (!day) return BLANK;
  const text = (v: number | string | null) => (v === null ? '' : String(v));
  return {
    sleepHours: text(day.sleepHours),
    activityMinutes: text(day.activityMinutes),
    mealsRating: text(day.mealsRating),
    breaksTaken: text(day.breaksTaken),
    boundaries: text(day.boundaries),
    supportContact: text(day.supportContact),
    mood: text(day.mood),
  };
}

/** Form text to the API's fields: an empty box is "not recorded", anything else must parse. */
function toFields(values: FormValues): Record<string, unknown> {
  const number = (v: string) => (v.trim() === '' ? null : Number(v));
  return {
    sleepHours: number(values.sleepHours),
    activityMinutes: number(values.activityMinutes),
    mealsRating: number(values.mealsRating),
    breaksTaken: number(values.breaksTaken),
    boundaries: values.boundaries || null,
    supportContact: values.supportContact || null,
    mood: number(values.mood),
  };
}

/** The day's counted measures, typed as numbers: what each counts and the range the contract accepts. */
const NUMBER_MEASURES = [
  {
    name: 'sleepHours',
    fallback: 'Sleep',
    hint: 'Last night, in hours (quarter hours are fine, e.g. 6.75).',
    min: 0,
    max: 24,
    step: 0.25,
  },
  {
    name: 'activityMinutes',
    fallback: 'Activity',
    hint: 'Walking, sport, anything that moved you.',
    min: 0,
    max: 1440,
    step: 5,
  },
  {
    name: 'breaksTaken',
    fallback: 'Breaks',
    hint: 'Real breaks away from work, however short.',
    min: 0,
    max: 50,
    step: 1,
  },
] as const;

/** The day's rated measures, each answered by one choice or left unrecorded. */
const RATED_MEASURES = [
  { name: 'mealsRating', fallback: 'Meals', hint: 'How well did you eat today?', options: MEALS_OPTIONS },
  {
    name: 'boundaries',
    fallback: 'Boundaries',
    hint: 'Did you keep the limits you set (finishing on time, not answering messages after hours)?',
    options: BOUNDARY_OPTIONS,
  },
  {
    name: 'supportContact',
    fallback: 'Support',
    hint: 'Did you talk a case or your day through with a supervisor or a peer?',
    options: Object.entries(SUPPORT_LABELS).map(([value, label]) => ({ value, label })),
  },
] as const;

function SelfCareForm() {
  const today = localToday();
  const from = addDays(today, -27);
  const recent = useSelfCareDays(from, today);
  const [date, setDate] = useState(today);
  const [values, setValues] = useState<FormValues>(BLANK);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const putSelfCare = usePutSelfCare();
  const hasPrefilled = useRef(false);

  const days = recent.data?.items ?? [];
  useEffect(() => {
    if (hasPrefilled.current || !recent.data) return;
    hasPrefilled.current = true;
    setValues(toFormValues(recent.data.items.find((d) => d.date === today)));
  }, [recent.data, today]);

  function chooseDate(next: string) {
    setDate(next);
    setValues(toFormValues(days.find((d) => d.date === next)));
    setStatus('');
  }

  const set = (field: keyof FormValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (putSelfCare.isPending) return;
    setStatus('');
    const fields = toFields(values);
    const errors = validateWithSchema(PutSelfCareBodySchema, fields, SELF_CARE_LABELS);
    for (const [field, value] of Object.entries(fields)) {
      if (typeof value === 'number' && Number.isNaN(value))
        errors[field] = `${SELF_CARE_LABELS[field]} must be a number`;
    }
    if (!date) errors.date = 'Enter the date you are logging';
    if (Object.keys(errors).length === 0 && Object.values(fields).every((v) => v === null)) {
      setFieldErrors({});
      setFormError('Fill in at least one field to log a day.');
      return;
    }
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    putSelfCare.mutate(
      { date, fields: fields as SelfCareFields },
      {
        onSuccess: () => setStatus(`Saved your log for ${formatDate(date)}.`),
        onError: (error) => {
          const split = splitSubmitError(error, SELF_CARE_LABELS);
          setFieldErrors(split.fieldErrors);
          setFormError(split.formError);
        },
      },
    );
  }

  return (
    <>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={SELF_CARE_LABELS} />
      <form id={FORM_ID} className="form panel" onSubmit={handleSubmit} noValidate>
        <h2>Log a day</h2>
        <p className="field-hint">
          Every field is optional: log what you noticed. Choosing a date you logged before loads it.
        </p>
        <TextField name="date" type="date" label="Date" value={date} onChange={chooseDate} error={fieldErrors.date} />
        <div className="field-grid">
          {NUMBER_MEASURES.map(({ name, fallback, ...measure }) => (
            <TextField
              key={name}
              name={name}
              label={SELF_CARE_LABELS[name] ?? fallback}
              value={values[name]}
              onChange={set(name)}
              error={fieldErrors[name]}
              {...measure}
            />
          ))}
        </div>
        {RATED_MEASURES.map(({ name, fallback, hint, options }) => (
          <RadioGroup
            key={name}
            layout="row"
            name={name}
            legend={SELF_CARE_LABELS[name] ?? fallback}
            hint={hint}
            options={[...options, NOT_RECORDED]}
            value={values[name]}
            onChange={set(name)}
            error={fieldErrors[name]}
          />
        ))}
        <RadioGroup
          layout="row"
          name="mood"
          legend={SELF_CARE_LABELS.mood ?? 'Mood'}
          options={[...MOOD_OPTIONS, NOT_RECORDED]}
          value={values.mood}
          onChange={set('mood')}
          error={fieldErrors.mood}
        />
        <div className="form-actions">
          <PendingButton label="Save this day" pendingLabel="Saving…" isPending={putSelfCare.isPending} />
          <p role="status" className="inline-status">
            {status}
          </p>
        </div>
      </form>

      <section aria-labelledby="recent-days-title">
        <h2 id="recent-days-title">The last four weeks</h2>
        {recent.isPending ? <LoadingMessage label="Loading your log…" /> : null}
        {recent.isError ? <ErrorMessage error={recent.error} onRetry={() => recent.refetch()} /> : null}
        {recent.data && days.length === 0 ? <p>Nothing logged in the last four weeks yet.</p> : null}
        {days.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Your self-care log for the last four weeks, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Sleep</th>
                  <th scope="col">Activity</th>
                  <th scope="col">Meals</th>
                  <th scope="col">Breaks</th>
                  <th scope="col">Boundaries</th>
                  <th scope="col">Support</th>
                  <th scope="col">Mood</th>
                  <th scope="col">
                    <span className="visually-hidden">Edit</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...days].reverse().map((day) => (
                  <tr key={day.date}>
                    <th scope="row">{formatDate(day.date)}</th>
                    <td>{formatSelfCareValue(day, 'sleepHours')}</td>
                    <td>{formatSelfCareValue(day, 'activityMinutes')}</td>
                    <td>{formatSelfCareValue(day, 'mealsRating')}</td>
                    <td>{formatSelfCareValue(day, 'breaksTaken')}</td>
                    <td>{formatSelfCareValue(day, 'boundaries')}</td>
                    <td>{formatSelfCareValue(day, 'supportContact')}</td>
                    <td>{formatSelfCareValue(day, 'mood')}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => {
                          chooseDate(day.date);
                          document.getElementById(FORM_ID)?.scrollIntoView();
                        }}
                      >
                        Edit<span className="visually-hidden"> {formatDate(day.date)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}

export function SelfCarePage() {
  useDocumentTitle('Self-care log');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Self-care log</h1>
      <ResilienceNav />
      <PrivacyNote />
      <RequireUser>{() => <SelfCareForm />}</RequireUser>
    </div>
  );
}
