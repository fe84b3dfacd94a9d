import { type FormEvent, type ReactNode, useId, useState } from 'react';
import {
  CreateOpportunityBodySchema,
  MAX_QUESTIONS,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_KINDS,
  type OpportunityDetail,
  type OpportunityKind,
  type OpportunityStatus,
} from '../../../../contracts/board.js';
import { CAUSE_IDS, CAUSE_LABELS, type CauseId } from '../../../../contracts/vocabulary.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { Markdown } from '../../../components/markdown.js';
import { TextField } from '../../../components/text-field.js';
import { splitSubmitError, validateWithSchema } from '../../../lib/form-errors.js';
import { useCareerOptions } from '../api/list-career-options.js';
import { usePlaces } from '../api/list-places.js';
import { ChoiceList } from './choice-list.js';

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
  placementLicense: 'License it counts toward',
  skills: 'Skills wanted',
  questions: 'Application questions',
  status: 'Status',
};

const STATUS_LABELS: Record<OpportunityStatus, string> = {
  draft: 'Draft (only your organization sees it)',
  open: 'Open (published, taking applications)',
  closed: 'Closed (no longer taking applications)',
};

function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  isRequired?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

function FieldShell({ id, label, hint, error, isRequired = false, children }: FieldShellProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {isRequired ? <span className="required-mark"> (required)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
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
  const [title, setTitle] = useState(initial?.title ?? '');
  const [kind, setKind] = useState<OpportunityKind>(initial?.kind ?? 'volunteer');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [causes, setCauses] = useState<CauseId[]>(initial?.causes ?? []);
  const [careerIds, setCareerIds] = useState<string[]>(initial?.careers.map((c) => c.id) ?? []);
  const [isRemote, setIsRemote] = useState(initial?.isRemote ?? false);
  const [address, setAddress] = useState(initial?.address ?? '');
  const [lat, setLat] = useState(initial?.lat === null || initial?.lat === undefined ? '' : String(initial.lat));
  const [lon, setLon] = useState(initial?.lon === null || initial?.lon === undefined ? '' : String(initial.lon));
  const [hours, setHours] = useState(initial ? String(initial.hoursPerWeek) : '');
  const [startDate, setStartDate] = useState(initial?.startDate ?? '');
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [countsAsPlacement, setCountsAsPlacement] = useState(initial?.countsAsPlacement ?? false);
  const [placementLicense, setPlacementLicense] = useState(initial?.placementLicense ?? '');
  const [hasSupervisor, setHasSupervisor] = useState(initial?.hasLicensedSupervisor ?? false);
  const [skills, setSkills] = useState(initial?.skills.join(', ') ?? '');
  const [questions, setQuestions] = useState<string[]>(() => {
    const list = [...(initial?.questions ?? [])];
    while (list.length < MAX_QUESTIONS) list.push('');
    return list;
  });
  const [status, setStatus] = useState<OpportunityStatus>(initial?.status ?? 'open');
  const [isPreviewing, setIsPreviewing] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const id = (name: string) => `${formId}-${name}`;

  function choosePlace(label: string) {
    const place = places.data?.places.find((p) => p.label === label);
    if (!place) return;
    setLat(String(place.lat));
    setLon(String(place.lon));
    if (!address.trim()) setAddress(place.label);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const body = {
      title,
      kind,
      description,
      causes,
      careerIds,
      isRemote,
      address: address.trim() || null,
      lat: numberOrNull(lat),
      lon: numberOrNull(lon),
      hoursPerWeek: hours.trim() === '' ? Number.NaN : Number(hours),
      startDate: startDate || null,
      endDate: endDate || null,
      countsAsPlacement,
      placementLicense: countsAsPlacement ? placementLicense.trim() || null : null,
      hasLicensedSupervisor: hasSupervisor,
      skills: skills
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      questions: questions.map((q) => q.trim()).filter(Boolean),
      status,
    };
    const errors = validateWithSchema(
      CreateOpportunityBodySchema,
      { ...body, status: status === 'closed' ? 'open' : status },
      LABELS,
    );
    if (hours.trim() === '') errors.hoursPerWeek = 'Enter the hours per week';
    if (causes.length === 0) errors.causes = 'Choose at least one cause area';
    if (!isRemote && (body.lat === null || body.lon === null) && !errors.lat) {
      errors.lat = 'Choose a city or enter latitude and longitude, or mark the opportunity remote';
    }
    if (body.startDate && body.endDate && body.endDate < body.startDate)
      errors.endDate = 'End date must be on or after the start date';
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    onSubmit(body, (error) => {
      const split = splitSubmitError(error, LABELS);
      setFieldErrors(split.fieldErrors);
      setFormError(split.formError);
    });
  }

  return (
    <>
      <ErrorSummary formId={formId} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={formId} className="form board-form" onSubmit={handleSubmit} noValidate>
        <TextField name="title" label="Title" isRequired value={title} onChange={setTitle} error={fieldErrors.title} />
        <FieldShell id={id('kind')} label="Kind" isRequired error={fieldErrors.kind}>
          {(describedBy) => (
            <select
              id={id('kind')}
              name="kind"
              value={kind}
              aria-describedby={describedBy}
              onChange={(event) => setKind(event.target.value as OpportunityKind)}
            >
              {OPPORTUNITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {OPPORTUNITY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell
          id={id('description')}
          label="Description"
          isRequired
          hint="Markdown: ## headings, - lists, **bold**, *italics*, [links](https://…). HTML is shown as text."
          error={fieldErrors.description}
        >
          {(describedBy) => (
            <textarea
              id={id('description')}
              name="description"
              rows={10}
              maxLength={10_000}
              value={description}
              aria-invalid={fieldErrors.description ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </FieldShell>
        <p>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-expanded={isPreviewing}
            aria-controls={id('preview')}
            onClick={() => setIsPreviewing((v) => !v)}
          >
            {isPreviewing ? 'Hide preview' : 'Preview description'}
          </button>
        </p>
        {isPreviewing ? (
          <section id={id('preview')} className="panel" aria-label="Description preview">
            <Markdown source={description} author="user" headingLevel={3} />
          </section>
        ) : null}
        <ChoiceList
          legend="Cause areas"
          name="causes"
          ids={CAUSE_IDS}
          selected={causes}
          labelOf={(c) => CAUSE_LABELS[c]}
          onChange={setCauses}
          isRequired
          error={fieldErrors.causes}
        />
        <ChoiceList
          legend="Careers it prepares for"
          name="careerIds"
          ids={(careers.data ?? []).map((c) => c.id)}
          selected={careerIds}
          labelOf={(c) => careers.data?.find((x) => x.id === c)?.title ?? c}
          onChange={setCareerIds}
          hint="Optional. Links the listing to these careers in the atlas."
          error={fieldErrors.careerIds}
        />
        <fieldset className="field">
          <legend>Where</legend>
          <div className="choice">
            <input
              id={id('remote')}
              type="checkbox"
              name="isRemote"
              checked={isRemote}
              onChange={(event) => setIsRemote(event.target.checked)}
            />
            <label htmlFor={id('remote')}>Can be done remotely</label>
          </div>
          <FieldShell id={id('place')} label="City" hint="Fills in the coordinates below.">
            {(describedBy) => (
              <select
                id={id('place')}
                defaultValue=""
                aria-describedby={describedBy}
                onChange={(event) => choosePlace(event.target.value)}
              >
                <option value="">Choose a city…</option>
                {(places.data?.places ?? []).map((place) => (
                  <option key={place.id} value={place.label}>
                    {place.label}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <TextField name="address" label="Address" value={address} onChange={setAddress} error={fieldErrors.address} />
          <div className="field-pair">
            <FieldShell id={id('lat')} label="Latitude" hint="-90 to 90" error={fieldErrors.lat}>
              {(describedBy) => (
                <input
                  id={id('lat')}
                  name="lat"
                  type="text"
                  inputMode="decimal"
                  value={lat}
                  aria-invalid={fieldErrors.lat ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => setLat(event.target.value)}
                />
              )}
            </FieldShell>
            <FieldShell id={id('lon')} label="Longitude" hint="-180 to 180" error={fieldErrors.lon}>
              {(describedBy) => (
                <input
                  id={id('lon')}
                  name="lon"
                  type="text"
                  inputMode="decimal"
                  value={lon}
                  aria-invalid={fieldErrors.lon ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => setLon(event.target.value)}
                />
              )}
            </FieldShell>
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Time commitment</legend>
          <FieldShell id={id('hours')} label="Hours per week" isRequired error={fieldErrors.hoursPerWeek}>
            {(describedBy) => (
              <input
                id={id('hours')}
                name="hoursPerWeek"
                type="number"
                inputMode="decimal"
                min="0.5"
                max="80"
                step="0.5"
                value={hours}
                aria-invalid={fieldErrors.hoursPerWeek ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setHours(event.target.value)}
              />
            )}
          </FieldShell>
          <div className="field-pair">
            <FieldShell id={id('start')} label="Start date" hint="Empty: start any time." error={fieldErrors.startDate}>
              {(describedBy) => (
                <input
                  id={id('start')}
                  name="startDate"
                  type="date"
                  value={startDate}
                  aria-invalid={fieldErrors.startDate ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => setStartDate(event.target.value)}
                />
              )}
            </FieldShell>
            <FieldShell
              id={id('end')}
              label="End date"
              hint="Empty: ongoing. Closes by itself after this day."
              error={fieldErrors.endDate}
            >
              {(describedBy) => (
                <input
                  id={id('end')}
                  name="endDate"
                  type="date"
                  value={endDate}
                  aria-invalid={fieldErrors.endDate ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => setEndDate(event.target.value)}
                />
              )}
            </FieldShell>
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Supervised field experience</legend>
          <div className="choice">
            <input
              id={id('placement')}
              type="checkbox"
              name="countsAsPlacement"
              checked={countsAsPlacement}
              onChange={(event) => setCountsAsPlacement(event.target.checked)}
            />
            <label htmlFor={id('placement')}>Can count as supervised field experience</label>
          </div>
          {countsAsPlacement ? (
            <TextField
              name="placementLicense"
              label="License it counts toward"
              hint="Optional, e.g. LPC (Colorado)."
              value={placementLicense}
              onChange={setPlacementLicense}
              error={fieldErrors.placementLicense}
            />
          ) : null}
          <div className="choice">
            <input
              id={id('supervisor')}
              type="checkbox"
              name="hasLicensedSupervisor"
              checked={hasSupervisor}
              onChange={(event) => setHasSupervisor(event.target.checked)}
            />
            <label htmlFor={id('supervisor')}>A licensed supervisor is on site</label>
          </div>
        </fieldset>
        <TextField
          name="skills"
          label="Skills wanted"
          hint="Optional; separate with commas."
          value={skills}
          onChange={setSkills}
          error={fieldErrors.skills}
        />
        <fieldset className="field">
          <legend>Application questions</legend>
          <p className="field-hint">Up to five; applicants must answer each. Leave a box empty for fewer.</p>
          {fieldErrors.questions ? (
            <p className="field-error">
              <span aria-hidden="true">⚠ </span>
              {fieldErrors.questions}
            </p>
          ) : null}
          {questions.map((question, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: five fixed slots, numbered by position
            <div className="field" key={`q-${i + 1}`}>
              <label htmlFor={id(`question-${i}`)}>Question {i + 1}</label>
              <input
                id={id(`question-${i}`)}
                name={i === 0 ? 'questions' : `question-${i}`}
                type="text"
                maxLength={300}
                value={question}
                onChange={(event) => setQuestions((list) => list.map((q, j) => (j === i ? event.target.value : q)))}
              />
            </div>
          ))}
        </fieldset>
        <FieldShell id={id('status')} label="Status" error={fieldErrors.status}>
          {(describedBy) => (
            <select
              id={id('status')}
              name="status"
              value={status}
              aria-describedby={describedBy}
              onChange={(event) => setStatus(event.target.value as OpportunityStatus)}
            >
              {(initial ? (['draft', 'open', 'closed'] as const) : (['open', 'draft'] as const)).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
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
