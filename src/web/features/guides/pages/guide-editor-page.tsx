import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { User } from '../../../../contracts/auth.js';
import { type GuideDetail, type GuideStatus, SaveGuideBodySchema } from '../../../../contracts/guides.js';
import { CAUSE_IDS, CAUSE_LABELS, type CauseId } from '../../../../contracts/vocabulary.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { Markdown } from '../../../components/markdown.js';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status.js';
import { TextField } from '../../../components/text-field.js';
import { splitSubmitError, validateWithSchema } from '../../../lib/form-errors.js';
import { RequireUser } from '../../../lib/require-user.js';
import { useDocumentTitle } from '../../../lib/use-document-title.js';
import { useGuide } from '../api/get-guide.js';
import { useCuratedCareerChoices } from '../api/list-curated-careers.js';
import { useSaveGuide } from '../api/save-guide.js';
import '../guides.css';
import { localToday } from '../../../lib/format-date.js';

const FORM_ID = 'guide-editor';
const LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Address (slug)',
  summary: 'Summary',
  tags: 'Tags',
  careers: 'Related careers',
  causes: 'Cause areas',
  author: 'Author',
  date: 'Date',
  body: 'Guide text',
  status: 'Status',
};

interface Draft {
  title: string;
  slug: string;
  summary: string;
  tags: string;
  careers: string[];
  causes: CauseId[];
  author: string;
  date: string;
  body: string;
  status: GuideStatus;
}

function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function toDraft(guide: GuideDetail): Draft {
  return {
    title: guide.title,
    slug: guide.slug,
    summary: guide.summary,
    tags: guide.tags.join(', '),
    careers: guide.careerIds,
    causes: guide.causes,
    author: guide.author,
    date: guide.date,
    body: guide.body,
    status: guide.status,
  };
}

function toBody(draft: Draft) {
  return {
    ...draft,
    tags: draft.tags
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  };
}

function TextArea({
  name,
  label,
  value,
  onChange,
  rows,
  hint,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  hint?: string;
  error?: string;
}) {
  const id = `${FORM_ID}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <span className="required-mark"> (required)</span>
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
      <textarea
        id={id}
        name={name}
        rows={rows}
        required
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function CheckboxGroup<T extends string>({
  name,
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: { value: T; label: string }[];
  selected: T[];
  onChange: (next: T[]) => void;
  error?: string;
}) {
  const baseId = `${FORM_ID}-${name}`;
  return (
    <fieldset className="field" aria-describedby={error ? `${baseId}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p id={`${baseId}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <div className="editor-choices">
        {options.map((option) => {
          const id = `${baseId}-${option.value}`;
          return (
            <div key={option.value} className="choice">
              <input
                id={id}
                type="checkbox"
                name={name}
                checked={selected.includes(option.value)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, option.value]
                      : selected.filter((value) => value !== option.value),
                  )
                }
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function Editor({ existing, user }: { existing: GuideDetail | null; user: User }) {
  const navigate = useNavigate();
  const save = useSaveGuide(existing?.slug ?? null);
  const careers = useCuratedCareerChoices();
  const statusId = useId();
  const [draft, setDraft] = useState<Draft>(
    existing
      ? toDraft(existing)
      : {
          title: '',
          slug: '',
          summary: '',
          tags: '',
          careers: [],
          causes: [],
          author: user.displayName,
          date: localToday(),
          body: '',
          status: 'draft',
        },
  );
  const [isSlugTouched, setIsSlugTouched] = useState(Boolean(existing));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function update<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => {
      const next = { ...current, [key]: value };
      if (key === 'title' && !isSlugTouched) next.slug = slugify(String(value));
      return next;
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const body = toBody(draft);
    const errors = validateWithSchema(SaveGuideBodySchema, body, LABELS);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    save.mutate(SaveGuideBodySchema.parse(body), {
      onSuccess: (guide) =>
        navigate(`/guides/${guide.slug}`, {
          state: {
            flash: guide.status === 'published' ? 'Guide published.' : 'Draft saved. Only administrators can see it.',
          },
        }),
      onError: (error) => {
        const split = splitSubmitError(error, LABELS);
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  }

  const careerOptions = (careers.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }));
  return (
    <>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      {existing?.origin === 'repository' ? (
        <p className="notice">
          This guide ships with Vocare. Once you save it here it becomes an administrator’s guide, and later updates to
          its file will no longer replace it.
        </p>
      ) : null}
      <div className="editor-layout">
        <form id={FORM_ID} className="form editor-form" onSubmit={handleSubmit} noValidate>
          <TextField
            name="title"
            label="Title"
            isRequired
            value={draft.title}
            onChange={(v) => update('title', v)}
            error={fieldErrors.title}
          />
          <TextField
            name="slug"
            label="Address (slug)"
            isRequired
            hint="The guide lives at /guides/ followed by this: lowercase words joined by hyphens."
            value={draft.slug}
            onChange={(v) => {
              setIsSlugTouched(true);
              update('slug', v);
            }}
            error={fieldErrors.slug}
          />
          <TextArea
            name="summary"
            label="Summary"
            rows={3}
            hint="One or two sentences for the guide list."
            value={draft.summary}
            onChange={(v) => update('summary', v)}
            error={fieldErrors.summary}
          />
          <TextField
            name="tags"
            label="Tags"
            isRequired
            hint="Separated by commas, e.g. licensure, supervised-hours"
            value={draft.tags}
            onChange={(v) => update('tags', v)}
            error={fieldErrors.tags}
          />
          <TextField
            name="author"
            label="Author"
            isRequired
            value={draft.author}
            onChange={(v) => update('author', v)}
            error={fieldErrors.author}
          />
          <TextField
            name="date"
            label="Date"
            isRequired
            hint="YYYY-MM-DD"
            value={draft.date}
            onChange={(v) => update('date', v)}
            error={fieldErrors.date}
          />
          <TextArea
            name="body"
            label="Guide text"
            rows={18}
            hint="Markdown: ## headings, *emphasis*, **bold**, lists, > quotes, [links](/careers/registered-nurse). HTML is shown as text."
            value={draft.body}
            onChange={(v) => update('body', v)}
            error={fieldErrors.body}
          />
          {careers.isError ? <ErrorMessage error={careers.error} onRetry={() => careers.refetch()} /> : null}
          {careers.isPending ? <LoadingMessage label="Loading careers…" /> : null}
          {careers.data ? (
            <CheckboxGroup
              name="careers"
              legend="Related careers"
              options={careerOptions}
              selected={draft.careers}
              onChange={(next) => update('careers', next)}
              error={fieldErrors.careers}
            />
          ) : null}
          <CheckboxGroup
            name="causes"
            legend="Cause areas"
            options={CAUSE_IDS.map((id) => ({ value: id, label: CAUSE_LABELS[id] }))}
            selected={draft.causes}
            onChange={(next) => update('causes', next)}
            error={fieldErrors.causes}
          />
          <fieldset className="field segmented">
            <legend id={statusId}>Status</legend>
            {(['draft', 'published'] as const).map((status) => (
              <div key={status} className="segment">
                <input
                  id={`${FORM_ID}-status-${status}`}
                  type="radio"
                  name="status"
                  value={status}
                  checked={draft.status === status}
                  onChange={() => update('status', status)}
                />
                <label htmlFor={`${FORM_ID}-status-${status}`}>
                  {status === 'draft' ? 'Draft (administrators only)' : 'Published (everyone)'}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={save.isPending}>
              {save.isPending ? 'Saving…' : draft.status === 'published' ? 'Save and publish' : 'Save draft'}
            </button>
            <Link to={existing ? `/guides/${existing.slug}` : '/guides'}>Cancel</Link>
          </div>
        </form>
        {/* Scrolls on its own on wide screens: focusable so keyboard users can scroll it. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable scroll container, as axe's scrollable-region-focusable asks */}
        <section className="panel editor-preview" aria-labelledby="preview-title" tabIndex={0}>
          <h2 id="preview-title">Preview</h2>
          <p className="section-note">How readers will see it, updated as you type.</p>
          <p className="editor-preview-title">{draft.title || 'Untitled guide'}</p>
          {draft.summary ? <p className="lead">{draft.summary}</p> : null}
          <Markdown source={draft.body} author="team" headingLevel={2} />
        </section>
      </div>
    </>
  );
}

function EditorForAdmin({ slug, user }: { slug: string | null; user: User }) {
  const existing = useGuide(slug ?? '', { isEnabled: slug !== null });
  if (!user.roles.includes('admin')) {
    return <p className="notice">Writing guides needs the administrator role, which your account does not hold.</p>;
  }
  if (slug === null) return <Editor existing={null} user={user} />;
  if (existing.isPending) return <LoadingMessage label="Loading guide…" />;
  if (existing.isError) return <ErrorMessage error={existing.error} onRetry={() => existing.refetch()} />;
  return <Editor key={existing.data.updatedAt} existing={existing.data} user={user} />;
}

export function GuideEditorPage() {
  const { slug } = useParams();
  const heading = slug ? 'Edit guide' : 'Write a guide';
  useDocumentTitle(heading);
  return (
    <div className="guide-editor">
      <p className="breadcrumb">
        <Link to={slug ? `/guides/${slug}` : '/guides'}>{slug ? 'Back to the guide' : 'All guides'}</Link>
      </p>
      <h1 tabIndex={-1}>{heading}</h1>
      <RequireUser>{(user) => <EditorForAdmin slug={slug ?? null} user={user} />}</RequireUser>
    </div>
  );
}
