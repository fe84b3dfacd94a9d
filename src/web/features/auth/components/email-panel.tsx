import { ChangeEmailBodySchema } from '#contracts/auth.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { PendingButton } from '#web/components/pending-button.js';
import { describeError } from '#web/lib/api-client.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useChangeEmail, useResendVerification } from '../api/account-mail.js';

const FORM_ID = 'change-email-form';
const LABELS: Record<string, string> = { newEmail: 'New email address', currentPassword: 'Current password' };

function ResendVerification({ email }: { email: string }) {
  const resend = useResendVerification();
  return (
    <>
      <p>
        <strong>{email} is not confirmed yet.</strong> Until it is, you cannot accept invitations, supervise or post
        comments without moderation. Follow the link we sent you, or ask for a new one.
      </p>
      <PendingButton
        label="Send the confirmation link again"
        pendingLabel="Sending…"
        isPending={resend.isPending}
        onClick={() => resend.mutate()}
        className="button button-secondary"
      />
      <p role="status" className="inline-status">
        {resend.isSuccess ? resend.data.message : ''}
      </p>
      {resend.isError ? (
        <p role="alert" className="notice notice-error">
          {describeError(resend.error)}
        </p>
      ) : null}
    </>
  );
}

function ChangeEmailForm() {
  const change = useChangeEmail();
  const { form, register, errorOf, onSubmit, showSubmitError, summary } = useSchemaForm({
    schema: ChangeEmailBodySchema,
    defaultValues: { newEmail: '', currentPassword: '' },
    labels: LABELS,
  });

  const handleSubmit = onSubmit((values) => {
    if (change.isPending) return;
    change.mutate(values, { onSuccess: () => form.reset(), onError: showSubmitError });
  });

  return (
    <>
      <h3>Change your email address</h3>
      <div role="status" className={change.isSuccess ? 'notice notice-success' : undefined}>
        {change.isSuccess ? change.data.message : ''}
      </div>
      <ErrorSummary formId={FORM_ID} {...summary} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
        <Field
          label="New email address"
          hint="We send a link there; your account moves once you follow it. Your current address is told."
          isRequired
          error={errorOf('newEmail')}
        >
          {(p) => <input type="email" autoComplete="email" {...p} {...register('newEmail')} />}
        </Field>
        <Field label="Current password" isRequired error={errorOf('currentPassword')}>
          {(p) => <input type="password" autoComplete="current-password" {...p} {...register('currentPassword')} />}
        </Field>
        <div className="form-actions">
          <PendingButton
            label="Send the confirmation link"
            pendingLabel="Sending…"
            isPending={change.isPending}
            className="button button-secondary"
          />
        </div>
      </form>
    </>
  );
}

/** The account's address: whether it is confirmed (with a resend), and the form to move to another one. */
export function EmailPanel({ email, isVerified }: { email: string; isVerified: boolean }) {
  return (
    <section aria-labelledby="account-email-title" className="panel">
      <h2 id="account-email-title">Email address</h2>
      {isVerified ? <p>{email} is confirmed.</p> : <ResendVerification email={email} />}
      <ChangeEmailForm />
    </section>
  );
}
