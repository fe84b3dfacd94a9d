import { type FormEvent, useState } from 'react';
import { ChangeEmailBodySchema } from '#contracts/auth.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
import { describeError } from '#web/lib/api-client.js';
import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';
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
  const [newEmail, setNewEmail] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const change = useChangeEmail();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const values = { newEmail, currentPassword };
    const errors = validateWithSchema(ChangeEmailBodySchema, values, LABELS);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return;
    change.mutate(values, {
      onSuccess: () => {
        setNewEmail('');
        setCurrentPassword('');
      },
      onError: (error) => {
        const split = splitSubmitError(error, LABELS);
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  }

  return (
    <>
      <h3>Change your email address</h3>
      <div role="status" className={change.isSuccess ? 'notice notice-success' : undefined}>
        {change.isSuccess ? change.data.message : ''}
      </div>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          name="newEmail"
          type="email"
          label="New email address"
          hint="We send a link there; your account moves once you follow it. Your current address is told."
          autoComplete="email"
          isRequired
          value={newEmail}
          onChange={setNewEmail}
          error={fieldErrors.newEmail}
        />
        <TextField
          name="currentPassword"
          type="password"
          label="Current password"
          autoComplete="current-password"
          isRequired
          value={currentPassword}
          onChange={setCurrentPassword}
          error={fieldErrors.currentPassword}
        />
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
