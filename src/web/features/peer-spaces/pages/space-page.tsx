import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NewThreadBodySchema } from '#contracts/peer-spaces.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useCreateThread, useMembership, useSpace } from '../api/peer-spaces-api.js';

const LABELS = { title: 'Title', body: 'Your post' };

function NewThreadForm({ slug }: { slug: string }) {
  const formId = `new-thread-${useId().replaceAll(':', '')}`;
  const create = useCreateThread(slug);
  const [done, setDone] = useState('');
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: NewThreadBodySchema,
    defaultValues: { title: '', body: '' },
    labels: LABELS,
  });
  const handleSubmit = onSubmit((body) => {
    if (create.isPending) return;
    create.mutate(body, {
      onSuccess: (r) => {
        form.reset();
        setDone(
          r.thread.status === 'pending' ? 'Posted. A moderator reads first posts before others see them.' : 'Posted.',
        );
      },
      onError: showSubmitError,
    });
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Start a thread</h2>
      <ErrorSummary formId={formId} {...summary} />
      <Field label={LABELS.title} isRequired error={errorOf('title')}>
        {(p) => <input type="text" maxLength={160} {...p} {...register('title')} />}
      </Field>
      <Field label={LABELS.body} isRequired error={errorOf('body')} hint="Markdown works; at most 2 links.">
        {(p) => <textarea rows={5} maxLength={5000} {...p} {...register('body')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending}>
          Post
        </button>
      </div>
      <p role="status" className="inline-status">
        {done}
      </p>
    </form>
  );
}

function SpaceView({ slug }: { slug: string }) {
  const space = useSpace(slug);
  const membership = useMembership();
  if (space.isPending) return <LoadingMessage label="Loading the space…" />;
  if (space.isError) {
    return (
      <>
        <h1 tabIndex={-1}>Peer space</h1>
        <ErrorMessage error={space.error} />
        <button
          type="button"
          className="button"
          onClick={() => membership.mutate({ slug, join: true }, { onSuccess: () => space.refetch() })}
        >
          Join this space
        </button>
      </>
    );
  }
  const { space: s, threads } = space.data;
  return (
    <>
      <h1 tabIndex={-1}>{s.name}</h1>
      <p className="lead">{s.description}</p>
      {threads.length === 0 ? <p>No threads yet.</p> : null}
      <ul className="plain-list">
        {threads.map((t) => (
          <li key={t.id} className="panel">
            <h3>
              <Link to={`/spaces/threads/${t.id}`}>{t.title}</Link>
            </h3>
            <p className="field-hint">
              {t.authorName}, {formatDateTime(t.createdAt)} · {t.replyCount} {t.replyCount === 1 ? 'reply' : 'replies'}
              {t.status === 'pending' ? ' · waiting for a moderator' : ''}
              {t.isLocked ? ' · locked' : ''}
            </p>
          </li>
        ))}
      </ul>
      {s.isMember ? (
        <NewThreadForm slug={slug} />
      ) : (
        <button type="button" className="button" onClick={() => membership.mutate({ slug, join: true })}>
          Join {s.name} to post
        </button>
      )}
    </>
  );
}

export function SpacePage() {
  useDocumentTitle('Peer space');
  const { slug = '' } = useParams();
  return (
    <div className="peer-spaces">
      <RequireUser>{() => <SpaceView slug={slug} />}</RequireUser>
      <p>
        <Link to="/spaces">All spaces</Link>
      </p>
    </div>
  );
}
