import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  COMMENT_MAX_LENGTH,
  COMMENT_MAX_LINKS,
  PostCommentBodySchema,
  type PostCommentResponse,
} from '../../../../contracts/guides.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { TextField } from '../../../components/text-field.js';
import { splitSubmitError, validateWithSchema } from '../../../lib/form-errors.js';
import { useSession } from '../../../lib/session.js';
import { useCommentForm } from '../api/get-comment-form.js';
import { usePostComment } from '../api/post-comment.js';

const LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  website: 'Website',
  comment: 'Comment',
  formToken: 'Form',
  topic: 'Leave this field empty',
  parentId: 'Reply',
};

interface CommentFormProps {
  slug: string;
  /** Set for a reply: the comment it answers. */
  parentId?: string;
  /** Whom the reply answers, for the form's name. */
  replyingTo?: string;
  onPosted?: (result: PostCommentResponse['comment']) => void;
}

/**
 * The comment form: name, email (never shown), optional website, the comment, and a request to
 * hear of replies. It carries the spam defences' parts: a signed timestamp and a honeypot field.
 */
export function CommentForm({ slug, parentId, replyingTo, onPosted }: CommentFormProps) {
  const formId = `comment-form-${useId().replaceAll(':', '')}`;
  const session = useSession();
  const user = session.data?.user ?? null;
  const formToken = useCommentForm(slug);
  const post = usePostComment(slug);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [website, setWebsite] = useState('');
  const [comment, setComment] = useState('');
  const [topic, setTopic] = useState('');
  const [notifyOnReply, setNotifyOnReply] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<PostCommentResponse['comment'] | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const hasPrefilled = useRef(false);

  // Signed-in people need not type who they are; they may still change it.
  useEffect(() => {
    if (user && !hasPrefilled.current) {
      hasPrefilled.current = true;
      setName((current) => current || user.displayName);
      setEmail((current) => current || user.email);
    }
  }, [user]);

  useEffect(() => {
    if (result) statusRef.current?.focus();
  }, [result]);

  const commentId = `${formId}-comment`;
  const commentHintId = `${commentId}-hint`;
  const commentErrorId = `${commentId}-error`;
  const notifyId = `${formId}-notify`;
  const honeypotId = `${formId}-topic`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (post.isPending) return;
    const values = {
      name,
      email,
      website,
      comment,
      notifyOnReply,
      topic,
      parentId: parentId ?? null,
      formToken: formToken.data?.formToken ?? '',
    };
    const errors = validateWithSchema(PostCommentBodySchema, values, LABELS);
    delete errors.formToken;
    setFieldErrors(errors);
    let problem: string | null = null;
    if (formToken.isError) problem = 'The form could not be prepared. Reload the page and try again.';
    else if (!formToken.data) problem = 'The form is still getting ready. Try again in a moment.';
    setFormError(problem);
    if (Object.keys(errors).length > 0 || problem) return;
    post.mutate(values, {
      onSuccess: (response) => {
        setResult(response.comment);
        setComment('');
        onPosted?.(response.comment);
      },
      onError: (error) => {
        const split = splitSubmitError(error, LABELS);
        const { formToken: tokenProblem, topic: _topic, ...rest } = split.fieldErrors;
        setFieldErrors(rest);
        setFormError(tokenProblem ? `The form ${tokenProblem.replace(/^Form /, '')}` : split.formError);
      },
    });
  }

  const heading = replyingTo ? `Reply to ${replyingTo}` : 'Leave a comment';
  return (
    <section className="comment-form" aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className={parentId ? 'comment-form-title-reply' : undefined}>
        {heading}
      </h3>
      <div ref={statusRef} tabIndex={-1} role="status" className={result ? 'notice notice-success' : 'flash-empty'}>
        {result?.status === 'pending'
          ? 'Thank you. Your comment is held for moderation and will appear once a moderator approves it.'
          : null}
        {result?.status === 'approved' ? 'Thank you. Your comment is published.' : null}
      </div>
      <ErrorSummary formId={formId} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={formId} className="form" onSubmit={handleSubmit} noValidate>
        <p className="field-hint">Fields marked (required) must be filled in. Your email is never shown.</p>
        <TextField
          name="name"
          label="Name"
          autoComplete="name"
          isRequired
          value={name}
          onChange={setName}
          error={fieldErrors.name}
        />
        <TextField
          name="email"
          type="email"
          label="Email"
          autoComplete="email"
          isRequired
          hint="Never published or shown to anyone; used only for moderation and reply notices."
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          name="website"
          label="Website"
          autoComplete="url"
          hint="Optional. Starts with https:// or http://"
          value={website}
          onChange={setWebsite}
          error={fieldErrors.website}
        />
        <div className="field">
          <label htmlFor={commentId}>
            Comment<span className="required-mark"> (required)</span>
          </label>
          <p id={commentHintId} className="field-hint">
            Plain text with a little Markdown: *emphasis*, **bold**, `code`, lists and [links](https://…), at most{' '}
            {COMMENT_MAX_LINKS} links. HTML is shown as text.
          </p>
          {fieldErrors.comment ? (
            <p id={commentErrorId} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {fieldErrors.comment}
            </p>
          ) : null}
          <textarea
            id={commentId}
            name="comment"
            rows={parentId ? 4 : 6}
            maxLength={COMMENT_MAX_LENGTH}
            required
            value={comment}
            aria-invalid={fieldErrors.comment ? true : undefined}
            aria-describedby={[commentHintId, fieldErrors.comment ? commentErrorId : null].filter(Boolean).join(' ')}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
        {/* The honeypot: hidden from sight and from assistive technology; only robots fill it in. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={honeypotId}>Leave this field empty</label>
          <input
            id={honeypotId}
            name="topic"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={topic}
            onChange={(event) => setTopic(event.target.value)}
          />
        </div>
        <div className="choice">
          <input
            id={notifyId}
            type="checkbox"
            name="notifyOnReply"
            checked={notifyOnReply}
            aria-describedby={`${notifyId}-hint`}
            onChange={(event) => setNotifyOnReply(event.target.checked)}
          />
          <label htmlFor={notifyId}>Tell me when someone replies</label>
          <p id={`${notifyId}-hint`} className="choice-description">
            {user
              ? 'You will see replies under “Replies to your comments”. Email notices start once this site has email set up.'
              : 'Sign in to see replies in Vocare. Email notices start once this site has email set up.'}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={post.isPending}>
            {post.isPending ? 'Sending…' : parentId ? 'Post reply' : 'Post comment'}
          </button>
        </div>
      </form>
    </section>
  );
}
