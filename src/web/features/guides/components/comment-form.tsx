import { useEffect, useId, useRef, useState } from 'react';
import {
  COMMENT_MAX_LENGTH,
  COMMENT_MAX_LINKS,
  PostCommentBodySchema,
  type PostCommentResponse,
} from '#contracts/guides.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { knownFieldOf } from '#web/lib/form-errors.js';
import { useSession } from '#web/lib/session.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useCommentForm } from '../api/get-comment-form.js';
import { usePostComment } from '../api/post-comment.js';

const LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  website: 'Website',
  comment: 'Comment',
  notifyOnReply: 'Tell me when someone replies',
  // No input of its own: its problems are said at the top of the form.
  formToken: 'The form',
};

/** The body's rules for what a person types; the form token, reply target and honeypot are added on submit. */
const CommentFormSchema = PostCommentBodySchema.omit({ formToken: true, parentId: true });
const fieldOf = knownFieldOf(['name', 'email', 'website', 'comment', 'notifyOnReply', 'topic']);

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
  const [result, setResult] = useState<PostCommentResponse['comment'] | null>(null);
  const [notReady, setNotReady] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const hasPrefilled = useRef(false);
  const { form, register, errorOf, summary, showSubmitError, onSubmit } = useSchemaForm({
    schema: CommentFormSchema,
    defaultValues: { name: '', email: '', website: '', comment: '', notifyOnReply: false, topic: '' },
    labels: LABELS,
    fieldOf,
  });

  // Signed-in people need not type who they are; they may still change it.
  useEffect(() => {
    if (user && !hasPrefilled.current) {
      hasPrefilled.current = true;
      if (!form.getValues('name')) form.setValue('name', user.displayName);
      if (!form.getValues('email')) form.setValue('email', user.email);
    }
  }, [user, form]);

  useEffect(() => {
    if (result) statusRef.current?.focus();
  }, [result]);

  const notifyId = `${formId}-notify`;
  const honeypotId = `${formId}-topic`;

  // The checked values pass; what is sent is what was typed (the server trims and reads it with the same schema).
  const handleSubmit = onSubmit(() => {
    if (post.isPending) return;
    const token = formToken.data?.formToken;
    if (!token) {
      setNotReady(
        formToken.isError
          ? 'The form could not be prepared. Reload the page and try again.'
          : 'The form is still getting ready. Try again in a moment.',
      );
      return;
    }
    setNotReady(null);
    post.mutate(
      { ...form.getValues(), parentId: parentId ?? null, formToken: token },
      {
        onSuccess: (response) => {
          setResult(response.comment);
          form.setValue('comment', '');
          onPosted?.(response.comment);
        },
        onError: showSubmitError,
      },
    );
  });

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
      <ErrorSummary formId={formId} {...summary} message={notReady ?? summary.message} />
      <form id={formId} className="form" onSubmit={handleSubmit} noValidate>
        <p className="field-hint">Fields marked (required) must be filled in. Your email is never shown.</p>
        <Field label="Name" isRequired error={errorOf('name')}>
          {(p) => <input type="text" autoComplete="name" {...p} {...register('name')} />}
        </Field>
        <Field
          label="Email"
          isRequired
          hint="Never published or shown to anyone; used only for moderation and reply notices."
          error={errorOf('email')}
        >
          {(p) => <input type="email" autoComplete="email" {...p} {...register('email')} />}
        </Field>
        <Field label="Website" hint="Optional. Starts with https:// or http://" error={errorOf('website')}>
          {(p) => <input type="text" autoComplete="url" {...p} {...register('website')} />}
        </Field>
        <Field
          label="Comment"
          isRequired
          hint={`Plain text with a little Markdown: *emphasis*, **bold**, \`code\`, lists and [links](https://…), at most ${COMMENT_MAX_LINKS} links. HTML is shown as text.`}
          error={errorOf('comment')}
        >
          {(p) => <textarea rows={parentId ? 4 : 6} maxLength={COMMENT_MAX_LENGTH} {...p} {...register('comment')} />}
        </Field>
        {/* The honeypot: hidden from sight and from assistive technology; only robots fill it in. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={honeypotId}>Leave this field empty</label>
          <input id={honeypotId} type="text" tabIndex={-1} autoComplete="off" {...register('topic')} />
        </div>
        <div className="choice">
          <input id={notifyId} type="checkbox" aria-describedby={`${notifyId}-hint`} {...register('notifyOnReply')} />
          <label htmlFor={notifyId}>Tell me when someone replies</label>
          <p id={`${notifyId}-hint`} className="choice-description">
            {user
              ? 'You will see replies under “Replies to your comments” and get an email (turn it off on your account page).'
              : 'Sign in to see replies in Vocare and get them by email.'}
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
