import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { User } from '#contracts/auth.js';
import { type GuideDetail, SaveGuideBodySchema } from '#contracts/guides.js';
import { CAUSE_IDS, CAUSE_LABELS } from '#contracts/vocabulary.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { topLevelField } from '#web/lib/form-errors.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useGuide } from '../api/get-guide.js';
import { useCuratedCareerChoices } from '../api/list-curated-careers.js';
import { useSaveGuide } from '../api/save-guide.js';
import '../guides.css';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { CheckboxGroup } from '#web/components/choice-group.js';
import { Field } from '#web/components/field.js';
import { localToday } from '#web/lib/format-date.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';

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

/** What the inputs hold; tags are typed as one comma-separated line. */
const GuideDraftSchema = SaveGuideBodySchema.extend({ tags: z.string() });
type Draft = z.input<typeof GuideDraftSchema>;

/** The server's schema, fed by the draft: tags split on commas. */
const GuideFormSchema = GuideDraftSchema.transform(
  (draft): z.input<typeof SaveGuideBodySchema> => ({
    ...draft,
    tags: draft.tags
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean),
  }),
).pipe(SaveGuideBodySchema);

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

function Editor({ existing, user }: { existing: GuideDetail | null; user: User }) {
  const navigate = useNavigate();
  const save = useSaveGuide(existing?.slug ?? null);
  const careers = useCuratedCareerChoices();
  const statusId = useId();
  const { form, register, control, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: GuideFormSchema,
    defaultValues: existing
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
    labels: LABELS,
    fieldOf: topLevelField,
  });
  // The address follows the title until someone edits the address itself.
  const [isSlugTouched, setIsSlugTouched] = useState(Boolean(existing));
  const [title, summaryText, body, status] = form.watch(['title', 'summary', 'body', 'status']);

  const handleSubmit = onSubmit((guideBody) => {
    if (save.isPending) return;
    save.mutate(guideBody, {
      onSuccess: (guide) =>
        navigate(`/guides/${guide.slug}`, {
          state: {
            flash: guide.status === 'published' ? 'Guide published.' : 'Draft saved. Only administrators can see it.',
          },
        }),
      onError: showSubmitError,
    });
  });

  const careerOptions = (careers.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }));
  return (
    <>
      <ErrorSummary formId={FORM_ID} {...summary} />
      {existing?.origin === 'repository' ? (
        <p className="notice">
          This guide ships with Vocare. Once you save it here it becomes an administrator’s guide, and later updates to
          its file will no longer replace it.
        </p>
      ) : null}
      <div className="editor-layout">
        <form id={FORM_ID} className="form editor-form" onSubmit={handleSubmit} noValidate>
          <Field label="Title" isRequired error={errorOf('title')}>
            {(p) => (
              <input
                type="text"
                {...p}
                {...register('title', {
                  onChange: (event: { target: { value: string } }) => {
                    if (!isSlugTouched) form.setValue('slug', slugify(event.target.value));
                  },
                })}
              />
            )}
          </Field>
          <Field
            label="Address (slug)"
            isRequired
            hint="The guide lives at /guides/ followed by this: lowercase words joined by hyphens."
            error={errorOf('slug')}
          >
            {(p) => <input type="text" {...p} {...register('slug', { onChange: () => setIsSlugTouched(true) })} />}
          </Field>
          <Field label="Summary" isRequired hint="One or two sentences for the guide list." error={errorOf('summary')}>
            {(p) => <textarea rows={3} {...p} {...register('summary')} />}
          </Field>
          <Field
            label="Tags"
            isRequired
            hint="Separated by commas, e.g. licensure, supervised-hours"
            error={errorOf('tags')}
          >
            {(p) => <input type="text" {...p} {...register('tags')} />}
          </Field>
          <Field label="Author" isRequired error={errorOf('author')}>
            {(p) => <input type="text" {...p} {...register('author')} />}
          </Field>
          <Field label="Date" isRequired hint="YYYY-MM-DD" error={errorOf('date')}>
            {(p) => <input type="text" {...p} {...register('date')} />}
          </Field>
          <Field
            label="Guide text"
            isRequired
            hint="Markdown: ## headings, *emphasis*, **bold**, lists, > quotes, [links](/careers/registered-nurse). HTML is shown as text."
            error={errorOf('body')}
          >
            {(p) => <textarea rows={18} {...p} {...register('body')} />}
          </Field>
          {careers.isError ? <ErrorMessage error={careers.error} onRetry={() => careers.refetch()} /> : null}
          {careers.isPending ? <LoadingMessage label="Loading careers…" /> : null}
          {careers.data ? (
            <Controller
              control={control}
              name="careers"
              render={({ field }) => (
                <CheckboxGroup
                  name="careers"
                  legend="Related careers"
                  layout="columns"
                  options={careerOptions}
                  values={field.value}
                  onChange={field.onChange}
                  error={errorOf('careers')}
                />
              )}
            />
          ) : null}
          <Controller
            control={control}
            name="causes"
            render={({ field }) => (
              <CheckboxGroup
                name="causes"
                legend="Cause areas"
                layout="columns"
                options={CAUSE_IDS.map((id) => ({ value: id, label: CAUSE_LABELS[id] }))}
                values={field.value}
                onChange={field.onChange}
                error={errorOf('causes')}
              />
            )}
          />
          <fieldset className="field segmented">
            <legend id={statusId}>Status</legend>
            {(['draft', 'published'] as const).map((option) => (
              <div key={option} className="segment">
                <input id={`${FORM_ID}-status-${option}`} type="radio" value={option} {...register('status')} />
                <label htmlFor={`${FORM_ID}-status-${option}`}>
                  {option === 'draft' ? 'Draft (administrators only)' : 'Published (everyone)'}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={save.isPending}>
              {save.isPending ? 'Saving…' : status === 'published' ? 'Save and publish' : 'Save draft'}
            </button>
            <Link to={existing ? `/guides/${existing.slug}` : '/guides'}>Cancel</Link>
          </div>
        </form>
        {/* Scrolls on its own on wide screens: focusable so keyboard users can scroll it. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable scroll container, as axe's scrollable-region-focusable asks */}
        <section className="panel editor-preview" aria-labelledby="preview-title" tabIndex={0}>
          <h2 id="preview-title">Preview</h2>
          <p className="section-note">How readers will see it, updated as you type.</p>
          <p className="editor-preview-title">{title || 'Untitled guide'}</p>
          {summaryText ? <p className="lead">{summaryText}</p> : null}
          <Markdown source={body} author="team" headingLevel={2} />
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
