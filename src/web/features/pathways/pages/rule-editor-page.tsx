import { useId } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { REQUIREMENT_KINDS, type RuleSet, RuleSetSchema } from '#contracts/licensure.js';
import { EDUCATION_IDS, EDUCATION_LABELS, HOUR_CATEGORY_IDS, type HourCategory } from '#contracts/vocabulary.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useRuleSet } from '../api/get-rule-set.js';
import { useSaveRuleSet } from '../api/save-rule-set.js';
import {
  draftFieldOf,
  emptyDraft,
  emptyRequirement,
  REQUIREMENT_KIND_LABELS,
  type RuleSetDraft,
  targetUnit,
  toDraft,
  toRuleSetBody,
} from '../rule-set-draft.js';
import '../pathways.css';
import { Controller, type UseFormReturn, useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { Field } from '#web/components/field.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';

const FORM_ID = 'rule-editor-form';

const CATEGORY_LABELS: Record<HourCategory, string> = {
  direct: 'Direct client contact',
  indirect: 'Indirect',
  'supervision-individual': 'Individual supervision',
  'supervision-group': 'Group supervision',
};

type TopField =
  | 'jurisdiction'
  | 'jurisdictionName'
  | 'license'
  | 'title'
  | 'careers'
  | 'minDegreeLevel'
  | 'minDegreeText'
  | 'exams'
  | 'notes'
  | 'source'
  | 'checkedDate';

const TOP_LABELS: Record<TopField | 'requirements', string> & Record<string, string | undefined> = {
  jurisdiction: 'Jurisdiction code',
  jurisdictionName: 'Jurisdiction name',
  license: 'License code',
  title: 'License title',
  careers: 'Careers',
  minDegreeLevel: 'Minimum degree level',
  minDegreeText: 'Minimum degree, as the source words it',
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
    const requirement = draft.requirements[index];
    const name = requirement?.label || `requirement ${index + 1}`;
    // The target input is named for its unit, as the rule's JSON names it.
    const part = match[2] === 'target' ? targetUnit(requirement?.kind ?? 'total-hours') : (match[2] ?? '');
    return `Requirement ${index + 1} (${name})${part ? `: ${part}` : ''}`;
  }
  return field;
}

/**
 * RuleSetSchema, fed by the draft: the same check the server makes, with each problem's path kept so that
 * `draftFieldOf` can put it beside its input.
 */
const RuleSetFormSchema = z.custom<RuleSetDraft>().transform((draft, ctx) => {
  const result = RuleSetSchema.safeParse(toRuleSetBody(draft));
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message });
  }
  return z.NEVER;
});

function RequirementFields({
  index,
  form,
  errorOf,
  onRemove,
}: {
  index: number;
  form: UseFormReturn<RuleSetDraft, unknown, RuleSet>;
  errorOf: (field: string) => string | undefined;
  onRemove: () => void;
}) {
  const base = `requirements.${index}` as const;
  const { register } = form;
  const [kind, label, verified] = form.watch([`${base}.kind`, `${base}.label`, `${base}.verified`]);
  const unit = targetUnit(kind);
  const checkboxId = `${useId()}-verified`;
  return (
    <fieldset className="requirement-fields">
      <legend>
        Requirement {index + 1}
        {label ? `: ${label}` : ''}
      </legend>
      {errorOf(base) ? <p className="field-error">{errorOf(base)}</p> : null}
      <Field label="Label" error={errorOf(`${base}.label`)}>
        {(p) => <input type="text" {...p} {...register(`${base}.label`)} />}
      </Field>
      <Field
        label="Requirement id"
        hint="Lower-case words joined by dashes, e.g. direct-hours."
        error={errorOf(`${base}.id`)}
      >
        {(p) => <input type="text" {...p} {...register(`${base}.id`)} />}
      </Field>
      <Field label="Kind" error={errorOf(`${base}.kind`)}>
        {(p) => (
          <select
            {...p}
            {...register(`${base}.kind`, {
              onChange: () => {
                form.setValue(`${base}.categories`, []);
                form.setValue(`${base}.groupCap`, '');
              },
            })}
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
        <input id={checkboxId} type="checkbox" {...register(`${base}.verified`)} />
        <label htmlFor={checkboxId}>Verified: a source states this figure</label>
      </div>
      <Field
        label={unit === 'hours' ? 'Hours' : unit === 'months' ? 'Months' : 'Credential (as the rule names it)'}
        hint={verified ? undefined : 'Left out while the requirement is not verified.'}
        error={errorOf(`${base}.target`)}
      >
        {(p) => (
          <input
            type="text"
            inputMode={unit === 'credential' ? 'text' : 'decimal'}
            disabled={!verified}
            {...p}
            {...register(`${base}.target`)}
          />
        )}
      </Field>
      {kind === 'category-hours' || kind === 'supervisor-credential' ? (
        <Controller
          control={form.control}
          name={`${base}.categories`}
          render={({ field }) => (
            <CheckboxGroup
              name={`${base}.categories`}
              legend={
                kind === 'category-hours' ? 'Hour categories that count' : 'Hours the rule speaks of (none chosen: all)'
              }
              options={HOUR_CATEGORY_IDS.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
              values={field.value}
              onChange={field.onChange}
              error={errorOf(`${base}.categories`)}
            />
          )}
        />
      ) : null}
      {kind === 'supervision-hours' ? (
        <Field label="Most group supervision hours that count (optional)" error={errorOf(`${base}.groupCap`)}>
          {(p) => (
            <input type="text" inputMode="decimal" disabled={!verified} {...p} {...register(`${base}.groupCap`)} />
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
  const isNew = editingId === null;
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: RuleSetFormSchema,
    defaultValues: initial,
    labels: (field) => labelFor(field, initial),
    fieldOf: draftFieldOf,
  });
  const requirements = useFieldArray({ control: form.control, name: 'requirements', keyName: 'fieldKey' });
  const examsVerified = form.watch('examsVerified');

  const handleSubmit = onSubmit(() => {
    if (save.isPending) return;
    // What was typed goes, as before: the server reads it with the same schema the form just passed.
    save.mutate(
      { id: editingId, body: toRuleSetBody(form.getValues()) },
      {
        onSuccess: (detail) =>
          navigate(`/rules/${encodeURIComponent(detail.ruleSet.id)}`, {
            state: { flash: `Saved ${detail.ruleSet.id} as version ${detail.currentVersion}.` },
          }),
        onError: showSubmitError,
      },
    );
  });

  // Requirement names change as people type, so the summary names them from the current values.
  const values = form.getValues();
  const fieldLabels = Object.fromEntries(Object.keys(summary.fieldErrors).map((f) => [f, labelFor(f, values)]));
  const text = (name: TopField, options: { hint?: string; readOnly?: boolean } = {}) => (
    <Field label={TOP_LABELS[name] ?? name} hint={options.hint} error={errorOf(name)}>
      {(p) => <input type="text" readOnly={options.readOnly} {...p} {...register(name)} />}
    </Field>
  );

  return (
    <>
      <ErrorSummary formId={FORM_ID} {...summary} fieldLabels={fieldLabels} />
      <form id={FORM_ID} className="form rule-editor" onSubmit={handleSubmit} noValidate>
        <fieldset>
          <legend>License and place</legend>
          {text('jurisdiction', { hint: 'Country and region, e.g. US-TX.', readOnly: !isNew })}
          {text('jurisdictionName', { hint: 'e.g. Texas' })}
          {text('license', { hint: 'e.g. LPC', readOnly: !isNew })}
          {text('title')}
          {text('careers', {
            hint: 'Career ids from the atlas, separated by commas (e.g. licensed-professional-counselor).',
          })}
        </fieldset>
        <fieldset>
          <legend>Degree and exams</legend>
          <Field label={TOP_LABELS.minDegreeLevel} error={errorOf('minDegreeLevel')}>
            {(p) => (
              <select {...p} {...register('minDegreeLevel')}>
                <option value="">Not stated</option>
                {EDUCATION_IDS.map((e) => (
                  <option key={e} value={e}>
                    {EDUCATION_LABELS[e]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('minDegreeText')}
          <div className="choice">
            <input id="rule-exams-verified" type="checkbox" {...register('examsVerified')} />
            <label htmlFor="rule-exams-verified">A source names the exams (leave empty below if none is needed)</label>
          </div>
          <Field label="Exams, one per line" error={errorOf('exams')}>
            {(p) => <textarea rows={3} disabled={!examsVerified} {...p} {...register('exams')} />}
          </Field>
        </fieldset>

        <h2>Requirements</h2>
        {errorOf('requirements') ? <p className="field-error">{errorOf('requirements')}</p> : null}
        {requirements.fields.map((r, index) => (
          <RequirementFields
            key={r.fieldKey}
            index={index}
            form={form}
            errorOf={errorOf}
            onRemove={() => requirements.remove(index)}
          />
        ))}
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => requirements.append(emptyRequirement(), { shouldFocus: false })}
          >
            Add a requirement
          </button>
        </p>

        <fieldset>
          <legend>Source</legend>
          <Field label={TOP_LABELS.source} hint="Citation or address, as read." error={errorOf('source')}>
            {(p) => <textarea rows={3} {...p} {...register('source')} />}
          </Field>
          {text('checkedDate', { hint: 'YYYY-MM-DD (or YYYY-MM / YYYY when only that is known).' })}
          <Field label="Notes, one per line" error={errorOf('notes')}>
            {(p) => <textarea rows={5} {...p} {...register('notes')} />}
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
