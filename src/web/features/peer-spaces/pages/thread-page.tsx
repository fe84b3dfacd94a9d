import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NewReplyBodySchema, type PeerPost } from '#contracts/peer-spaces.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { Markdown } from '#web/components/markdown.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { describeError } from '#web/lib/api-client.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useRemovePost, useReply, useReportPost, useThread } from '../api/peer-spaces-api.js';

function PostActions({ post, onDone }: { post: PeerPost; onDone: (message: string) => void }) {
  const remove = useRemovePost();
  const report = useReportPost();
  const [isReporting, setIsReporting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = `reason-${post.id}`;
  const failed = remove.error ?? report.error;
  return (
    <div>
      {post.isMine ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => remove.mutate(post.id, { onSuccess: () => onDone('Your post was removed.') })}
        >
          Remove your post
        </button>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={isReporting}
          onClick={() => setIsReporting((v) => !v)}
        >
          Report this post
        </button>
      )}
      {isReporting ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            report.mutate(
              { id: post.id, reason },
              {
                onSuccess: () => {
                  setIsReporting(false);
                  onDone('Reported. A moderator will look at it; the author is not told who reported it.');
                },
              },
            );
          }}
        >
          <div className="field">
            <label htmlFor={reasonId}>What is wrong with this post?</label>
            <input
              id={reasonId}
              type="text"
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            Send report
          </button>
        </form>
      ) : null}
      {failed ? (
        <p role="alert" className="field-error">
          {describeError(failed)}
        </p>
      ) : null}
    </div>
  );
}

function ReplyForm({ threadId }: { threadId: string }) {
  const formId = `reply-${useId().replaceAll(':', '')}`;
  const reply = useReply(threadId);
  const [done, setDone] = useState('');
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: NewReplyBodySchema,
    defaultValues: { body: '' },
    labels: { body: 'Your reply' },
  });
  const handleSubmit = onSubmit((body) => {
    if (reply.isPending) return;
    reply.mutate(body, {
      onSuccess: () => {
        form.reset();
        setDone('Reply posted.');
      },
      onError: showSubmitError,
    });
  });
  return (
    <form id={formId} className="form" onSubmit={handleSubmit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Reply</h2>
      <ErrorSummary formId={formId} {...summary} />
      <Field label="Your reply" isRequired error={errorOf('body')} hint="Markdown works; at most 2 links.">
        {(p) => <textarea rows={4} maxLength={5000} {...p} {...register('body')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={reply.isPending}>
          Post reply
        </button>
      </div>
      <p role="status" className="inline-status">
        {done}
      </p>
    </form>
  );
}

function ThreadView({ id }: { id: string }) {
  const thread = useThread(id);
  const [status, setStatus] = useState('');
  if (thread.isPending) return <LoadingMessage label="Loading the thread…" />;
  if (thread.isError) return <ErrorMessage error={thread.error} onRetry={() => thread.refetch()} />;
  const { space, thread: t, replies } = thread.data;
  return (
    <>
      <p>
        <Link to={`/spaces/${space.slug}`}>{space.name}</Link>
      </p>
      <h1 tabIndex={-1}>{t.title}</h1>
      <p className="field-hint">
        {t.authorName}, {formatDateTime(t.createdAt)}
        {t.status === 'pending' ? ' · waiting for a moderator' : ''}
      </p>
      <Markdown source={t.body} author="user" headingLevel={null} />
      <PostActions post={t} onDone={setStatus} />
      <p role="status" className="inline-status">
        {status}
      </p>
      <h2>Replies</h2>
      {replies.length === 0 ? <p>No replies yet.</p> : null}
      <ul className="plain-list">
        {replies.map((r) => (
          <li key={r.id} className="panel">
            <p className="field-hint">
              {r.authorName}, {formatDateTime(r.createdAt)}
              {r.status === 'pending' ? ' · waiting for a moderator' : ''}
            </p>
            <Markdown source={r.body} author="user" headingLevel={null} isCompact />
            <PostActions post={r} onDone={setStatus} />
          </li>
        ))}
      </ul>
      {t.isLocked ? (
        <p className="notice">A moderator locked this thread: no new replies.</p>
      ) : space.isMember && t.status === 'approved' ? (
        <ReplyForm threadId={t.id} />
      ) : null}
    </>
  );
}

export function ThreadPage() {
  useDocumentTitle('Thread');
  const { id = '' } = useParams();
  return (
    <div className="peer-spaces">
      <RequireUser>{() => <ThreadView id={id} />}</RequireUser>
    </div>
  );
}
