import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { REQUIREMENT_KINDS, type RequirementKind } from '../../../../contracts/licensure.js';
import {
  EDUCATION_IDS,
  EDUCATION_LABELS,
  HOUR_CATEGORY_IDS,
  type HourCategory,
} from '../../../../contracts/vocabulary.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status.js';
import { ApiError } from '../../../lib/api-client.js';
import { RequireUser } from '../../../lib/require-user.js';
import { useDocumentTitle } from '../../../lib/use-document-title.js';
import { useRuleSet } from '../api/get-rule-set.js';
import { useSaveRuleSet } from '../api/save-rule-set.js';
import {
  emptyDraft,
  emptyRequirement,
  fieldNames,
  fieldOfPath,
  REQUIREMENT_KIND_LABELS,
  type RequirementDraft,
  type RuleSetDraft,
  targetUnit,
  toDraft,
  toRuleSetBody,
} from '../rule-set-draft.js';
import '../pathways.css';

const FORM_ID = 'rule-editor-form';

const CATEGORY_LABELS: Record<HourCategory, string> = {
  direct: 'Direct client contact',
  indirect: 'Indirect',
  'supervision-individual': 'Individual supervision',
  'supervision-group': 'Group supervision',
};

const TOP_LABELS: Record<string, string> = {
  jurisdiction: 'Jurisdiction code',
  jurisdictionName: 'Jurisdiction name',
  license: 'License code',
  title: 'License title',
  careers: 'Careers',
  'minDegree.level': 'Minimum degree level',
  'minDegree.text': 'Minimum degree, as the source words it',
  exams: 'Exams',
  notes: 'Notes',
  source: 'Source',
  checkedDate: 'Checked date',
  requirements: 'Requirements',
};

function labelFor(field: string, draft: RuleSetDraft): string {
  const top = TOP_LABELS[field];
  if (top) return top;
  const match = /^requirements\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (match) {
    const index = Number(match[1]);
    const name = draft.requirements[index]?.label || `requirement ${index + 1}`;
    const part = match[2] === 'hours' || match[2] === 'months' ? match[2] : match[2] ? match[2] : '';
    return `Requirement ${index + 1} (${name})${part ? `: ${part}` : ''}`;
  }
  return field;
}

interface FieldProps {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  children: (props: { id: string; describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
}

/** A label, hint and error tied to one input by id and aria-describedby. */
function Field({ name, label, error, hint, children }: FieldProps) {
  const id = `rule-${name.replaceAll('.', '-')}-${useId()}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
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
      {children({ id, describedBy, invalid: error ? true : undefined })}
    </div>
  );
}

function RequirementFields({
  index,
  requirement,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  requirement: RequirementDraft;
  errors: Record<string, string>;
  onChange: (next: RequirementDraft) => void;
  onRemove: () => void;
}) {
  const base = `requirements.${index}`;
  const unit = targetUnit(requirement.kind);
  const checkboxId = `${useId()}-verified`;
  const categoriesId = useId();
  const set = (patch: Partial<RequirementDraft>) => onChange({ ...requirement, ...patch });
  return (
    <fieldset className="requirement-fields">
      <legend>
        Requirement {index + 1}
        {requirement.label ? `: ${requirement.label}` : ''}
      </legend>
      {errors[base] ? <p className="field-error">{errors[base]}</p> : null}
      <Field name={`${base}.label`} label="Label" error={errors[`${base}.label`]}>
        {(p) => (
          <input
            id={p.id}
            name={`${base}.label`}
            type="text"
            value={requirement.label}
            aria-describedby={p.describedBy}
            aria-invalid={p.invalid}
            onChange={(e) => set({ label: e.target.value })}
          />
        )}
      </Field>
      <Field
        name={`${base}.id`}
        label="Requirement id"
        hint="Lower-case words joined by dashes, e.g. direct-hours."
        error={errors[`${base}.id`]}
      >
        {(p) => (
          <input
            id={p.id}
            name={`${base}.id`}
            type="text"
            value={requirement.id}
            aria-describedby={p.describedBy}
            aria-invalid={p.invalid}
            onChange={(e) => set({ id: e.target.value })}
          />
        )}
      </Field>
      <Field name={`${base}.kind`} label="Kind" error={errors[`${base}.kind`]}>
        {(p) => (
          <select
            id={p.id}
            name={`${base}.kind`}
            value={requirement.kind}
            aria-describedby={p.describedBy}
            aria-invalid={p.invalid}
            onChange={(e) => set({ kind: e.target.value as RequirementKind, categories: [], groupCap: '' })}
          >
            {REQUIREMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {REQUIREMENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="choice">
        <input
          id={checkboxId}
          name={`${base}.verified`}
          type="checkbox"
          checked={requirement.verified}
          onChange={(e) => set({ verified: e.target.checked })}
        />
        <label htmlFor={checkboxId}>Verified: a source states this figure</label>
      </div>
      <Field
        name={`${base}.${unit}`}
        label={unit === 'hours' ? 'Hours' : 'Months'}
        hint={requirement.verified ? undefined : 'Left out while the requirement is not verified.'}
        error={errors[`${base}.${unit}`]}
      >
        {(p) => (
          <input
            id={p.id}
            name={`${base}.${unit}`}
            type="text"
            inputMode="decimal"
            value={requirement.target}
            disabled={!requirement.verified}
            aria-describedby={p.describedBy}
            aria-invalid={p.invalid}
            onChange={(e) => set({ target: e.target.value })}
          />
        )}
      </Field>
      {requirement.kind === 'category-hours' ? (
        <fieldset className="category-choices">
          <legend>Hour categories that count</legend>
          {errors[`${base}.categories`] ? <p className="field-error">{errors[`${base}.categories`]}</p> : null}
          {HOUR_CATEGORY_IDS.map((c) => (
            <div className="choice" key={c}>
              <input
                id={`${categoriesId}-${c}`}
                name={`${base}.categories`}
                type="checkbox"
                checked={requirement.categories.includes(c)}
                onChange={(e) =>
                  set({
                    categories: e.target.checked
                      ? HOUR_CATEGORY_IDS.filter((x) => x === c || requirement.categories.includes(x))
                      : requirement.categories.filter((x) => x !== c),
                  })
                }
              />
              <label htmlFor={`${categoriesId}-${c}`}>{CATEGORY_LABELS[c]}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {requirement.kind === 'supervision-hours' ? (
        <Field
          name={`${base}.groupCap`}
          label="Most group supervision hours that count (optional)"
          error={errors[`${base}.groupCap`]}
        >
          {(p) => (
            <input
              id={p.id}
              name={`${base}.groupCap`}
              type="text"
              inputMode="decimal"
              value={requirement.groupCap}
              disabled={!requirement.verified}
              aria-describedby={p.describedBy}
              aria-invalid={p.invalid}
              onChange={(e) => set({ groupCap: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        Remove requirement {index + 1}
      </button>
    </fieldset>
  );
}

function RuleEditor({ initial, editingId }: { initial: RuleSetDraft; editingId: string | null }) {
  const navigate = useNavigate();
  const save = useSaveRuleSet();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (patch: Partial<RuleSetDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const isNew = editingId === null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setErrors({});
    setFormError(null);
    save.mutate(
      { id: editingId, body: toRuleSetBody(draft) },
      {
        onSuccess: (detail) =>
          navigate(`/rules/${encodeURIComponent(detail.ruleSet.id)}`, {
            state: { flash: `Saved ${detail.ruleSet.id} as version ${detail.currentVersion}.` },
          }),
        onError: (error) => {
          if (!(error instanceof ApiError)) {
            setFormError('Something went wrong. Please try again.');
            return;
          }
          const known = fieldNames(draft);
          const byField: Record<string, string> = {};
          const unplaced: string[] = [];
          for (const detail of error.details) {
            const field = fieldOfPath(detail.path, known);
            if (field && !(field in byField)) byField[field] = detail.message;
            else if (!field) unplaced.push(`${detail.path.replace(/^body\.?/, '') || 'rule set'}: ${detail.message}`);
          }
          setErrors(byField);
          const placedAll = Object.keys(byField).length > 0 && unplaced.length === 0;
          setFormError(placedAll ? null : [error.message, ...unplaced].join(' '));
        },
      },
    );
  }

  const summaryLabels = Object.fromEntries(Object.keys(errors).map((f) => [f, labelFor(f, draft)]));
  const text = (
    name: keyof RuleSetDraft & string,
    label: string,
    options: { hint?: string; readOnly?: boolean } = {},
  ) => (
    <Field name={name} label={label} hint={options.hint} error={errors[name]}>
      {(p) => (
        <input
          id={p.id}
          name={name}
          type="text"
          value={String(draft[name])}
          readOnly={options.readOnly}
          aria-describedby={p.describedBy}
          aria-invalid={p.invalid}
          onChange={(e) => set({ [name]: e.target.value } as Partial<RuleSetDraft>)}
        />
      )}
    </Field>
  );

  return (
    <>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={errors} fieldLabels={summaryLabels} />
      <form id={FORM_ID} className="form rule-editor" onSubmit={handleSubmit} noValidate>
        <fieldset>
          <legend>License and place</legend>
          {text('jurisdiction', TOP_LABELS.jurisdiction ?? '', {
            hint: 'Country and region, e.g. US-TX.',
            readOnly: !isNew,
          })}
          {text('jurisdictionName', TOP_LABELS.jurisdictionName ?? '', { hint: 'e.g. Texas' })}
          {text('license', TOP_LABELS.license ?? '', { hint: 'e.g. LPC', readOnly: !isNew })}
          {text('title', TOP_LABELS.title ?? '')}
          {text('careers', TOP_LABELS.careers ?? '', {
            hint: 'Career ids from the atlas, separated by commas (e.g. licensed-professional-counselor).',
          })}
        </fieldset>
        <fieldset>
          <legend>Degree and exams</legend>
          <Field name="minDegree.level" label={TOP_LABELS['minDegree.level'] ?? ''} error={errors['minDegree.level']}>
            {(p) => (
              <select
                id={p.id}
                name="minDegree.level"
                value={draft.minDegreeLevel}
                aria-describedby={p.describedBy}
                aria-invalid={p.invalid}
                onChange={(e) => set({ minDegreeLevel: e.target.value as RuleSetDraft['minDegreeLevel'] })}
              >
                <option value="">Not stated</option>
                {EDUCATION_IDS.map((e) => (
                  <option key={e} value={e}>
                    {EDUCATION_LABELS[e]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="minDegree.text" label={TOP_LABELS['minDegree.text'] ?? ''} error={errors['minDegree.text']}>
            {(p) => (
              <input
                id={p.id}
                name="minDegree.text"
                type="text"
                value={draft.minDegreeText}
                aria-describedby={p.describedBy}
                aria-invalid={p.invalid}
                onChange={(e) => set({ minDegreeText: e.target.value })}
              />
            )}
          </Field>
          <div className="choice">
            <input
              id="rule-exams-verified"
              type="checkbox"
              checked={draft.examsVerified}
              onChange={(e) => set({ examsVerified: e.target.checked })}
            />
            <label htmlFor="rule-exams-verified">A source names the exams (leave empty below if none is needed)</label>
          </div>
          <Field name="exams" label="Exams, one per line" error={errors.exams}>
            {(p) => (
              <textarea
                id={p.id}
                name="exams"
                rows={3}
                value={draft.exams}
                disabled={!draft.examsVerified}
                aria-describedby={p.describedBy}
                aria-invalid={p.invalid}
                onChange={(e) => set({ exams: e.target.value })}
              />
            )}
          </Field>
        </fieldset>

        <h2>Requirements</h2>
        {errors.requirements ? <p className="field-error">{errors.requirements}</p> : null}
        {draft.requirements.map((r, index) => (
          <RequirementFields
            key={r.key}
            index={index}
            requirement={r}
            errors={errors}
            onChange={(next) => set({ requirements: draft.requirements.map((x, i) => (i === index ? next : x)) })}
            onRemove={() => set({ requirements: draft.requirements.filter((_, i) => i !== index) })}
          />
        ))}
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => set({ requirements: [...draft.requirements, emptyRequirement()] })}
          >
            Add a requirement
          </button>
        </p>

        <fieldset>
          <legend>Source</legend>
          <Field
            name="source"
            label={TOP_LABELS.source ?? ''}
            hint="Citation or address, as read."
            error={errors.source}
          >
            {(p) => (
              <textarea
                id={p.id}
                name="source"
                rows={3}
                value={draft.source}
                aria-describedby={p.describedBy}
                aria-invalid={p.invalid}
                onChange={(e) => set({ source: e.target.value })}
              />
            )}
          </Field>
          {text('checkedDate', TOP_LABELS.checkedDate ?? '', {
            hint: 'YYYY-MM-DD (or YYYY-MM / YYYY when only that is known).',
          })}
          <Field name="notes" label="Notes, one per line" error={errors.notes}>
            {(p) => (
              <textarea
                id={p.id}
                name="notes"
                rows={5}
                value={draft.notes}
                aria-describedby={p.describedBy}
                aria-invalid={p.invalid}
                onChange={(e) => set({ notes: e.target.value })}
              />
            )}
          </Field>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={save.isPending}>
            {save.isPending ? 'Saving…' : isNew ? 'Add rule set' : 'Save as a new version'}
          </button>
          <Link to={isNew ? '/rules' : `/rules/${encodeURIComponent(editingId ?? '')}`}>Cancel</Link>
        </div>
      </form>
    </>
  );
}

function EditExisting({ id }: { id: string }) {
  const detail = useRuleSet(id);
  if (detail.isPending) return <LoadingMessage label="Loading rules…" />;
  if (detail.isError) return <ErrorMessage error={detail.error} onRetry={() => detail.refetch()} />;
  return (
    <>
      <p>
        Editing version {detail.data.ruleSet.version}. Saving stores a new version; every earlier version stays
        readable, so plans and logs can say which one they were measured against.
      </p>
      <RuleEditor initial={toDraft(detail.data.ruleSet)} editingId={id} />
    </>
  );
}

/** The admin editor for a rule set (`/rules/:id/edit`) or a new one (`/rules/new`). */
export function RuleEditorPage() {
  const { id } = useParams();
  const isNew = id === undefined;
  useDocumentTitle(isNew ? 'Add a rule set' : `Edit ${id}`);
  return (
    <article className="rule-editor-page" aria-labelledby="rule-editor-title">
      <p className="breadcrumb">
        <Link to={isNew ? '/rules' : `/rules/${encodeURIComponent(id)}`}>{isNew ? 'Licensure rules' : id}</Link>
      </p>
      <h1 id="rule-editor-title" tabIndex={-1}>
        {isNew ? 'Add a rule set' : `Edit ${id}`}
      </h1>
      <RequireUser>
        {(user) =>
          user.roles.includes('admin') ? (
            isNew ? (
              <RuleEditor initial={emptyDraft()} editingId={null} />
            ) : (
              <EditExisting id={id} />
            )
          ) : (
            <p className="notice notice-error">Only administrators can change licensure rules.</p>
          )
        }
      </RequireUser>
    </article>
  );
}
