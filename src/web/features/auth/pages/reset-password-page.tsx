import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MutationNotice } from '#web/components/mutation-notice.js';
import { PendingButton } from '#web/components/pending-button.js';
import { TextField } from '#web/components/text-field.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useCompletePasswordReset } from '../api/account-mail.js';

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const reset = useCompletePasswordReset();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reset.isPending) reset.mutate({ token: params.get('token') ?? '', password });
  }
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>Choose a new password</h1>
      <MutationNotice mutation={reset} success={() => 'Your new password is set, and every session was signed out.'} />
      {reset.isSuccess ? (
        <p>
          <Link to="/signin">Sign in with your new password</Link>
        </p>
      ) : (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <TextField
            name="password"
            type="password"
            label="New password"
            hint="At least 10 characters."
            autoComplete="new-password"
            isRequired
            value={password}
            onChange={setPassword}
          />
          <div className="form-actions">
            <PendingButton label="Set new password" pendingLabel="Saving…" isPending={reset.isPending} />
          </div>
        </form>
      )}
    </div>
  );
}
