import { useId, useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import {
  CreateOpportunityBodySchema,
  MAX_QUESTIONS,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_KINDS,
  type OpportunityDetail,
  OpportunityKindSchema,
  type OpportunityStatus,
  OpportunityStatusSchema,
} from '#contracts/board.js';
import { CAUSE_IDS, CAUSE_LABELS, CauseIdSchema } from '#contracts/vocabulary.js';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field, FieldGroup } from '#web/components/field.js';
import { Markdown } from '#web/components/markdown.js';
import { knownFieldOf } from '#web/lib/form-errors.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useCareerOptions } from '../api/list-career-options.js';
import { usePlaces } from '../api/list-places.js';

const LABELS: Record<string, string> = {
  title: 'Title',
  kind: 'Kind',
  description: 'Description',
  causes: 'Cause areas',
  careerIds: 'Careers it prepares for',
  isRemote: 'Remote',
  address: 'Address',
  lat: 'Latitude',
  lon: 'Longitude',
  hoursPerWeek: 'Hours per week',
  startDate: 'Start date',
  endDate: 'End date',
  countsAsPlacement: 'Supervised field experience',
  placementLicense: 'License it counts toward',
  hasLicensedSupervisor: 'Licensed supervisor',
  skills: 'Skills wanted',
  questions: 'Application questions',
  status: 'Status',
};

const STATUS_LABELS: Record<OpportunityStatus, string> = {
  draft: 'Draft (only your organization sees it)',
  open: 'Open (published, taking applications)',
  closed: 'Closed (no longer taking applications)',
};

/** What the inputs hold: text as typed, checkboxes as booleans. */
const OpportunityFormValuesSchema = z.object({
  title: z.string(),
  kind: OpportunityKindSchema,
  description: z.string(),
  causes: z.array(CauseIdSchema),
  careerIds: z.array(z.string()),
  isRemote: z.boolean(),
  address: z.string(),
  lat: z.string(),
  lon: z.string(),
  hoursPerWeek: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  countsAsPlacement: z.boolean(),
  placementLicense: z.string(),
  hasLicensedSupervisor: z.boolean(),
  skills: z.string(),
  questions: z.array(z.string()),
  status: OpportunityStatusSchema,
});
type OpportunityFormValues = z.infer<typeof OpportunityFormValuesSchema>;

function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** The create body, with closing allowed (editing may close a listing). */
const OpportunityBodySchema = CreateOpportunityBodySchema.extend({ status: OpportunityStatusSchema });

function toBody(values: OpportunityFormValues): z.input<typeof OpportunityBodySchema> {
  return {
    ...values,
    address: values.address.trim() || null,
    lat: numberOrNull(values.lat),
    lon: numberOrNull(values.lon),
    hoursPerWeek: values.hoursPerWeek.trim() === '' ? Number.NaN : Number(values.hoursPerWeek),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    placementLicense: values.countsAsPlacement ? values.placementLicense.trim() || null : null,
    skills: values.skills
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    questions: values.questions.map((q) => q.trim()).filter(Boolean),
  };
}

/**
 * The server's rules for the body, plus two the form checks across fields: a place unless remote, and an end on
 * or after the start.
 */
const OpportunityFormSchema = OpportunityFormValuesSchema.transform(toBody).pipe(
  OpportunityBodySchema.superRefine((body, ctx) => {
    if (!body.isRemote && (body.lat == null || body.lon == null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lat'],
        message: 'Choose a city or enter latitude and longitude, or mark the opportunity remote',
      });
    }
    if (body.startDate && body.endDate && body.endDate < body.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be on or after the start date' });
    }
  }),
);

// A problem with the third question ("questions.2" after empty boxes are dropped) belongs to the group.
const fieldOf = knownFieldOf(Object.keys(LABELS));

function toValues(initial: OpportunityDetail | undefined): OpportunityFormValues {
  const questions = [...(initial?.questions ?? [])];
  while (questions.length < MAX_QUESTIONS) questions.push('');
  return {
    title: initial?.title ?? '',
    kind: initial?.kind ?? 'volunteer',
    description: initial?.description ?? '',
    causes: initial?.causes ?? [],
    careerIds: initial?.careers.map((c) => c.id) ?? [],
    isRemote: initial?.isRemote ?? false,
    address: initial?.address ?? '',
    lat: initial?.lat == null ? '' : String(initial.lat),
    lon: initial?.lon == null ? '' : String(initial.lon),
    hoursPerWeek: initial ? String(initial.hoursPerWeek) : '',
    startDate: initial?.startDate ?? '',
    endDate: initial?.endDate ?? '',
    countsAsPlacement: initial?.countsAsPlacement ?? false,
    placementLicense: initial?.placementLicense ?? '',
    hasLicensedSupervisor: initial?.hasLicensedSupervisor ?? false,
    skills: initial?.skills.join(', ') ?? '',
    questions,
    status: initial?.status ?? 'open',
  };
}

interface OpportunityFormProps {
  initial?: OpportunityDetail;
  isPending: boolean;
  onSubmit: (body: Record<string, unknown>, onError: (error: unknown) => void) => void;
}

/** Create or edit an opportunity. On create, the status choice publishes it or keeps it as a draft. */
export function OpportunityForm({ initial, isPending, onSubmit }: OpportunityFormProps) {
  const formId = useId();
  const places = usePlaces();
  const careers = useCareerOptions();
  const [isPreviewing, setIsPreviewing] = useState(false);
  const { form, register, control, errorOf, summary, showSubmitError, ...schemaForm } = useSchemaForm({
    schema: OpportunityFormSchema,
    defaultValues: toValues(initial),
    labels: LABELS,
    fieldOf,
  });
  const [status, countsAsPlacement, description] = form.watch(['status', 'countsAsPlacement', 'description']);

  function choosePlace(label: string) {
    const place = places.data?.places.find((p) => p.label === label);
    if (!place) return;
    form.setValue('lat', String(place.lat));
    form.setValue('lon', String(place.lon));
    if (!form.getValues('address').trim()) form.setValue('address', place.label);
  }

  const handleSubmit = schemaForm.onSubmit((body) => {
    if (isPending) return;
    onSubmit(body, showSubmitError);
  });

  return (
    <>
      <ErrorSummary formId={formId} {...summary} />
      <form id={formId} className="form board-form" onSubmit={handleSubmit} noValidate>
        <Field label="Title" isRequired error={errorOf('title')}>
          {(p) => <input type="text" {...p} {...register('title')} />}
        </Field>
        <Field label="Kind" isRequired error={errorOf('kind')}>
          {(p) => (
            <select {...p} {...register('kind')}>
              {OPPORTUNITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {OPPORTUNITY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Description"
          isRequired
          hint="Markdown: ## headings, - lists, **bold**, *italics*, [links](https://…). HTML is shown as text."
          error={errorOf('description')}
        >
          {(p) => <textarea rows={10} maxLength={10_000} {...p} {...register('description')} />}
        </Field>
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={isPreviewing}
            aria-controls={`${formId}-preview`}
            onClick={() => setIsPreviewing((v) => !v)}
          >
            {isPreviewing ? 'Hide preview' : 'Preview description'}
          </button>
        </p>
        {isPreviewing ? (
          <section id={`${formId}-preview`} className="panel" aria-label="Description preview">
            <Markdown source={description} author="user" headingLevel={3} />
          </section>
        ) : null}
        <Controller
          control={control}
          name="causes"
          render={({ field }) => (
            <CheckboxGroup
              name="causes"
              legend="Cause areas"
              layout="columns"
              isRequired
              options={CAUSE_IDS.map((c) => ({ value: c, label: CAUSE_LABELS[c] }))}
              values={field.value}
              error={errorOf('causes')}
              onChange={field.onChange}
            />
          )}
        />
        <Controller
          control={control}
          name="careerIds"
          render={({ field }) => (
            <CheckboxGroup
              name="careerIds"
              legend="Careers it prepares for"
              layout="columns"
              hint="Optional. Links the listing to these careers in the atlas."
              options={(careers.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
              values={field.value}
              error={errorOf('careerIds')}
              onChange={field.onChange}
            />
          )}
        />
        <FieldGroup legend="Where">
          <div className="choice">
            <input id={`${formId}-remote`} type="checkbox" {...register('isRemote')} />
            <label htmlFor={`${formId}-remote`}>Can be done remotely</label>
          </div>
          <Field label="City" hint="Fills in the coordinates below.">
            {(p) => (
              <select {...p} defaultValue="" onChange={(event) => choosePlace(event.target.value)}>
                <option value="">Choose a city…</option>
                {(places.data?.places ?? []).map((place) => (
                  <option key={place.id} value={place.label}>
                    {place.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Address" error={errorOf('address')}>
            {(p) => <input type="text" {...p} {...register('address')} />}
          </Field>
          <div className="field-pair">
            <Field label="Latitude" hint="-90 to 90" error={errorOf('lat')}>
              {(p) => <input type="text" inputMode="decimal" {...p} {...register('lat')} />}
            </Field>
            <Field label="Longitude" hint="-180 to 180" error={errorOf('lon')}>
              {(p) => <input type="text" inputMode="decimal" {...p} {...register('lon')} />}
            </Field>
          </div>
        </FieldGroup>
        <FieldGroup legend="Time commitment">
          <Field label="Hours per week" isRequired error={errorOf('hoursPerWeek')}>
            {(p) => (
              <input
                type="number"
                inputMode="decimal"
                min="0.5"
                max="80"
                step="0.5"
                {...p}
                {...register('hoursPerWeek')}
              />
            )}
          </Field>
          <div className="field-pair">
            <Field label="Start date" hint="Empty: start any time." error={errorOf('startDate')}>
              {(p) => <input type="date" {...p} {...register('startDate')} />}
            </Field>
            <Field label="End date" hint="Empty: ongoing. Closes by itself after this day." error={errorOf('endDate')}>
              {(p) => <input type="date" {...p} {...register('endDate')} />}
            </Field>
          </div>
        </FieldGroup>
        <FieldGroup legend="Supervised field experience">
          <div className="choice">
            <input id={`${formId}-placement`} type="checkbox" {...register('countsAsPlacement')} />
            <label htmlFor={`${formId}-placement`}>Can count as supervised field experience</label>
          </div>
          {countsAsPlacement ? (
            <Field
              label="License it counts toward"
              hint="Optional, e.g. LPC (Colorado)."
              error={errorOf('placementLicense')}
            >
              {(p) => <input type="text" {...p} {...register('placementLicense')} />}
            </Field>
          ) : null}
          <div className="choice">
            <input id={`${formId}-supervisor`} type="checkbox" {...register('hasLicensedSupervisor')} />
            <label htmlFor={`${formId}-supervisor`}>A licensed supervisor is on site</label>
          </div>
        </FieldGroup>
        <Field label="Skills wanted" hint="Optional; separate with commas." error={errorOf('skills')}>
          {(p) => <input type="text" {...p} {...register('skills')} />}
        </Field>
        <FieldGroup
          legend="Application questions"
          hint="Up to five; applicants must answer each. Leave a box empty for fewer."
          error={errorOf('questions')}
        >
          {Array.from({ length: MAX_QUESTIONS }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: five fixed slots, numbered by position
            <Field key={`q-${i + 1}`} label={`Question ${i + 1}`}>
              {(p) => <input type="text" maxLength={300} {...p} {...register(`questions.${i}`)} />}
            </Field>
          ))}
        </FieldGroup>
        <Field label="Status" error={errorOf('status')}>
          {(p) => (
            <select {...p} {...register('status')}>
              {(initial ? (['draft', 'open', 'closed'] as const) : (['open', 'draft'] as const)).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={isPending}>
            {isPending
              ? 'Saving…'
              : initial
                ? 'Save changes'
                : status === 'open'
                  ? 'Publish opportunity'
                  : 'Save draft'}
          </button>
        </div>
      </form>
    </>
  );
}
