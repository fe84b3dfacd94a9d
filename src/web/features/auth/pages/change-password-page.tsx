import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ChangePasswordBodySchema } from '#contracts/auth.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { Field } from '#web/components/field.js';
import { PendingButton } from '#web/components/pending-button.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useSchemaForm } from '#web/lib/use-schema-form.js';
import { useChangePassword } from '../api/change-password.js';

const FORM_ID = 'change-password-form';
const LABELS: Record<string, string> = { currentPassword: 'Current password', newPassword: 'New password' };

function ChangePasswordForm() {
  const [isDone, setIsDone] = useState(false);
  const change = useChangePassword();
  const { form, register, errorOf, onSubmit, showSubmitError, summary } = useSchemaForm({
    schema: ChangePasswordBodySchema,
    defaultValues: { currentPassword: '', newPassword: '' },
    labels: LABELS,
  });

  const submit = onSubmit((values) => {
    if (change.isPending) return;
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        setIsDone(true);
      },
      onError: showSubmitError,
    });
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    setIsDone(false);
    return submit(event);
  }

  return (
    <>
      <div role="status" className={isDone ? 'notice notice-success' : undefined}>
        {isDone ? 'Your password is changed. Any other devices signed in to your account have been signed out.' : ''}
      </div>
      <ErrorSummary formId={FORM_ID} {...summary} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
        <Field label="Current password" isRequired error={errorOf('currentPassword')}>
          {(p) => <input type="password" autoComplete="current-password" {...p} {...register('currentPassword')} />}
        </Field>
        <Field
          label="New password"
          hint="At least 10 characters, different from the current one."
          isRequired
          error={errorOf('newPassword')}
        >
          {(p) => <input type="password" autoComplete="new-password" {...p} {...register('newPassword')} />}
        </Field>
        <div className="form-actions">
          <PendingButton label="Change password" pendingLabel="Changing…" isPending={change.isPending} />
          <Link to="/account">Back to your account</Link>
        </div>
      </form>
    </>
  );
}

export function ChangePasswordPage() {
  useDocumentTitle('Change password');
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Change password</h1>
      <RequireUser>{() => <ChangePasswordForm />}</RequireUser>
    </div>
  );
}
