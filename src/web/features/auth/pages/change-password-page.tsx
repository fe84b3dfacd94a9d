import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ChangePasswordBodySchema } from '#contracts/auth.js';
import { ErrorSummary } from '#web/components/error-summary.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
import { splitSubmitError, validateWithSchema } from '#web/lib/form-errors.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useChangePassword } from '../api/change-password.js';

const FORM_ID = 'change-password-form';
const LABELS: Record<string, string> = { currentPassword: 'Current password', newPassword: 'New password' };

function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const change = useChangePassword();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const values = { currentPassword, newPassword };
    const errors = validateWithSchema(ChangePasswordBodySchema, values, LABELS);
    setFieldErrors(errors);
    setFormError(null);
    setIsDone(false);
    if (Object.keys(errors).length > 0) return;
    change.mutate(values, {
      onSuccess: () => {
        setCurrentPassword('');
        setNewPassword('');
        setIsDone(true);
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
      <div role="status" className={isDone ? 'notice notice-success' : undefined}>
        {isDone ? 'Your password is changed. Any other devices signed in to your account have been signed out.' : ''}
      </div>
      <ErrorSummary formId={FORM_ID} message={formError} fieldErrors={fieldErrors} fieldLabels={LABELS} />
      <form id={FORM_ID} className="form" onSubmit={handleSubmit} noValidate>
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
        <TextField
          name="newPassword"
          type="password"
          label="New password"
          hint="At least 10 characters, different from the current one."
          autoComplete="new-password"
          isRequired
          value={newPassword}
          onChange={setNewPassword}
          error={fieldErrors.newPassword}
        />
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
